import type { AugmentTicker, LapSolution } from './assignment-result.js';
import { adoptWarmStart, auctionWarmStart } from './dense-auction.js';

// Jonker–Volgenant (1987) for a dense n×m cost matrix with n ≤ m, row-major, minimised;
// +Infinity marks a forbidden pair. Phases: column reduction and reduction transfer (square only),
// two passes of augmenting row reduction, then shortest augmenting paths. When the paths turn out
// long (the Machol–Wien family makes every path visit every assigned row), an ε-scaling auction
// computes good column prices in O(bids·m) and the shortest-path phase resumes from them.
//
// Rectangular problems skip column reduction: every column starts at v = 0 and v only ever
// decreases on columns that get (and stay) assigned, so free columns keep one shared, largest v
// (the auction's hand-over re-establishes that, see dense-auction.ts); shifting it to 0 at the end
// gives duals that certify the rectangular LP (v ≤ 0, 0 on free columns) without padding.

const INF = Number.POSITIVE_INFINITY;

/** SAP outcome codes besides an infeasible row (≥ 0). */
const DONE = -1;
const SWITCH_TO_AUCTION = -2;

/** When to run the auction: when paths look long (default), first thing, or never (tests). */
export type AuctionMode = 'auto' | 'always' | 'never';

/** Solves the oriented dense problem (rows ≤ cols); `c` is read, never written. */
export function lapjvDense(
  n: number,
  m: number,
  c: Float64Array,
  ticker: AugmentTicker,
  auction: AuctionMode = 'auto',
): LapSolution {
  const x = new Int32Array(n).fill(-1);
  const y = new Int32Array(m).fill(-1);
  const v = new Float64Array(m);
  const free = new Int32Array(n);
  let numFree = n;
  if (n === m) {
    const matches = new Int32Array(n);
    const emptyCol = columnReduction(n, c, v, x, y, matches);
    if (emptyCol >= 0) return { code: 'infeasible', side: 'col', index: emptyCol };
    numFree = reductionTransfer(n, c, v, x, matches, free);
  } else {
    for (let i = 0; i < n; i++) free[i] = i;
  }
  ticker.check();
  let allowSwitch = auction === 'auto';
  if (auction === 'always') {
    auctionWarmStart(n, m, c, v, x, y, ticker);
    adoptWarmStart(n, m, c, v, x, y);
    numFree = collectFree(x, free);
  }
  for (;;) {
    if (numFree > 0) {
      const stuck = augmentingRowReduction(n, m, c, v, x, y, free, numFree, ticker);
      if (stuck >= 0) return { code: 'infeasible', side: 'row', index: stuck };
      numFree = collectFree(x, free);
    }
    const status =
      numFree > 0 ? shortestAugmentingPaths(n, m, c, v, x, y, free, numFree, ticker, allowSwitch) : DONE;
    if (status === DONE) break;
    if (status !== SWITCH_TO_AUCTION) return { code: 'infeasible', side: 'row', index: status };
    allowSwitch = false;
    auctionWarmStart(n, m, c, v, x, y, ticker);
    adoptWarmStart(n, m, c, v, x, y);
    numFree = collectFree(x, free);
  }
  // Free columns share one v (the largest); shift it to 0 as the rectangular certificate wants.
  let shift = 0;
  if (n < m) {
    for (let j = 0; j < m; j++) {
      if (y[j]! < 0) {
        shift = v[j]!;
        break;
      }
    }
    if (shift !== 0) for (let j = 0; j < m; j++) v[j] = v[j]! - shift;
  }
  const u = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const j = x[i]!;
    u[i] = c[i * m + j]! - v[j]!;
  }
  return { code: 'solved', x, y, u, v };
}

function collectFree(x: Int32Array, free: Int32Array): number {
  let numFree = 0;
  for (let i = 0; i < x.length; i++) if (x[i]! < 0) free[numFree++] = i;
  return numFree;
}

/**
 * v[j] = min over rows of c(i,j), scanned row by row for cache locality; each column goes to its
 * first minimal row unless that row already has one; `matches[i]` counts the columns whose
 * minimum row is i. Returns a column with no allowed row, or -1.
 */
