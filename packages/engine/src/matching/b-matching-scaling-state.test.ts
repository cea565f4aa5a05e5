import { describe, expect, it } from 'vitest';
import { Rng } from '../core/rng.js';
import { type BMatchingProblem, effectiveCapacities } from './b-matching.js';
import { randomBMatchingProblem, scalingInputOf } from './b-matching-instances.js';
import { normalizeBMatchingProblem } from './b-matching-problem.js';
import { createScalingState, epsSchedule, type ScalingState } from './b-matching-scaling.js';
import { scalingFactor, weightProfile } from './b-matching-scaling-state.js';
import { csrFromEdges } from './csr-graph.js';

/** A 300×300 graph of 6,000 edges, weights uniform in [0, maxWeight], capacity 3 everywhere. */
function problem(maxWeight: number): BMatchingProblem {
  const p = randomBMatchingProblem(new Rng(11), {
    rows: 300,
    cols: 300,
    edges: 6000,
    maxCapacity: 3,
    minWeight: 0,
    maxWeight,
  });
  return { ...p, rowCapacity: 3, colCapacity: 3 };
}

function stateOf(maxWeight: number): ScalingState {
  const { input, alpha } = scalingInputOf(problem(maxWeight));
  return createScalingState(input, alpha);
}

describe('ε schedule', () => {
  it('calls weights that are mostly distinct values rare repeaters, and few values not', () => {
    const rarely = (maxWeight: number) => {
      const { input } = scalingInputOf(problem(maxWeight));
      return weightProfile(input.graph, input.colCap).rarelyRepeat;
    };
    expect(rarely(10_000)).toBe(true);
    expect(rarely(1000)).toBe(true);
    expect(rarely(100)).toBe(false);
    const tiny = csrFromEdges(2, 2, [
      [0, 0, 7],
      [1, 1, 9],
    ]);
    expect(weightProfile(tiny, Int32Array.of(1, 1)).rarelyRepeat).toBe(false);
  });

  it('divides ε by the factor down to 1, jumping to 1 from 1/64 of a weight unit only where weights rarely repeat', () => {
    for (const maxWeight of [10_000, 100]) {
      const state = stateOf(maxWeight);
      const schedule = epsSchedule(state);
      expect(schedule[0]).toBe(state.startEps);
      expect(schedule.at(-1)).toBe(1);
      for (let k = 1; k < schedule.length; k++) {
        const before = schedule[k - 1]!;
        const divided = Math.max(1, Math.ceil(before / state.epsFactor));
        const jumps = state.jumpToLast && before * 64 <= state.alpha;
        expect(schedule[k]).toBe(jumps ? 1 : divided);
      }
      expect(state.jumpToLast).toBe(maxWeight === 10_000);
    }
    // 0..10000 at ×32 from 1/32 of the heaviest weight: about 312, 9.8, 0.31, 0.01 units, then 1.
    const spread = stateOf(10_000);
    const units = epsSchedule(spread).map((eps) => eps / spread.alpha);
    expect(spread.epsFactor).toBe(32);
    expect(units).toHaveLength(5);
    expect(units[0]).toBe(312.5);
    expect(units[2]).toBeGreaterThan(1 / 64);
    expect(units[3]).toBeLessThanOrEqual(1 / 64);
    expect(units[4]).toBe(1 / spread.alpha);
  });
});

describe('scaling factor', () => {
  it('scales only integer usable weights small enough to stay exact, ignoring unusable edges', () => {
    const factor = (edges: [number, number, number][], colCapacity: Int32Array | number = 1) => {
      const p: BMatchingProblem = { graph: csrFromEdges(2, 2, edges), rowCapacity: 1, colCapacity };
      const usable = effectiveCapacities(p.graph, normalizeBMatchingProblem(p));
      return scalingFactor(p.graph, usable);
    };
    expect(
      factor([
        [0, 0, 7],
        [1, 1, 9],
      ]),
    ).toBe(6);
    expect(
      factor([
        [0, 0, 7],
        [1, 1, 9.5],
      ]),
    ).toBe(0);
    expect(
      factor([
        [0, 0, 7],
        [1, 1, 2 ** 47],
      ]),
    ).toBe(0);
    // A fraction on an edge of weight ≤ 0 or into a closed column does not matter.
    expect(
      factor([
        [0, 0, 7],
        [1, 1, -0.5],
      ]),
    ).toBe(6);
    expect(
      factor(
        [
          [0, 0, 7],
          [1, 1, 0.5],
        ],
        Int32Array.of(1, 0),
      ),
    ).toBe(6);
  });
});
