import {
  CACHE,
  type ColumnSlots,
  createRowCache,
  type ScalingInput,
  type ScalingState,
} from './b-matching-scaling-state.js';
import { FloatKeyHeap } from './float-key-heap.js';

/**
 * The state of one cost-scaling run (b-matching-scaling.ts) on the circulation of ScalingState:
 * the state's arrays, the column slots, the row cache and the run's scalars. Plain data: the
 * moves are closures over it (pushRelabelMoves and the factories of b-matching-row-discharge.ts
 * and b-matching-refine.ts), which large runs compile afresh (core/fresh-function.ts) so that V8
 * specialises them to these arrays.
 */
export interface PushRelabel extends ColumnSlots {
  readonly rows: number;
  readonly cols: number;
  readonly rowCap: Int32Array;
  readonly colCap: Int32Array;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  readonly state: ScalingState;
  readonly alpha: number;
  readonly chosen: Uint8Array;
  readonly held: Int32Array;
  readonly pull: Int32Array;
  readonly colIn: Int32Array;
  readonly out: Int32Array;
  readonly pr: Float64Array;
  readonly pc: Float64Array;
  readonly bound: Float64Array;
  readonly order: Int32Array;
  readonly excess: Int32Array;
  /**
   * Rows with excess, last in first out: a bounced row is discharged while its data is still in
   * cache (≈12% faster than FIFO on large random graphs).
   */
  readonly stack: Int32Array;
  readonly queued: Uint8Array;
  /** Max-heaps of prices, kept as min-heaps of negated prices. */
  readonly rowHeap: FloatKeyHeap;
  readonly colHeap: FloatKeyHeap;
  /** The row cache (RowCache, of `cacheSize` entries per row), also left in the state for the potential repair. */
  readonly cacheSize: number;
  readonly cacheI: Int32Array;
  readonly cacheF: Float64Array;
  readonly cacheCount: Int8Array;
  readonly cacheTau: Float64Array;
  /** Per row, min over its chosen edges of value + ε (scratch of each refinement). */
  readonly hiRow: Float64Array;
  /** Rows on the stack. */
  top: number;
  pH: number;
  /** Units waiting at the hub. */
  exH: number;
  eps: number;
  /**
   * An upper bound on every column price (they only fall), refreshed each refinement: no edge's
   * value exceeds ceiling + alpha·w, which ends scans in weight order early.
   */
  ceiling: number;
}

/** The run's state over `state`; `pushRelabelMoves(run).load()` fills its slots and excesses. */
export function createPushRelabel(input: ScalingInput, state: ScalingState): PushRelabel {
  const { graph, rowCap, colCap } = input;
  const { rows, cols } = graph;
  const colStart = new Int32Array(cols + 1);
  for (let j = 0; j < cols; j++) colStart[j + 1] = colStart[j]! + colCap[j]!;
  const slotBuffer = new ArrayBuffer(16 * colStart[cols]!);
  const slots: ColumnSlots = {
    slotI: new Int32Array(slotBuffer),
    slotF: new Float64Array(slotBuffer),
    colStart,
    slotStride: cols > 0 && colCap.every((c) => c === colCap[0]) ? colCap[0]! : 0,
  };
  const cache = createRowCache(rows);
  state.rowCache = cache;
  state.columnSlots = slots;
  return {
    rows,
    cols,
    rowCap,
    colCap,
    offsets: graph.offsets,
    targets: graph.targets,
    weights: graph.weights,
    state,
    alpha: state.alpha,
    chosen: state.chosen,
    held: state.held,
    pull: state.pull,
    colIn: state.colIn,
    out: state.out,
    pr: state.pr,
    pc: state.pc,
    bound: state.bound,
    order: state.order,
    ...slots,
    excess: new Int32Array(rows),
    stack: new Int32Array(rows),
    queued: new Uint8Array(rows),
    rowHeap: new FloatKeyHeap(1024),
    colHeap: new FloatKeyHeap(1024),
    cacheSize: CACHE,
    ...cache,
    hiRow: new Float64Array(rows),
    top: 0,
    pH: state.pH,
    exH: 0,
    eps: 0,
    ceiling: 0,
  };
}

/** The moves of pushRelabelMoves, which the discharge and the refinement build on. */
export type PushRelabelMoves = ReturnType<typeof pushRelabelMoves>;

/**
 * The moves of push–relabel on `run`, specialised like CSA (Goldberg–Kennedy): rows push several
 * units at once to their best columns and relabel to the next option
 * (b-matching-row-discharge.ts); a column receiving a unit immediately passes one on (into free
 * capacity towards H, or back to its least attached holder) and relabels. The hub carries the
 * unmatched side and is relabelled through lazy max-heaps instead of by scanning.
 *
 * Self-contained (it may be compiled afresh): it sees only `run`.
 */