function columnReduction(
  n: number,
  c: Float64Array,
  v: Float64Array,
  x: Int32Array,
  y: Int32Array,
  matches: Int32Array,
): number {
  const argmin = new Int32Array(n);
  v.fill(INF);
  for (let i = 0; i < n; i++) {
    const base = i * n;
    for (let j = 0; j < n; j++) {
      const h = c[base + j]!;
      if (h < v[j]!) {
        v[j] = h;
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
    }
  }
  return -1;
}

/**
 * Rows chosen by exactly one column hand their slack to it: that column's v drops until the
 * row's second-best reduced cost is reached. Rows chosen by none are free: fills `free` and
 * returns its length.
 */
function reductionTransfer(
  n: number,
  c: Float64Array,
  v: Float64Array,
  x: Int32Array,
  matches: Int32Array,
  free: Int32Array,
): number {
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    const count = matches[i]!;
    if (count === 0) {
      free[numFree++] = i;
      continue;
    }
    if (count > 1) continue;
    const j1 = x[i]!;
    const base = i * n;
    let min = INF;
    for (let j = 0; j < n; j++) {
      if (j === j1) continue;
      const h = c[base + j]! - v[j]!;
      if (h < min) min = h;
    }
    if (min !== INF) v[j1] = c[base + j1]! - min;
  }
  return numFree;
}

/**
 * Two passes over the free rows: each takes its cheapest column (by reduced cost), lowering that
 * column's v to the row's second-best so the row holds it firmly, and evicting any previous owner.
 * Bounded work: whatever is still free afterwards goes to the shortest-path phase. Returns a row
 * with no allowed column, or -1.
 */
function augmentingRowReduction(
  n: number,
  m: number,
  c: Float64Array,
  v: Float64Array,
  x: Int32Array,
  y: Int32Array,
  free: Int32Array,
  initialFree: number,
  ticker: AugmentTicker,
): number {
  let numFree = initialFree;
  // Eviction chains can be long (they are on Machol–Wien); the later phases finish the job.
  let budget = 4 * n + 1024;
  for (let pass = 0; pass < 2 && numFree > 0; pass++) {
    let k = 0;
    const prevFree = numFree;
    numFree = 0;
    while (k < prevFree) {
      if (--budget < 0) return -1;
      if ((budget & 1023) === 0) ticker.check();
      const i = free[k++]!;
      const base = i * m;
      let umin = c[base]! - v[0]!;
      let j1 = 0;
      let usubmin = INF;
      let j2 = -1;
      for (let j = 1; j < m; j++) {
        const h = c[base + j]! - v[j]!;
        if (h < usubmin) {
          if (h >= umin) {
            usubmin = h;
            j2 = j;
          } else {
            usubmin = umin;
            umin = h;
            j2 = j1;
            j1 = j;
          }
        }
      }
      if (umin === INF) return i;
      let i0 = y[j1]!;
      const strict = umin < usubmin;
      const firm = strict && usubmin !== INF;
      if (firm) {
        v[j1] = v[j1]! - (usubmin - umin);
      } else if (!strict && i0 >= 0) {
        // Tie: take the second-best column instead, which may be free.
        j1 = j2;
        i0 = y[j2]!;
      }
      x[i] = j1;
      y[j1] = i;
      if (i0 >= 0) {
        x[i0] = -1;
        // After a strict drop the evicted row is retried at once, else in the next pass.
        if (firm) free[--k] = i0;
        else free[numFree++] = i0;
      }
    }
  }
  return -1;
}

/**
 * For each free row, Dijkstra over columns by reduced cost, scanning whole cost rows in memory
 * order. Columns at the current minimum distance form a FIFO level; a free one ends the search.
 * Closed columns get v = -∞ while the search runs so the row scan needs no extra test (their
 * reduced cost becomes +∞); their true v is restored with the dual update. Returns DONE, a row
 * from which no free column is reachable (infeasible), or SWITCH_TO_AUCTION when the remaining
 * paths look expensive enough that better prices should be bought first.
 */
