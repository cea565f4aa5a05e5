import { type FieldPath, InvalidArgumentError } from '../core/errors.js';

/**
 * An undirected weighted graph on vertices 0..n-1 without two sides, as an edge list:
 * edge k joins edges[2k] and edges[2k+1] with weight weights[k]. Parallel edges are allowed.
 */
export interface GeneralEdgeList {
  readonly n: number;
  readonly edges: Int32Array;
  readonly weights: Float64Array;
}

/**
 * The same graph in symmetric CSR form: every undirected edge {u, v} appears in row u (target v)
 * and in row v (target u) with the same weight.
 */
export interface GeneralCsrGraph {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
}

/** A general graph in either form. */
export type GeneralGraph = GeneralEdgeList | GeneralCsrGraph;

/** A validated graph as parallel edge arrays (u[k], v[k], w[k]). */
export interface NormalizedGraph {
  readonly n: number;
  readonly u: Int32Array;
  readonly v: Int32Array;
  readonly w: Float64Array;
}

/**
 * Validates a general graph and returns it as an edge list. CSR input keeps the entries with
 * u < v in row-major order, after checking that the rows mirror each other. Throws
 * InvalidArgumentError (with path) for a bad vertex count, out-of-range or self-loop edges,
 * NaN or infinite weights, mismatched lengths, or an asymmetric CSR.
 */
export function normalizeGeneralGraph(graph: GeneralGraph, path: FieldPath = []): NormalizedGraph {
  if (graph === null || typeof graph !== 'object') throw new InvalidArgumentError('expected a graph', path);
  const n = graph.n;
  if (!Number.isInteger(n) || n < 0 || n > 0x3fffffff) {
    throw new InvalidArgumentError(`vertex count ${n} must be a non-negative integer`, [...path, 'n']);
  }
  if (!(graph.weights instanceof Float64Array)) {
    throw new InvalidArgumentError('weights must be a Float64Array', [...path, 'weights']);
  }
  return 'edges' in graph ? fromEdgeList(graph, path) : fromCsr(graph, path);
}

function fromEdgeList(g: GeneralEdgeList, path: FieldPath): NormalizedGraph {
  if (!(g.edges instanceof Int32Array))
    throw new InvalidArgumentError('edges must be an Int32Array', [...path, 'edges']);
  const m = g.weights.length;
  if (g.edges.length !== 2 * m) {
    throw new InvalidArgumentError(`edges has ${g.edges.length} entries, expected 2 × ${m} weights`, [
      ...path,
      'edges',
    ]);
  }
  const u = new Int32Array(m);
  const v = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    const a = g.edges[2 * k]!;
    const b = g.edges[2 * k + 1]!;
    checkVertex(a, g.n, [...path, 'edges', 2 * k]);
    checkVertex(b, g.n, [...path, 'edges', 2 * k + 1]);
    if (a === b)
      throw new InvalidArgumentError(`edge ${k} is a loop at vertex ${a}`, [...path, 'edges', 2 * k + 1]);
    checkWeight(g.weights[k]!, [...path, 'weights', k]);
    u[k] = a;
    v[k] = b;
  }
  return { n: g.n, u, v, w: g.weights.slice() };
}

function fromCsr(g: GeneralCsrGraph, path: FieldPath): NormalizedGraph {
  const { n, offsets, targets, weights } = g;
  if (!(offsets instanceof Int32Array) || offsets.length !== n + 1) {
    throw new InvalidArgumentError(`offsets must be an Int32Array of length ${n + 1}`, [...path, 'offsets']);
  }
  if (!(targets instanceof Int32Array) || targets.length !== weights.length) {
    throw new InvalidArgumentError('targets must be an Int32Array as long as weights', [...path, 'targets']);
  }
  if (offsets[0] !== 0 || offsets[n] !== targets.length) {
    throw new InvalidArgumentError('offsets must run from 0 to the entry count', [...path, 'offsets']);
  }
  let forward = 0;
  for (let r = 0; r < n; r++) {
    if (offsets[r + 1]! < offsets[r]!) {
      throw new InvalidArgumentError('offsets must be non-decreasing', [...path, 'offsets', r + 1]);
    }
    for (let e = offsets[r]!; e < offsets[r + 1]!; e++) {
      const t = targets[e]!;
      checkVertex(t, n, [...path, 'targets', e]);
      if (t === r) throw new InvalidArgumentError(`loop at vertex ${r}`, [...path, 'targets', e]);
      checkWeight(weights[e]!, [...path, 'weights', e]);
      if (r < t) forward++;
    }
  }
  const total = targets.length;
  if (2 * forward !== total) {
    throw new InvalidArgumentError('CSR is not symmetric: each edge must appear in both rows', [
      ...path,
      'targets',
    ]);
  }
  const u = new Int32Array(forward);
  const v = new Int32Array(forward);
  const w = new Float64Array(forward);
  const bu = new Int32Array(forward);
  const bv = new Int32Array(forward);
  const bw = new Float64Array(forward);
  let f = 0;
  let b = 0;
  for (let r = 0; r < n; r++) {
    for (let e = offsets[r]!; e < offsets[r + 1]!; e++) {
      const t = targets[e]!;
      if (r < t) {
        u[f] = r;
        v[f] = t;
        w[f++] = weights[e]!;
      } else {
        bu[b] = t;
        bv[b] = r;
        bw[b++] = weights[e]!;
      }
    }
  }
  // Both halves, sorted by (u, v, w), must be identical.
  const order = (xu: Int32Array, xv: Int32Array, xw: Float64Array): Int32Array =>
    Int32Array.from({ length: forward }, (_, i) => i).sort(
      (i, j) => xu[i]! - xu[j]! || xv[i]! - xv[j]! || xw[i]! - xw[j]!,
    );
  const fo = order(u, v, w);
  const bo = order(bu, bv, bw);
  for (let i = 0; i < forward; i++) {
    const x = fo[i]!;
    const y = bo[i]!;
    if (u[x] !== bu[y] || v[x] !== bv[y] || w[x] !== bw[y]) {
      throw new InvalidArgumentError(
        `CSR is not symmetric: edge {${u[x]}, ${v[x]}} weight ${w[x]} has no mirror entry`,
        [...path, 'targets'],
      );
    }
  }
  return { n, u, v, w };
}

function checkVertex(x: number, n: number, path: FieldPath): void {
  if (!Number.isInteger(x) || x < 0 || x >= n) {
    throw new InvalidArgumentError(`vertex ${x} is out of range [0, ${n})`, path);
  }
}

function checkWeight(x: number, path: FieldPath): void {
  if (!Number.isFinite(x)) throw new InvalidArgumentError(`weight ${x} is not finite`, path);
}
