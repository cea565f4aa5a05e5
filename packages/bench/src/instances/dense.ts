import { Rng } from '@redthread/engine';

/** A rows×cols cost matrix, row-major. */
export interface DenseInstance {
  readonly rows: number;
  readonly cols: number;
  readonly costs: Float64Array;
}

/** Uniform random integer costs in [0, range), row-major, from `seed`. */
export function uniformDense(rows: number, cols: number, range: number, seed: number): DenseInstance {
  const rng = new Rng(seed);
  const costs = new Float64Array(rows * cols);
  for (let k = 0; k < costs.length; k++) costs[k] = Math.floor(rng.next() * range);
  return { rows, cols, costs };
}

/**
 * Machol–Wien c(i,j) = i·j (0-based), n×n: a classic hard family for Hungarian-type codes. Its
 * minimum is n(n−1)(n−2)/6 (the anti-diagonal).
 */
export function macholWien(n: number): DenseInstance {
  const costs = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) costs[i * n + j] = i * j;
  return { rows: n, cols: n, costs };
}

/** Rows of a row-major matrix as plain number arrays (the input most npm peers take). */
export function toNestedArrays(m: DenseInstance): number[][] {
  const out: number[][] = new Array(m.rows);
  for (let i = 0; i < m.rows; i++) out[i] = Array.from(m.costs.subarray(i * m.cols, (i + 1) * m.cols));
  return out;
}

/** Total cost of `(row, col)` pairs; pairs outside the matrix (padding) are ignored. */
export function pairsCost(m: DenseInstance, pairs: ArrayLike<readonly [number, number]>): number {
  let total = 0;
  for (let k = 0; k < pairs.length; k++) {
    const [i, j] = pairs[k]!;
    if (i >= 0 && i < m.rows && j >= 0 && j < m.cols) total += m.costs[i * m.cols + j]!;
  }
  return total;
}
