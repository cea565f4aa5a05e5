import { AbortedError } from '../core/errors.js';
import type { AbortSignalLike, Progress } from '../core/solve-options.js';
import type { CsrGraph } from './csr-graph.js';
import { FloatKeyHeap } from './float-key-heap.js';

/**
 * Input of the successive-shortest-path core. Capacities are the effective ones (already cut to
 * the number of usable edges); an edge is usable when its weight is positive and both ends have
 * capacity. `limit` is the flow limit, or -1 when it cannot bind.
 */
export interface SspInput {
  readonly graph: CsrGraph;
  readonly rowCap: Int32Array;
  readonly colCap: Int32Array;
  readonly limit: number;
  /** Date.now() value after which the run stops with `complete: false`. */
  readonly deadline: number;
  readonly signal: AbortSignalLike | undefined;
  readonly onProgress: ((progress: Progress) => void) | undefined;
}

/**
 * A warm start: chosen edges and column prices (≥ 0), e.g. from an auction. Columns with a
 * positive price are "phantom-saturated": they count as full towards the sink, so their price
 * stays a valid potential, and an augmenting path may end at one that has a free slot.
 */
export interface SspWarmStart {
  readonly chosen: Uint8Array;
  readonly colPrice: Float64Array;
}

/**
 * Solver state. Node potentials `pi` (rows, then columns, then the limit node at index rows+cols;
 * the sink has potential 0) keep every residual arc's reduced cost non-negative, so they give a
 * feasible dual at any time and an optimal one once every row unit is placed and no phantom
 * column has a free slot.
 */
export interface SspState {
  readonly chosen: Uint8Array;
  readonly pi: Float64Array;
  /** Chosen edges per column. */
  readonly colCount: Int32Array;
  readonly colStart: Int32Array;
  readonly slotEdge: Int32Array;
  readonly slotRow: Int32Array;
  /** 1 = column counts as full towards the sink (warm start only). */
  readonly phantom: Uint8Array;
  /** Chosen edges per row. */
  readonly rowCount: Int32Array;
  /** Units each row has left unused (sent along its dummy arc). */
  readonly discarded: Int32Array;
  /** Number of chosen edges. */
  count: number;
}

const CHECK_EVERY_ROWS = 256;
const CHECK_EVERY_SETTLES = 8192;

/** A cold start (no edges, row potential = its largest usable weight) or a warm one. */
export function createSspState(input: SspInput, warm?: SspWarmStart): SspState {
  const { graph, rowCap, colCap } = input;
  const { rows, cols, offsets, targets, weights } = graph;
  const m = offsets[rows]!;
  const colStart = new Int32Array(cols + 1);
  for (let j = 0; j < cols; j++) colStart[j + 1] = colStart[j]! + colCap[j]!;
  const state: SspState = {
    chosen: new Uint8Array(m),
    pi: new Float64Array(rows + cols + 1),
    colCount: new Int32Array(cols),
    colStart,
    slotEdge: new Int32Array(colStart[cols]!),
    slotRow: new Int32Array(colStart[cols]!),
    phantom: new Uint8Array(cols),
    rowCount: new Int32Array(rows),
    discarded: new Int32Array(rows),
    count: 0,
  };
  const { chosen, pi, colCount, slotEdge, slotRow, phantom, rowCount } = state;
  if (warm) {
    for (let j = 0; j < cols; j++) {
      const v = warm.colPrice[j]!;
      if (v > 0 && colCap[j]! > 0) {
        pi[rows + j] = -v;
        phantom[j] = 1;
      }
    }
  }
  for (let i = 0; i < rows; i++) {
    if (rowCap[i] === 0) continue;
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    // Row potential: best profit among edges it does not keep; a kept edge must be at least as good.
    let best = 0;
    for (let e = start; e < end; e++) {
      const y = targets[e]!;
      const w = weights[e]!;
      if (w > 0 && colCap[y] !== 0 && !(warm && warm.chosen[e] !== 0))
        best = Math.max(best, w + pi[rows + y]!);
    }
    if (warm) {
      // Keep the warm edges at least as profitable as every other option; the rest become
      // unplaced units again. An edge that finds no room (only for an infeasible warm start)
      // is dropped, which may raise the bar, so the row starts over.
      for (let again = true; again; ) {
        again = false;
        for (let e = start; e < end; e++) {
          if (warm.chosen[e] === 0 || chosen[e] !== 0) continue;
          const y = targets[e]!;
          const w = weights[e]!;
          const profit = w + pi[rows + y]!;
          if (!(w > 0) || colCap[y] === 0 || profit < best) continue;
          if (colCount[y]! < colCap[y]! && rowCount[i]! < rowCap[i]!) {
            const s = colStart[y]! + colCount[y]!++;
            slotEdge[s] = e;
            slotRow[s] = i;
            chosen[e] = 1;
            rowCount[i]!++;
            state.count++;
          } else if (profit > best) {
            best = profit;
            unchooseRow(state, graph, i);
            again = true;
            break;
          }
        }
      }
    }
    pi[i] = best;
  }
  return state;
}

