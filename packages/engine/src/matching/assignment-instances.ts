// Assignment instances shared by the matching tests (not exported from index.ts).
import type { Rng } from '../core/rng.js';
import type { CsrGraph } from './csr-graph.js';

/** A square or rectangular cost matrix, row-major. */
export interface CostMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly costs: Float64Array;
}

/** Parses an OR-Library assignment file: n, then n×n integer costs, whitespace-separated. */
export function parseOrLibraryAssignment(text: string): CostMatrix {
  const tokens = text.trim().split(/\s+/);
  const n = Number(tokens[0]);
  if (!Number.isInteger(n) || n < 0 || tokens.length !== 1 + n * n) {
    throw new Error(`malformed OR-Library assignment file: n = ${tokens[0]}, ${tokens.length} tokens`);
  }
  const costs = new Float64Array(n * n);
  for (let k = 0; k < n * n; k++) costs[k] = Number(tokens[k + 1]);
  return { rows: n, cols: n, costs };
}

/** Machol–Wien c(i,j) = i·j (0-based), n×n; its minimum is n(n−1)(n−2)/6. */
export function macholWien(n: number): CostMatrix {
  const costs = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) costs[i * n + j] = i * j;
  return { rows: n, cols: n, costs };
}

/** Uniform random integer costs in [0, range). */
export function uniformCosts(rng: Rng, rows: number, cols: number, range: number): CostMatrix {
  const costs = new Float64Array(rows * cols);
  for (let k = 0; k < costs.length; k++) costs[k] = Math.floor(rng.next() * range);
  return { rows, cols, costs };
}

/**
 * Random sparse graph: each row gets `degree` distinct random columns plus the column of a hidden
 * random permutation (so a row-perfect matching exists), costs uniform integers in [0, range).
 */
export function plantedSparse(rng: Rng, rows: number, cols: number, degree: number, range: number): CsrGraph {
  const perm = new Int32Array(cols);
  for (let j = 0; j < cols; j++) perm[j] = j;
  for (let j = cols - 1; j > 0; j--) {
    const k = Math.floor(rng.next() * (j + 1));
    const t = perm[j]!;
    perm[j] = perm[k]!;
    perm[k] = t;
  }
  const offsets = new Int32Array(rows + 1);
  const targets: number[] = [];
  const weights: number[] = [];
  const seen = new Int32Array(cols).fill(-1);
  for (let i = 0; i < rows; i++) {
    const start = targets.length;
    const planted = perm[i]!;
    seen[planted] = i;
    targets.push(planted);
    weights.push(Math.floor(rng.next() * range));
    const want = Math.min(degree, cols - 1);
    for (let added = 0; added < want; ) {
      const j = Math.floor(rng.next() * cols);
      if (seen[j] === i) continue;
      seen[j] = i;
      targets.push(j);
      weights.push(Math.floor(rng.next() * range));
      added++;
    }
    // The planted edge sits at a random place in its row, so no solver finds it by looking first.
    const at = start + Math.floor(rng.next() * (targets.length - start));
    targets[start] = targets[at]!;
    targets[at] = planted;
    offsets[i + 1] = targets.length;
  }
  return { rows, cols, offsets, targets: Int32Array.from(targets), weights: Float64Array.from(weights) };
}

/** The allowed pairs of a dense matrix as a CSR graph (all pairs when `forbidden` is absent). */
export function csrFromDense(m: CostMatrix, forbidden?: Uint8Array): CsrGraph {
  const { rows, cols, costs } = m;
  const offsets = new Int32Array(rows + 1);
  const targets: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const k = i * cols + j;
      if (forbidden !== undefined && forbidden[k] !== 0) continue;
      targets.push(j);
      weights.push(costs[k]!);
    }
    offsets[i + 1] = targets.length;
  }
  return { rows, cols, offsets, targets: Int32Array.from(targets), weights: Float64Array.from(weights) };
}

/** The dense view of a sparse graph: missing pairs forbidden (duplicate edges: cheapest kept). */
export function denseFromCsr(g: CsrGraph, maximize = false): { matrix: CostMatrix; forbidden: Uint8Array } {
  const costs = new Float64Array(g.rows * g.cols);
  const forbidden = new Uint8Array(g.rows * g.cols).fill(1);
  for (let i = 0; i < g.rows; i++) {
    for (let e = g.offsets[i]!; e < g.offsets[i + 1]!; e++) {
      const k = i * g.cols + g.targets[e]!;
      const w = g.weights[e]!;
      if (forbidden[k] === 1 || (maximize ? w > costs[k]! : w < costs[k]!)) costs[k] = w;
      forbidden[k] = 0;
    }
  }
  return { matrix: { rows: g.rows, cols: g.cols, costs }, forbidden };
}
