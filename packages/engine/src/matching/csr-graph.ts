import { InvalidArgumentError } from '../core/errors.js';

/** A bipartite graph in compressed sparse row form: edges of row r are offsets[r]..offsets[r+1]-1. */
export interface CsrGraph {
  /** Left side size. */
  readonly rows: number;
  /** Right side size. */
  readonly cols: number;
  /** Length rows+1; offsets[0] = 0, non-decreasing, offsets[rows] = edge count. */
  readonly offsets: Int32Array;
  /** Column of each edge, length = edge count. */
  readonly targets: Int32Array;
  /** Weight (or cost) of each edge, length = edge count. */
  readonly weights: Float64Array;
}

/**
 * Builds a CSR graph from `[row, col, weight]` triples. Edges are grouped by row (counting sort);
 * within a row they keep their input order, so edge indices are deterministic. Validates input.
 */
export function csrFromEdges(
  rows: number,
  cols: number,
  edges: ArrayLike<readonly [number, number, number]>,
): CsrGraph {
  checkSize(rows, 'rows');
  checkSize(cols, 'cols');
  const m = edges.length;
  const offsets = new Int32Array(rows + 1);
  for (let e = 0; e < m; e++) {
    const edge = edges[e]!;
    const r = edge[0];
    if (!Number.isInteger(r) || r < 0 || r >= rows) {
      throw new InvalidArgumentError(`row ${r} is out of range [0, ${rows})`, ['edges', e, 0]);
    }
    const c = edge[1];
    if (!Number.isInteger(c) || c < 0 || c >= cols) {
      throw new InvalidArgumentError(`column ${c} is out of range [0, ${cols})`, ['edges', e, 1]);
    }
    if (!Number.isFinite(edge[2])) {
      throw new InvalidArgumentError(`weight ${edge[2]} is not finite`, ['edges', e, 2]);
    }
    offsets[r + 1]!++;
  }
  for (let r = 0; r < rows; r++) offsets[r + 1]! += offsets[r]!;
  const cursor = offsets.slice(0, rows);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const edge = edges[e]!;
    const at = cursor[edge[0]]!++;
    targets[at] = edge[1];
    weights[at] = edge[2];
  }
  return { rows, cols, offsets, targets, weights };
}

/** Checks a CSR graph's shape, index ranges and weights; throws InvalidArgumentError with the field's path. */
export function validateCsrGraph(g: CsrGraph, path: readonly (string | number)[] = []): void {
  checkSize(g.rows, 'rows', path);
  checkSize(g.cols, 'cols', path);
  const { offsets, targets, weights, rows, cols } = g;
  if (!(offsets instanceof Int32Array) || offsets.length !== rows + 1) {
    throw new InvalidArgumentError(`offsets must be an Int32Array of length rows+1 = ${rows + 1}`, [
      ...path,
      'offsets',
    ]);
  }
  if (offsets[0] !== 0) throw new InvalidArgumentError('offsets[0] must be 0', [...path, 'offsets', 0]);
  for (let r = 0; r < rows; r++) {
    if (offsets[r + 1]! < offsets[r]!) {
      throw new InvalidArgumentError('offsets must be non-decreasing', [...path, 'offsets', r + 1]);
    }
  }
  const m = offsets[rows]!;
  if (!(targets instanceof Int32Array) || targets.length !== m) {
    throw new InvalidArgumentError(`targets must be an Int32Array of length offsets[rows] = ${m}`, [
      ...path,
      'targets',
    ]);
  }
  if (!(weights instanceof Float64Array) || weights.length !== m) {
    throw new InvalidArgumentError(`weights must be a Float64Array of length offsets[rows] = ${m}`, [
      ...path,
      'weights',
    ]);
  }
  for (let e = 0; e < m; e++) {
    const c = targets[e]!;
    if (c < 0 || c >= cols) {
      throw new InvalidArgumentError(`column ${c} is out of range [0, ${cols})`, [...path, 'targets', e]);
    }
    const w = weights[e]!;
    // w - w is NaN exactly when w is NaN or ±Infinity; cheaper than Number.isFinite in a hot loop.
    if (w - w !== 0) {
      throw new InvalidArgumentError(`weight ${w} is not finite`, [...path, 'weights', e]);
    }
  }
}

/** Number of edges of a CSR graph. */
export function csrEdgeCount(g: CsrGraph): number {
  return g.offsets[g.rows] ?? 0;
}

/**
 * Row of every edge (length = edge count): the inverse of `offsets`, handy when an algorithm
 * walks edges by index.
 */
export function csrEdgeRows(g: CsrGraph): Int32Array {
  const m = csrEdgeCount(g);
  const out = new Int32Array(m);
  for (let r = 0; r < g.rows; r++) out.fill(r, g.offsets[r]!, g.offsets[r + 1]!);
  return out;
}

function checkSize(n: number, name: string, path: readonly (string | number)[] = []): void {
  if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) {
    throw new InvalidArgumentError(`${name} must be a non-negative integer, got ${n}`, [...path, name]);
  }
}
