import type { AugmentTicker, LapSolution } from './assignment-result.js';
import { FloatKeyHeap } from './float-key-heap.js';
import { keepTightPairs, sparseAuction } from './sparse-auction.js';

// Jonker–Volgenant on a sparse bipartite graph (LAPJVsp / LAPMOD style) with n ≤ m rows, costs
// minimised: column reduction and reduction transfer (square only), augmenting row reduction,
// an auction for the rows still free (square only, see sparse-auction.ts), then shortest
// augmenting paths by Dijkstra over the edges present only.
// Duplicate edges are allowed (the cheapest counts). As in lapjv.ts, rectangular problems start
// from v = 0 so free columns keep v = 0 and the duals certify the rectangular problem.

const INF = Number.POSITIVE_INFINITY;

/** CSR arrays of the oriented problem (rows ≤ cols), costs to minimise. */
export interface SparseCosts {
  readonly n: number;
  readonly m: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly costs: Float64Array;
}

/**
 * Solves the oriented sparse problem; `pairCost[i]` receives the cost of the edge row i is
 * assigned through (the cheapest among duplicates).
 */
export function lapjvSparse(
  g: SparseCosts,
  pairCost: Float64Array,
  ticker: AugmentTicker,
  auction: 'auto' | 'never' = 'auto',
): LapSolution {
  const { n, m } = g;
  const x = new Int32Array(n).fill(-1);
  const y = new Int32Array(m).fill(-1);
  const v = new Float64Array(m);
  const free = new Int32Array(n);
  let numFree = n;
  if (n === m) {
    const matches = new Int32Array(n);
    const emptyCol = columnReduction(g, v, x, y, pairCost, matches);
    if (emptyCol >= 0) return { code: 'infeasible', side: 'col', index: emptyCol };
    numFree = reductionTransfer(g, v, x, pairCost, matches, free);
  } else {
    for (let i = 0; i < n; i++) free[i] = i;
  }
  ticker.check();
  if (numFree > 0) {
    const stuck = augmentingRowReduction(g, v, x, y, pairCost, free, numFree, ticker);
    if (stuck >= 0) return { code: 'infeasible', side: 'row', index: stuck };
    numFree = collectFree(x, free);
  }
  if (n === m && auction === 'auto') {
    for (const tight of [false, true]) {
      if (numFree === 0) break;
      sparseAuction(g, v, x, y, pairCost, free, numFree, tight, ticker);
      keepTightPairs(g, v, x, y, pairCost);
      numFree = collectFree(x, free);
      augmentingRowReduction(g, v, x, y, pairCost, free, numFree, ticker);
      numFree = collectFree(x, free);
    }
  }
  if (numFree > 0) {
    const stuck = shortestAugmentingPaths(g, v, x, y, pairCost, free, numFree, ticker);
    if (stuck >= 0) return { code: 'infeasible', side: 'row', index: stuck };
  }
  const u = new Float64Array(n);
  for (let i = 0; i < n; i++) u[i] = pairCost[i]! - v[x[i]!]!;
  return { code: 'solved', x, y, u, v };
}

function collectFree(x: Int32Array, free: Int32Array): number {
  let numFree = 0;
  for (let i = 0; i < x.length; i++) if (x[i]! < 0) free[numFree++] = i;
  return numFree;
}

/**
 * v[j] = cheapest edge into column j; each column goes to that edge's row unless the row already
 * has one; `matches[i]` counts the columns whose cheapest edge is in row i. Returns a column with
 * no edge, or -1.
 */
function columnReduction(
  g: SparseCosts,
  v: Float64Array,
  x: Int32Array,
  y: Int32Array,
  pairCost: Float64Array,
  matches: Int32Array,
): number {
  const { n, offsets, targets, costs } = g;
  const argmin = new Int32Array(n);
  v.fill(INF);
  for (let i = 0; i < n; i++) {
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
      const j = targets[e]!;
      const w = costs[e]!;
      if (w < v[j]!) {
        v[j] = w;
        argmin[j] = i;
      }
    }
  }
  for (let j = n - 1; j >= 0; j--) {
    if (v[j] === INF) return j;
    const i = argmin[j]!;
    if (matches[i]!++ === 0) {
      x[i] = j;
      y[j] = i;
      pairCost[i] = v[j]!;
    }
  }
  return -1;
}