/** Drops every chosen edge of row i (the row's units become unplaced). */
function unchooseRow(state: SspState, graph: CsrGraph, i: number): void {
  for (let e = graph.offsets[i]!, end = graph.offsets[i + 1]!; e < end; e++) {
    if (state.chosen[e] !== 0) dropEdge(state, graph, i, e);
  }
}

/** Drops chosen edge e of row i, freeing its column slot. */
function dropEdge(state: SspState, graph: CsrGraph, i: number, e: number): void {
  const { colStart, colCount, slotEdge, slotRow } = state;
  const y = graph.targets[e]!;
  state.chosen[e] = 0;
  state.rowCount[i]!--;
  state.count--;
  const first = colStart[y]!;
  const last = first + --colCount[y]!;
  for (let s = first; s <= last; s++) {
    if (slotEdge[s] === e) {
      slotEdge[s] = slotEdge[last]!;
      slotRow[s] = slotRow[last]!;
      break;
    }
  }
}

/**
 * Max-weight b-matching as a min-cost flow, solved by successive shortest paths with Dijkstra on
 * reduced costs, one unit of row supply at a time (the Hungarian method generalised to
 * capacities). Network: row i → column j (cap 1, cost −w), column j → L (cap b_j), L → T (cap
 * limit), and a dummy arc row i → T (cost 0) that lets a row leave capacity unused or drop an edge
 * later. Each unit's shortest path ends at T or at a phantom column with a free slot; the
 * potentials make all reduced costs non-negative, so Dijkstra is exact with float weights (up to
 * rounding). Without a limit, L is skipped and columns point at T directly. Processes every row's
 * unplaced units in row order; returns false when stopped by the deadline (state stays consistent).
 */
