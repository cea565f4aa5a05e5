import type { FairnessPolicy } from './round-policy.js';

/**
 * Priority-weighted gain of a pair, an integer so the b-matching solver stays exact:
 * weight = round(score × (100 + growth × (min(waitedA, cap) + min(waitedB, cap))) / 100).
 * With growth 25 %, a pair whose sides have waited 2 rounds in total counts 1.5 × its score.
 * Score is the mutual integer score 0..10000; waits are rounds.
 */
export function priorityWeight(score: number, waitedA: number, waitedB: number, f: FairnessPolicy): number {
  const waited = Math.min(waitedA, f.waitCap) + Math.min(waitedB, f.waitCap);
  return Math.round((score * (100 + f.growthPercent * waited)) / 100);
}

/** Largest weight priorityWeight can give for scores up to `maxScore` (for overflow checks). */
export function maxPriorityWeight(maxScore: number, f: FairnessPolicy): number {
  return Math.round((maxScore * (100 + f.growthPercent * 2 * f.waitCap)) / 100);
}
