import { AbortedError } from '../core/errors.js';
import { priceCeiling, type ScalingInput, type ScalingState } from './b-matching-scaling-state.js';
import { scanBest } from './b-matching-scan.js';
import { FloatKeyHeap } from './float-key-heap.js';

export {
  createScalingState,
  epsFactorFor,
  type ScalingInput,
  type ScalingState,
  scalingFactor,
} from './b-matching-scaling-state.js';

const MAX_UNITS_PER_PUSH = 8;
/** Cached next-best edges per row. */
const CACHE = 8;
const CAND = Math.max(MAX_UNITS_PER_PUSH, CACHE) + 1;
const CHECK_EVERY = 2048;

/**
 * Exact max-weight b-matching by cost-scaling push–relabel (Goldberg–Tarjan) on the circulation
 * of ScalingState, specialised like CSA (Goldberg–Kennedy): rows push several units at once to their best
 * columns and relabel to the next option; a column receiving a unit immediately passes one on
 * (into free capacity towards H, or back to its least attached holder) and relabels. The hub
 * carries the unmatched side: its price is the level that row and column prices are measured
 * from, and it is relabelled through lazy max-heaps instead of by scanning. Each refinement keeps
 * the rows whose arcs are still ε-optimal and resets the others. After each phase above ε = 1,
 * `earlyStop` (given ε and the phase's row discharges) may prove the flow optimal and end the run
 * with exact potentials in the state. Returns false when stopped by the deadline; the chosen
 * edges are a feasible b-matching at every check.
 */
