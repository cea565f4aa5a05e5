import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../core/rng.js';
import { type BMatchingProblem, effectiveCapacities, solveBMatchingWith } from './b-matching.js';
import { EarlyStop } from './b-matching-early-stop.js';
import { randomBMatchingProblem, scalingInputOf } from './b-matching-instances.js';
import { repairPotentials } from './b-matching-potentials.js';
import { normalizeBMatchingProblem } from './b-matching-problem.js';
import { createScalingState, runBMatchingScaling, weightProfile } from './b-matching-scaling.js';
import { bruteForceBMatching } from './brute-force-b-matching.js';
import { csrFromEdges } from './csr-graph.js';
import { referenceBMatching } from './reference-b-matching.js';
import { verifyBMatching } from './verify-b-matching.js';

/** Small instances for brute force: ≤ 5×5, ≤ 12 edges, capacities 0–3, ties, zero and negative weights. */
const smallSpec = fc.record({
  rows: fc.integer({ min: 0, max: 5 }),
  cols: fc.integer({ min: 0, max: 5 }),
  edges: fc.integer({ min: 0, max: 12 }),
  maxCapacity: fc.integer({ min: 0, max: 3 }),
  uniformCapacity: fc.boolean(),
  weights: fc.constantFrom([0, 3], [-2, 4], [1, 1], [-5, 20], [1, 1000]),
  parallel: fc.boolean(),
  seed: fc.integer(),
});

/**
 * Cost scaling with the optimality proof tried after every phase: the flow it stops on must have
 * the optimal total, and the eager solve must return a valid certificate.
 */
function expectEagerScaling(p: BMatchingProblem, best: number): EarlyStop {
  const { input, alpha } = scalingInputOf(p);
  const state = createScalingState(input, alpha);
  const stop = new EarlyStop(input, state, true);
  expect(runBMatchingScaling(input, state, stop.check)).toBe(true);
  if (!stop.repaired) expect(repairPotentials(input, state)).toBe(true);
  let total = 0;
  for (let e = 0; e < state.chosen.length; e++) if (state.chosen[e] !== 0) total += p.graph.weights[e]!;
  expect(total).toBe(best);
  const r = solveBMatchingWith(p, {}, 'scaling-eager');
  expect(r.proof).toEqual({ code: 'optimal' });
  expect(verifyBMatching(p, r)).toEqual({ code: 'valid' });
  expect(r.total).toBe(best);
  return stop;
}

describe('cost scaling: ε steps and early stop', () => {
  it('an early stop (optimality proof between ε phases) never accepts a non-optimal flow', () => {
    // Tries the proof after every phase, on instances with many phases: each accepted flow must be
    // the brute-force optimum with a valid certificate. The counters make sure the property is not
    // vacuous: some proofs must succeed before ε = 1 and some must be refused.
    let early = 0;
    let refused = 0;
    fc.assert(
      fc.property(smallSpec, fc.constantFrom(1, 1000, 1_000_000), (s, scale) => {
        const p = randomBMatchingProblem(new Rng(s.seed), {
          ...s,
          minWeight: s.weights[0]! * scale,
          maxWeight: s.weights[1]! * scale + scale - 1,
          maxEdges: undefined,
        });
        const best = bruteForceBMatching(p).total;
        const stop = expectEagerScaling(p, best);
        if (stop.stoppedAt > 1) early++;
        refused += stop.failures;
      }),
      { numRuns: 1500 },
    );
    expect(early).toBeGreaterThan(100);
    // Larger graphs have longer negative cycles, which the proof must refuse.
    refused = 0;
    const rng = new Rng(29);
    for (let run = 0; run < 40; run++) {
      const p = randomBMatchingProblem(rng, {
        rows: rng.int(10, 60),
        cols: rng.int(10, 60),
        edges: rng.int(50, 600),
        maxCapacity: rng.int(1, 3),
        uniformCapacity: run % 2 === 0,
        minWeight: run % 3 === 0 ? 0 : 999_000,
        maxWeight: 1_000_000,
        maxEdges: undefined,
        parallel: false,
      });
      const stop = expectEagerScaling(p, referenceBMatching(p).total);
      if (stop.stoppedAt > 1) early++;
      refused += stop.failures;
    }
    expect(refused).toBeGreaterThan(20);
  });

  it('picks small ε steps for tie-heavy weights and large ones for spread weights', () => {
    const problem = (minWeight: number) =>
      randomBMatchingProblem(new Rng(5), {
        rows: 300,
        cols: 300,
        edges: 6000,
        maxCapacity: 2,
        uniformCapacity: true,
        minWeight,
        maxWeight: 10000,
        maxEdges: undefined,
      });
    const factor = (p: BMatchingProblem) => {
      const { colEff } = effectiveCapacities(p.graph, normalizeBMatchingProblem(p));
      return weightProfile(p.graph, colEff).epsFactor;
    };
    expect(factor(problem(0))).toBe(32);
    expect(factor(problem(9999))).toBe(4);
    const tiny = csrFromEdges(2, 2, [
      [0, 0, 7],
      [1, 1, 7],
    ]);
    expect(weightProfile(tiny, Int32Array.of(1, 1)).epsFactor).toBe(8);
  });

  it('stops early on tie-heavy graphs with the same total as the full run', () => {
    const rng = new Rng(23);
    for (let run = 0; run < 4; run++) {
      const p = randomBMatchingProblem(rng, {
        rows: 400,
        cols: 300,
        edges: 4000,
        maxCapacity: 2,
        uniformCapacity: run % 2 === 0,
        minWeight: 9998,
        maxWeight: 10000,
        maxEdges: undefined,
        parallel: false,
      });
      const reference = solveBMatchingWith(p, {}, 'ssp').total;
      for (const method of ['auto', 'scaling-eager'] as const) {
        const r = solveBMatchingWith(p, {}, method);
        expect(r.proof).toEqual({ code: 'optimal' });
        expect(verifyBMatching(p, r)).toEqual({ code: 'valid' });
        expect(r.total).toBe(reference);
      }
    }
  });
});