export function runBMatchingSsp(input: SspInput, state: SspState): boolean {
  const { graph, rowCap, colCap, limit, deadline, signal, onProgress } = input;
  const { rows, cols, offsets, targets, weights } = graph;
  const { chosen, pi, colCount, colStart, slotEdge, slotRow, phantom, rowCount, discarded } = state;
  const hasLimit = limit >= 0;
  const lNode = rows + cols;
  const n = rows + cols + 1;

  // Columns with at least one chosen edge, for the limit node's reverse arcs.
  const usedCols = new Int32Array(hasLimit ? cols : 0);
  const usedPos = new Int32Array(hasLimit ? cols : 0);
  let usedCount = 0;
  const addUsed = (y: number): void => {
    usedPos[y] = usedCount;
    usedCols[usedCount++] = y;
  };
  const removeUsed = (y: number): void => {
    const at = usedPos[y]!;
    const last = usedCols[--usedCount]!;
    usedCols[at] = last;
    usedPos[last] = at;
  };
  if (hasLimit) for (let y = 0; y < cols; y++) if (colCount[y]! > 0) addUsed(y);

  const dist = new Float64Array(n);
  const seen = new Int32Array(n);
  const done = new Int32Array(n);
  // pred: column ← edge index (or -1 when reached from L); row ← slot; L ← column.
  const pred = new Int32Array(n);
  // aux: column ← row it was reached from; row ← column it was reached from.
  const aux = new Int32Array(n);
  const settled = new Int32Array(n);
  const heap = new FloatKeyHeap(4096);
  let epoch = 0;
  let count = state.count;
  let settleTick = 0;

  const stopped = (): boolean => {
    if (signal?.aborted) {
      const reason = signal.reason;
      throw new AbortedError(reason instanceof Error ? reason.message : undefined);
    }
    return Date.now() > deadline;
  };

  for (let o = 0; o < rows; o++) {
    if ((o & (CHECK_EVERY_ROWS - 1)) === 0) {
      if (stopped()) {
        state.count = count;
        return false;
      }
      if (onProgress && (o & 0xffff) === 0) onProgress({ phase: 'augment', done: o, total: rows });
    }
    let units = rowCap[o]! - rowCount[o]! - discarded[o]!;
    while (units > 0) {
      units--;
      if (++epoch === 0x7fffffff) {
        seen.fill(0);
        done.fill(0);
        epoch = 1;
      }
      // T's best distance so far and how it is reached: -1-x = dummy arc of row x,
      // 0..cols-1 = column y (free towards T, or a phantom column's free slot), cols = through L.
      let dT = pi[o]!;
      let predT = -1 - o;
      heap.clear();
      let nSettled = 0;
      let z = o;
      let k = 0;
      dist[o] = 0;
      seen[o] = epoch;
      for (;;) {
        done[z] = epoch;
        settled[nSettled++] = z;
        if (z < rows) {
          const base = k + pi[z]!;
          if (base < dT) {
            dT = base;
            predT = -1 - z;
          }
          for (let e = offsets[z]!, end = offsets[z + 1]!; e < end; e++) {
            if (chosen[e] !== 0) continue;
            const w = weights[e]!;
            if (!(w > 0)) continue;
            const y = targets[e]!;
            if (colCap[y] === 0) continue;
            const node = rows + y;
            const nd = base - w - pi[node]!;
            if (nd < dT && (seen[node] !== epoch || (nd < dist[node]! && done[node] !== epoch))) {
              seen[node] = epoch;
              dist[node] = nd;
              pred[node] = e;
              aux[node] = z;
              heap.push(nd, node);
            }
          }
        } else if (z < lNode) {
          const y = z - rows;
          const pz = pi[z]!;
          const cnt = colCount[y]!;
          if (cnt < colCap[y]!) {
            if (phantom[y] !== 0) {
              // The slot is already paid for towards the sink: the path may end here.
              if (k < dT) {
                dT = k;
                predT = y;
              }
            } else if (!hasLimit) {
              const c = k + pz;
              if (c < dT) {
                dT = c;
                predT = y;
              }
            } else {
              const nd = k + pz - pi[lNode]!;
              if (nd < dT && (seen[lNode] !== epoch || (nd < dist[lNode]! && done[lNode] !== epoch))) {
                seen[lNode] = epoch;
                dist[lNode] = nd;
                pred[lNode] = y;
                heap.push(nd, lNode);
              }
            }
          }
          const base = k + pz;
          for (let s = colStart[y]!, end = s + cnt; s < end; s++) {
            const x = slotRow[s]!;
            const nd = base + weights[slotEdge[s]!]! - pi[x]!;
            if (nd < dT && (seen[x] !== epoch || (nd < dist[x]! && done[x] !== epoch))) {
              seen[x] = epoch;
              dist[x] = nd;
              pred[x] = s;
              aux[x] = y;
              heap.push(nd, x);
            }
          }
        } else {
          const pl = pi[lNode]!;
          if (count < limit) {
            const c = k + pl;
            if (c < dT) {
              dT = c;
              predT = cols;
            }
          }
          const base = k + pl;
          for (let t = 0; t < usedCount; t++) {
            const node = rows + usedCols[t]!;
            const nd = base - pi[node]!;
            if (nd < dT && (seen[node] !== epoch || (nd < dist[node]! && done[node] !== epoch))) {
              seen[node] = epoch;
              dist[node] = nd;
              pred[node] = -1;
              heap.push(nd, node);
            }
          }
        }
        if (++settleTick === CHECK_EVERY_SETTLES) {
          settleTick = 0;
          // Nothing has changed yet for this unit: stopping here leaves a consistent state.
          if (stopped()) {
            state.count = count;
            return false;
          }
        }
        let next = -1;
        while (heap.size > 0) {
          const hk = heap.topKey();
          if (hk >= dT) break;
          const hn = heap.topNode();
          heap.pop();
          if (done[hn] === epoch || hk > dist[hn]!) continue;
          next = hn;
          k = hk;
          break;
        }
        if (next < 0) break;
        z = next;
      }

      for (let t = 0; t < nSettled; t++) {
        const s = settled[t]!;
        pi[s] = pi[s]! - (dT - dist[s]!);
      }

      // Augment backwards from T. `x` is the row being entered, or -1 while at a column `y`
      // whose slot `slot` receives the column's incoming edge (or is vacated, via L).
      let x = -1;
      let y = -1;
      let slot = -1;
      if (predT < 0) {
        x = -1 - predT;
        if (x === o) {
          // The origin leaves this unit unused, and so every later one.
          discarded[o]! += units + 1;
          break;
        }
        rowCount[x]!--;
        discarded[x]!++;
      } else {
        y = predT === cols ? pred[lNode]! : predT;
        if (colCount[y] === 0 && hasLimit) addUsed(y);
        slot = colStart[y]! + colCount[y]!++;
        count++;
      }
      rowCount[o]!++;
      for (;;) {
        if (x >= 0) {
          if (x === o) break;
          slot = pred[x]!;
          y = aux[x]!;
          chosen[slotEdge[slot]!] = 0;
          x = -1;
        } else {
          const node = rows + y;
          const e = pred[node]!;
          if (e >= 0) {
            x = aux[node]!;
            slotEdge[slot] = e;
            slotRow[slot] = x;
            chosen[e] = 1;
          } else {
            // Entered from L: this column gives up the edge in `slot`; L's predecessor column takes one.
            const last = colStart[y]! + --colCount[y]!;
            if (slot !== last) {
              slotEdge[slot] = slotEdge[last]!;
              slotRow[slot] = slotRow[last]!;
            }
            if (colCount[y] === 0) removeUsed(y);
            y = pred[lNode]!;
            if (colCount[y] === 0) addUsed(y);
            slot = colStart[y]! + colCount[y]!++;
          }
        }
      }
    }
  }
  state.count = count;
  onProgress?.({ phase: 'augment', done: rows, total: rows });
  return true;
}

