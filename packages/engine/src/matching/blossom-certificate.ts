import type { MaxWeightMatchingResult } from './blossom.js';
import { type GeneralGraph, normalizeGeneralGraph } from './general-graph.js';

/** One way a matching or its dual certificate fails. */
export interface MatchingCertificateIssue {
  readonly code:
    | 'not_a_matching'
    | 'total_mismatch'
    | 'bad_blossoms'
    | 'negative_dual'
    | 'negative_slack'
    | 'matched_not_tight'
    | 'single_with_dual'
    | 'blossom_not_full';
  readonly message: string;
}

/** Outcome of verifyMaxWeightMatching. */
export type MatchingCertificateCheck =
  | { readonly code: 'valid' }
  | { readonly code: 'invalid'; readonly issues: readonly MatchingCertificateIssue[] };

/**
 * Checks a general-graph matching and its LP dual certificate independently of the solver:
 * the matching is valid and its total right; duals are feasible (u ≥ 0 — shifted by a common
 * offset under maxCardinality — z ≥ 0, every edge's reduced cost ≥ 0); matched edges are tight,
 * unmatched vertices have (shifted) dual 0 and blossoms with z > 0 are full. Together these
 * prove the weight optimal (among matchings of the same size, under maxCardinality).
 * `tolerance` (default 1e-7·(1 + max |w|)) absorbs float rounding. O(m · blossom depth).
 */
export function verifyMaxWeightMatching(
  graph: GeneralGraph,
  result: MaxWeightMatchingResult,
  options?: { readonly maxCardinality?: boolean; readonly tolerance?: number },
): MatchingCertificateCheck {
  const g = normalizeGeneralGraph(graph);
  const { n } = g;
  const m = g.w.length;
  let maxAbs = 0;
  for (let k = 0; k < m; k++) maxAbs = Math.max(maxAbs, Math.abs(g.w[k]!));
  const tol = options?.tolerance ?? 1e-7 * (1 + maxAbs);
  const issues: MatchingCertificateIssue[] = [];
  const fail = (code: MatchingCertificateIssue['code'], message: string): void => {
    if (issues.length < 20) issues.push({ code, message });
  };
  const {
    mate,
    mateEdge,
    vertexDual: u,
    blossomOffsets,
    blossomVertices,
    blossomDual: z,
    blossomParent,
  } = result;
  if (mate.length !== n || mateEdge.length !== n || u.length !== n) {
    return {
      code: 'invalid',
      issues: [{ code: 'not_a_matching', message: 'arrays do not have one entry per vertex' }],
    };
  }
  let total = 0;
  let size = 0;
  for (let x = 0; x < n; x++) {
    const y = mate[x]!;
    const e = mateEdge[x]!;
    if (y === -1 && e === -1) continue;
    const ok =
      y >= 0 &&
      y < n &&
      e >= 0 &&
      e < m &&
      mate[y] === x &&
      mateEdge[y] === e &&
      ((g.u[e] === x && g.v[e] === y) || (g.u[e] === y && g.v[e] === x));
    if (!ok) fail('not_a_matching', `vertex ${x}: mate ${y} via edge ${e} is inconsistent`);
    else if (x < y) {
      total += g.w[e]!;
      size++;
    }
  }
  if (Math.abs(total - result.total) > tol || size !== result.cardinality) {
    fail(
      'total_mismatch',
      `total ${result.total} (${result.cardinality} edges) but the matching weighs ${total} (${size})`,
    );
  }
  // Laminar family: each vertex's chain of blossoms, innermost first, must be a blossomParent chain.
  const nb = z.length;
  const bsize = new Int32Array(nb);
  for (let b = 0; b < nb; b++) bsize[b] = blossomOffsets[b + 1]! - blossomOffsets[b]!;
  const inner = new Int32Array(n).fill(-1);
  const depthCount = new Int32Array(n);
  for (let b = 0; b < nb; b++) {
    for (let q = blossomOffsets[b]!; q < blossomOffsets[b + 1]!; q++) {
      const x = blossomVertices[q]!;
      depthCount[x]!++;
      if (inner[x] === -1 || bsize[b]! < bsize[inner[x]!]!) inner[x] = b;
    }
    if (bsize[b]! % 2 !== 1 || bsize[b]! < 3) fail('bad_blossoms', `blossom ${b} has ${bsize[b]} vertices`);
    if (z[b]! < -tol) fail('negative_dual', `blossom ${b} has dual ${z[b]}`);
  }
  for (let x = 0; x < n; x++) {
    let chain = 0;
    for (let b = inner[x]!; b >= 0 && chain <= nb; b = blossomParent[b]!) chain++;
    if (chain !== depthCount[x]) fail('bad_blossoms', `vertex ${x}: its blossoms do not nest`);
  }
  if (issues.length > 0) return { code: 'invalid', issues };
  let offset = 0;
  if (options?.maxCardinality === true) for (let x = 0; x < n; x++) offset = Math.max(offset, -u[x]!);
  for (let x = 0; x < n; x++) {
    if (u[x]! + offset < -tol) fail('negative_dual', `vertex ${x} has dual ${u[x]}`);
    if (mate[x] === -1 && Math.abs(u[x]! + offset) > tol)
      fail('single_with_dual', `unmatched vertex ${x} has dual ${u[x]}`);
  }
  const mark = new Int32Array(nb).fill(-1);
  for (let k = 0; k < m; k++) {
    const i = g.u[k]!;
    const j = g.v[k]!;
    for (let b = inner[i]!; b >= 0; b = blossomParent[b]!) mark[b] = k;
    let s = u[i]! + u[j]! - g.w[k]!;
    for (let b = inner[j]!; b >= 0; b = blossomParent[b]!) if (mark[b] === k) s += z[b]!;
    if (s < -tol) fail('negative_slack', `edge ${k} {${i}, ${j}} has reduced cost ${s}`);
    if (mateEdge[i] === k && Math.abs(s) > tol)
      fail('matched_not_tight', `matched edge ${k} has reduced cost ${s}`);
  }
  for (let b = 0; b < nb; b++) {
    if (z[b]! <= tol) continue;
    let inside = 0;
    for (let q = blossomOffsets[b]!; q < blossomOffsets[b + 1]!; q++) {
      const x = blossomVertices[q]!;
      const y = mate[x]!;
      if (y < 0) continue;
      // Count each matched edge with both ends in b once, from its smaller end.
      if (x < y && blossomContains(b, y, inner, blossomParent)) inside++;
    }
    if (2 * inside !== bsize[b]! - 1)
      fail('blossom_not_full', `blossom ${b} (dual ${z[b]}) holds ${inside} matched edges`);
  }
  return issues.length === 0 ? { code: 'valid' } : { code: 'invalid', issues };
}

function blossomContains(b: number, x: number, inner: Int32Array, parent: Int32Array): boolean {
  for (let c = inner[x]!; c >= 0; c = parent[c]!) if (c === b) return true;
  return false;
}
