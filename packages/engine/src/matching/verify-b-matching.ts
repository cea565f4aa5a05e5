import type { BMatchingProblem, BMatchingResult } from './b-matching.js';
import { bMatchingDualObjective, capacityAt, normalizeBMatchingProblem } from './b-matching-problem.js';

/** One reason a b-matching result fails its check. */
export type BMatchingIssue =
  | { readonly code: 'edge_out_of_range'; readonly at: number; readonly edge: number }
  | { readonly code: 'edges_not_ascending'; readonly at: number; readonly edge: number }
  | {
      readonly code: 'over_capacity';
      readonly side: 'row' | 'col';
      readonly index: number;
      readonly used: number;
    }
  | { readonly code: 'over_limit'; readonly used: number; readonly maxEdges: number }
  | { readonly code: 'total_mismatch'; readonly reported: number; readonly actual: number }
  | { readonly code: 'dual_shape'; readonly field: 'rowDual' | 'colDual' | 'limitDual' }
  | { readonly code: 'dual_negative'; readonly side: 'row' | 'col' | 'limit'; readonly index: number }
  | {
      readonly code: 'dual_infeasible';
      readonly edge: number;
      readonly weight: number;
      readonly cover: number;
    }
  | {
      readonly code: 'slackness';
      readonly what: 'edge' | 'row' | 'col' | 'limit';
      readonly index: number;
      readonly detail: string;
    }
  | { readonly code: 'duality_gap'; readonly primal: number; readonly dual: number }
  | { readonly code: 'bound_mismatch'; readonly detail: string };

/** Result of verifyBMatching. */
export type BMatchingCertificateCheck =
  | { readonly code: 'valid' }
  | { readonly code: 'invalid'; readonly issues: readonly BMatchingIssue[] };

const MAX_ISSUES = 20;
const REL_TOL = 1e-9;

/**
 * Checks a b-matching result against its problem: the edges are valid, distinct and ascending;
 * capacities and the limit hold; the total is right. For proof 'optimal': the duals are
 * non-negative and cover every unchosen edge, complementary slackness holds, and primal = dual
 * objective (LP duality: the bipartite b-matching LP is integral, so this proves optimality). For
 * 'gap': the duals are non-negative, the lower bound is at most the total and the upper bound at
 * least the dual objective (edge bound duals max(0, w − u − v − λ)). For 'none': primal only. Tolerance: 1e-9 relative to the
 * largest |weight| per constraint, and to the sum of |chosen weights| + the dual objective's
 * magnitude for totals. Reports at most 20 issues.
 */