/**
 * Ends the phantom saturation of columns that still have free slots: their price drops to 0,
 * rows that now prefer them get their potential raised (dropping edges that are no longer tight,
 * and taking back units they had left unused). Returns the number of columns released; when it is
 * 0 the state is optimal. Work: one pass over the edges.
 */
export function releasePhantoms(input: SspInput, state: SspState): number {
  const { graph, rowCap, colCap } = input;
  const { rows, cols, offsets, targets, weights } = graph;
  const { chosen, pi, colCount, phantom, discarded } = state;
  let released = 0;
  for (let y = 0; y < cols; y++) {
    if (phantom[y] !== 0 && colCount[y]! < colCap[y]!) {
      phantom[y] = 0;
      pi[rows + y] = 0;
      released++;
    }
  }
  if (released === 0) return 0;
  for (let i = 0; i < rows; i++) {
    if (rowCap[i] === 0) continue;
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    let best = pi[i]!;
    for (let e = start; e < end; e++) {
      const w = weights[e]!;
      const y = targets[e]!;
      if (chosen[e] === 0 && w > 0 && colCap[y] !== 0) best = Math.max(best, w + pi[rows + y]!);
    }
    if (best === pi[i]) continue;
    pi[i] = best;
    // The row's dummy arc back from T needs potential ≤ 0: its unused units are open again.
    discarded[i] = 0;
    for (let e = start; e < end; e++) {
      if (chosen[e] === 0) continue;
      const y = targets[e]!;
      if (weights[e]! + pi[rows + y]! >= best) continue;
      dropEdge(state, graph, i, e);
      // A priced column with a free slot keeps its price only as a phantom.
      if (pi[rows + y]! < 0) phantom[y] = 1;
    }
  }
  return released;
}
