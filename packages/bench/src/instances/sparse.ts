import { type CsrGraph, Rng } from '@redthread/engine';
import { shuffleRange } from './shuffle.js';

/** Options of a random sparse bipartite graph. */
export interface SparseOptions {
  readonly rows: number;
  readonly cols: number;
  /** Random distinct candidate columns per row (capped at cols). */
  readonly degree: number;
  /** Integer weights uniform in [minWeight, maxWeight], both inclusive. */
  readonly minWeight: number;
  readonly maxWeight: number;
  /** Adds the column of a hidden random permutation to every row, so a perfect matching exists. */
  readonly planted: boolean;
  readonly seed: number;
}

/**
 * A random sparse bipartite graph in CSR form, built straight into typed arrays so that 1M rows ×
 * 50 edges take a second or two. Columns within a row are distinct; the planted column sits at a
 * random position of its row, so no solver finds it by looking first.
 */
export function randomSparse(o: SparseOptions): CsrGraph {
  const { rows, cols, minWeight, maxWeight } = o;
  const rng = new Rng(o.seed);
  // With a planted column a row can take at most cols−1 random others.
  const degree = Math.min(o.degree, o.planted ? cols - 1 : cols);
  const perm = new Int32Array(o.planted ? cols : 0);
  if (o.planted) {
    if (cols < rows) throw new RangeError('a planted row-perfect matching needs cols >= rows');
    for (let j = 0; j < cols; j++) perm[j] = j;
    shuffleRange(rng, perm, 0, cols);
  }
  const perRow = degree + (o.planted ? 1 : 0);
  const targets = new Int32Array(rows * perRow);
  const weights = new Float64Array(rows * perRow);
  const offsets = new Int32Array(rows + 1);
  // lastRow[c] === r marks column c as taken in row r: O(1) distinctness without clearing.
  const lastRow = new Int32Array(cols).fill(-1);
  const span = maxWeight - minWeight + 1;
  let m = 0;
  for (let r = 0; r < rows; r++) {
    const start = m;
    if (o.planted) lastRow[perm[r]!] = r;
    let added = 0;
    while (added < degree) {
      const c = Math.floor(rng.next() * cols);
      if (lastRow[c] === r) continue;
      lastRow[c] = r;
      targets[m++] = c;
      added++;
    }
    if (o.planted) {
      const at = start + Math.floor(rng.next() * (m - start + 1));
      targets[m++] = targets[at]!;
      targets[at] = perm[r]!;
    }
    for (let e = start; e < m; e++) weights[e] = minWeight + Math.floor(rng.next() * span);
    offsets[r + 1] = m;
  }
  return {
    rows,
    cols,
    offsets,
    targets,
    weights,
  };
}
