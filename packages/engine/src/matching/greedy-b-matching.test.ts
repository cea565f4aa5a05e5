import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../core/rng.js';
import { solveBMatching } from './b-matching.js';
import { randomBMatchingProblem } from './b-matching-instances.js';
import { csrFromEdges } from './csr-graph.js';
import { greedyBMatching, sortPositiveEdgesDescending } from './greedy-b-matching.js';
import { verifyBMatching } from './verify-b-matching.js';

describe('greedyBMatching', () => {
  it('is feasible, never beats the exact solver, and is within its approximation factor', () => {
    fc.assert(
      fc.property(
        fc.record({
          rows: fc.integer({ min: 0, max: 30 }),
          cols: fc.integer({ min: 0, max: 30 }),
          edges: fc.integer({ min: 0, max: 200 }),
          maxCapacity: fc.integer({ min: 0, max: 3 }),
          weights: fc.constantFrom([0, 3], [-5, 20], [1, 1000]),
          maxEdges: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
          seed: fc.integer(),
        }),
        (s) => {
          const p = randomBMatchingProblem(new Rng(s.seed), {
            ...s,
            minWeight: s.weights[0]!,
            maxWeight: s.weights[1]!,
          });
          const greedy = greedyBMatching(p);
          expect(greedy.proof).toEqual({ code: 'none', reason: 'greedy' });
          expect(verifyBMatching(p, greedy)).toEqual({ code: 'valid' });
          const exact = solveBMatching(p).total;
          expect(greedy.total).toBeLessThanOrEqual(exact);
          // Greedy is a 1/2-approximation for b-matching, 1/3 with the extra cardinality limit.
          expect((p.maxEdges === undefined ? 2 : 3) * greedy.total).toBeGreaterThanOrEqual(exact);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes the heaviest edge first even when that is not optimal', () => {
    const p = {
      graph: csrFromEdges(2, 2, [
        [0, 0, 3],
        [0, 1, 2],
        [1, 0, 2],
      ]),
      rowCapacity: 1,
      colCapacity: 1,
    };
    expect(Array.from(greedyBMatching(p).edges)).toEqual([0]);
    expect(solveBMatching(p).total).toBe(4);
  });

  it('breaks ties by the lower edge index and respects maxEdges', () => {
    const graph = csrFromEdges(3, 1, [
      [2, 0, 5],
      [0, 0, 5],
      [1, 0, 5],
    ]);
    // Edges are grouped by row: row 0's edge has index 0.
    expect(Array.from(greedyBMatching({ graph, rowCapacity: 1, colCapacity: 2 }).edges)).toEqual([0, 1]);
    expect(Array.from(greedyBMatching({ graph, rowCapacity: 1, colCapacity: 3, maxEdges: 1 }).edges)).toEqual(
      [0],
    );
  });
});

describe('sortPositiveEdgesDescending', () => {
  it('orders positive weights heaviest first, ties by index, like a comparison sort', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -3, max: 6 }),
            fc.double({ min: -1e6, max: 1e9, noNaN: true, noDefaultInfinity: true }),
            fc.constantFrom(5e-324, 1e-300, 0.1, 0.30000000000000004, 2 ** 40),
          ),
          { maxLength: 300 },
        ),
        (values) => {
          const weights = Float64Array.from(values);
          const expected = [...weights.keys()]
            .filter((e) => weights[e]! > 0)
            .sort((a, b) => weights[b]! - weights[a]! || a - b);
          expect(Array.from(sortPositiveEdgesDescending(weights))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
