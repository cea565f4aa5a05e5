import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../core/rng.js';
import { type BMatchingProblem, type BMatchingResult, solveBMatching } from './b-matching.js';
import { randomBMatchingProblem } from './b-matching-instances.js';
import { csrFromEdges } from './csr-graph.js';
import { type BMatchingIssue, verifyBMatching } from './verify-b-matching.js';

function codes(p: BMatchingProblem, r: BMatchingResult): string[] {
  const check = verifyBMatching(p, r);
  return check.code === 'valid' ? [] : [...new Set(check.issues.map((x: BMatchingIssue) => x.code))];
}

// Row 0 can take both columns, row 1 only column 0; the optimum is edges 0 and 2 (0→0 is 3, 1→0 is 4 …).
const problem: BMatchingProblem = {
  graph: csrFromEdges(2, 2, [
    [0, 0, 3],
    [0, 1, 5],
    [1, 0, 4],
  ]),
  rowCapacity: Int32Array.of(2, 1),
  colCapacity: 1,
};

describe('verifyBMatching', () => {
  const r = solveBMatching(problem);

  it('accepts the optimal result', () => {
    expect(Array.from(r.edges)).toEqual([1, 2]);
    expect(verifyBMatching(problem, r)).toEqual({ code: 'valid' });
  });

  it('rejects infeasible or malformed primal solutions', () => {
    expect(codes(problem, { ...r, edges: Int32Array.of(0, 1, 2), total: 12 })).toContain('over_capacity');
    expect(codes(problem, { ...r, edges: Int32Array.of(2, 1) })).toContain('edges_not_ascending');
    expect(codes(problem, { ...r, edges: Int32Array.of(1, 1), total: 10 })).toContain('edges_not_ascending');
    expect(codes(problem, { ...r, edges: Int32Array.of(1, 3) })).toContain('edge_out_of_range');
    expect(codes(problem, { ...r, total: r.total + 1 })).toEqual(['total_mismatch']);
    expect(codes({ ...problem, maxEdges: 1 }, r)).toContain('over_limit');
  });

  it('rejects a suboptimal matching with the optimal duals', () => {
    expect(codes(problem, { ...r, edges: Int32Array.of(1), total: 5 })).toContain('duality_gap');
  });

  it('rejects perturbed duals', () => {
    const rowDual = Float64Array.from(r.rowDual);
    rowDual[1] = -1;
    expect(codes(problem, { ...r, rowDual })).toEqual(['dual_negative']);
    const colDual = Float64Array.from(r.colDual);
    colDual[1] = colDual[1]! + 1;
    expect(codes(problem, { ...r, colDual })).toEqual(expect.arrayContaining(['slackness', 'duality_gap']));
    expect(codes(problem, { ...r, limitDual: 1 })).toContain('slackness');
    expect(codes(problem, { ...r, rowDual: new Float64Array(1) })).toEqual(['dual_shape']);
  });

  it('checks the bounds of a gap proof', () => {
    const gap = { ...r, proof: { code: 'gap' as const, lowerBound: r.total, upperBound: r.total - 1 } };
    expect(codes(problem, gap)).toEqual(['bound_mismatch']);
    const ok = { ...r, proof: { code: 'gap' as const, lowerBound: r.total, upperBound: r.total } };
    expect(verifyBMatching(problem, ok)).toEqual({ code: 'valid' });
  });

  it('on random instances, fails when a dual is lowered or a chosen edge dropped', () => {
    fc.assert(
      fc.property(fc.integer(), fc.boolean(), (seed, limited) => {
        const rng = new Rng(seed);
        const p = randomBMatchingProblem(rng, {
          rows: rng.int(1, 12),
          cols: rng.int(1, 12),
          edges: rng.int(1, 60),
          maxCapacity: 3,
          minWeight: -5,
          maxWeight: 50,
          maxEdges: limited ? rng.int(0, 10) : undefined,
        });
        const best = solveBMatching(p);
        expect(verifyBMatching(p, best)).toEqual({ code: 'valid' });
        if (best.edges.length > 0) {
          const at = rng.int(0, best.edges.length - 1);
          const dropped = best.edges.filter((_, k) => k !== at);
          const total = best.total - p.graph.weights[best.edges[at]!]!;
          expect(verifyBMatching(p, { ...best, edges: dropped, total }).code).toBe('invalid');
        }
        // Zeroing the cover of a positive edge that is not chosen breaks dual feasibility.
        const { offsets, targets, weights } = p.graph;
        for (let i = 0; i < p.graph.rows; i++) {
          for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
            if (weights[e]! <= 0 || best.edges.includes(e)) continue;
            const rowDual = Float64Array.from(best.rowDual);
            const colDual = Float64Array.from(best.colDual);
            rowDual[i] = 0;
            colDual[targets[e]!] = 0;
            const issues = verifyBMatching(p, { ...best, rowDual, colDual, limitDual: 0 });
            expect(issues.code).toBe('invalid');
            return;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
