// Exhaustive reference for b-matching tests only (not exported from index.ts): slow, obviously correct.
import type { BMatchingProblem } from './b-matching.js';
import { capacityAt } from './b-matching-problem.js';

/** Best b-matching by trying every subset of edges (keep the edge count ≤ ~16). */
export interface BruteForceBMatching {
  /** Maximum total weight over all feasible edge sets. */
  readonly total: number;
  /** Number of edges in the first best set found (subsets in increasing bitmask order). */
  readonly count: number;
}

/** Maximum-weight feasible edge set of a small b-matching problem, by enumerating all 2^m subsets. */
export function bruteForceBMatching(p: BMatchingProblem): BruteForceBMatching {
  const { rows, cols, offsets, targets, weights } = p.graph;
  const m = offsets[rows]!;
  if (m > 20) throw new Error(`brute force needs at most 20 edges, got ${m}`);
  const edgeRow: number[] = [];
  for (let i = 0; i < rows; i++) for (let e = offsets[i]!; e < offsets[i + 1]!; e++) edgeRow[e] = i;
  const limit = p.maxEdges ?? Number.POSITIVE_INFINITY;
  let best = 0;
  let bestCount = 0;
  const rowUse = new Int32Array(rows);
  const colUse = new Int32Array(cols);
  for (let mask = 1; mask < 1 << m; mask++) {
    rowUse.fill(0);
    colUse.fill(0);
    let ok = true;
    let sum = 0;
    let count = 0;
    for (let e = 0; e < m && ok; e++) {
      if ((mask & (1 << e)) === 0) continue;
      const i = edgeRow[e]!;
      const j = targets[e]!;
      count++;
      sum += weights[e]!;
      ok = ++rowUse[i]! <= capacityAt(p.rowCapacity, i) && ++colUse[j]! <= capacityAt(p.colCapacity, j);
    }
    if (ok && count <= limit && sum > best) {
      best = sum;
      bestCount = count;
    }
  }
  return { total: best, count: bestCount };
}