function shortestAugmentingPaths(
  n: number,
  m: number,
  c: Float64Array,
  v: Float64Array,
  x: Int32Array,
  y: Int32Array,
  free: Int32Array,
  numFree: number,
  ticker: AugmentTicker,
  allowSwitch: boolean,
): number {
  const open = new Float64Array(m);
  const pred = new Int32Array(m);
  const todo = new Int32Array(m);
  const closed = new Int32Array(m);
  const vSave = new Float64Array(m);
  const dist = new Float64Array(m);
  let done = n - numFree;
  let scans = 0;
  for (let f = 0; f < numFree; f++) {
    const start = free[f]!;
    const sbase = start * m;
    for (let j = 0; j < m; j++) {
      open[j] = c[sbase + j]! - v[j]!;
      pred[j] = start;
    }
    let nClosed = 0;
    let nTodo = 0;
    let head = 0;
    let min = INF;
    let sink = -1;
    search: for (;;) {
      if (head === nTodo) {
        // New level: the smallest open distance and every column at it.
        head = 0;
        nTodo = 0;
        min = INF;
        for (let j = 0; j < m; j++) {
          const h = open[j]!;
          if (h <= min) {
            if (h < min) {
              min = h;
              nTodo = 0;
            }
            todo[nTodo++] = j;
          }
        }
        if (min === INF) {
          for (let t = 0; t < nClosed; t++) v[closed[t]!] = vSave[closed[t]!]!;
          return start;
        }
        for (let t = 0; t < nTodo; t++) {
          const j = todo[t]!;
          if (y[j]! < 0) {
            sink = j;
            break search;
          }
        }
        for (let t = 0; t < nTodo; t++) {
          const j = todo[t]!;
          closed[nClosed++] = j;
          vSave[j] = v[j]!;
          dist[j] = open[j]!;
          v[j] = -INF;
          open[j] = INF;
        }
      }
      const j1 = todo[head++]!;
      const i = y[j1]!;
      const ibase = i * m;
      const u1 = c[ibase + j1]! - vSave[j1]! - min;
      scans++;
      let j = 0;
      while (j < m) {
        // Most columns do not improve: test four at a time, then redo those four one by one.
        if (j + 4 <= m) {
          const b = ibase + j;
          if (
            !(
              c[b]! - v[j]! - u1 < open[j]! ||
              c[b + 1]! - v[j + 1]! - u1 < open[j + 1]! ||
              c[b + 2]! - v[j + 2]! - u1 < open[j + 2]! ||
              c[b + 3]! - v[j + 3]! - u1 < open[j + 3]!
            )
          ) {
            j += 4;
            continue;
          }
        }
        const stop = Math.min(j + 4, m);
        for (; j < stop; j++) {
          const h = c[ibase + j]! - v[j]! - u1;
          if (h < open[j]!) {
            pred[j] = i;
            if (h <= min) {
              // Joins the current level (h < min only by rounding).
              if (y[j]! < 0) {
                sink = j;
                break search;
              }
              closed[nClosed++] = j;
              vSave[j] = v[j]!;
              dist[j] = h;
              v[j] = -INF;
              open[j] = INF;
              todo[nTodo++] = j;
            } else {
              open[j] = h;
            }
          }
        }
      }
    }
    restoreDuals(v, closed, nClosed, vSave, dist, min);
    let i: number;
    let end = sink;
    do {
      i = pred[end]!;
      y[end] = i;
      const next = x[i]!;
      x[i] = end;
      end = next;
    } while (i !== start);
    ticker.tick(++done);
    if (allowSwitch && f >= 8) {
      // Projected remaining work in row scans against what an auction typically costs.
      const remaining = numFree - f - 1;
      if ((scans / (f + 1)) * remaining > AUCTION_ROW_SCANS * n) return SWITCH_TO_AUCTION;
    }
  }
  return DONE;
}

/** An ε-scaling auction typically costs a few dozen row scans per row (measured on Machol–Wien). */
const AUCTION_ROW_SCANS = 64;

/** Dual update after a search: closed columns move by their distance below the final level. */
function restoreDuals(
  v: Float64Array,
  closed: Int32Array,
  nClosed: number,
  vSave: Float64Array,
  dist: Float64Array,
  min: number,
): void {
  for (let t = 0; t < nClosed; t++) {
    const j = closed[t]!;
    v[j] = vSave[j]! + (dist[j]! - min);
  }
}
