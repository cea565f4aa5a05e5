import { InvalidArgumentError } from '../core/errors.js';
import type { BMatchingProblem } from './b-matching.js';
import { validateCsrGraph } from './csr-graph.js';

/** A validated b-matching problem with capacities as arrays (clamped to int32) and no limit as -1. */
export interface NormalizedBMatching {
  readonly rowCap: Int32Array;
  readonly colCap: Int32Array;
  readonly maxEdges: number;
}

/** Validates a b-matching problem (graph, capacities, flow limit); throws InvalidArgumentError with the path. */
export function normalizeBMatchingProblem(p: BMatchingProblem): NormalizedBMatching {
  validateCsrGraph(p.graph, ['graph']);
  const rowCap = capacities(p.rowCapacity, p.graph.rows, 'rowCapacity');
  const colCap = capacities(p.colCapacity, p.graph.cols, 'colCapacity');
  let maxEdges = -1;
  if (p.maxEdges !== undefined) {
    if (!Number.isSafeInteger(p.maxEdges) || p.maxEdges < 0) {
      throw new InvalidArgumentError(`maxEdges must be a non-negative integer, got ${p.maxEdges}`, [
        'maxEdges',
      ]);
    }
    maxEdges = p.maxEdges;
  }
  return { rowCap, colCap, maxEdges };
}

/** Capacity of side entry `i` as given (a number may exceed int32). */
export function capacityAt(cap: Int32Array | number, i: number): number {
  return typeof cap === 'number' ? cap : cap[i]!;
}

function capacities(cap: Int32Array | number, n: number, name: string): Int32Array {
  if (typeof cap === 'number') {
    if (!Number.isSafeInteger(cap) || cap < 0) {
      throw new InvalidArgumentError(`${name} must be a non-negative integer, got ${cap}`, [name]);
    }
    return new Int32Array(n).fill(Math.min(cap, 0x7fffffff));
  }
  if (!(cap instanceof Int32Array) || cap.length !== n) {
    throw new InvalidArgumentError(`${name} must be a number or an Int32Array of length ${n}`, [name]);
  }
  for (let i = 0; i < n; i++) {
    if (cap[i]! < 0) throw new InvalidArgumentError(`capacity ${cap[i]} is negative`, [name, i]);
  }
  return cap;
}

/**
 * Objective of the LP dual of max-weight b-matching for any u, v, λ ≥ 0, with each edge's bound
 * dual set to its best value max(0, w − u − v − λ): Σ b_i u_i + Σ b_j v_j + maxEdges·λ + Σ_e z_e.
 * Always an upper bound on the optimum; equal to it at an optimal dual. Terms with a zero dual
 * are skipped so that a huge capacity times zero stays zero.
 */
export function bMatchingDualObjective(
  p: BMatchingProblem,
  rowDual: Float64Array,
  colDual: Float64Array,
  limitDual: number,
): number {
  const { rows, cols, offsets, targets, weights } = p.graph;
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const u = rowDual[i]!;
    if (u !== 0) total += capacityAt(p.rowCapacity, i) * u;
  }
  for (let j = 0; j < cols; j++) {
    const v = colDual[j]!;
    if (v !== 0) total += capacityAt(p.colCapacity, j) * v;
  }
  if (limitDual !== 0) total += (p.maxEdges ?? Number.POSITIVE_INFINITY) * limitDual;
  for (let i = 0; i < rows; i++) {
    const u = rowDual[i]! + limitDual;
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
      const slack = weights[e]! - u - colDual[targets[e]!]!;
      if (slack > 0) total += slack;
    }
  }
  return total;
}
