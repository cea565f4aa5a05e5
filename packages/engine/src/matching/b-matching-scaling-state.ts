import type { AbortSignalLike, Progress } from '../core/solve-options.js';
import type { CsrGraph } from './csr-graph.js';

/** Input of the cost-scaling core: effective capacities, as for the SSP core; integer weights. */
export interface ScalingInput {
  readonly graph: CsrGraph;
  readonly rowCap: Int32Array;
  readonly colCap: Int32Array;
  readonly deadline: number;
  readonly signal: AbortSignalLike | undefined;
  readonly onProgress: ((progress: Progress) => void) | undefined;
}

/** Cached next-best edges per row. */
export const CACHE = 8;

/**
 * Per row, a few next-best unchosen edges and an upper bound `tau` on the value of every other
 * unchosen usable edge at the time of the scan. Column prices only fall, so the bound stays valid:
 * a row can often re-bid without rescanning its edges (CSA's look-ahead), and the refinement and
 * the potential repair check a row against its cache instead of walking its edges when tau allows.
 * Count −1 = no cache. Entry q = i·CACHE + c: edge and column at cacheI[4q], cacheI[4q + 1]; scaled
 * weight at cacheF[2q + 1] (one 16-byte record per entry: at 1M rows nearly every access is a miss).
 */
export interface RowCache {
  readonly cacheI: Int32Array;
  readonly cacheF: Float64Array;
  readonly cacheCount: Int8Array;
  readonly cacheTau: Float64Array;
}

/** Each column's chosen edges (its holders) as push–relabel keeps them: colIn[j] slots per column. */
export interface ColumnSlots {
  /** Column j's slots are colStart[j] … colStart[j + 1] − 1. */
  readonly colStart: Int32Array;
  /**
   * The columns' common capacity, or 0 when they differ. With it, column j's first slot is
   * slotStride·j: computed, not read, which takes one cache miss off the chain of dependent misses
   * every bounce waits on (7–10% faster at 400k and 1M rows in alternating runs).
   */
  readonly slotStride: number;
  /**
   * Slot s of a column: edge and row at slotI[4s], slotI[4s + 1]; alpha × the edge's weight at
   * slotF[2s + 1]. One 16-byte record per slot: settling a column touches one cache line, not
   * three arrays (at 1M rows nearly every access is a miss).
   */
  readonly slotI: Int32Array;
  readonly slotF: Float64Array;
}

/** An empty row cache (every count −1). */
export function createRowCache(rows: number): RowCache {
  const buffer = new ArrayBuffer(16 * rows * CACHE);
  return {
    cacheI: new Int32Array(buffer),
    cacheF: new Float64Array(buffer),
    cacheCount: new Int8Array(rows).fill(-1),
    cacheTau: new Float64Array(rows),
  };
}

/**
 * State of the circulation hub H → row (pull, cap b_i) → column (edge, cap 1) → H (out, cap b_j).
 * Prices pr, pc, pH are in weight units × alpha; reduced cost of arc a→b is c + p(a) − p(b) with
 * c(row→column) = −alpha·w, so u_i = (pr_i − pH)/alpha and v_j = (pH − pc_j)/alpha are LP duals.
 */
