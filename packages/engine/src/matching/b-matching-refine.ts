import type { PushRelabel, PushRelabelMoves } from './b-matching-push-relabel.js';

/**
 * The refinement of push–relabel on `run`: `startRefine()` makes the flow ε-optimal for the
 * run's new ε. Self-contained (it may be compiled afresh): it sees only its parameters
 * (`priceCeiling` is b-matching-scaling-state.ts's).
 */
export function refinement(
  run: PushRelabel,
  moves: PushRelabelMoves,
  priceCeiling: (pc: Float64Array, colCap: Int32Array) => number,
): () => void {
  const { rows, cols, rowCap, colCap, offsets, targets, weights, alpha, state, chosen, held, pull } = run;
  const { colIn, out, pr, pc, bound, order, slotI, slotF, excess, rowHeap, colHeap } = run;
  const { cacheSize: CACHE, hiRow, cacheI, cacheF, cacheCount, cacheTau } = run;
  const { firstSlot, removeSlot, unchoose, enqueue } = moves;

  /**
   * Makes the flow ε-optimal for the run's new ε: saturates hub arcs of columns that violate it,
   * and resets every row with a violated arc (its edges become excess again; columns keep what
   * they send to H, so a column left short is refilled by later pushes). Rows whose arcs can all
   * stay ε-optimal keep their edges at a price inside the interval that allows it.
   */
  function startRefine(): void {
    const { eps, pH } = run;
    const ceiling = priceCeiling(pc, colCap);
    run.ceiling = ceiling;
    for (let j = 0; j < cols; j++) {
      if (colCap[j] === 0) continue;
      if (out[j]! < colCap[j]! && pc[j]! - pH < -eps) {
        run.exH += colCap[j]! - out[j]!;
        out[j] = colCap[j]!;
      }
      if (out[j]! > 0 && pH - pc[j]! < -eps) {
        run.exH -= out[j]!;
        out[j] = 0;
        while (colIn[j]! > 0) {
          const s = firstSlot(j);
          const e = slotI[4 * s]!;
          const x = slotI[4 * s + 1]!;
          const w = slotF[2 * s + 1]!;
          removeSlot(j, e);
          unchoose(x, e, j, w);
        }
      }
    }
    // Each row's chosen edges, from the column side: hiRow[i] = min of their values + ε.
    hiRow.fill(Number.POSITIVE_INFINITY);
    for (let j = 0; j < cols; j++) {
      const p = pc[j]! + eps;
      for (let s = firstSlot(j), end = s + colIn[j]!; s < end; s++) {
        const x = slotI[4 * s + 1]!;
        const a = p + slotF[2 * s + 1]!;
        if (a < hiRow[x]!) hiRow[x] = a;
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
      const hiEdges = hiRow[i]!;
      // The cache decides lo when no uncached edge (value ≤ tau) can raise it: a few price reads
      // instead of a walk over the row (at 1M rows, 22 edges per row and phase).
      const count = cacheCount[i]!;
      for (let q = i * CACHE, qEnd = q + count; q < qEnd; q++) {
        const a = pc[cacheI[4 * q + 1]!]! + cacheF[2 * q + 1]!;
        if (a - eps > lo) lo = a - eps;
      }
      if (count < 0 || cacheTau[i]! - eps > lo) {
        // In weight order: the first weight that cannot raise lo ends the walk.
        for (let k = start; k < end; k++) {
          const e = order[k]!;
          if (chosen[e] !== 0) continue;
          const sw = alpha * weights[e]!;
          if (ceiling + sw - eps <= lo) break;
          // Unusable edges have bound −∞ and never pass.
          if (bound[e]! - eps <= lo) continue;
          const a = pc[targets[e]!]! + sw;
          bound[e] = a;
          if (a - eps > lo) lo = a - eps;
        }
      }
      if (pull[i]! < cap && lo > pH + eps && lo <= hiEdges) {
        run.exH -= cap - pull[i]!;
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
        run.exH -= cap - pull[i]!;
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

  return startRefine;
}