/**
 * Rows chosen by exactly one column lower that column's v to their second-best reduced cost;
 * rows chosen by none are free (fills `free`, returns its length).
 */
function reductionTransfer(
  g: SparseCosts,
  v: Float64Array,
  x: Int32Array,
  pairCost: Float64Array,
  matches: Int32Array,
  free: Int32Array,
): number {
  const { n, offsets, targets, costs } = g;
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    const count = matches[i]!;
    if (count === 0) {
      free[numFree++] = i;
      continue;
    }
    if (count > 1) continue;
    const j1 = x[i]!;
    let min = INF;
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
      const j = targets[e]!;
      if (j === j1) continue;
      const h = costs[e]! - v[j]!;
      if (h < min) min = h;
    }
    if (min !== INF) v[j1] = pairCost[i]! - min;
  }
  return numFree;
}

/** As in lapjv.ts, over a row's edges; the second best is taken over other columns only. */
function augmentingRowReduction(
  g: SparseCosts,
  v: Float64Array,
  x: Int32Array,
  y: Int32Array,
  pairCost: Float64Array,
  free: Int32Array,
  initialFree: number,
  ticker: AugmentTicker,
): number {
  const { n, offsets, targets, costs } = g;
  let numFree = initialFree;
  let budget = 4 * n + 1024;
  for (let pass = 0; pass < 2 && numFree > 0; pass++) {
    let k = 0;
    const prevFree = numFree;
    numFree = 0;
    while (k < prevFree) {
      if (--budget < 0) return -1;
      if ((budget & 1023) === 0) ticker.check();
      const i = free[k++]!;
      let umin = INF;
      let usubmin = INF;
      let j1 = -1;
      let j2 = -1;
      let c1 = 0;
      let c2 = 0;
      for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
        const j = targets[e]!;
        const w = costs[e]!;
        const h = w - v[j]!;
        if (h >= usubmin) continue;
        if (h >= umin) {
          if (j !== j1) {
            usubmin = h;
            j2 = j;
            c2 = w;
          }
        } else {
          if (j !== j1) {
            usubmin = umin;
            j2 = j1;
            c2 = c1;
          }
          umin = h;
          j1 = j;
          c1 = w;
        }
      }
      if (j1 < 0) return i;
      let i0 = y[j1]!;
      let cost = c1;
      const strict = umin < usubmin;
      const firm = strict && usubmin !== INF;
      if (firm) {
        v[j1] = v[j1]! - (usubmin - umin);
      } else if (!strict && i0 >= 0) {
        j1 = j2;
        cost = c2;
        i0 = y[j2]!;
      }
      x[i] = j1;
      y[j1] = i;
      pairCost[i] = cost;
      if (i0 >= 0) {
        x[i0] = -1;
        if (firm) free[--k] = i0;
        else free[numFree++] = i0;
      }
    }
  }
  return -1;
}

/**
 * Dijkstra from each free row over reduced costs, in levels as LAPJVsp does: the columns at the
 * current minimum distance form a FIFO level processed without any priority queue (with integer
 * costs most relaxations land on few distinct distances), and the next level is found by a
 * linear scan over the columns labelled so far. When distances turn out mostly distinct (float
 * costs) and those scans cost more than the relaxations, the search moves the open columns into a
 * binary heap and continues with it. Closed columns get v = -∞ during the search, so their reduced
 * cost is +∞ and no relaxation needs a closed test. Returns a row from which no free column is
 * reachable (infeasible), or -1.
 */
