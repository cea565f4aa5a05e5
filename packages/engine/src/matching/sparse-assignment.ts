import { InvalidArgumentError } from '../core/errors.js';
import type { SolveOptions } from '../core/solve-options.js';
import { throwIfAborted } from '../core/solve-options.js';
import { type AssignmentResult, AugmentTicker, toAssignmentResult } from './assignment-result.js';
import { type CsrGraph, validateCsrGraph } from './csr-graph.js';
import { lapjvSparse, type SparseCosts } from './lapjv-sparse.js';

/** A sparse assignment problem as `verifyAssignment` takes it: the graph and the direction. */
export interface SparseAssignmentProblem {
  readonly graph: CsrGraph;
  readonly maximize?: boolean;
}

/**
 * Optimal 1:1 assignment on a sparse bipartite graph (edge weights are costs, or gains when
 * maximising): every vertex of the smaller side is matched through an edge that exists
 * (LAPJVsp-style shortest augmenting paths over the edges only), with dual prices certifying
 * optimality. Infeasible when no such matching exists. Time ~O(n·E·log) worst case.
 */
export function solveSparseAssignment(
  g: CsrGraph,
  o: SolveOptions & { readonly maximize?: boolean } = {},
): AssignmentResult {
  return solveSparseAssignmentWith(g, o, 'auto');
}

/** solveSparseAssignment with the auction warm start on or off (tests cover both paths). */
export function solveSparseAssignmentWith(
  g: CsrGraph,
  o: SolveOptions & { readonly maximize?: boolean },
  auction: 'auto' | 'never',
): AssignmentResult {
  validateCsrGraph(g);
  if (o.maximize !== undefined && typeof o.maximize !== 'boolean') {
    throw new InvalidArgumentError('maximize must be a boolean', ['maximize']);
  }
  const maximize = o.maximize === true;
  throwIfAborted(o.signal);
  const transposed = g.rows > g.cols;
  const oriented = orient(g, transposed, maximize);
  const pairCost = new Float64Array(oriented.n);
  const sol = lapjvSparse(oriented, pairCost, new AugmentTicker(oriented.n, o.signal, o.onProgress), auction);
  return toAssignmentResult(sol, g.rows, g.cols, transposed, maximize, (i, j) => {
    const w = pairCost[transposed ? j : i]!;
    return maximize ? 0 - w : w;
  });
}

/** Smaller side as rows and costs to minimise; shares the caller's arrays when nothing changes. */
function orient(g: CsrGraph, transposed: boolean, maximize: boolean): SparseCosts {
  if (!transposed) {
    const costs = maximize ? g.weights.map((w) => 0 - w) : g.weights;
    return { n: g.rows, m: g.cols, offsets: g.offsets, targets: g.targets, costs };
  }
  const edges = g.offsets[g.rows]!;
  const offsets = new Int32Array(g.cols + 1);
  for (let e = 0; e < edges; e++) offsets[g.targets[e]! + 1]!++;
  for (let j = 0; j < g.cols; j++) offsets[j + 1]! += offsets[j]!;
  const cursor = offsets.slice(0, g.cols);
  const targets = new Int32Array(edges);
  const costs = new Float64Array(edges);
  const sign = maximize ? -1 : 1;
  for (let i = 0; i < g.rows; i++) {
    for (let e = g.offsets[i]!, end = g.offsets[i + 1]!; e < end; e++) {
      const at = cursor[g.targets[e]!]!++;
      targets[at] = i;
      costs[at] = sign * g.weights[e]!;
    }
  }
  return { n: g.cols, m: g.rows, offsets, targets, costs };
}
