import { InvalidArgumentError } from '../core/errors.js';
import type { Rng } from '../core/rng.js';
import type { Progress, SolveOptions } from '../core/solve-options.js';
import { throwIfAborted } from '../core/solve-options.js';
import { SEAT_END, SEAT_START, SEAT_STRIDE } from './packed-layout.js';
import type { ScoreState } from './score-state.js';

/** Budgets and knobs of the local search. */
export interface LocalSearchOptions extends SolveOptions {
  /** Moves to evaluate at most (deterministic budget). */
  readonly maxMoves: number;
  /** Late acceptance history length. */
  readonly lateAcceptance: number;
}

/** What the search did. */
export interface LocalSearchStats {
  readonly moves: number;
  readonly accepted: number;
  readonly improvements: number;
}

const EPS = 1e-9;
const CHECK_EVERY = 4096;

/** (h1, s1) strictly better than (h2, s2), hard first. */
function better(h1: number, s1: number, h2: number, s2: number): boolean {
  return h1 < h2 || (h1 === h2 && s1 < s2 - EPS);
}

/**
 * Late acceptance hill climbing over change, swap/transfer and chain moves, scored incrementally.
 * Anytime: the state ends at the best solution seen. Deterministic for a seed under a move budget.
 */
export function localSearch(state: ScoreState, rng: Rng, options: LocalSearchOptions): LocalSearchStats {
  if (!Number.isFinite(options.maxMoves) && options.timeBudgetMs === undefined)
    throw new InvalidArgumentError('an unlimited move budget needs a time budget', ['maxMoves']);
  const c = state.c;
  const seatCount = c.seatCount;
  const seatGroup = c.seatGroup;
  const groupFirst = c.groupFirst;
  const groupSize = c.groupSize;
  const cands = c.groupCandidates;
  const seatVol = state.seatVolunteer;
  const lists = state.lists;
  const ms = state.moveSeats;
  const mv = state.moveVolunteers;
  const L = Math.max(1, options.lateAcceptance);
  const histHard = new Float64Array(L).fill(state.hard);
  const histSoft = new Float64Array(L).fill(state.soft);
  let bestHard = state.hard;
  let bestSoft = state.soft;
  let best: Int32Array | undefined;
  let currentIsBest = true;
  const deadline =
    options.timeBudgetMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.timeBudgetMs;
  let accepted = 0;
  let improvements = 0;
  let moves = 0;
  const report = (phase: string): void => {
    options.onProgress?.({ phase, done: moves, total: options.maxMoves } satisfies Progress);
  };
  if (seatCount === 0) return { moves, accepted, improvements };
  // Shifted into small-integer range so that % stays an integer operation.
  const rand = (n: number): number => (rng.nextUint32() >>> 2) % n;
  const maxBuf = c.maxBuffer;
  const sd = c.seatData;
  for (; moves < options.maxMoves; moves++) {
    if ((moves & (CHECK_EVERY - 1)) === 0 && moves > 0) {
      throwIfAborted(options.signal);
      if (Date.now() > deadline) break;
      if ((moves & (CHECK_EVERY * 64 - 1)) === 0) report('search');
    }
    // Pick a move.
    const s = rand(seatCount);
    const a = seatVol[s] as number;
    const g = seatGroup[s] as number;
    const lo = groupFirst[g] as number;
    const n = groupSize[g] as number;
    const r = rng.nextUint32() & 1023;
    let k = 0;
    if (n === 0 || (a >= 0 && r < 64)) {
      if (a < 0) continue;
      ms[0] = s;
      mv[0] = -1;
      k = 1;
    } else {
      const b = cands[lo + rand(n)] as number;
      if (b === a) continue;
      ms[0] = s;
      mv[0] = b;
      k = 1;
      const listB = lists[b] as number[];
      if (r >= 512 && listB.length > 0) {
        if (r < 800) {
          // Swap (or transfer when s is empty): b takes s, a takes one of b's seats.
          const s2 = listB[rand(listB.length)] as number;
          if (s2 === s) continue;
          ms[1] = s2;
          mv[1] = a;
          k = 2;
        } else {
          // Chain: b leaves a seat that clashes with s for s; someone else backfills it.
          const st = (sd[s * SEAT_STRIDE + SEAT_START] as number) - maxBuf;
          const en = (sd[s * SEAT_STRIDE + SEAT_END] as number) + maxBuf;
          let s2 = -1;
          for (let i = 0; i < listB.length; i++) {
            const t = (listB[i] as number) * SEAT_STRIDE;
            if ((sd[t + SEAT_START] as number) < en && (sd[t + SEAT_END] as number) > st) {
              s2 = listB[i] as number;
              break;
            }
          }
          if (s2 >= 0 && s2 !== s) {
            const g2 = seatGroup[s2] as number;
            const lo2 = groupFirst[g2] as number;
            const n2 = groupSize[g2] as number;
            const cv = n2 > 0 ? (cands[lo2 + rand(n2)] as number) : -1;
            if (cv === b) continue;
            ms[1] = s2;
            mv[1] = cv;
            k = 2;
          }
        }
      }
    }
    state.evaluate(k, true);
    const nh = state.hard + state.deltaHard;
    const ns = state.soft + state.deltaSoft;
    const idx = moves % L;
    const ok =
      !better(state.hard, state.soft, nh, ns) ||
      !better(histHard[idx] as number, histSoft[idx] as number, nh, ns);
    if (ok) {
      if (currentIsBest && better(bestHard, bestSoft, nh, ns)) {
        best = best ?? new Int32Array(seatCount);
        best.set(seatVol);
        currentIsBest = false;
      }
      state.commit();
      accepted++;
      if (better(nh, ns, bestHard, bestSoft)) {
        bestHard = nh;
        bestSoft = ns;
        currentIsBest = true;
        improvements++;
      }
    }
    if (better(state.hard, state.soft, histHard[idx] as number, histSoft[idx] as number)) {
      histHard[idx] = state.hard;
      histSoft[idx] = state.soft;
    }
  }
  if (!currentIsBest && best !== undefined) {
    for (let s = 0; s < seatCount; s++) {
      const v = best[s] as number;
      if (seatVol[s] !== v) state.set(s, v);
    }
  }
  state.resum();
  report('search');
  return { moves, accepted, improvements };
}
