import type { BMatchingProblem, BMatchingResult } from './b-matching.js';
import { normalizeBMatchingProblem } from './b-matching-problem.js';

/**
 * Greedy baseline: takes edges heaviest first (ties by lower edge index) while both ends have
 * room and the limit allows; edges of weight ≤ 0 are never taken. A 1/2-approximation, for
 * comparison in reports. O(m) radix sort plus one scan. Proof `{ code: 'none', reason: 'greedy' }`;
 * the duals are the trivial feasible ones (row dual = the row's largest weight, 0 elsewhere).
 */
export function greedyBMatching(p: BMatchingProblem): BMatchingResult {
  const norm = normalizeBMatchingProblem(p);
  const { rows, cols, offsets, targets, weights } = p.graph;
  const order = sortPositiveEdgesDescending(p.graph.weights);
  const rowOf = new Int32Array(weights.length);
  for (let i = 0; i < rows; i++) rowOf.fill(i, offsets[i]!, offsets[i + 1]!);

  const rowRoom = Int32Array.from(norm.rowCap);
  const colRoom = Int32Array.from(norm.colCap);
  const limit = norm.maxEdges >= 0 ? norm.maxEdges : Number.POSITIVE_INFINITY;
  const chosen = new Uint8Array(weights.length);
  let count = 0;
  for (let t = 0; t < order.length && count < limit; t++) {
    const e = order[t]!;
    const i = rowOf[e]!;
    const j = targets[e]!;
    if (rowRoom[i] === 0 || colRoom[j] === 0) continue;
    rowRoom[i]!--;
    colRoom[j]!--;
    chosen[e] = 1;
    count++;
  }

  const edges = new Int32Array(count);
  let total = 0;
  for (let e = 0, at = 0; at < count; e++) {
    if (chosen[e] === 0) continue;
    edges[at++] = e;
    total += weights[e]!;
  }
  const rowDual = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    let u = 0;
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) u = Math.max(u, weights[e]!);
    rowDual[i] = u;
  }
  return {
    code: 'solved',
    edges,
    total,
    rowDual,
    colDual: new Float64Array(cols),
    limitDual: 0,
    proof: { code: 'none', reason: 'greedy' },
  };
}

/**
 * Indices of the edges with weight > 0, heaviest first, ties by index: a stable LSD radix sort on
 * the complemented IEEE-754 bits (monotone for positive doubles) in four 16-bit digits, skipping
 * digits on which all keys agree (e.g. the low half for integer weights).
 */
export function sortPositiveEdgesDescending(weights: Float64Array): Int32Array {
  const m = weights.length;
  const scratch = new Float64Array(1);
  const bits = new Uint32Array(scratch.buffer);
  // Which 32-bit half holds the sign and exponent depends on the platform's byte order.
  const hiWord = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
  const loWord = 1 - hiWord;
  let n = 0;
  for (let e = 0; e < m; e++) if (weights[e]! > 0) n++;
  let order = new Int32Array(n);
  for (let e = 0, at = 0; e < m; e++) if (weights[e]! > 0) order[at++] = e;
  // Histograms of all four digits in one pass: they do not depend on the order.
  const hist = new Int32Array(4 * 65536);
  for (let t = 0; t < n; t++) {
    scratch[0] = weights[order[t]!]!;
    const lo = ~bits[loWord]!;
    const hi = ~bits[hiWord]!;
    hist[lo & 0xffff]!++;
    hist[65536 + ((lo >>> 16) & 0xffff)]!++;
    hist[131072 + (hi & 0xffff)]!++;
    hist[196608 + ((hi >>> 16) & 0xffff)]!++;
  }
  let buffer = new Int32Array(n);
  for (let d = 0; d < 4; d++) {
    const base = d * 65536;
    let single = false;
    let sum = 0;
    for (let b = 0; b < 65536; b++) {
      const c = hist[base + b]!;
      if (c === n) single = true;
      hist[base + b] = sum;
      sum += c;
    }
    if (single || n === 0) continue;
    const word = d < 2 ? loWord : hiWord;
    const shift = (d & 1) * 16;
    for (let t = 0; t < n; t++) {
      const e = order[t]!;
      scratch[0] = weights[e]!;
      const digit = (~bits[word]! >>> shift) & 0xffff;
      buffer[hist[base + digit]!++] = e;
    }
    const swap = order;
    order = buffer;
    buffer = swap;
  }
  return order;
}
