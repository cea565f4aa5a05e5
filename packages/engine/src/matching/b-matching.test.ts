import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AbortedError, InvalidArgumentError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import type { Progress } from '../core/solve-options.js';
import {
  type BMatchingProblem,
  type BMatchingResult,
  solveBMatching,
  solveBMatchingWith,
} from './b-matching.js';
import { randomBMatchingProblem, scalingInputOf } from './b-matching-instances.js';
import { repairPotentials } from './b-matching-potentials.js';
import { createScalingState, runBMatchingScaling } from './b-matching-scaling.js';
import { bruteForceBMatching } from './brute-force-b-matching.js';
import { type CsrGraph, csrFromEdges } from './csr-graph.js';
import { solveDenseAssignment } from './dense-assignment.js';
import { referenceBMatching } from './reference-b-matching.js';
import { verifyBMatching } from './verify-b-matching.js';

function solveVerified(p: BMatchingProblem): BMatchingResult {
  const r = solveBMatching(p);
  expect(r.proof).toEqual({ code: 'optimal' });
  expect(verifyBMatching(p, r)).toEqual({ code: 'valid' });
  return r;
}

/** Small instances for brute force: ≤ 5×5, ≤ 12 edges, capacities 0–3, ties, zero and negative weights. */
const smallSpec = fc.record({
  rows: fc.integer({ min: 0, max: 5 }),
  cols: fc.integer({ min: 0, max: 5 }),
  edges: fc.integer({ min: 0, max: 12 }),
  maxCapacity: fc.integer({ min: 0, max: 3 }),
  uniformCapacity: fc.boolean(),
  weights: fc.constantFrom([0, 3], [-2, 4], [1, 1], [-5, 20], [1, 1000]),
  maxEdges: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
  parallel: fc.boolean(),
  seed: fc.integer(),
});

type SmallSpec = typeof smallSpec extends fc.Arbitrary<infer T> ? T : never;

function smallProblem(s: SmallSpec, weightScale = 1): BMatchingProblem {
  return randomBMatchingProblem(new Rng(s.seed), {
    ...s,
    minWeight: s.weights[0]!,
    maxWeight: s.weights[1]!,
    weightScale,
    maxEdges: s.maxEdges,
  });
}

