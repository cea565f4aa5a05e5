import type { Proof, SolveOptions } from '../core/solve-options.js';
import { throwIfAborted } from '../core/solve-options.js';
import { auctionWarmStart } from './b-matching-auction.js';
import { EarlyStop } from './b-matching-early-stop.js';
import { repairPotentials } from './b-matching-potentials.js';
import {
  bMatchingDualObjective,
  type NormalizedBMatching,
  normalizeBMatchingProblem,
} from './b-matching-problem.js';
import { createScalingState, runBMatchingScaling, scalingFactor } from './b-matching-scaling.js';
import {
  createSspState,
  releasePhantoms,
  runBMatchingSsp,
  type SspInput,
  type SspState,
} from './b-matching-ssp.js';
import type { CsrGraph } from './csr-graph.js';

/** Max-weight b-matching on a bipartite candidate graph: each row/column takes at most its capacity of edges. */
export interface BMatchingProblem {
  /** Weights are gains to maximise; edges of weight ≤ 0 are never taken. Parallel edges are independent. */
  readonly graph: CsrGraph;
  /** Per row, or one number for all: at most this many chosen edges at the row. */
  readonly rowCapacity: Int32Array | number;
  /** Per column, or one number for all. */
  readonly colCapacity: Int32Array | number;
  /** Flow limit: at most this many edges in total (the best such set, exactly). */
  readonly maxEdges?: number;
}

/**
 * A feasible b-matching with LP dual prices (all ≥ 0). On an optimal result they are feasible
 * (u_i + v_j + λ ≥ w_e on every unchosen edge) and complementary: a chosen edge has
 * u_i + v_j + λ ≤ w_e (the difference is that edge's bound dual), a row or column with unused
 * capacity has dual 0, and λ > 0 only when exactly maxEdges edges are chosen. On a 'gap' result
 * the upper bound is their dual objective with bound duals max(0, w_e − u_i − v_j − λ) on every edge.
 */
export interface BMatchingResult {
  readonly code: 'solved';
  /** Indices into graph.targets of the chosen edges, ascending. */
  readonly edges: Int32Array;
  /** Sum of chosen weights (added in ascending edge order). */
  readonly total: number;
  readonly rowDual: Float64Array;
  readonly colDual: Float64Array;
  /** Dual of the maxEdges constraint (0 without one). */
  readonly limitDual: number;
  readonly proof: Proof;
}

/**
 * Exact max-weight b-matching. Integer weights (the common case) go to cost-scaling push–relabel
 * (b-matching-scaling.ts) with weights scaled by rows+cols+2, which is exact, followed by a
 * label-correcting pass that turns its prices into exact LP duals (also tried between ε phases
 * on tie-heavy graphs, where it often proves the flow optimal early: b-matching-early-stop.ts).
 * Other weights, and a maxEdges limit that binds, go to successive shortest paths with
 * potentials (b-matching-ssp.ts, warm started by a zero-increment auction), exact up to float
 * rounding. verifyBMatching checks with a 1e-9 relative tolerance. When `timeBudgetMs` runs
 * out, rows with unplaced units are filled greedily and the proof is a gap between the total and
 * the dual objective of the current prices. Progress phases: 'scale' (done/total in ε phases) or
 * 'augment' (in rows).
 */
export function solveBMatching(p: BMatchingProblem, options: SolveOptions = {}): BMatchingResult {
  return solveBMatchingWith(p, options, 'auto');
}

/**
 * Which exact core solves the problem; 'auto' picks by weights and limit. 'scaling-eager' is
 * 'auto' with an optimality proof tried after every ε phase (tests of the early stop).
 */
export type BMatchingMethod = 'auto' | 'scaling-eager' | 'ssp' | 'ssp-cold';

/** Rounds of phantom release before the warm start is abandoned for a cold one. */
const MAX_RELEASE_ROUNDS = 64;

/** A feasible b-matching with raw dual prices, as the cores leave it. */
interface CoreOutcome {
  readonly chosen: Uint8Array;
  readonly rowCount: Int32Array;
  readonly colCount: Int32Array;
  count: number;
  /** Row and column duals and λ before clipping at 0. */
  readonly u: Float64Array;
  readonly v: Float64Array;
  readonly lambda: number;
  readonly complete: boolean;
}