export interface ScalingState {
  readonly alpha: number;
  readonly chosen: Uint8Array;
  readonly held: Int32Array;
  readonly pull: Int32Array;
  readonly colIn: Int32Array;
  readonly out: Int32Array;
  readonly pr: Float64Array;
  readonly pc: Float64Array;
  /**
   * Per edge, an upper bound on its value pc_j + alpha·w (column prices only fall, so a value once
   * read stays a bound); −∞ for edges that can never be chosen. Scans read a column's price only
   * when the bound could still beat what they have: at 1M rows most price reads are cache misses.
   */
  readonly bound: Float64Array;
  /**
   * Per row (over the row's CSR range), its edges by decreasing weight, ties by index, unusable
   * edges last. No value pc_j + alpha·w exceeds priceCeiling + alpha·w, so a walk in this order
   * stops at the first weight that cannot beat what it holds, and the best values come first,
   * which spares most price reads.
   */
  readonly order: Int32Array;
  pH: number;
  count: number;
  /** The running (or last) push–relabel's row cache, which the potential repair also reads. */
  rowCache: RowCache | null;
  /** The running (or last) push–relabel's column slots, which the potential repair also reads. */
  columnSlots: ColumnSlots | null;
  /** Largest weight of a usable edge (0 when there is none). */
  readonly maxWeight: number;
  /** ε of the first refinement (scaled units). */
  readonly startEps: number;
  /** ε shrinks by this factor from one refinement to the next. */
  readonly epsFactor: number;
  /** Whether ε jumps to 1 once it is small (epsSchedule): where weights rarely repeat (weightProfile). */
  readonly jumpToLast: boolean;
}

/**
 * ε factors. On spread weights a refinement's pushes grow slowly with the factor, so few coarse
 * phases win (×32 is ≈20% faster than ×8 on random graphs). When most edges share one weight, a
 * refinement is a price war among equal bids whose length grows with the factor, and the early
 * stop (b-matching-early-stop.ts) ends the run soon below one weight unit: small steps win there
 * (×4 vs ×8: 25 s vs 43 s on a 37M-edge round graph of 99.9% ties).
 */
const EPS_FACTOR_SPREAD = 32;
const EPS_FACTOR_TIES = 4;
/** Below TIE_MIN_SAMPLE usable edges a share says little: the classic factor. */
const EPS_FACTOR_SMALL = 8;
/** Weights sampled to detect ties, and the share of the commonest weight that means "ties". */
const TIE_SAMPLE = 2048;
const TIE_MIN_SAMPLE = 64;
const TIE_SHARE = 0.25;
/** Share of distinct values among the sampled weights from which they "rarely repeat". */
const DISTINCT_SHARE = 0.25;
/** Largest |price| the scaled arithmetic may reach while staying exact in doubles. */
const SAFE_SCALED = 2 ** 50;

/**
 * The scale factor for exact cost scaling, or 0 when it does not apply (a usable weight is not an
 * integer, or the scaled weights would lose precision). Scaling integer weights by more than the
 * node count makes an ε = 1 optimal circulation exactly optimal (Goldberg–Tarjan). `usable` is
 * what effectiveCapacities found: the largest usable weight and whether all are integers.
 */
export function scalingFactor(
  g: CsrGraph,
  usable: { readonly maxWeight: number; readonly integral: boolean },
): number {
  const alpha = g.rows + g.cols + 2;
  return usable.integral && usable.maxWeight * alpha * 4 <= SAFE_SCALED ? alpha : 0;
}

/** What a sample of the weights says about the ε steps a graph wants. */
export interface WeightProfile {
  /** ε shrinks by this factor from one refinement to the next. */
  readonly epsFactor: number;
  /** Whether weights rarely repeat, so that ε may jump to 1 once it is small (epsSchedule). */
  readonly rarelyRepeat: boolean;
}

/**
 * The weight profile of a deterministic sample of about TIE_SAMPLE usable edges. The ε factor is
 * EPS_FACTOR_TIES when one weight value covers at least TIE_SHARE of them, else EPS_FACTOR_SPREAD
 * (EPS_FACTOR_SMALL on tiny graphs); weights rarely repeat when at least DISTINCT_SHARE of them
 * are distinct values (never on tiny graphs).
 */
