import type { AugmentTicker } from './assignment-result.js';

// Bertsekas' forward auction with ε-scaling, used only to buy good column prices for the exact
// shortest-path phase of lapjv.ts. Prices are kept as column duals v (a row's value for column j
// is its reduced cost c(i,j) − v(j)); a bid lowers v of the row's best column by the gap to its
// second best plus ε. For integer data every step stays integral, so the exact phase that follows
// works on exact numbers.

const INF = Number.POSITIVE_INFINITY;
/** ε shrinks by this factor per phase. */
const SCALING = 6;
/** Relative final ε for non-integer costs (integer costs stop at ε = 1). */
const FLOAT_EPS = 2 ** -22;

/**
 * Runs ε-scaling auction phases on an n×m (n ≤ m) problem, starting from the prices in `v`,
 * leaving an assignment in x/y (rows it could not place within its bid budget stay -1).
 */
export function auctionWarmStart(
  n: number,
  m: number,
  c: Float64Array,
  v: Float64Array,
  x: Int32Array,
  y: Int32Array,
  ticker: AugmentTicker,
): void {
  let lo = INF;
  let hi = -INF;
  let integral = true;
  for (let k = 0; k < c.length; k++) {
    const w = c[k]!;
    if (w === INF) continue;
    if (w < lo) lo = w;
    if (w > hi) hi = w;
    if (integral && !Number.isInteger(w)) integral = false;
  }
  for (let j = 0; j < m && integral; j++) integral = Number.isInteger(v[j]);
  const range = hi - lo;
  if (!(range > 0)) return;
  const epsEnd = integral ? 1 : range * FLOAT_EPS;
  let eps = integral ? Math.max(1, Math.floor(range / SCALING)) : range / SCALING;
  // An infeasible pattern of forbidden pairs makes an auction bid forever: cap the work.
  let budget = 512 * n + 4096;
  const queue = new Int32Array(n);
  for (;;) {
    x.fill(-1);
    y.fill(-1);
    let head = 0;
    let size = 0;
    for (let i = 0; i < n; i++) queue[size++] = i;
    while (size > 0) {
      if (--budget < 0) return;
      if ((budget & 1023) === 0) ticker.check();
      const i = queue[head]!;
      head = head + 1 === n ? 0 : head + 1;
      size--;
      const base = i * m;
      let w1 = INF;
      let w2 = INF;
      let j1 = -1;
      for (let j = 0; j < m; j++) {
        const w = c[base + j]! - v[j]!;
        if (w < w2) {
          if (w < w1) {
            w2 = w1;
            w1 = w;
            j1 = j;
          } else {
            w2 = w;
          }
        }
      }
      if (j1 < 0) continue; // no allowed column: the exact phase reports the infeasibility
      v[j1] = v[j1]! - (w2 === INF ? eps : w2 - w1 + eps);
      const k = y[j1]!;
      y[j1] = i;
      x[i] = j1;
      if (k >= 0) {
        x[k] = -1;
        let tail = head + size;
        if (tail >= n) tail -= n;
        queue[tail] = k;
        size++;
      }
    }
    if (eps <= epsEnd) return;
    eps = integral ? Math.max(epsEnd, Math.floor(eps / SCALING)) : Math.max(epsEnd, eps / SCALING);
  }
}

/**
 * Turns auction prices into a valid starting point for the exact phase: keeps only pairs whose
 * column is exactly the row's cheapest by reduced cost and frees the rest. When n < m, free
 * columns must share the largest v (so the final duals certify the rectangular problem): they
 * are raised to it, which may in turn free rows that now prefer one of them.
 */
export function adoptWarmStart(
  n: number,
  m: number,
  c: Float64Array,
  v: Float64Array,
  x: Int32Array,
  y: Int32Array,
): void {
  let top = -INF;
  const raised = new Int32Array(m);
  let nRaised = 0;
  if (n < m) {
    for (let j = 0; j < m; j++) if (v[j]! > top) top = v[j]!;
    for (let j = 0; j < m; j++) if (y[j]! < 0) v[j] = top;
  }
  for (let i = 0; i < n; i++) {
    const j0 = x[i]!;
    if (j0 < 0) continue;
    const base = i * m;
    let u = INF;
    for (let j = 0; j < m; j++) {
      const h = c[base + j]! - v[j]!;
      if (h < u) u = h;
    }
    if (c[base + j0]! - v[j0]! !== u) {
      x[i] = -1;
      y[j0] = -1;
      raised[nRaised++] = j0;
    }
  }
  if (n === m) return;
  // Raising freed columns to `top` can undercut other rows' pairs: repeat until stable.
  const next = new Int32Array(m);
  while (nRaised > 0) {
    for (let t = 0; t < nRaised; t++) v[raised[t]!] = top;
    let nNext = 0;
    for (let i = 0; i < n; i++) {
      const j0 = x[i]!;
      if (j0 < 0) continue;
      const base = i * m;
      const own = c[base + j0]! - v[j0]!;
      for (let t = 0; t < nRaised; t++) {
        if (c[base + raised[t]!]! - top < own) {
          x[i] = -1;
          y[j0] = -1;
          next[nNext++] = j0;
          break;
        }
      }
    }
    raised.set(next.subarray(0, nNext));
    nRaised = nNext;
  }
}
