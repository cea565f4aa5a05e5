import { InvalidArgumentError } from '../core/errors.js';

/** Two participants who talked at the event (ids as the centre knows them). */
export interface MixerMeeting {
  readonly man: string;
  readonly woman: string;
  /** Mutual score 0..10000 of the pair, if known (used to rank second chances). */
  readonly score?: number;
}

/** One mark on the mutual-choice sheet: `from` says yes or no to `to`, whom they met. */
export interface MixerChoice {
  readonly from: string;
  readonly to: string;
  readonly yes: boolean;
}

/** The event's meetings and its filled-in sheet. */
export interface MutualChoiceInput {
  readonly meetings: readonly MixerMeeting[];
  readonly choices: readonly MixerChoice[];
  /** Only one-sided choices with at least this mutual score get a second chance. Default 6000. */
  readonly secondChanceMinScore?: number;
}

/** A pair both of whom said yes. */
export interface MutualMatch {
  readonly man: string;
  readonly woman: string;
  readonly score: number | undefined;
}

/** A one-sided yes worth a counsellor's call: `chooser` said yes, `chosen` said no or nothing. */
export interface SecondChance {
  readonly man: string;
  readonly woman: string;
  readonly chooser: string;
  readonly chosen: string;
  /** What the other side marked: an explicit no, or no mark at all. */
  readonly otherSide: 'no' | 'unmarked';
  readonly score: number;
}

/** The outcome of a mixer's mutual-choice sheet. */
export interface MutualChoiceResult {
  /** Mutual yeses, highest score first (unscored last), then by ids. */
  readonly mutual: readonly MutualMatch[];
  /** One-sided yeses at or above the score floor, highest score first; unmarked before explicit no. */
  readonly secondChances: readonly SecondChance[];
  /** Meetings where at least one side left no mark. */
  readonly unmarkedMeetings: number;
}

function pairKey(man: string, woman: string): string {
  return `${man}\u0000${woman}`;
}

function byIds(a: { man: string; woman: string }, b: { man: string; woman: string }): number {
  return a.man < b.man ? -1 : a.man > b.man ? 1 : a.woman < b.woman ? -1 : a.woman > b.woman ? 1 : 0;
}

/**
 * Reads a mixer's mutual-choice sheet: the pairs who both said yes, and a ranked second-chance
 * list of one-sided yeses with high scores. A mark about someone not met, a repeated mark or a
 * repeated meeting is malformed input and throws InvalidArgumentError with its path.
 */
export function readMutualChoices(input: MutualChoiceInput): MutualChoiceResult {
  const floor = input.secondChanceMinScore ?? 6000;
  if (!Number.isFinite(floor))
    throw new InvalidArgumentError('secondChanceMinScore must be finite', ['secondChanceMinScore']);
  const meetingAt = new Map<string, number>();
  input.meetings.forEach((m, i) => {
    if (m.man === m.woman) throw new InvalidArgumentError('a meeting needs two people', ['meetings', i]);
    if (m.score !== undefined && !Number.isFinite(m.score))
      throw new InvalidArgumentError('score must be finite', ['meetings', i, 'score']);
    const key = pairKey(m.man, m.woman);
    if (meetingAt.has(key)) throw new InvalidArgumentError('pair listed twice', ['meetings', i]);
    meetingAt.set(key, i);
  });
  // Per meeting: the man's mark and the woman's mark (0 none, 1 no, 2 yes).
  const manMark = new Uint8Array(input.meetings.length);
  const womanMark = new Uint8Array(input.meetings.length);
  input.choices.forEach((c, i) => {
    let at = meetingAt.get(pairKey(c.from, c.to));
    let marks = manMark;
    if (at === undefined) {
      at = meetingAt.get(pairKey(c.to, c.from));
      marks = womanMark;
    }
    if (at === undefined)
      throw new InvalidArgumentError(`${c.from} did not meet ${c.to} at this event`, ['choices', i]);
    if (marks[at] !== 0) throw new InvalidArgumentError('choice marked twice', ['choices', i]);
    marks[at] = c.yes ? 2 : 1;
  });
  const mutual: MutualMatch[] = [];
  const secondChances: SecondChance[] = [];
  let unmarkedMeetings = 0;
  input.meetings.forEach((m, i) => {
    const a = manMark[i]!;
    const b = womanMark[i]!;
    if (a === 0 || b === 0) unmarkedMeetings++;
    if (a === 2 && b === 2) {
      mutual.push({ man: m.man, woman: m.woman, score: m.score });
      return;
    }
    if (m.score === undefined || m.score < floor || (a === 2) === (b === 2)) return;
    const manChose = a === 2;
    secondChances.push({
      man: m.man,
      woman: m.woman,
      chooser: manChose ? m.man : m.woman,
      chosen: manChose ? m.woman : m.man,
      otherSide: (manChose ? b : a) === 0 ? 'unmarked' : 'no',
      score: m.score,
    });
  });
  mutual.sort((x, y) => (y.score ?? -1) - (x.score ?? -1) || byIds(x, y));
  secondChances.sort(
    (x, y) =>
      y.score - x.score ||
      (x.otherSide === y.otherSide ? 0 : x.otherSide === 'unmarked' ? -1 : 1) ||
      byIds(x, y),
  );
  return { mutual, secondChances, unmarkedMeetings };
}