/** solveBMatching with the core chosen by the caller (tests compare them). */
export function solveBMatchingWith(
  p: BMatchingProblem,
  options: SolveOptions,
  method: BMatchingMethod,
): BMatchingResult {
  const norm = normalizeBMatchingProblem(p);
  throwIfAborted(options.signal);
  const deadline =
    options.timeBudgetMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.timeBudgetMs;
  const usable = effectiveCapacities(p.graph, norm);
  const { rowEff, colEff } = usable;
  let rowSum = 0;
  let colSum = 0;
  for (let i = 0; i < rowEff.length; i++) rowSum += rowEff[i]!;
  for (let j = 0; j < colEff.length; j++) colSum += colEff[j]!;
  const limit = norm.maxEdges >= 0 && norm.maxEdges < Math.min(rowSum, colSum) ? norm.maxEdges : -1;
  const input: SspInput = {
    graph: p.graph,
    rowCap: rowEff,
    colCap: colEff,
    limit: -1,
    deadline,
    signal: options.signal,
    onProgress: options.onProgress,
  };

  // Without the limit first: when it does not bind, that answer is the answer.
  let core: CoreOutcome | null = null;
  const scaling = method === 'auto' || method === 'scaling-eager';
  const alpha = scaling ? scalingFactor(p.graph, usable) : 0;
  if (alpha > 0) core = solveByScaling(input, alpha, method === 'scaling-eager');
  else if (method !== 'ssp-cold') core = solveBySsp(input, true);
  if (core && limit >= 0 && core.complete && core.count > limit) core = null;
  if (!core) core = solveBySsp({ ...input, limit }, false)!;
  if (!core.complete) fillGreedily(p.graph, rowEff, colEff, norm.maxEdges, core);
  return buildResult(p, norm, rowEff, colEff, core);
}

function solveByScaling(input: SspInput, alpha: number, eagerStop: boolean): CoreOutcome | null {
  const state = createScalingState(input, alpha);
  const early = new EarlyStop(input, state, eagerStop);
  const complete = runBMatchingScaling(input, state, early.check);
  // The label-correcting pass cannot fail on an optimal flow; if it did, the SSP takes over.
  if (complete && !early.repaired && !repairPotentials(input, state)) return null;
  const { rows, cols } = input.graph;
  const u = new Float64Array(rows);
  const v = new Float64Array(cols);
  for (let i = 0; i < rows; i++) u[i] = (state.pr[i]! - state.pH) / alpha;
  for (let j = 0; j < cols; j++) v[j] = (state.pH - state.pc[j]!) / alpha;
  return {
    chosen: state.chosen,
    rowCount: state.held,
    colCount: state.colIn,
    count: state.count,
    u,
    v,
    lambda: 0,
    complete,
  };
}

function solveBySsp(input: SspInput, warm: boolean): CoreOutcome | null {
  let state: SspState;
  let complete: boolean;
  if (warm) {
    state = createSspState(input, auctionWarmStart(input) ?? undefined);
    for (let round = 0; ; round++) {
      complete = runBMatchingSsp(input, state);
      if (!complete || releasePhantoms(input, state) === 0) break;
      if (round === MAX_RELEASE_ROUNDS) return null;
    }
  } else {
    state = createSspState(input);
    complete = runBMatchingSsp(input, state);
  }
  // Potentials → duals (π_T = 0): u_i = π_i, v_j = π_L − π_j, λ = −π_L.
  const { rows, cols } = input.graph;
  const { pi } = state;
  const pl = input.limit >= 0 ? pi[rows + cols]! : 0;
  const v = new Float64Array(cols);
  for (let j = 0; j < cols; j++) v[j] = pl - pi[rows + j]!;
  return {
    chosen: state.chosen,
    rowCount: state.rowCount,
    colCount: state.colCount,
    count: state.count,
    u: pi.subarray(0, rows),
    v,
    lambda: input.limit >= 0 && (state.count === input.limit || !complete) ? -pl : 0,
    complete,
  };
}

/**
 * Clips the raw duals at 0 and applies complementary slackness: a side with unused capacity gets
 * dual 0 (after a time-out, only sides whose capacity exceeds their usable edges, whose edges'
 * bound duals take the slack). Sides of capacity 0 cost nothing, so they are priced just high
 * enough to cover their edges.
 */
