import { daysToIsoDate } from '../model/dates.js';
import type { BlockedPair, Introduction, IntroductionOutcome } from '../model/history.js';
import { joinedOnDays, type PoolContext } from './member-generator.js';
import { isManAt, memberIdAt } from './pool-spec.js';
import { subRng, WeightedTable } from './random.js';

const HISTORY_STREAM = 0x68697374;

const COUNT_TABLE = new WeightedTable<number>([
  [1, 35],
  [2, 30],
  [3, 18],
  [4, 10],
  [5, 7],
]);

// Most introductions end after a meeting or a polite refusal; those that led to dating ended too,
// since both members are still registered. Married couples leave the pool, so none appear here.
const OUTCOME_TABLE = new WeightedTable<IntroductionOutcome>([
  ['proposed', 8],
  ['met', 37],
  ['declined', 35],
  ['no_show', 8],
  ['dating', 12],
]);

/** An introduction and, if it ended in a block, who blocked whom. */
interface HistoryEvent {
  readonly introduction: Introduction;
  readonly blocked?: BlockedPair;
}

function* historyEvents(ctx: PoolContext): Generator<HistoryEvent, void, undefined> {
  const { spec } = ctx;
  if (spec.men === 0 || spec.women === 0) return;
  const rng = subRng(spec.seed, HISTORY_STREAM);
  const latest = ctx.referenceDays - 3;
  const partners: number[] = [];
  for (let i = 0; i < spec.size; i++) {
    if (!isManAt(spec, i) || !rng.chance(spec.historyRate)) continue;
    const count = COUNT_TABLE.pick(rng);
    partners.length = 0;
    while (partners.length < Math.min(count, spec.women)) {
      const j = rng.int(0, spec.size - 1);
      if (!isManAt(spec, j) && !partners.includes(j)) partners.push(j);
    }
    const joinedMan = joinedOnDays(ctx, i);
    for (const j of partners) {
      // Introduced within the last year, after both had joined.
      const earliest = Math.max(joinedMan, joinedOnDays(ctx, j), ctx.referenceDays - 365);
      const day = earliest <= latest ? rng.int(earliest, latest) : -1;
      const outcome = OUTCOME_TABLE.pick(rng);
      const blocks = outcome === 'declined' && rng.chance(0.12);
      const manDeclined = rng.chance(0.4);
      if (day < 0) continue;
      const a = memberIdAt(spec, i);
      const b = memberIdAt(spec, j);
      const introduction: Introduction = { a, b, date: daysToIsoDate(day), outcome };
      yield blocks
        ? { introduction, blocked: manDeclined ? { by: a, other: b } : { by: b, other: a } }
        : { introduction };
    }
  }
}

/** Generates a pool's past introductions one by one (about `historyRate` of men have 1–5). */
export function* generateHistory(ctx: PoolContext): Generator<Introduction, void, undefined> {
  for (const e of historyEvents(ctx)) yield e.introduction;
}

/** Generates a pool's blocked pairs: some members who declined an introduction asked never to meet again. */
export function* generateBlocked(ctx: PoolContext): Generator<BlockedPair, void, undefined> {
  for (const e of historyEvents(ctx)) if (e.blocked) yield e.blocked;
}
