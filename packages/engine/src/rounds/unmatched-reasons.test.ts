import { describe, expect, it } from 'vitest';
import { csrFromEdges } from '../matching/csr-graph.js';
import type { RoundGraph } from './round-solve.js';
import { solveRoundGraph } from './round-solve.js';
import {
  countCandidates,
  STATUS_ELIGIBLE,
  STATUS_MONTHLY_CAP,
  unmatchedReasons,
} from './unmatched-reasons.js';

describe('unmatchedReasons', () => {
  it('tells apart no candidate, below the floor, taken, round cap and monthly cap', () => {
    // Men 0..4, women 0..3. Man 0 and man 1 both want only woman 0 (man 0 scores higher); man 2
    // has only a pair below the floor; man 3 has nobody; man 4 is at his monthly cap. Women 1, 2
    // have strong pairs with man 0, who takes at most 2; the round cap is 2.
    const edges: [number, number, number][] = [
      [0, 0, 9000],
      [0, 1, 8000],
      [0, 2, 7500],
      [1, 0, 6000],
      [2, 3, 3000],
      [4, 3, 9000],
    ];
    const rg: RoundGraph = {
      graph: csrFromEdges(5, 4, edges),
      rowCapacity: Int32Array.from([2, 1, 1, 1, 0]),
      colCapacity: Int32Array.from([1, 1, 1, 1]),
      rowWaited: new Int32Array(5),
      colWaited: new Int32Array(4),
    };
    const policy = {
      minScore: 5000,
      maxIntroductions: 2,
      fairness: { growthPercent: 0, waitCap: 0 },
      mode: 'optimal' as const,
    };
    const sol = solveRoundGraph(rg, policy);
    // Best two: (0,0) 9000 and (0,1) 8000.
    expect(sol.scoreTotal).toBe(17_000);
    const rowUsed = Int32Array.from([2, 0, 0, 0, 0]);
    const colUsed = Int32Array.from([1, 1, 0, 0]);
    const counts = countCandidates(rg, policy.minScore);
    const status = Uint8Array.from([
      STATUS_ELIGIBLE,
      STATUS_ELIGIBLE,
      STATUS_ELIGIBLE,
      STATUS_ELIGIBLE,
      STATUS_MONTHLY_CAP,
    ]);
    expect(unmatchedReasons('rows', rg, status, counts, rowUsed, colUsed, policy.minScore)).toEqual([
      undefined,
      'candidates_taken',
      'below_score_floor',
      'no_acceptable_candidate',
      'monthly_cap',
    ]);
    // Woman 2 still had man 0 ... who is full; woman 3's only pair above the floor is with a
    // capped man (capacity 0), so nobody had room: taken.
    expect(
      unmatchedReasons('cols', rg, new Uint8Array(4), counts, rowUsed, colUsed, policy.minScore),
    ).toEqual([undefined, undefined, 'candidates_taken', 'candidates_taken']);
    // With man 0 able to take three, woman 2 is stopped by the round cap instead.
    const roomy = { ...rg, rowCapacity: Int32Array.from([3, 1, 1, 1, 0]) };
    expect(
      unmatchedReasons('cols', roomy, new Uint8Array(4), counts, rowUsed, colUsed, policy.minScore)[2],
    ).toBe('round_cap');
  });
});