function buildResult(
  p: BMatchingProblem,
  norm: NormalizedBMatching,
  rowEff: Int32Array,
  colEff: Int32Array,
  core: CoreOutcome,
): BMatchingResult {
  const { rows, cols, offsets, targets, weights } = p.graph;
  const { chosen, rowCount, colCount, count, complete } = core;
  const edges = new Int32Array(count);
  let total = 0;
  for (let e = 0, at = 0; at < count; e++) {
    if (chosen[e] === 0) continue;
    edges[at++] = e;
    total += weights[e]!;
  }
  const limitDual = Math.max(0, core.lambda);
  const rowDual = new Float64Array(rows);
  const colDual = new Float64Array(cols);
  for (let i = 0; i < rows; i++) {
    if ((complete ? rowCount[i]! : rowEff[i]!) >= norm.rowCap[i]!) rowDual[i] = Math.max(0, core.u[i]!);
  }
  let zeroCols = false;
  for (let j = 0; j < cols; j++) {
    if (norm.colCap[j] === 0) zeroCols = true;
    else if ((complete ? colCount[j]! : colEff[j]!) >= norm.colCap[j]!) colDual[j] = Math.max(0, core.v[j]!);
  }
  for (let i = 0; i < rows; i++) {
    if (norm.rowCap[i] !== 0) continue;
    let u = 0;
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
      u = Math.max(u, weights[e]! - colDual[targets[e]!]! - limitDual);
    }
    rowDual[i] = u;
  }
  if (zeroCols) {
    for (let i = 0; i < rows; i++) {
      const base = rowDual[i]! + limitDual;
      for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
        const j = targets[e]!;
        if (norm.colCap[j] === 0) colDual[j] = Math.max(colDual[j]!, weights[e]! - base);
      }
    }
  }
  let proof: Proof = { code: 'optimal' };
  if (!complete) {
    const upperBound = bMatchingDualObjective(p, rowDual, colDual, limitDual);
    proof = { code: 'gap', lowerBound: total, upperBound: Math.max(total, upperBound) };
  }
  return { code: 'solved', edges, total, rowDual, colDual, limitDual, proof };
}

/** Capacities cut to the usable edges, and what the usable edges' weights allow (scalingFactor). */
export interface UsableEdges {
  readonly rowEff: Int32Array;
  readonly colEff: Int32Array;
  /** The largest usable weight (0 when there is none). */
  readonly maxWeight: number;
  /** Whether every usable weight is an integer. */
  readonly integral: boolean;
}

/**
 * Capacities cut to the number of usable edges (positive weight, both ends with capacity), so
 * that hopeless units cost nothing and huge capacities do not allocate; in the same pass, the
 * usable weights' maximum and integrality (one pass fewer over the weights at 1M rows: 0.2 s).
 */
export function effectiveCapacities(g: CsrGraph, norm: NormalizedBMatching): UsableEdges {
  const { rows, cols, offsets, targets, weights } = g;
  const rowEff = new Int32Array(rows);
  const colEff = new Int32Array(cols);
  const someClosed = norm.colCap.includes(0);
  let maxWeight = 0;
  let integral = true;
  for (let i = 0; i < rows; i++) {
    if (norm.rowCap[i] === 0) continue;
    let deg = 0;
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
      const j = targets[e]!;
      const w = weights[e]!;
      if (w > 0 && !(someClosed && norm.colCap[j] === 0)) {
        deg++;
        colEff[j]!++;
        if (w > maxWeight) maxWeight = w;
        if (w !== Math.floor(w)) integral = false;
      }
    }
    rowEff[i] = Math.min(deg, norm.rowCap[i]!);
  }
  for (let j = 0; j < cols; j++) colEff[j] = Math.min(colEff[j]!, norm.colCap[j]!);
  return { rowEff, colEff, maxWeight, integral };
}

/** After a time-out: each row with unplaced units repeatedly takes its heaviest edge to a column with room. */
function fillGreedily(
  g: CsrGraph,
  rowEff: Int32Array,
  colEff: Int32Array,
  maxEdges: number,
  state: CoreOutcome,
): void {
  const { rows, offsets, targets, weights } = g;
  const { chosen, colCount, rowCount } = state;
  if (maxEdges >= 0 && state.count > maxEdges) {
    // Stopped while solving without the limit: keep the heaviest maxEdges edges.
    const rowOf = new Int32Array(weights.length);
    for (let i = 0; i < rows; i++) rowOf.fill(i, offsets[i]!, offsets[i + 1]!);
    const kept: number[] = [];
    for (let e = 0; e < chosen.length; e++) if (chosen[e] !== 0) kept.push(e);
    kept.sort((a, b) => weights[a]! - weights[b]! || a - b);
    for (let at = 0; state.count > maxEdges; at++) {
      const e = kept[at]!;
      chosen[e] = 0;
      colCount[targets[e]!]!--;
      rowCount[rowOf[e]!]!--;
      state.count--;
    }
  }
  for (let i = 0; i < rows; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    while (rowCount[i]! < rowEff[i]! && (maxEdges < 0 || state.count < maxEdges)) {
      let best = -1;
      for (let e = start; e < end; e++) {
        if (chosen[e] !== 0) continue;
        const w = weights[e]!;
        const j = targets[e]!;
        if (w > 0 && colCount[j]! < colEff[j]! && (best < 0 || w > weights[best]!)) best = e;
      }
      if (best < 0) break;
      chosen[best] = 1;
      colCount[targets[best]!]!++;
      rowCount[i]!++;
      state.count++;
    }
  }
}
