import type { CsrGraph } from './csr-graph.js';

/**
 * The `size` most valuable unchosen usable edges of row i (value = column potential + scaled
 * weight), best first, into candValue/candEdge (their columns and scaled weights into
 * candCol/candW); returns how many. Walks the row in `order` (decreasing weight) and stops at
 * the first edge that cannot beat the current `size`-th value even at `ceiling` (an upper bound
 * on column prices); reads a column's price only where the edge's bound could beat it (and
 * tightens that bound). Ties go to the edge met first. A plain function of its arguments so that
 * the engine keeps everything in registers.
 */
export function scanBest(
  graph: CsrGraph,
  order: Int32Array,
  chosen: Uint8Array,
  bound: Float64Array,
  pc: Float64Array,
  ceiling: number,
  alpha: number,
  i: number,
  size: number,
  candValue: Float64Array,
  candEdge: Int32Array,
  candCol: Int32Array,
  candW: Float64Array,
): number {
  const { offsets, targets, weights } = graph;
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
    candW[at] = sw;
    if (found === size) floor = candValue[size - 1]!;
  }
  return found;
}
