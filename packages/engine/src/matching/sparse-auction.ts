import type { AugmentTicker } from './assignment-result.js';
import type { SparseCosts } from './lapjv-sparse.js';

// On sparse graphs the last free rows are far from the last free columns: plain shortest
// augmenting paths then explore most of the graph once per row. A Gauss–Seidel auction (one ε,
// no scaling) moves those rows to their columns by bidding, which on random sparse graphs costs a
// fraction of those searches and leaves prices under which the exact searches are short. It runs
// twice: first with ε on every bid (fast, but each bidder ends ε above tight and is freed again),
// then for the rows still free with ε on ties only, which leaves few rows for the exact phase.

const INF = Number.POSITIVE_INFINITY;

/**
 * Auction for the free rows of a square sparse problem, keeping the current (tight) assignment:
 * each free row takes its cheapest column by reduced cost, lowering that column's v by the gap to
 * its second best plus ε and evicting the owner, who bids in turn. Stops when every row is placed
 * or after a bid budget. Bidders end ε-loose, so follow with `keepTightPairs`. With `tight`, a
 * bid adds ε only on a tie (gap 0), so most bidders end tight: more bids, far fewer rows left.
 */
export function sparseAuction(
  g: SparseCosts,
  v: Float64Array,
  x: Int32Array,
  y: Int32Array,
  pairCost: Float64Array,
  free: Int32Array,
  numFree: number,
  tight: boolean,
  ticker: AugmentTicker,
): void {
  const { n, offsets, targets, costs } = g;
  const eps = auctionEpsilon(costs);
  if (eps === 0) return;
  const queue = new Int32Array(n);
  let head = 0;
  let size = 0;
  for (let t = 0; t < numFree; t++) queue[size++] = free[t]!;
  let budget = 32 * n + 1024;
  while (size > 0) {
    if (--budget < 0) return;
    if ((budget & 1023) === 0) ticker.check();
    const i = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    size--;
    let w1 = INF;
    let w2 = INF;
    let j1 = -1;
    let c1 = 0;
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
      const j = targets[e]!;
      const w = costs[e]! - v[j]!;
      if (w < w2) {
        if (w < w1) {
          // A cheaper duplicate edge to the best column does not make that column second best.
          if (j !== j1) w2 = w1;
          w1 = w;
          j1 = j;
          c1 = costs[e]!;
        } else if (j !== j1) {
          w2 = w;
        }
      }
    }
    if (j1 < 0) continue; // no edges: the exact phase reports the infeasibility
    const gap = w2 - w1;
    v[j1] = v[j1]! - (w2 === INF ? eps : tight && gap > 0 ? gap : gap + eps);
    const k = y[j1]!;
    y[j1] = i;
    x[i] = j1;
    pairCost[i] = c1;
    if (k >= 0) {
      x[k] = -1;
      let tail = head + size;
      if (tail >= n) tail -= n;
      queue[tail] = k;
      size++;
    }
  }
}

/** ε relative to the cost range (an integer for integer costs); 0 when all costs are equal. */
function auctionEpsilon(costs: Float64Array): number {
  let lo = INF;
  let hi = -INF;
  let integral = true;
  for (let e = 0; e < costs.length; e++) {
    const w = costs[e]!;
    if (w < lo) lo = w;
    if (w > hi) hi = w;
    if (integral && !Number.isInteger(w)) integral = false;
  }
  const range = hi - lo;
  if (!(range > 0)) return 0;
  return integral ? Math.max(1, Math.round(range / 1024)) : range / 1024;
}

/**
 * Frees every row whose column is not exactly its cheapest by reduced cost, which restores the
 * invariant the shortest-path phase needs (square problems only: it frees columns, which in a
 * rectangular problem would break the equal-v rule for free columns).
 */
export function keepTightPairs(
  g: SparseCosts,
  v: Float64Array,
  x: Int32Array,
  y: Int32Array,
  pairCost: Float64Array,
): void {
  const { n, offsets, targets, costs } = g;
  for (let i = 0; i < n; i++) {
    const j0 = x[i]!;
    if (j0 < 0) continue;
    let u = INF;
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
      const h = costs[e]! - v[targets[e]!]!;
      if (h < u) u = h;
    }
    if (pairCost[i]! - v[j0]! !== u) {
      x[i] = -1;
      y[j0] = -1;
    }
  }
}
