import type { CsrGraph } from './csr-graph.js';

/**
 * The `size` most valuable unchosen usable edges of row i (value = column potential + scaled
 * weight), best first, reading a column's price only where the edge's bound could beat the
 * current `size`-th value (and tightening that bound), ties by lower edge index, into candValue/candEdge (and their columns and scaled weights into candCol/candW); returns how many.
 * A plain function of its arguments so that the engine keeps everything in registers.
 */
export function scanBest(
  graph: CsrGraph,
  chosen: Uint8Array,
  bound: Float64Array,
  pc: Float64Array,
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
  for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
    // Unusable edges have bound −∞ and never pass.
    if (chosen[e] !== 0 || bound[e]! <= floor) continue;
    const j = targets[e]!;
    const sw = alpha * weights[e]!;
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