export function verifyBMatching(p: BMatchingProblem, r: BMatchingResult): BMatchingCertificateCheck {
  const norm = normalizeBMatchingProblem(p);
  const { rows, cols, offsets, targets, weights } = p.graph;
  const m = offsets[rows]!;
  const issues: BMatchingIssue[] = [];
  const add = (issue: BMatchingIssue): void => {
    if (issues.length < MAX_ISSUES) issues.push(issue);
  };

  let scale = 1;
  for (let e = 0; e < m; e++) scale = Math.max(scale, Math.abs(weights[e]!));
  const tol = REL_TOL * scale;

  const chosen = new Uint8Array(m);
  const rowUsed = new Int32Array(rows);
  const colUsed = new Int32Array(cols);
  let actual = 0;
  let magnitude = 0;
  let prev = -1;
  let shapeOk = true;
  for (let at = 0; at < r.edges.length; at++) {
    const e = r.edges[at]!;
    if (!Number.isInteger(e) || e < 0 || e >= m) {
      add({ code: 'edge_out_of_range', at, edge: e });
      shapeOk = false;
      continue;
    }
    if (e <= prev) {
      add({ code: 'edges_not_ascending', at, edge: e });
      shapeOk = false;
      if (chosen[e] !== 0) continue;
    }
    prev = e;
    chosen[e] = 1;
    colUsed[targets[e]!]!++;
    actual += weights[e]!;
    magnitude += Math.abs(weights[e]!);
  }
  for (let i = 0; i < rows; i++) {
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) rowUsed[i]! += chosen[e]!;
    if (rowUsed[i]! > norm.rowCap[i]!)
      add({ code: 'over_capacity', side: 'row', index: i, used: rowUsed[i]! });
  }
  for (let j = 0; j < cols; j++) {
    if (colUsed[j]! > norm.colCap[j]!)
      add({ code: 'over_capacity', side: 'col', index: j, used: colUsed[j]! });
  }
  const used = r.edges.length;
  if (norm.maxEdges >= 0 && used > norm.maxEdges) add({ code: 'over_limit', used, maxEdges: norm.maxEdges });
  const totalTol = REL_TOL * Math.max(1, magnitude);
  if (!(Math.abs(r.total - actual) <= totalTol)) add({ code: 'total_mismatch', reported: r.total, actual });
  if (r.proof.code === 'none' || !shapeOk) return finish(issues);

  const { rowDual, colDual, limitDual } = r;
  if (!(rowDual instanceof Float64Array) || rowDual.length !== rows)
    add({ code: 'dual_shape', field: 'rowDual' });
  if (!(colDual instanceof Float64Array) || colDual.length !== cols)
    add({ code: 'dual_shape', field: 'colDual' });
  if (typeof limitDual !== 'number' || Number.isNaN(limitDual))
    add({ code: 'dual_shape', field: 'limitDual' });
  if (issues.some((x) => x.code === 'dual_shape')) return finish(issues);
  for (let i = 0; i < rows; i++) {
    if (!(rowDual[i]! >= 0) || !Number.isFinite(rowDual[i]!))
      add({ code: 'dual_negative', side: 'row', index: i });
  }
  for (let j = 0; j < cols; j++) {
    if (!(colDual[j]! >= 0) || !Number.isFinite(colDual[j]!))
      add({ code: 'dual_negative', side: 'col', index: j });
  }
  if (!(limitDual >= 0) || !Number.isFinite(limitDual))
    add({ code: 'dual_negative', side: 'limit', index: 0 });
  if (norm.maxEdges < 0 && limitDual !== 0) {
    add({ code: 'slackness', what: 'limit', index: 0, detail: 'limitDual must be 0 without maxEdges' });
  }
  if (issues.some((x) => x.code === 'dual_negative')) return finish(issues);

  const optimal = r.proof.code === 'optimal';
  for (let i = 0; i < rows; i++) {
    const base = rowDual[i]! + limitDual;
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
      const w = weights[e]!;
      const cover = base + colDual[targets[e]!]!;
      if (chosen[e] === 0) {
        // A gap result's bound gives every edge its own bound dual, so only optimal ones must cover.
        if (optimal && cover < w - tol) add({ code: 'dual_infeasible', edge: e, weight: w, cover });
      } else if (optimal && cover > w + tol) {
        add({
          code: 'slackness',
          what: 'edge',
          index: e,
          detail: `chosen edge covered by ${cover} > weight ${w}`,
        });
      }
    }
  }
  const dual = bMatchingDualObjective(p, rowDual, colDual, limitDual);
  const dualTol = REL_TOL * Math.max(1, magnitude, Math.abs(dual));
  if (optimal) {
    for (let i = 0; i < rows; i++) {
      if (rowDual[i]! > 0 && rowUsed[i]! < capacityAt(p.rowCapacity, i)) {
        add({
          code: 'slackness',
          what: 'row',
          index: i,
          detail: `row dual ${rowDual[i]} > 0 with unused capacity`,
        });
      }
    }
    for (let j = 0; j < cols; j++) {
      if (colDual[j]! > 0 && colUsed[j]! < capacityAt(p.colCapacity, j)) {
        add({
          code: 'slackness',
          what: 'col',
          index: j,
          detail: `col dual ${colDual[j]} > 0 with unused capacity`,
        });
      }
    }
    if (limitDual > 0 && used !== norm.maxEdges) {
      add({
        code: 'slackness',
        what: 'limit',
        index: 0,
        detail: `limit dual ${limitDual} > 0 with ${used} edges`,
      });
    }
    if (!(Math.abs(dual - actual) <= dualTol)) add({ code: 'duality_gap', primal: actual, dual });
  } else if (r.proof.code === 'gap') {
    const { lowerBound, upperBound } = r.proof;
    if (!(lowerBound <= actual + totalTol)) {
      add({ code: 'bound_mismatch', detail: `lower bound ${lowerBound} exceeds the total ${actual}` });
    }
    if (!(upperBound >= dual - dualTol)) {
      add({
        code: 'bound_mismatch',
        detail: `upper bound ${upperBound} is below the dual objective ${dual}`,
      });
    }
  }
  return finish(issues);
}

function finish(issues: readonly BMatchingIssue[]): BMatchingCertificateCheck {
  return issues.length === 0 ? { code: 'valid' } : { code: 'invalid', issues };
}