function shortestAugmentingPaths(
  g: SparseCosts,
  v: Float64Array,
  x: Int32Array,
  y: Int32Array,
  pairCost: Float64Array,
  free: Int32Array,
  numFree: number,
  ticker: AugmentTicker,
): number {
  const { n, m, offsets, targets, costs } = g;
  // v and the tentative distances interleaved (vd[2j] = v[j], vd[2j+1] = dist[j]): a relaxation
  // reads both, and one cache line serves the two reads. Copied back to v at the end.
  const vd = new Float64Array(2 * m);
  for (let j = 0; j < m; j++) {
    vd[2 * j] = v[j]!;
    vd[2 * j + 1] = INF;
  }
  const pred = new Int32Array(m);
  const predCost = new Float64Array(m);
  const vSave = new Float64Array(m);
  const closed = new Int32Array(m);
  const touched = new Int32Array(m);
  const open = new Int32Array(m);
  const todo = new Int32Array(m);
  const heap = new FloatKeyHeap(1024);
  let done = n - numFree;
  for (let f = 0; f < numFree; f++) {
    const start = free[f]!;
    let nTouched = 0;
    let nOpen = 0;
    let nClosed = 0;
    let head = 0;
    let tail = 0;
    let min = INF;
    let sink = -1;
    let useHeap = false;
    let levelScanCost = 0;
    let relaxCost = 0;
    for (let e = offsets[start]!, end = offsets[start + 1]!; e < end; e++) {
      const j = targets[e]!;
      const h = costs[e]! - vd[2 * j]!;
      if (h < vd[2 * j + 1]!) {
        if (vd[2 * j + 1] === INF) {
          touched[nTouched++] = j;
          open[nOpen++] = j;
        }
        vd[2 * j + 1] = h;
        pred[j] = start;
        predCost[j] = costs[e]!;
      }
    }
    search: for (;;) {
      if (head === tail) {
        // Next level: every open column at the smallest open distance.
        head = 0;
        tail = 0;
        min = INF;
        if (!useHeap) {
          let kept = 0;
          for (let t = 0; t < nOpen; t++) {
            const j = open[t]!;
            if (vd[2 * j] === -INF) continue; // closed since: drop it
            open[kept++] = j;
            const d = vd[2 * j + 1]!;
            if (d <= min) {
              if (d < min) {
                min = d;
                tail = 0;
              }
              todo[tail++] = j;
            }
          }
          nOpen = kept;
          levelScanCost += kept;
          if (levelScanCost > 4 * relaxCost + 4096) {
            useHeap = true;
            for (let t = 0; t < nOpen; t++) heap.push(vd[2 * open[t]! + 1]!, open[t]!);
          }
        } else {
          while (heap.size > 0) {
            const d = heap.topKey();
            const j = heap.topNode();
            if (tail > 0 && d > min) break;
            heap.pop();
            if (vd[2 * j] === -INF || d > vd[2 * j + 1]!) continue; // closed or stale
            min = d;
            todo[tail++] = j;
          }
        }
        if (tail === 0) break; // nothing reachable
        for (let t = 0; t < tail; t++) {
          const j = todo[t]!;
          if (y[j]! < 0) {
            sink = j;
            break search;
          }
        }
        for (let t = 0; t < tail; t++) {
          const j = todo[t]!;
          closed[nClosed++] = j;
          vSave[j] = vd[2 * j]!;
          vd[2 * j] = -INF;
        }
      }
      const j1 = todo[head++]!;
      const i = y[j1]!;
      const u1 = pairCost[i]! - vSave[j1]! - min;
      const end = offsets[i + 1]!;
      relaxCost += end - offsets[i]!;
      for (let e = offsets[i]!; e < end; e++) {
        const j = targets[e]!;
        const h = costs[e]! - vd[2 * j]! - u1;
        if (h < vd[2 * j + 1]!) {
          if (vd[2 * j + 1] === INF) {
            touched[nTouched++] = j;
            open[nOpen++] = j;
          }
          vd[2 * j + 1] = h;
          pred[j] = i;
          predCost[j] = costs[e]!;
          if (h <= min) {
            // Joins the current level (h < min only by rounding).
            if (y[j]! < 0) {
              sink = j;
              break search;
            }
            closed[nClosed++] = j;
            vSave[j] = vd[2 * j]!;
            vd[2 * j] = -INF;
            todo[tail++] = j;
          } else if (useHeap) {
            heap.push(h, j);
          }
        }
      }
    }
    heap.clear();
    if (sink < 0) {
      for (let t = 0; t < nClosed; t++) vd[2 * closed[t]!] = vSave[closed[t]!]!;
      for (let j = 0; j < m; j++) v[j] = vd[2 * j]!;
      return start;
    }
    for (let t = 0; t < nClosed; t++) {
      const j = closed[t]!;
      vd[2 * j] = vSave[j]! + (vd[2 * j + 1]! - min);
    }
    for (let t = 0; t < nTouched; t++) vd[2 * touched[t]! + 1] = INF;
    let i: number;
    let end = sink;
    do {
      i = pred[end]!;
      y[end] = i;
      pairCost[i] = predCost[end]!;
      const next = x[i]!;
      x[i] = end;
      end = next;
    } while (i !== start);
    ticker.tick(++done);
  }
  for (let j = 0; j < m; j++) v[j] = vd[2 * j]!;
  return -1;
}
