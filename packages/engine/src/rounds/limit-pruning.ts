import type { CsrGraph } from '../matching/csr-graph.js';

/**
 * The edges a b-matching of at most `limit` edges needs, exactly: the first t edges in order of
 * weight (descending; ties interleaved across rows — any order consistent with weight will do), for the first t with t > 2·(limit − 1)·Δ_t, Δ_t being the
 * largest row or column degree among those t edges. Why it is exact: take an optimum S with an
 * edge e outside that prefix T. S − e has at most limit − 1 edges, so at most limit − 1 full rows
 * and columns, which touch at most 2·(limit − 1)·Δ_t edges of T; some edge f of T is therefore
 * free to replace e, and w(f) ≥ w(e). Repeating moves S into T without losing weight.
 * Returns the kept edge indices ascending, or null when no prefix qualifies (keep everything).
 * Only edges of positive weight are considered (the solver never takes the others).
 */
export function limitPrefix(g: CsrGraph, limit: number): Int32Array | null {
  const { rows, cols, offsets, targets, weights } = g;
  const m = offsets[rows]!;
  if (limit <= 0 || m === 0) return null;
  const edgeRow = new Int32Array(m);
  let maxRowDeg = 0;
  for (let i = 0; i < rows; i++) {
    edgeRow.fill(i, offsets[i]!, offsets[i + 1]!);
    maxRowDeg = Math.max(maxRowDeg, offsets[i + 1]! - offsets[i]!);
  }
  // Equal weights are interleaved across rows (each row's first edge, then each row's second…)
  // so that degrees, and with them the prefix, stay small when many pairs tie: list edges in
  // (position in row, row) order, then sort stably by weight, descending, by counting.
  const posStart = new Int32Array(maxRowDeg + 1);
  for (let e = 0; e < m; e++) if (weights[e]! > 0) posStart[e - offsets[edgeRow[e]!]! + 1]!++;
  for (let p = 0; p < maxRowDeg; p++) posStart[p + 1]! += posStart[p]!;
  const n = posStart[maxRowDeg]!;
  const byPosition = new Int32Array(n);
  for (let e = 0; e < m; e++) if (weights[e]! > 0) byPosition[posStart[e - offsets[edgeRow[e]!]!]!++] = e;
  const order = sortByWeightDesc(byPosition, weights);
  const rowDeg = new Int32Array(rows);
  const colDeg = new Int32Array(cols);
  let maxDeg = 0;
  for (let t = 0; t < order.length; t++) {
    const e = order[t]!;
    const r = ++rowDeg[edgeRow[e]!]!;
    const c = ++colDeg[targets[e]!]!;
    if (r > maxDeg) maxDeg = r;
    if (c > maxDeg) maxDeg = c;
    if (t + 1 > 2 * (limit - 1) * maxDeg) {
      if (t + 1 === order.length) return null;
      return order.slice(0, t + 1).sort();
    }
  }
  return null;
}

/** `edges` stably sorted by weight, descending. */
function sortByWeightDesc(edges: Int32Array, weights: Float64Array): Int32Array {
  const n = edges.length;
  let max = 0;
  let integral = true;
  for (let t = 0; t < n; t++) {
    const w = weights[edges[t]!]!;
    if (w > max) max = w;
    if (!Number.isInteger(w)) integral = false;
  }
  // Integer weights: pack (max − w, t) into one exact double and let the native sort do it.
  const shift = 2 ** Math.ceil(Math.log2(n + 1));
  if (integral && (max + 1) * shift < 2 ** 53) {
    const keys = new Float64Array(n);
    for (let t = 0; t < n; t++) keys[t] = (max - weights[edges[t]!]!) * shift + t;
    keys.sort();
    const out = new Int32Array(n);
    for (let t = 0; t < n; t++) out[t] = edges[keys[t]! % shift]!;
    return out;
  }
  const idx = Array.from({ length: n }, (_, t) => t);
  idx.sort((a, b) => weights[edges[b]!]! - weights[edges[a]!]! || a - b);
  return Int32Array.from(idx, (t) => edges[t]!);
}