export function pushRelabelMoves(run: PushRelabel) {
  const { rows, cols, rowCap, colCap, offsets, targets, weights, state, alpha, chosen, held, pull } = run;
  const { colIn, out, pr, pc, colStart, slotI, slotF, excess, stack, queued, rowHeap, colHeap } = run;
  const { cacheSize: CACHE, cacheI, cacheF, cacheCount, cacheTau, slotStride } = run;

  /** Column j's first slot. */
  function firstSlot(j: number): number {
    return slotStride > 0 ? slotStride * j : colStart[j]!;
  }

  /** Appends edge e of row i (scaled weight w) to column j's slots. */
  function addSlot(j: number, e: number, i: number, w: number): void {
    const s = firstSlot(j) + colIn[j]!++;
    slotI[4 * s] = e;
    slotI[4 * s + 1] = i;
    slotF[2 * s + 1] = w;
  }

  /** Rebuilds slots from `chosen` (the state may come from an earlier run) and the excesses. */
  function load(): void {
    colIn.fill(0);
    for (let i = 0; i < rows && state.count > 0; i++) {
      for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
        if (chosen[e] === 0) continue;
        addSlot(targets[e]!, e, i, alpha * weights[e]!);
      }
    }
    for (let i = 0; i < rows; i++) {
      excess[i] = pull[i]! - held[i]!;
      run.exH -= pull[i]!;
      if (excess[i]! > 0) enqueue(i);
    }
    for (let j = 0; j < cols; j++) run.exH += out[j]!;
  }

  function enqueue(i: number): void {
    if (queued[i] !== 0) return;
    queued[i] = 1;
    stack[run.top++] = i;
  }

  /** Takes edge e out of column j's slots. */
  function removeSlot(j: number, e: number): void {
    const first = firstSlot(j);
    const last = first + --colIn[j]!;
    for (let s = first; s <= last; s++) {
      if (slotI[4 * s] === e) {
        slotI[4 * s] = slotI[4 * last]!;
        slotI[4 * s + 1] = slotI[4 * last + 1]!;
        slotF[2 * s + 1] = slotF[2 * last + 1]!;
        return;
      }
    }
  }

  /** Row i gives up edge e to column j (scaled weight w), which becomes excess at i again. */
  function unchoose(i: number, e: number, j: number, w: number): void {
    chosen[e] = 0;
    remember(i, e, j, w);
    held[i]!--;
    excess[i]!++;
    state.count--;
    enqueue(i);
  }

  /**
   * Column j holds one unit too many (colIn = out + 1, the newcomer already in its slots or
   * `newEdge` ≥ 0 waiting): pass one unit on to the best of its holders or H, then relabel.
   */
  function settleColumn(j: number, newRow: number, newEdge: number, newW: number): void {
    const pH = run.pH;
    const capH = colCap[j]! - out[j]!;
    let best = Number.NEGATIVE_INFINITY;
    let bestSlot = -2; // -1 = the newcomer
    let second = Number.NEGATIVE_INFINITY;
    if (newEdge >= 0) {
      best = pr[newRow]! - newW;
      bestSlot = -1;
    }
    for (let s = firstSlot(j), end = s + colIn[j]!; s < end; s++) {
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
      run.exH++;
      if (newEdge >= 0) addSlot(j, newEdge, newRow, newW);
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
    if (next > Number.NEGATIVE_INFINITY && next - run.eps < pc[j]!) pc[j] = next - run.eps;
  }

  /** Edge e (column j, scaled weight w) leaves row i's hands: into its cache if there is room or it beats the weakest. */
  function remember(i: number, e: number, j: number, w: number): void {
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
  }

  /** Row i takes edge e to column j (scaled weight w). */
  function takeEdge(i: number, e: number, j: number, w: number): void {
    chosen[e] = 1;
    held[i]!++;
    excess[i]!--;
    state.count++;
    if (colIn[j]! < out[j]!) addSlot(j, e, i, w);
    else settleColumn(j, i, e, w);
  }

  /** Row i sends `units` back to H. */
  function returnToHub(i: number, units: number): void {
    if (pull[i] === rowCap[i]) rowHeap.push(-pr[i]!, i);
    pull[i]! -= units;
    excess[i]! -= units;
    run.exH += units;
  }

  /** H has excess: hands one unit at a time to the row or column with the highest price. */
  function dischargeHub(): void {
    while (run.exH > 0) {
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
      if (best <= run.pH) run.pH = best - run.eps;
      run.exH--;
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
  }

  return { firstSlot, load, enqueue, removeSlot, unchoose, remember, takeEdge, returnToHub, dischargeHub };
}