describe('solveBMatching', () => {
  it('equals brute force on small random instances, with a valid certificate', () => {
    fc.assert(
      fc.property(smallSpec, (s) => {
        const p = smallProblem(s);
        const r = solveVerified(p);
        expect(r.total).toBe(bruteForceBMatching(p).total);
        if (p.maxEdges !== undefined) expect(r.edges.length).toBeLessThanOrEqual(p.maxEdges);
      }),
      { numRuns: 2500 },
    );
  });

  it('equals brute force with a huge integer weight range (many ε phases of cost scaling)', () => {
    // Weights up to 1e9 make the scaling core run several refinements even on tiny instances,
    // so the between-phase resets are exercised, not just the first and last phase.
    fc.assert(
      fc.property(smallSpec, (s) => {
        const p = randomBMatchingProblem(new Rng(s.seed), {
          ...s,
          minWeight: s.weights[0]! * 1_000_000,
          maxWeight: s.weights[1]! * 1_000_000 + 999_999,
          maxEdges: undefined,
        });
        expect(solveVerified(p).total).toBe(bruteForceBMatching(p).total);
      }),
      { numRuns: 800 },
    );
  });

  it('cost scaling alone reaches an optimal flow, without the shortest-path fallback', () => {
    // solveBMatching hides a non-optimal scaling result behind the SSP core; here the scaling
    // core must be optimal by itself (its potentials repair cleanly and the total is the best).
    fc.assert(
      fc.property(smallSpec, fc.boolean(), (s, wide) => {
        const scale = wide ? 1_000_000 : 1;
        const p = randomBMatchingProblem(new Rng(s.seed), {
          ...s,
          minWeight: s.weights[0]! * scale,
          maxWeight: s.weights[1]! * scale + (wide ? 999_999 : 0),
          maxEdges: undefined,
        });
        const { input, alpha } = scalingInputOf(p);
        expect(alpha).toBeGreaterThan(0);
        const state = createScalingState(input, alpha);
        expect(runBMatchingScaling(input, state)).toBe(true);
        // Scans skip columns by the edges' bounds, so every bound must still cover its edge's value.
        const { offsets, targets, weights } = p.graph;
        for (let i = 0; i < p.graph.rows; i++) {
          for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
            const usable = weights[e]! > 0 && input.rowCap[i]! > 0 && input.colCap[targets[e]!]! > 0;
            if (usable)
              expect(state.bound[e]).toBeGreaterThanOrEqual(state.pc[targets[e]!]! + alpha * weights[e]!);
          }
        }
        expect(repairPotentials(input, state)).toBe(true);
        let total = 0;
        for (let e = 0; e < state.chosen.length; e++) if (state.chosen[e] !== 0) total += p.graph.weights[e]!;
        expect(total).toBe(bruteForceBMatching(p).total);
      }),
      { numRuns: 1500 },
    );
  });

  it('the scaling state lists each row usable edges first, by decreasing weight, ties by index', () => {
    // Short rows go through buckets, rows over 64 edges through the built-in sort.
    const longRows = fc.record({
      rows: fc.integer({ min: 1, max: 3 }),
      cols: fc.integer({ min: 20, max: 120 }),
      edges: fc.integer({ min: 0, max: 300 }),
      maxCapacity: fc.integer({ min: 0, max: 3 }),
      uniformCapacity: fc.boolean(),
      weights: fc.constantFrom([0, 3], [-2, 4], [1, 1], [-5, 20], [1, 1000], [1, 10 ** 9]),
      parallel: fc.boolean(),
      seed: fc.integer(),
    });
    fc.assert(
      fc.property(fc.oneof(smallSpec, longRows), (s) => {
        const p = randomBMatchingProblem(new Rng(s.seed), {
          ...s,
          minWeight: s.weights[0]!,
          maxWeight: s.weights[1]!,
          maxEdges: undefined,
        });
        const { input, alpha } = scalingInputOf(p);
        const { order } = createScalingState(input, alpha);
        const { offsets, targets, weights } = p.graph;
        for (let i = 0; i < p.graph.rows; i++) {
          const start = offsets[i]!;
          const end = offsets[i + 1]!;
          const usable = (e: number): boolean =>
            weights[e]! > 0 && input.rowCap[i]! > 0 && input.colCap[targets[e]!]! > 0;
          const listed = Array.from(order.subarray(start, end));
          expect([...listed].sort((a, b) => a - b)).toEqual(
            Array.from({ length: end - start }, (_, k) => start + k),
          );
          for (let k = start + 1; k < end; k++) {
            const a = order[k - 1]!;
            const b = order[k]!;
            if (usable(a) && usable(b)) {
              expect(weights[a]! > weights[b]! || (weights[a] === weights[b] && a < b)).toBe(true);
            } else {
              expect(usable(b) && !usable(a)).toBe(false);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('equals brute force with float weights, to 1e-9 relative', () => {
    fc.assert(
      fc.property(smallSpec, (s) => {
        const p = smallProblem(s, 0.1378);
        const r = solveVerified(p);
        const best = bruteForceBMatching(p).total;
        expect(Math.abs(r.total - best)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(best)));
      }),
      { numRuns: 500 },
    );
  });

  it('cost scaling, warm and cold shortest paths and Bellman–Ford agree on a few thousand edges', () => {
    const rng = new Rng(7);
    for (let run = 0; run < 12; run++) {
      const p = randomBMatchingProblem(rng, {
        rows: rng.int(20, 120),
        cols: rng.int(20, 120),
        edges: rng.int(200, 2500),
        maxCapacity: rng.int(1, 4),
        uniformCapacity: run % 3 === 0,
        minWeight: run % 2 === 0 ? -50 : 0,
        maxWeight: run % 4 === 1 ? 5 : 1000,
        maxEdges: run % 3 === 1 ? rng.int(0, 150) : undefined,
        parallel: run % 5 === 0,
      });
      const reference = referenceBMatching(p).total;
      for (const method of ['auto', 'ssp', 'ssp-cold'] as const) {
        const r = solveBMatchingWith(p, {}, method);
        expect(r.proof).toEqual({ code: 'optimal' });
        expect(verifyBMatching(p, r)).toEqual({ code: 'valid' });
        expect(r.total).toBe(reference);
      }
    }
  });

  it('the three exact cores agree on larger instances with ties', () => {
    const rng = new Rng(17);
    for (let run = 0; run < 3; run++) {
      const p = randomBMatchingProblem(rng, {
        rows: 1500,
        cols: 1200,
        edges: 30000,
        maxCapacity: 3,
        uniformCapacity: run === 0,
        minWeight: 0,
        maxWeight: run === 1 ? 3 : 10000,
      });
      const totals = (['auto', 'ssp', 'ssp-cold'] as const).map((method) => {
        const r = solveBMatchingWith(p, {}, method);
        expect(verifyBMatching(p, r)).toEqual({ code: 'valid' });
        return r.total;
      });
      expect(new Set(totals).size).toBe(1);
    }
  });

  it('agrees with the dense assignment solver on complete graphs with capacity 1', () => {
    const rng = new Rng(11);
    for (let run = 0; run < 20; run++) {
      const n = rng.int(1, 40);
      const costs = new Float64Array(n * n);
      const triples: [number, number, number][] = [];
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          const w = rng.int(1, run % 2 === 0 ? 10 : 100000);
          costs[i * n + j] = w;
          triples.push([i, j, w]);
        }
      }
      const dense = solveDenseAssignment({ rows: n, cols: n, costs, maximize: true });
      if (dense.code !== 'solved') throw new Error('dense assignment failed');
      const r = solveVerified({ graph: csrFromEdges(n, n, triples), rowCapacity: 1, colCapacity: 1 });
      expect(r.total).toBe(dense.total);
      expect(r.edges.length).toBe(n);
    }
  });

  it('takes the best set of at most maxEdges edges, not a greedy cut', () => {
    // Greedy would take the 10 first and then nothing; the best pair is 9 + 9.
    const graph = csrFromEdges(2, 2, [
      [0, 0, 10],
      [0, 1, 9],
      [1, 0, 9],
    ]);
    const r = solveVerified({ graph, rowCapacity: 1, colCapacity: 1, maxEdges: 2 });
    expect(Array.from(r.edges)).toEqual([1, 2]);
    expect(r.total).toBe(18);
    const one = solveVerified({ graph, rowCapacity: 1, colCapacity: 1, maxEdges: 1 });
    expect(Array.from(one.edges)).toEqual([0]);
    expect(one.limitDual).toBeGreaterThan(0);
    const none = solveVerified({ graph, rowCapacity: 1, colCapacity: 1, maxEdges: 0 });
    expect(none.edges.length).toBe(0);
    expect(none.limitDual).toBe(10);
  });

  it('never takes edges of weight ≤ 0 and prices idle sides at 0', () => {
    const graph = csrFromEdges(3, 2, [
      [0, 0, 0],
      [0, 1, -3],
      [1, 1, 5],
      [2, 1, 4],
    ]);
    const r = solveVerified({ graph, rowCapacity: 2, colCapacity: 1 });
    expect(Array.from(r.edges)).toEqual([2]);
    expect(r.rowDual[0]).toBe(0);
    expect(r.colDual[0]).toBe(0);
  });

  it('prices capacity-0 rows and columns so that their edges stay covered', () => {
    const graph = csrFromEdges(2, 2, [
      [0, 0, 7],
      [0, 1, 3],
      [1, 0, 6],
      [1, 1, 8],
    ]);
    const r = solveVerified({ graph, rowCapacity: Int32Array.of(1, 0), colCapacity: Int32Array.of(0, 2) });
    expect(Array.from(r.edges)).toEqual([1]);
  });

  it('accepts huge capacities as "no limit"', () => {
    const p = randomBMatchingProblem(new Rng(3), {
      rows: 30,
      cols: 10,
      edges: 200,
      maxCapacity: 0,
      minWeight: 1,
      maxWeight: 50,
    });
    const r = solveVerified({ ...p, rowCapacity: 1e12, colCapacity: 1e12 });
    let all = 0;
    for (const w of p.graph.weights) all += w;
    expect(r.total).toBe(all);
  });

  it('is deterministic', () => {
    const make = (): BMatchingProblem =>
      randomBMatchingProblem(new Rng(99), {
        rows: 300,
        cols: 250,
        edges: 4000,
        maxCapacity: 3,
        minWeight: 0,
        maxWeight: 20,
        maxEdges: 400,
      });
    const a = solveBMatching(make());
    const b = solveBMatching(make());
    expect(Array.from(b.edges)).toEqual(Array.from(a.edges));
    expect(Array.from(b.rowDual)).toEqual(Array.from(a.rowDual));
    expect(Array.from(b.colDual)).toEqual(Array.from(a.colDual));
    expect(b.limitDual).toBe(a.limitDual);
  });

  it('reports progress: ε phases for integer weights, rows for the shortest-path core', () => {
    const spec = { rows: 50, cols: 50, edges: 500, maxCapacity: 2, minWeight: 1, maxWeight: 9 };
    const seen: Progress[] = [];
    solveBMatching(randomBMatchingProblem(new Rng(5), spec), { onProgress: (x) => seen.push(x) });
    const last = seen.at(-1)!;
    expect(last.phase).toBe('scale');
    expect(last.done).toBe(last.total);
    const floats: Progress[] = [];
    const p = randomBMatchingProblem(new Rng(5), { ...spec, weightScale: 0.25 });
    solveBMatching(p, { onProgress: (x) => floats.push(x) });
    expect(floats.at(-1)).toEqual({ phase: 'augment', done: 50, total: 50 });
  });

  it('throws AbortedError when the signal fires, before or during the run', () => {
    const p = randomBMatchingProblem(new Rng(6), {
      rows: 2000,
      cols: 2000,
      edges: 40000,
      maxCapacity: 3,
      minWeight: 0,
      maxWeight: 1000,
    });
    expect(() => solveBMatching(p, { signal: { aborted: true } })).toThrow(AbortedError);
    let reads = 0;
    const signal = {
      get aborted(): boolean {
        return ++reads > 3;
      },
    };
    expect(() => solveBMatching(p, { signal })).toThrow(AbortedError);
    expect(reads).toBeGreaterThan(3);
  });

  it('returns a feasible matching with a sound gap when the time budget runs out', () => {
    const p = randomBMatchingProblem(new Rng(8), {
      rows: 400,
      cols: 300,
      edges: 6000,
      maxCapacity: 3,
      minWeight: -10,
      maxWeight: 100,
      maxEdges: 500,
    });
    const best = solveVerified(p).total;
    const r = solveBMatching(p, { timeBudgetMs: -1 });
    expect(r.proof.code).toBe('gap');
    if (r.proof.code !== 'gap') return;
    expect(verifyBMatching(p, r)).toEqual({ code: 'valid' });
    expect(r.proof.lowerBound).toBe(r.total);
    expect(r.total).toBeGreaterThan(0);
    expect(r.total).toBeLessThanOrEqual(best);
    expect(r.proof.upperBound).toBeGreaterThanOrEqual(best);
  });
});

describe('solveBMatching input checks', () => {
  const graph = (): CsrGraph => csrFromEdges(2, 2, [[0, 1, 1]]);
  const expectInvalid = (p: BMatchingProblem, path: readonly (string | number)[]): void => {
    try {
      solveBMatching(p);
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidArgumentError);
      expect((error as InvalidArgumentError).path).toEqual(path);
      return;
    }
    throw new Error('expected InvalidArgumentError');
  };

  it('rejects bad weights, targets and offsets with the path of the field', () => {
    const nan = { ...graph(), weights: Float64Array.of(Number.NaN) };
    expectInvalid({ graph: nan, rowCapacity: 1, colCapacity: 1 }, ['graph', 'weights', 0]);
    const inf = { ...graph(), weights: Float64Array.of(Number.POSITIVE_INFINITY) };
    expectInvalid({ graph: inf, rowCapacity: 1, colCapacity: 1 }, ['graph', 'weights', 0]);
    const target = { ...graph(), targets: Int32Array.of(2) };
    expectInvalid({ graph: target, rowCapacity: 1, colCapacity: 1 }, ['graph', 'targets', 0]);
    const offsets = { ...graph(), offsets: Int32Array.of(0, 1, 0) };
    expectInvalid({ graph: offsets, rowCapacity: 1, colCapacity: 1 }, ['graph', 'offsets', 2]);
  });

  it('rejects negative or non-integer capacities and limits', () => {
    expectInvalid({ graph: graph(), rowCapacity: -1, colCapacity: 1 }, ['rowCapacity']);
    expectInvalid({ graph: graph(), rowCapacity: 1, colCapacity: 1.5 }, ['colCapacity']);
    expectInvalid({ graph: graph(), rowCapacity: Int32Array.of(1, -2), colCapacity: 1 }, ['rowCapacity', 1]);
    expectInvalid({ graph: graph(), rowCapacity: Int32Array.of(1), colCapacity: 1 }, ['rowCapacity']);
    expectInvalid({ graph: graph(), rowCapacity: 1, colCapacity: 1, maxEdges: -1 }, ['maxEdges']);
    expectInvalid({ graph: graph(), rowCapacity: 1, colCapacity: 1, maxEdges: 2.5 }, ['maxEdges']);
  });
});