export function weightProfile(g: CsrGraph, colCap: Int32Array): WeightProfile {
  const m = g.offsets[g.rows]!;
  const stride = Math.max(1, Math.floor(m / TIE_SAMPLE));
  const sample = new Float64Array(Math.ceil(m / stride));
  let count = 0;
  for (let e = 0; e < m; e += stride) {
    const w = g.weights[e]!;
    if (w > 0 && colCap[g.targets[e]!] !== 0) sample[count++] = w;
  }
  const sorted = sample.subarray(0, count).sort();
  let longest = 0;
  let distinct = 0;
  for (let a = 0, b = 0; a < count; a = b) {
    while (b < count && sorted[b] === sorted[a]) b++;
    longest = Math.max(longest, b - a);
    distinct++;
  }
  if (count < TIE_MIN_SAMPLE) return { epsFactor: EPS_FACTOR_SMALL, rarelyRepeat: false };
  return {
    epsFactor: longest >= TIE_SHARE * count ? EPS_FACTOR_TIES : EPS_FACTOR_SPREAD,
    rarelyRepeat: distinct >= DISTINCT_SHARE * count,
  };
}

/**
 * Where weights rarely repeat, once ε is at most this share of a weight unit the next refinement
 * is the last (ε = 1). Below it the flow is nearly always optimal already and a refinement mostly
 * re-places the units it resets, whatever its ε, so the steps in between repeat that work: at 1M
 * rows × 50 edges (weights 0..10000, ×32 steps) the jump after ε ≈ 1/105 of a unit replaces three
 * phases and takes the tail from 3.1 s to 1.9 s (same total; ties between optimal matchings may
 * break the other way). Where weights repeat, the last refinement is a price war among equal bids
 * that grows with the step (weights 0..100 at 100k rows: 5.5 s with the jump against 3.1 s
 * without).
 */
const LAST_STEP_BELOW = 64;

/** The ε of each refinement (scaled units), from state.startEps down to 1. */
export function epsSchedule(state: ScalingState): number[] {
  const schedule: number[] = [];
  for (let eps = state.startEps; ; ) {
    schedule.push(eps);
    if (eps <= 1) return schedule;
    const last = state.jumpToLast && eps * LAST_STEP_BELOW <= state.alpha;
    eps = last ? 1 : Math.max(1, Math.ceil(eps / state.epsFactor));
  }
}

/**
 * The highest price of a column with capacity (−∞ if none). Column prices only fall, so it bounds
 * them until the caller next reads it.
 */
export function priceCeiling(pc: Float64Array, colCap: Int32Array): number {
  let ceiling = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < pc.length; j++) if (colCap[j] !== 0 && pc[j]! > ceiling) ceiling = pc[j]!;
  return ceiling;
}

/** The all-zero circulation, with row prices at their best scaled weight. */
export function createScalingState(input: ScalingInput, alpha: number): ScalingState {
  const { rowCap, colCap } = input;
  const { rows, cols, offsets, targets, weights } = input.graph;
  const m = offsets[rows]!;
  const { epsFactor, rarelyRepeat } = weightProfile(input.graph, colCap);
  const pr = new Float64Array(rows);
  const bound = new Float64Array(m);
  const order = new Int32Array(m);
  const someClosed = colCap.includes(0);
  let maxDegree = 0;
  for (let i = 0; i < rows; i++) maxDegree = Math.max(maxDegree, offsets[i + 1]! - offsets[i]!);
  const scratch = createSortScratch(maxDegree);
  const { edges, edgeW, unusable } = scratch;
  let maxW = 0;
  for (let i = 0; i < rows; i++) {
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    let n = 0;
    let u = 0;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let e = start; e < end; e++) {
      const w = weights[e]!;
      if (rowCap[i] === 0 || !(w > 0) || (someClosed && colCap[targets[e]!] === 0)) {
        bound[e] = Number.NEGATIVE_INFINITY;
        unusable[u++] = e;
      } else {
        bound[e] = alpha * w;
        edges[n] = e;
        edgeW[n++] = w;
        if (w < lo) lo = w;
        if (w > hi) hi = w;
      }
    }
    // Usable edges first, by weight; then the others, by index.
    sortByWeight(order, start, n, lo, hi, weights, scratch);
    for (let k = 0; k < u; k++) order[start + n + k] = unusable[k]!;
    if (n > 0) {
      pr[i] = alpha * hi;
      maxW = Math.max(maxW, hi);
    }
  }
  return {
    alpha,
    chosen: new Uint8Array(m),
    held: new Int32Array(rows),
    pull: new Int32Array(rows),
    colIn: new Int32Array(cols),
    out: new Int32Array(cols),
    pr,
    pc: new Float64Array(cols),
    bound,
    order,
    pH: 0,
    count: 0,
    rowCache: null,
    columnSlots: null,
    maxWeight: maxW,
    startEps: Math.max(1, Math.ceil((alpha * maxW) / epsFactor)),
    epsFactor,
    jumpToLast: rarelyRepeat,
  };
}

