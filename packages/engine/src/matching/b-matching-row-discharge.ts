import type { PushRelabel, PushRelabelMoves } from './b-matching-push-relabel.js';

/**
 * The row discharge of push–relabel on `run`: `dischargeRow(i)` places row i's excess and
 * relabels it. Self-contained (it may be compiled afresh): it sees only its parameters.
 */
export function rowDischarge(run: PushRelabel, moves: PushRelabelMoves): (i: number) => void {
  const { offsets, targets, weights, order, chosen, bound, pc, pr, pull, excess, alpha } = run;
  const { cacheSize: CACHE, cacheI, cacheF, cacheCount, cacheTau } = run;
  const { returnToHub, takeEdge, enqueue } = moves;
  const MAX_UNITS_PER_PUSH = 8;
  const CAND = Math.max(MAX_UNITS_PER_PUSH, CACHE) + 1;
  // A row's candidates, best first (a discharge never runs inside another).
  const candEdge = new Int32Array(CAND);
  const candCol = new Int32Array(CAND);
  const candW = new Float64Array(CAND);
  const candValue = new Float64Array(CAND);

  /** Places up to MAX_UNITS_PER_PUSH units of row i's excess on its best edges or H, and relabels it. */
  function dischargeRow(i: number): void {
    const pH = run.pH;
    const count = cacheCount[i]!;
    if (count > 0 && excess[i] === 1 && dischargeOneCached(i, count)) return;
    const t = Math.min(excess[i]!, MAX_UNITS_PER_PUSH);
    const capH = pull[i]!;
    let found = 0;
    let certain = 0;
    let tau = Number.NEGATIVE_INFINITY;
    let k = 0;
    let toH = 0;
    let cached = count >= 0;
    if (cached) {
      tau = cacheTau[i]!;
      for (let c = 0, base = i * CACHE; c < count; c++) {
        // Cached edges are never chosen: only this row chooses its edges, from outside the cache.
        const j = cacheI[4 * (base + c) + 1]!;
        const w = cacheF[2 * (base + c) + 1]!;
        found = insertCandidate(found, CAND, pc[j]! + w, cacheI[4 * (base + c)]!, j, w);
      }
      while (certain < found && candValue[certain]! >= tau) certain++;
      // t units among the certain edges and H; give up on the cache if an uncertain edge is needed.
      for (let unit = 0; unit < t; unit++) {
        if (toH < capH && (k >= certain ? pH >= tau : pH >= candValue[k]!)) toH++;
        else if (k < certain) k++;
        else {
          cached = false;
          break;
        }
      }
    }
    if (!cached) {
      const size = Math.max(t + 1, CACHE + 1);
      found = scanBest(i, size);
      // t units among the edges and H (which can take back up to `pull` units; it wins ties).
      k = 0;
      toH = 0;
      for (let unit = 0; unit < t; unit++) {
        if (toH < capH && (k >= found || pH >= candValue[k]!)) toH++;
        else if (k < found) k++;
        else break;
      }
      if (k + CACHE < found) tau = candValue[k + CACHE]!;
      else tau = found === size ? candValue[size - 1]! : Number.NEGATIVE_INFINITY;
    }
    const nextEdge = Math.max(k < found ? candValue[k]! : Number.NEGATIVE_INFINITY, tau);
    const next = toH < capH ? Math.max(pH, nextEdge) : nextEdge;
    const eps = run.eps;
    if (next > Number.NEGATIVE_INFINITY && next - eps < pr[i]!) pr[i] = next - eps;
    // The untaken candidates become the row's cache.
    const keep = Math.min(found - k, CACHE);
    for (let c = 0, base = i * CACHE; c < keep; c++) {
      cacheI[4 * (base + c)] = candEdge[k + c]!;
      cacheI[4 * (base + c) + 1] = candCol[k + c]!;
      cacheF[2 * (base + c) + 1] = candW[k + c]!;
    }
    cacheCount[i] = keep;
    cacheTau[i] = tau;
    if (toH > 0) returnToHub(i, toH);
    for (let c = 0; c < k; c++) takeEdge(i, candEdge[c]!, candCol[c]!, candW[c]!);
    if (excess[i]! > 0) enqueue(i);
  }

  /**
   * The common discharge: one unit of excess (a bounced edge) placed from the cache. Only the best
   * and second-best cached values matter, so this is a pass for the top two, and the taken entry
   * leaves by a swap; the general path sorts and rewrites the whole cache. Same decisions as
   * dischargeRow (ties to the earlier entry). False: the cache cannot decide (nothing done).
   */
  function dischargeOneCached(i: number, count: number): boolean {
    const pH = run.pH;
    const eps = run.eps;
    const base = i * CACHE;
    let bestQ = -1;
    let best = Number.NEGATIVE_INFINITY;
    let second = Number.NEGATIVE_INFINITY;
    for (let q = base, end = base + count; q < end; q++) {
      const a = pc[cacheI[4 * q + 1]!]! + cacheF[2 * q + 1]!;
      if (a > best) {
        second = best;
        best = a;
        bestQ = q;
      } else if (a > second) second = a;
    }
    const tau = cacheTau[i]!;
    const capH = pull[i]!;
    const certain = best >= tau;
    let next: number;
    if (capH > 0 && pH >= (certain ? best : tau)) {
      next = capH > 1 ? Math.max(pH, best, tau) : Math.max(best, tau);
      if (next - eps < pr[i]!) pr[i] = next - eps;
      returnToHub(i, 1);
      return true;
    }
    if (!certain) return false;
    const nextEdge = Math.max(second, tau);
    next = capH > 0 ? Math.max(pH, nextEdge) : nextEdge;
    if (next > Number.NEGATIVE_INFINITY && next - eps < pr[i]!) pr[i] = next - eps;
    const e = cacheI[4 * bestQ]!;
    const j = cacheI[4 * bestQ + 1]!;
    const w = cacheF[2 * bestQ + 1]!;
    const last = base + count - 1;
    cacheI[4 * bestQ] = cacheI[4 * last]!;
    cacheI[4 * bestQ + 1] = cacheI[4 * last + 1]!;
    cacheF[2 * bestQ + 1] = cacheF[2 * last + 1]!;
    cacheCount[i] = count - 1;
    takeEdge(i, e, j, w);
    return true;
  }

  /**
   * The `size` most valuable unchosen usable edges of row i (value = column price + scaled weight)
   * into the candidate list, best first; returns how many. Walks the row in `order` (decreasing
   * weight) and stops at the first edge that cannot beat the current `size`-th value even at the
   * run's `ceiling` (an upper bound on column prices); reads a column's price only where the edge's
   * bound could beat it (and tightens that bound). Ties go to the edge met first.
   */
  function scanBest(i: number, size: number): number {
    const ceiling = run.ceiling;
    let found = 0;
    let floor = Number.NEGATIVE_INFINITY;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      const e = order[k]!;
      if (chosen[e] !== 0) continue;
      const sw = alpha * weights[e]!;
      if (ceiling + sw <= floor) break;
      // Unusable edges have bound −∞ and never pass.
      if (bound[e]! <= floor) continue;
      const j = targets[e]!;
      const a = pc[j]! + sw;
      bound[e] = a;
      if (a <= floor) continue;
      found = insertCandidate(found, size, a, e, j, sw);
      if (found === size) floor = candValue[size - 1]!;
    }
    return found;
  }

  /** Inserts a candidate (value a) into the best-first list of `found` entries (at most `size`); returns the new count. */
  function insertCandidate(found: number, size: number, a: number, e: number, j: number, w: number): number {
    if (found === size && a <= candValue[size - 1]!) return found;
    let at = found < size ? found++ : size - 1;
    while (at > 0 && candValue[at - 1]! < a) {
      candValue[at] = candValue[at - 1]!;
      candEdge[at] = candEdge[at - 1]!;
      candCol[at] = candCol[at - 1]!;
      candW[at] = candW[at - 1]!;
      at--;
    }
    candValue[at] = a;
    candEdge[at] = e;
    candCol[at] = j;
    candW[at] = w;
    return found;
  }

  return dischargeRow;
}