export function runBMatchingScaling(
  input: ScalingInput,
  state: ScalingState,
  earlyStop?: (eps: number, work: number) => boolean,
): boolean {
  const { graph, rowCap, colCap, deadline, signal, onProgress } = input;
  const { rows, cols, offsets, targets, weights } = graph;
  const { alpha, chosen, held, pull, colIn, out, pr, pc, bound, order } = state;
  let pH = state.pH;

  if (state.maxWeight === 0) return true;

  const colStart = new Int32Array(cols + 1);
  for (let j = 0; j < cols; j++) colStart[j + 1] = colStart[j]! + colCap[j]!;
  // Slot s of a column: edge and row at slotI[4s], slotI[4s + 1]; alpha × the edge's weight at
  // slotF[2s + 1]. One 16-byte record per slot: settling a column touches one cache line, not
  // three arrays (at 1M rows nearly every access is a miss).
  const slotBuffer = new ArrayBuffer(16 * colStart[cols]!);
  const slotI = new Int32Array(slotBuffer);
  const slotF = new Float64Array(slotBuffer);
  const excess = new Int32Array(rows);
  // Rows with excess, last in first out: a bounced row is discharged while its data is still in
  // cache (≈12% faster than FIFO on large random graphs).
  const stack = new Int32Array(rows);
  const queued = new Uint8Array(rows);
  let top = 0;
  // Max-heaps of prices, kept as min-heaps of negated prices.
  const rowHeap = new FloatKeyHeap(1024);
  const colHeap = new FloatKeyHeap(1024);
  const candEdge = new Int32Array(CAND);
  const candCol = new Int32Array(CAND);
  const candW = new Float64Array(CAND);
  const candValue = new Float64Array(CAND);
  let exH = 0;
  let eps = 0;
  // An upper bound on every column price (they only fall), refreshed each refinement: no edge's
  // value exceeds ceiling + alpha·w, which ends scans in weight order early.
  let ceiling = 0;
  let tick = 0;

  const enqueue = (i: number): void => {
    if (queued[i] !== 0) return;
    queued[i] = 1;
    stack[top++] = i;
  };
  const removeSlot = (j: number, e: number): void => {
    const first = colStart[j]!;
    const last = first + --colIn[j]!;
    for (let s = first; s <= last; s++) {
      if (slotI[4 * s] === e) {
        slotI[4 * s] = slotI[4 * last]!;
        slotI[4 * s + 1] = slotI[4 * last + 1]!;
        slotF[2 * s + 1] = slotF[2 * last + 1]!;
        return;
      }
    }
  };
  // Row i gives up edge e to column j (scaled weight w), which becomes excess at i again.
  const unchoose = (i: number, e: number, j: number, w: number): void => {
    chosen[e] = 0;
    remember(i, e, j, w);
    held[i]!--;
    excess[i]!++;
    state.count--;
    enqueue(i);
  };

  // Column j holds one unit too many (colIn = out + 1, the newcomer already in its slots or
  // `newEdge` ≥ 0 waiting): pass one unit on to the best of its holders or H, then relabel.
  const settleColumn = (j: number, newRow: number, newEdge: number, newW: number): void => {
    const capH = colCap[j]! - out[j]!;
    let best = Number.NEGATIVE_INFINITY;
    let bestSlot = -2; // -1 = the newcomer
    let second = Number.NEGATIVE_INFINITY;
    if (newEdge >= 0) {
      best = pr[newRow]! - newW;
      bestSlot = -1;
    }
    for (let s = colStart[j]!, end = s + colIn[j]!; s < end; s++) {
      const a = pr[slotI[4 * s + 1]!]! - slotF[2 * s + 1]!;
      if (a > best) {
        second = best;
        best = a;
        bestSlot = s;
      } else if (a > second) second = a;
    }
    let next: number;
    if (capH > 0 && pH >= best) {
      // Into free capacity: the column sends one more unit to H.
      if (out[j] === 0) colHeap.push(-pc[j]!, j);
      out[j]!++;
      exH++;
      if (newEdge >= 0) {
        const s = colStart[j]! + colIn[j]!++;
        slotI[4 * s] = newEdge;
        slotI[4 * s + 1] = newRow;
        slotF[2 * s + 1] = newW;
      }
      next = capH > 1 ? Math.max(pH, best) : best;
    } else {
      if (bestSlot === -1) {
        unchoose(newRow, newEdge, j, newW); // the newcomer is bounced
      } else {
        const x = slotI[4 * bestSlot + 1]!;
        const e = slotI[4 * bestSlot]!;
        const w = slotF[2 * bestSlot + 1]!;
        if (newEdge >= 0) {
          slotI[4 * bestSlot] = newEdge;
          slotI[4 * bestSlot + 1] = newRow;
          slotF[2 * bestSlot + 1] = newW;
        } else {
          removeSlot(j, e);
        }
        unchoose(x, e, j, w);
      }
      next = capH > 0 ? Math.max(pH, second) : second;
    }
    if (next > Number.NEGATIVE_INFINITY && next - eps < pc[j]!) pc[j] = next - eps;
  };

  // Per row, a few next-best unchosen edges and an upper bound `tau` on the value of every other
  // unchosen edge at the time of the scan. Column prices only fall, so the bound stays valid and a
  // row can often re-bid without rescanning its edges (CSA's look-ahead). -1 = no cache.
  // Entry q = i·CACHE + c: edge and column at cacheI[4q], cacheI[4q + 1]; scaled weight at
  // cacheF[2q + 1] (one record per entry, as for slots).
  const cacheBuffer = new ArrayBuffer(16 * rows * CACHE);
  const cacheI = new Int32Array(cacheBuffer);
  const cacheF = new Float64Array(cacheBuffer);
  const cacheCount = new Int8Array(rows).fill(-1);
  const cacheTau = new Float64Array(rows);
  const remember = (i: number, e: number, j: number, w: number): void => {
    const c = cacheCount[i]!;
    if (c < 0) return;
    const base = i * CACHE;
    if (c < CACHE) {
      cacheI[4 * (base + c)] = e;
      cacheI[4 * (base + c) + 1] = j;
      cacheF[2 * (base + c) + 1] = w;
      cacheCount[i] = c + 1;
      return;
    }
    // Full: the weakest of the cached edges and e leaves, and the bound rises to its value.
    let weakest = -1;
    let weakValue = pc[j]! + w;
    for (let q = 0; q < CACHE; q++) {
      const a = pc[cacheI[4 * (base + q) + 1]!]! + cacheF[2 * (base + q) + 1]!;
      if (a < weakValue) {
        weakValue = a;
        weakest = q;
      }
    }
    if (weakest >= 0) {
      cacheI[4 * (base + weakest)] = e;
      cacheI[4 * (base + weakest) + 1] = j;
      cacheF[2 * (base + weakest) + 1] = w;
    }
    if (weakValue > cacheTau[i]!) cacheTau[i] = weakValue;
  };
  const insertCandidate = (
    found: number,
    size: number,
    a: number,
    e: number,
    j: number,
    w: number,
  ): number => {
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
  };

  // Row i takes edge e to column j (scaled weight w).
  const takeEdge = (i: number, e: number, j: number, w: number): void => {
    chosen[e] = 1;
    held[i]!++;
    excess[i]!--;
    state.count++;
    if (colIn[j]! < out[j]!) {
      const s = colStart[j]! + colIn[j]!++;
      slotI[4 * s] = e;
      slotI[4 * s + 1] = i;
      slotF[2 * s + 1] = w;
    } else {
      settleColumn(j, i, e, w);
    }
  };
  // Row i sends `units` back to H.
  const returnToHub = (i: number, units: number): void => {
    if (pull[i] === rowCap[i]) rowHeap.push(-pr[i]!, i);
    pull[i]! -= units;
    excess[i]! -= units;
    exH += units;
  };

  // The common discharge: one unit of excess (a bounced edge) placed from the cache. Only the best
  // and second-best cached values matter, so this is a pass for the top two, and the taken entry
  // leaves by a swap; the general path sorts and rewrites the whole cache. Same decisions as
  // dischargeRow (ties to the earlier entry). False: the cache cannot decide (nothing done).
  const dischargeOneCached = (i: number, count: number): boolean => {
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
  };

  const dischargeRow = (i: number): void => {
    const count = cacheCount[i]!;
    if (count > 0 && excess[i] === 1 && dischargeOneCached(i, count)) return;
    const t = Math.min(excess[i]!, MAX_UNITS_PER_PUSH);
    const capH = pull[i]!;
    let found = 0;
    let certain = 0;
    let tau = Number.NEGATIVE_INFINITY;
    let k = 0;
    let toH = 0;
    let cached = cacheCount[i]! >= 0;
    if (cached) {
      tau = cacheTau[i]!;
      for (let c = 0, base = i * CACHE; c < cacheCount[i]!; c++) {
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
      found = scanBest(
        graph,
        order,
        chosen,
        bound,
        pc,
        ceiling,
        alpha,
        i,
        size,
        candValue,
        candEdge,
        candCol,
        candW,
      );
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
  };

  // H has excess: hand one unit at a time to the row or column with the highest price.
  const dischargeHub = (): void => {
    while (exH > 0) {
      while (rowHeap.size > 0) {
        const r = rowHeap.topNode();
        if (pull[r]! < rowCap[r]! && -rowHeap.topKey() === pr[r]) break;
        rowHeap.pop();
        if (pull[r]! < rowCap[r]!) rowHeap.push(-pr[r]!, r); // stale key: reinsert at the current price
      }
      while (colHeap.size > 0) {
        const c = colHeap.topNode();
        if (out[c]! > 0 && -colHeap.topKey() === pc[c]) break;
        colHeap.pop();
        if (out[c]! > 0) colHeap.push(-pc[c]!, c);
      }
      const aRow = rowHeap.size > 0 ? -rowHeap.topKey() : Number.NEGATIVE_INFINITY;
      const aCol = colHeap.size > 0 ? -colHeap.topKey() : Number.NEGATIVE_INFINITY;
      const best = Math.max(aRow, aCol);
      if (best === Number.NEGATIVE_INFINITY) return;
      if (best <= pH) pH = best - eps;
      exH--;
      if (aCol >= aRow) {
        const c = colHeap.topNode();
        out[c]!--;
        // A column short of what it sent (reset rows left it) is simply relieved.
        if (colIn[c]! > out[c]!) settleColumn(c, -1, -1, 0);
      } else {
        const r = rowHeap.topNode();
        pull[r]!++;
        excess[r]!++;
        enqueue(r);
      }
    }
  };

  const stopped = (): boolean => {
    if (signal?.aborted) {
      const reason = signal.reason;
      throw new AbortedError(reason instanceof Error ? reason.message : undefined);
    }
    return Date.now() > deadline;
  };

  // Rebuild slots from `chosen` (the state may come from an earlier call).
  colIn.fill(0);
  for (let i = 0; i < rows && state.count > 0; i++) {
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
      if (chosen[e] === 0) continue;
      const j = targets[e]!;
      const s = colStart[j]! + colIn[j]!++;
      slotI[4 * s] = e;
      slotI[4 * s + 1] = i;
      slotF[2 * s + 1] = alpha * weights[e]!;
    }
  }

  for (let i = 0; i < rows; i++) {
    excess[i] = pull[i]! - held[i]!;
    exH -= pull[i]!;
    if (excess[i]! > 0) enqueue(i);
  }
  for (let j = 0; j < cols; j++) exH += out[j]!;

  let phase = 0;
  const phases = Math.ceil(Math.log(state.startEps) / Math.log(state.epsFactor)) + 1;
  for (eps = state.startEps * state.epsFactor; eps > 1; ) {
    eps = Math.max(1, Math.ceil(eps / state.epsFactor));
    onProgress?.({ phase: 'scale', done: phase++, total: phases });
    if (stopped()) {
      state.pH = pH;
      return false;
    }
    startRefine();
    let phaseWork = 0;
    for (;;) {
      while (top > 0) {
        const i = stack[--top]!;
        queued[i] = 0;
        if (excess[i]! > 0) {
          dischargeRow(i);
          phaseWork++;
        }
        if (++tick === CHECK_EVERY) {
          tick = 0;
          if (stopped()) {
            state.pH = pH;
            return false;
          }
        }
      }
      if (exH <= 0) break;
      dischargeHub();
    }
    if (eps > 1 && earlyStop !== undefined) {
      state.pH = pH;
      const done = earlyStop(eps, phaseWork);
      pH = state.pH;
      if (done) break;
    }
  }
  onProgress?.({ phase: 'scale', done: phases, total: phases });
  state.pH = pH;
  return true;

  // Make the flow ε-optimal for the new ε: saturate hub arcs of columns that violate it, and
  // reset every row with a violated arc (its edges become excess again; columns keep what they
  // send to H, so a column left short is refilled by later pushes).
  function startRefine(): void {
    ceiling = priceCeiling(pc, colCap);
    for (let j = 0; j < cols; j++) {
      if (colCap[j] === 0) continue;
      if (out[j]! < colCap[j]! && pc[j]! - pH < -eps) {
        exH += colCap[j]! - out[j]!;
        out[j] = colCap[j]!;
      }
      if (out[j]! > 0 && pH - pc[j]! < -eps) {
        exH -= out[j]!;
        out[j] = 0;
        while (colIn[j]! > 0) {
          const s = colStart[j]!;
          const e = slotI[4 * s]!;
          const x = slotI[4 * s + 1]!;
          const w = slotF[2 * s + 1]!;
          removeSlot(j, e);
          unchoose(x, e, j, w);
        }
      }
    }
    for (let i = 0; i < rows; i++) {
      const cap = rowCap[i]!;
      if (cap === 0) continue;
      const start = offsets[i]!;
      const end = offsets[i + 1]!;
      // The interval of row prices that keeps every arc at the row ε-optimal; the row keeps
      // its edges if it is not empty (pulling its full supply if good options demand it).
      let lo = pull[i]! > 0 ? pH - eps : Number.NEGATIVE_INFINITY;
      let hiEdges = Number.POSITIVE_INFINITY;
      // In weight order: once every chosen edge is seen, the first weight that cannot raise lo ends it.
      for (let k = start, unseen = held[i]!; k < end; k++) {
        const e = order[k]!;
        if (chosen[e] === 0) {
          if (unseen === 0 && ceiling + alpha * weights[e]! - eps <= lo) break;
          // Unusable edges have bound −∞ and never pass.
          if (bound[e]! - eps <= lo) continue;
          const a = pc[targets[e]!]! + alpha * weights[e]!;
          bound[e] = a;
          if (a - eps > lo) lo = a - eps;
        } else {
          unseen--;
          hiEdges = Math.min(hiEdges, pc[targets[e]!]! + alpha * weights[e]! + eps);
        }
      }
      if (pull[i]! < cap && lo > pH + eps && lo <= hiEdges) {
        exH -= cap - pull[i]!;
        excess[i]! += cap - pull[i]!;
        pull[i] = cap;
        enqueue(i);
      }
      const hi = pull[i]! < cap ? Math.min(hiEdges, pH + eps) : hiEdges;
      if (lo <= hi) {
        pr[i] = Math.min(Math.max(pr[i]!, lo), hi);
        continue;
      }
      // No price keeps every arc: price the row at lo and release only the chosen edges that
      // price cannot keep (they become excess again).
      cacheCount[i] = -1;
      if (pull[i]! < cap && lo > pH + eps) {
        exH -= cap - pull[i]!;
        pull[i] = cap;
      }
      pr[i] = lo;
      for (let e = start; e < end; e++) {
        if (chosen[e] === 0) continue;
        const j = targets[e]!;
        if (pc[j]! + alpha * weights[e]! + eps >= lo) continue;
        removeSlot(j, e);
        chosen[e] = 0;
        held[i]!--;
        state.count--;
      }
      excess[i] = pull[i]! - held[i]!;
      if (excess[i]! > 0) enqueue(i);
    }
    rowHeap.clear();
    colHeap.clear();
    for (let i = 0; i < rows; i++) if (rowCap[i]! > 0 && pull[i]! < rowCap[i]!) rowHeap.push(-pr[i]!, i);
    for (let j = 0; j < cols; j++) if (out[j]! > 0) colHeap.push(-pc[j]!, j);
  }
}
