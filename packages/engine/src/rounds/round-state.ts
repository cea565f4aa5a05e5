import { z } from 'zod';
import { type IsoDate, isoDateSchema } from '../model/dates.js';
import { countSchema, idSchema } from '../model/id.js';
import { parseWith } from '../model/parse.js';

/** What the rounds remember about one member between rounds (the server stores it). */
export interface MemberRoundState {
  readonly id: string;
  /** Rounds in a row this member had an acceptable candidate but got no introduction. */
  readonly waited: number;
  /** Calendar month (`YYYY-MM`) that `thisMonth` counts. */
  readonly month: string;
  /** Introductions in `month`. */
  readonly thisMonth: number;
  /** Introductions made by rounds so far. */
  readonly total: number;
}

/** The rounds' memory: data passed into runRound and returned updated. */
export interface RoundState {
  /** Rounds run so far. */
  readonly rounds: number;
  /** Date of the last round, if any. */
  readonly lastDate?: IsoDate;
  /** Members with something to remember; a member not listed has waited 0 and had no introductions. */
  readonly members: readonly MemberRoundState[];
}

/** zod schema of a RoundState. */
export const roundStateSchema = z.strictObject({
  rounds: countSchema,
  lastDate: isoDateSchema.optional(),
  members: z.array(
    z.strictObject({
      id: idSchema,
      waited: countSchema,
      month: z.string().regex(/^\d{4}-\d{2}$/, { message: 'expected YYYY-MM' }),
      thisMonth: countSchema,
      total: countSchema,
    }),
  ),
});

/** The state before any round. */
export const EMPTY_ROUND_STATE: RoundState = Object.freeze({ rounds: 0, members: Object.freeze([]) });

/** Validates a stored round state; throws ValidationError naming the field. */
export function parseRoundState(input: unknown): RoundState {
  return parseWith(roundStateSchema, input, { single: 'round state' });
}

/** Calendar month `YYYY-MM` of a date. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

/** Per-member counters of a state aligned to a member list (index i = members[i]), for the round's date. */
export interface AlignedCounters {
  readonly waited: Int32Array;
  /** Introductions already made in the round's month. */
  readonly thisMonth: Int32Array;
  readonly total: Int32Array;
}

/** Reads the state's counters for `ids` in order; counts of another month read as 0. */
export function alignRoundState(state: RoundState, ids: readonly string[], date: IsoDate): AlignedCounters {
  const at = new Map<string, number>();
  ids.forEach((id, i) => {
    at.set(id, i);
  });
  const waited = new Int32Array(ids.length);
  const thisMonth = new Int32Array(ids.length);
  const total = new Int32Array(ids.length);
  const month = monthOf(date);
  for (const m of state.members) {
    const i = at.get(m.id);
    if (i === undefined) continue;
    waited[i] = m.waited;
    thisMonth[i] = m.month === month ? m.thisMonth : 0;
    total[i] = m.total;
  }
  return { waited, thisMonth, total };
}

/**
 * The state after a round: introduced members' waits reset to 0, members who had an acceptable
 * candidate but got nothing wait one round more, everyone else keeps their wait. Members who
 * left the pool are dropped; members listed in `ids` with nothing to remember are left out.
 */
export function advanceRoundState(
  ids: readonly string[],
  before: AlignedCounters,
  introduced: Int32Array,
  hadCandidate: Uint8Array,
  date: IsoDate,
  rounds: number,
): RoundState {
  const month = monthOf(date);
  const members: MemberRoundState[] = [];
  for (let i = 0; i < ids.length; i++) {
    const got = introduced[i]!;
    const waited = got > 0 ? 0 : hadCandidate[i] ? before.waited[i]! + 1 : before.waited[i]!;
    const thisMonth = before.thisMonth[i]! + got;
    const total = before.total[i]! + got;
    if (waited === 0 && thisMonth === 0 && total === 0) continue;
    members.push({ id: ids[i]!, waited, month, thisMonth, total });
  }
  return { rounds: rounds + 1, lastDate: date, members };
}
