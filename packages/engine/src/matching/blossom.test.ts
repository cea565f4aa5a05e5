import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AbortedError, InvalidArgumentError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import type { Progress } from '../core/solve-options.js';
import { solveMaxWeightMatching } from './blossom.js';
import { verifyMaxWeightMatching } from './blossom-certificate.js';
import { bruteForceGeneralMatching } from './brute-force-stable.js';
import type { GeneralEdgeList } from './general-graph.js';
import { randomGraph } from './random-stable-instances.js';

/** Builds an edge list from [u, v, w] triples; n = largest vertex + 1 unless given. */
function graphOf(triples: readonly (readonly [number, number, number])[], n?: number): GeneralEdgeList {
  let size = n ?? 0;
  for (const [a, b] of triples) size = Math.max(size, a + 1, b + 1);
  return {
    n: size,
    edges: Int32Array.from(triples.flatMap((t) => t.slice(0, 2))),
    weights: Float64Array.from(triples.map((t) => t[2])),
  };
}

const smallGraph = fc
  .record({
    seed: fc.integer(),
    n: fc.integer({ min: 0, max: 8 }),
    density: fc.constantFrom(0.2, 0.5, 0.8, 1),
    kind: fc.constantFrom('ties', 'wide', 'negative', 'float'),
    parallel: fc.boolean(),
  })
  .map(({ kind, ...rest }) =>
    randomGraph({
      ...rest,
      integer: kind !== 'float',
      minWeight: kind === 'negative' ? -10 : kind === 'float' ? -1 : 0,
      maxWeight: kind === 'ties' ? 3 : kind === 'wide' ? 1_000_000 : kind === 'negative' ? 10 : 5,
    }),
  );

