import type { CsrGraph } from '../matching/csr-graph.js';
import { allocateViews } from '../scoring/typed-arena.js';
import type { SearchResult } from './candidate-search.js';

/**
 * The bipartite candidate graph: a pair is an edge when it is in the man's top K or the woman's
 * (or both, once). Rows = men, columns = women (positions); each row's edges ascend by column;
 * weights are the integer mutual scores. Built in place in the final arrays (no transposed copy
 * of the women's lists): at province scale every large allocation costs a full garbage collection
 * of the pool's objects.
 */
export function unionOfTopK(
  men: SearchResult,
  women: SearchResult,
  rows: number,
  cols: number,
  k: number,
): CsrGraph {
  // Room per row: the man's own list plus every woman listing him (duplicates removed below).
  const room = new Int32Array(rows + 1);
  for (let r = 0; r < rows; r++) room[r + 1] = men.counts[r]!;
  for (let c = 0; c < cols; c++)
    for (let e = c * k, end = e + women.counts[c]!; e < end; e++) room[women.positions[e]! + 1]!++;
  for (let r = 0; r < rows; r++) room[r + 1]! += room[r]!;
  const capacity = room[rows]!;
  const { targets, weights } = allocateViews({
    targets: [Int32Array, capacity],
    weights: [Float64Array, capacity],
  });
  const cursor = new Int32Array(rows);
  let widest = 0;
  for (let r = 0; r < rows; r++) {
    let at = room[r]!;
    for (let e = r * k, end = e + men.counts[r]!; e < end; e++) {
      targets[at] = men.positions[e]!;
      weights[at++] = men.scores[e]!;
    }
    cursor[r] = at;
    widest = Math.max(widest, room[r + 1]! - room[r]!);
  }
  for (let c = 0; c < cols; c++)
    for (let e = c * k, end = e + women.counts[c]!; e < end; e++) {
      const at = cursor[women.positions[e]!]!++;
      targets[at] = c;
      weights[at] = women.scores[e]!;
    }

  // Each row sorted by column through one numeric key per edge, column · (maxScore + 1) + score
  // (exact in a double), so the native typed-array sort does the work; a pair listed by both
  // sides has the same score twice, hence equal keys, kept once. Rows are compacted leftwards.
  let maxScore = 0;
  for (const s of men.scores) if (s > maxScore) maxScore = s;
  for (const s of women.scores) if (s > maxScore) maxScore = s;
  const radix = maxScore + 1;
  const keys = new Float64Array(widest);
  const offsets = new Int32Array(rows + 1);
  let write = 0;
  for (let r = 0; r < rows; r++) {
    const from = room[r]!;
    const n = room[r + 1]! - from;
    for (let i = 0; i < n; i++) keys[i] = targets[from + i]! * radix + weights[from + i]!;
    const row = keys.subarray(0, n);
    row.sort();
    let prev = -1;
    for (let i = 0; i < n; i++) {
      const key = row[i]!;
      if (key === prev) continue;
      prev = key;
      let c = Math.floor(key / radix);
      // Guard against the division rounding across an integer (huge scales only).
      if (c * radix > key) c--;
      else if ((c + 1) * radix <= key) c++;
      targets[write] = c;
      weights[write++] = key - c * radix;
    }
    offsets[r + 1] = write;
  }
  return {
    rows,
    cols,
    offsets,
    targets: targets.subarray(0, write),
    weights: weights.subarray(0, write),
  };
}