/** Rows up to this length are bucket-sorted; longer ones go to the built-in sort. */
const BUCKET_MAX = 64;
/** Buckets of the weight range per row: with about one edge each, the final insertion pass moves little. */
const BUCKETS = 64;

/** Scratch of createScalingState's row pass: one row's edges split by usability, and buckets. */
interface SortScratch {
  /** A row's usable edges, ascending, and their weights. */
  readonly edges: Int32Array;
  readonly edgeW: Float64Array;
  /** A row's unusable edges, ascending. */
  readonly unusable: Int32Array;
  /** Per usable edge its bucket; per bucket its first position; weights in bucket order. */
  readonly bucket: Int32Array;
  readonly start: Int32Array;
  readonly sortedW: Float64Array;
}

function createSortScratch(maxDegree: number): SortScratch {
  return {
    edges: new Int32Array(maxDegree),
    edgeW: new Float64Array(maxDegree),
    unusable: new Int32Array(maxDegree),
    bucket: new Int32Array(BUCKET_MAX),
    start: new Int32Array(BUCKETS + 1),
    sortedW: new Float64Array(BUCKET_MAX),
  };
}

/**
 * Writes the n usable edges of scratch.edges (ascending; weights in [lo, hi]) to order[at, at + n)
 * by decreasing weight, ties by index. Short rows are distributed into buckets of their weight
 * range, then an insertion pass puts them in exact order: the buckets only spare moves (half the
 * time of a plain insertion sort at 50 edges per row), the insertion pass alone decides the order.
 */
function sortByWeight(
  order: Int32Array,
  at: number,
  n: number,
  lo: number,
  hi: number,
  weights: Float64Array,
  scratch: SortScratch,
): void {
  const { edges, edgeW, bucket, start, sortedW } = scratch;
  if (n > BUCKET_MAX || !(hi > lo)) {
    for (let k = 0; k < n; k++) order[at + k] = edges[k]!;
    // All weights equal (or none): ascending index is the order.
    if (hi > lo) order.subarray(at, at + n).sort((a, b) => weights[b]! - weights[a]! || a - b);
    return;
  }
  // Bucket 0 holds the heaviest edges.
  const scale = (BUCKETS - 1) / (hi - lo);
  start.fill(0);
  for (let k = 0; k < n; k++) {
    const b = BUCKETS - 1 - Math.floor((edgeW[k]! - lo) * scale);
    bucket[k] = b;
    start[b + 1]!++;
  }
  for (let b = 0; b < BUCKETS; b++) start[b + 1]! += start[b]!;
  for (let k = 0; k < n; k++) {
    const pos = start[bucket[k]!]!++;
    sortedW[pos] = edgeW[k]!;
    order[at + pos] = edges[k]!;
  }
  for (let k = 1; k < n; k++) {
    const e = order[at + k]!;
    const w = sortedW[k]!;
    let to = k;
    while (to > 0) {
      const wf = sortedW[to - 1]!;
      if (wf > w || (wf === w && order[at + to - 1]! < e)) break;
      sortedW[to] = wf;
      order[at + to] = order[at + to - 1]!;
      to--;
    }
    sortedW[to] = w;
    order[at + to] = e;
  }
}