describe('solveMaxWeightMatching', () => {
  it('equals brute force in both modes, with a valid dual certificate', () => {
    fc.assert(
      fc.property(smallGraph, fc.boolean(), (g, maxCardinality) => {
        const r = solveMaxWeightMatching(g, { maxCardinality });
        const best = bruteForceGeneralMatching(g.n, g.edges, g.weights, maxCardinality);
        const integer = g.weights.every((w) => Number.isInteger(w));
        if (integer) expect(r.total).toBe(best.total);
        else expect(r.total).toBeCloseTo(best.total, 9);
        if (maxCardinality) expect(r.cardinality).toBe(best.cardinality);
        expect(verifyMaxWeightMatching(g, r, { maxCardinality })).toEqual({ code: 'valid' });
        expect(r.proof).toEqual({ code: 'optimal' });
      }),
      { numRuns: 3000 },
    );
  });

  it('proves optimality on larger random graphs (certificate, no enumeration)', () => {
    const rng = new Rng(11);
    for (let t = 0; t < 40; t++) {
      const n = rng.int(20, 150);
      const g = randomGraph({
        seed: rng.nextUint32(),
        n,
        density: rng.pick([0.05, 0.2, 1]),
        integer: rng.chance(0.7),
        minWeight: rng.pick([0, -50]),
        maxWeight: rng.pick([5, 100, 1e6]),
        parallel: rng.chance(0.3),
      });
      const maxCardinality = rng.chance(0.5);
      const r = solveMaxWeightMatching(g, { maxCardinality });
      expect(verifyMaxWeightMatching(g, r, { maxCardinality })).toEqual({ code: 'valid' });
    }
  });

  it('passes the regression cases of Van Rantwijk’s mwmatching.py', () => {
    // From the self-tests of Joris van Rantwijk's mwmatching.py (test11–test34), which exercise
    // S- and T-blossoms, nesting, relabelling and expansion; expected mates as published.
    const cases: [string, [number, number, number][], boolean, number[]][] = [
      ['single edge', [[0, 1, 1]], false, [1, 0]],
      [
        'test12',
        [
          [1, 2, 10],
          [2, 3, 11],
        ],
        false,
        [-1, -1, 3, 2],
      ],
      [
        'test13',
        [
          [1, 2, 5],
          [2, 3, 11],
          [3, 4, 5],
        ],
        false,
        [-1, -1, 3, 2, -1],
      ],
      [
        'test14_maxcard',
        [
          [1, 2, 5],
          [2, 3, 11],
          [3, 4, 5],
        ],
        true,
        [-1, 2, 1, 4, 3],
      ],
      [
        'test16_negative',
        [
          [1, 2, 2],
          [1, 3, -2],
          [2, 3, 1],
          [2, 4, -1],
          [3, 4, -6],
        ],
        false,
        [-1, 2, 1, -1, -1],
      ],
      [
        'test16_negative maxcard',
        [
          [1, 2, 2],
          [1, 3, -2],
          [2, 3, 1],
          [2, 4, -1],
          [3, 4, -6],
        ],
        true,
        [-1, 3, 4, 1, 2],
      ],
      [
        'test20_sblossom',
        [
          [1, 2, 8],
          [1, 3, 9],
          [2, 3, 10],
          [3, 4, 7],
        ],
        false,
        [-1, 2, 1, 4, 3],
      ],
      [
        'test20_sblossom b',
        [
          [1, 2, 8],
          [1, 3, 9],
          [2, 3, 10],
          [3, 4, 7],
          [1, 6, 5],
          [4, 5, 6],
        ],
        false,
        [-1, 6, 3, 2, 5, 4, 1],
      ],
      [
        'test21_tblossom',
        [
          [1, 2, 9],
          [1, 3, 8],
          [2, 3, 10],
          [1, 4, 5],
          [4, 5, 4],
          [1, 6, 3],
        ],
        false,
        [-1, 6, 3, 2, 5, 4, 1],
      ],
      [
        'test21_tblossom b',
        [
          [1, 2, 9],
          [1, 3, 8],
          [2, 3, 10],
          [1, 4, 5],
          [4, 5, 3],
          [1, 6, 4],
        ],
        false,
        [-1, 6, 3, 2, 5, 4, 1],
      ],
      [
        'test21_tblossom c',
        [
          [1, 2, 9],
          [1, 3, 8],
          [2, 3, 10],
          [1, 4, 5],
          [4, 5, 3],
          [3, 6, 4],
        ],
        false,
        [-1, 2, 1, 6, 5, 4, 3],
      ],
      [
        'test22_s_nest',
        [
          [1, 2, 9],
          [1, 3, 9],
          [2, 3, 10],
          [2, 4, 8],
          [3, 5, 8],
          [4, 5, 10],
          [5, 6, 6],
        ],
        false,
        [-1, 3, 4, 1, 2, 6, 5],
      ],
      [
        'test23_s_relabel_nest',
        [
          [1, 2, 10],
          [1, 7, 10],
          [2, 3, 12],
          [3, 4, 20],
          [3, 5, 20],
          [4, 5, 25],
          [5, 6, 10],
          [6, 7, 10],
          [7, 8, 8],
        ],
        false,
        [-1, 2, 1, 4, 3, 6, 5, 8, 7],
      ],
      [
        'test24_s_nest_expand',
        [
          [1, 2, 8],
          [1, 3, 8],
          [2, 3, 10],
          [2, 4, 12],
          [3, 5, 12],
          [4, 5, 14],
          [4, 6, 12],
          [5, 7, 12],
          [6, 7, 14],
          [7, 8, 12],
        ],
        false,
        [-1, 2, 1, 5, 6, 3, 4, 8, 7],
      ],
      [
        'test25_s_t_expand',
        [
          [1, 2, 23],
          [1, 5, 22],
          [1, 6, 15],
          [2, 3, 25],
          [3, 4, 22],
          [4, 5, 25],
          [4, 8, 14],
          [5, 7, 13],
        ],
        false,
        [-1, 6, 3, 2, 8, 7, 1, 5, 4],
      ],
      [
        'test26_s_nest_t_expand',
        [
          [1, 2, 19],
          [1, 3, 20],
          [1, 8, 8],
          [2, 3, 25],
          [2, 4, 18],
          [3, 5, 18],
          [4, 5, 13],
          [4, 7, 7],
          [5, 6, 7],
        ],
        false,
        [-1, 8, 3, 2, 7, 6, 5, 4, 1],
      ],
      [
        'test30_tnasty_expand',
        [
          [1, 2, 45],
          [1, 5, 45],
          [2, 3, 50],
          [3, 4, 45],
          [4, 5, 50],
          [1, 6, 30],
          [3, 9, 35],
          [4, 8, 35],
          [5, 7, 26],
          [9, 10, 5],
        ],
        false,
        [-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9],
      ],
      [
        'test31_tnasty2_expand',
        [
          [1, 2, 45],
          [1, 5, 45],
          [2, 3, 50],
          [3, 4, 45],
          [4, 5, 50],
          [1, 6, 30],
          [3, 9, 35],
          [4, 8, 26],
          [5, 7, 40],
          [9, 10, 5],
        ],
        false,
        [-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9],
      ],
      [
        'test32_t_expand_leastslack',
        [
          [1, 2, 45],
          [1, 5, 45],
          [2, 3, 50],
          [3, 4, 45],
          [4, 5, 50],
          [1, 6, 30],
          [3, 9, 35],
          [4, 8, 28],
          [5, 7, 26],
          [9, 10, 5],
        ],
        false,
        [-1, 6, 3, 2, 8, 7, 1, 5, 4, 10, 9],
      ],
      [
        'test33_nest_tnasty_expand',
        [
          [1, 2, 45],
          [1, 7, 45],
          [2, 3, 50],
          [3, 4, 45],
          [4, 5, 95],
          [4, 6, 94],
          [5, 6, 94],
          [6, 7, 50],
          [1, 8, 30],
          [3, 11, 35],
          [5, 9, 36],
          [7, 10, 26],
          [11, 12, 5],
        ],
        false,
        [-1, 8, 3, 2, 6, 9, 4, 10, 1, 5, 7, 12, 11],
      ],
      [
        'test34_nest_relabel_expand',
        [
          [1, 2, 40],
          [1, 3, 40],
          [2, 3, 60],
          [2, 4, 55],
          [3, 5, 55],
          [4, 5, 50],
          [1, 8, 15],
          [5, 7, 30],
          [7, 6, 10],
          [8, 10, 10],
          [4, 9, 30],
        ],
        false,
        [-1, 2, 1, 5, 9, 3, 7, 6, 10, 4, 8],
      ],
    ];
    for (const [name, triples, maxCardinality, expected] of cases) {
      const g = graphOf(triples);
      const r = solveMaxWeightMatching(g, { maxCardinality });
      expect(Array.from(r.mate), name).toEqual(expected);
      expect(verifyMaxWeightMatching(g, r, { maxCardinality }), name).toEqual({ code: 'valid' });
    }
    // test15_float: floating-point weights.
    const floats = graphOf([
      [1, 2, Math.PI],
      [2, 3, Math.E],
      [1, 3, 3],
      [1, 4, Math.SQRT2],
    ]);
    expect(Array.from(solveMaxWeightMatching(floats).mate)).toEqual([-1, 4, 3, 2, 1]);
  });

  it('has a certificate check that catches tampering', () => {
    const g = graphOf([
      [0, 1, 10],
      [1, 2, 10],
      [0, 2, 10],
      [2, 3, 4],
      [3, 4, 7],
    ]);
    const r = solveMaxWeightMatching(g);
    expect(verifyMaxWeightMatching(g, r)).toEqual({ code: 'valid' });
    const codes = (t: typeof r): string[] => {
      const check = verifyMaxWeightMatching(g, t);
      return check.code === 'valid' ? [] : check.issues.map((i) => i.code);
    };
    expect(codes({ ...r, vertexDual: r.vertexDual.map((u) => u / 2) })).toContain('negative_slack');
    expect(codes({ ...r, vertexDual: r.vertexDual.map((u) => u + 1) })).toContain('matched_not_tight');
    expect(codes({ ...r, total: r.total + 1 })).toContain('total_mismatch');
    const mate = r.mate.slice();
    mate[0] = mate[0] === 1 ? 2 : 1;
    expect(codes({ ...r, mate })).toContain('not_a_matching');
  });

  it('agrees between edge-list and symmetric CSR input', () => {
    fc.assert(
      fc.property(smallGraph, (g) => {
        const m = g.weights.length;
        const rows: [number, number][][] = Array.from({ length: g.n }, () => []);
        for (let k = 0; k < m; k++) {
          rows[g.edges[2 * k]!]!.push([g.edges[2 * k + 1]!, g.weights[k]!]);
          rows[g.edges[2 * k + 1]!]!.push([g.edges[2 * k]!, g.weights[k]!]);
        }
        const offsets = Int32Array.from([0, ...rows.map((_, i) => rows.slice(0, i + 1).flat().length)]);
        const csr = {
          n: g.n,
          offsets,
          targets: Int32Array.from(rows.flat().map((e) => e[0])),
          weights: Float64Array.from(rows.flat().map((e) => e[1])),
        };
        expect(solveMaxWeightMatching(csr).total).toBe(solveMaxWeightMatching(g).total);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    const g = randomGraph({ seed: 5, n: 120, density: 0.3, integer: true, minWeight: 0, maxWeight: 3 });
    expect(solveMaxWeightMatching(g)).toEqual(solveMaxWeightMatching(g));
  });

  it('rejects malformed graphs with the offending path', () => {
    const path = (g: unknown): unknown => {
      try {
        solveMaxWeightMatching(g as GeneralEdgeList);
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidArgumentError);
        return (e as InvalidArgumentError).path;
      }
      throw new Error('expected InvalidArgumentError');
    };
    const base = { n: 3, edges: Int32Array.from([0, 1, 1, 2]), weights: Float64Array.from([1, 2]) };
    expect(path({ ...base, weights: Float64Array.from([1, Number.NaN]) })).toEqual(['weights', 1]);
    expect(path({ ...base, weights: Float64Array.from([Number.POSITIVE_INFINITY, 1]) })).toEqual([
      'weights',
      0,
    ]);
    expect(path({ ...base, edges: Int32Array.from([0, 1, 1, 3]) })).toEqual(['edges', 3]);
    expect(path({ ...base, edges: Int32Array.from([0, 1, 2, 2]) })).toEqual(['edges', 3]);
    expect(path({ ...base, edges: Int32Array.from([0, 1]) })).toEqual(['edges']);
    expect(path({ ...base, n: -1 })).toEqual(['n']);
    expect(path({ ...base, weights: [1, 2] })).toEqual(['weights']);
    const csr = {
      n: 2,
      offsets: Int32Array.from([0, 1, 2]),
      targets: Int32Array.from([1, 0]),
      weights: Float64Array.from([1, 2]),
    };
    expect(path(csr)).toEqual(['targets']);
    expect(path({ ...csr, targets: Int32Array.from([1, 1]), weights: Float64Array.from([1, 1]) })).toEqual([
      'targets',
      1,
    ]);
  });

  it('checks the abort signal and reports progress', () => {
    const g = randomGraph({ seed: 9, n: 400, density: 0.2, integer: true, minWeight: 0, maxWeight: 1000 });
    expect(() => solveMaxWeightMatching(g, { signal: { aborted: true } })).toThrow(AbortedError);
    let looks = 0;
    const later = {
      get aborted() {
        return ++looks > 3;
      },
    };
    expect(() => solveMaxWeightMatching(g, { signal: later })).toThrow(AbortedError);
    const seen: Progress[] = [];
    const r = solveMaxWeightMatching(g, { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => p.phase === 'blossom' && p.total === 200 && p.done <= r.cardinality)).toBe(true);
  });

  it('finds a perfect matching of maximum weight on odd cycles and complete graphs', () => {
    // K4 with the heaviest edges on a triangle: the optimum uses two light-ish disjoint edges.
    const k4 = graphOf([
      [0, 1, 10],
      [1, 2, 10],
      [0, 2, 10],
      [0, 3, 1],
      [1, 3, 1],
      [2, 3, 1],
    ]);
    const r = solveMaxWeightMatching(k4);
    expect(r.total).toBe(11);
    expect(r.cardinality).toBe(2);
    // A 5-cycle of equal weights: two edges, one vertex left over, and a blossom in the certificate.
    const c5 = graphOf([
      [0, 1, 4],
      [1, 2, 4],
      [2, 3, 4],
      [3, 4, 4],
      [4, 0, 4],
    ]);
    const c = solveMaxWeightMatching(c5);
    expect(c.total).toBe(8);
    expect(verifyMaxWeightMatching(c5, c)).toEqual({ code: 'valid' });
  });
});
