import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../core/rng.js';
import { randomBMatchingProblem, scalingInputOf } from './b-matching-instances.js';
import type { PushRelabel } from './b-matching-push-relabel.js';
import { createKernel, createScalingState, epsSchedule } from './b-matching-scaling.js';

/** Reduced costs of the row arcs below −ε, as "row i edge e" strings (none on an ε-optimal flow). */
function rowArcViolations(run: PushRelabel): string[] {
  const { rows, rowCap, colCap, offsets, targets, weights, alpha, eps, chosen, pr, pc, pull, pH } = run;
  const found: string[] = [];
  for (let i = 0; i < rows; i++) {
    if (rowCap[i] === 0) continue;
    // Hub arcs: H → row while the row can pull more, row → H while it pulls something.
    if (pull[i]! < rowCap[i]! && pH - pr[i]! < -eps) found.push(`H → row ${i}`);
    if (pull[i]! > 0 && pr[i]! - pH < -eps) found.push(`row ${i} → H`);
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const j = targets[e]!;
      if (!(weights[e]! > 0) || colCap[j] === 0) continue;
      const value = pc[j]! + alpha * weights[e]!;
      // Unchosen: row → column costs −value + pr; chosen: the reverse arc costs value − pr.
      const reduced = chosen[e] === 0 ? pr[i]! - value : value - pr[i]!;
      if (reduced < -eps) found.push(`row ${i} edge ${e}`);
    }
  }
  return found;
}

describe('startRefine', () => {
  it('leaves every row arc ε-optimal, and push–relabel keeps it so through each phase', () => {
    // Rows of up to 40 edges, so that caches hold only part of a row and tau matters.
    const spec = fc.record({
      rows: fc.integer({ min: 1, max: 8 }),
      cols: fc.integer({ min: 1, max: 40 }),
      edges: fc.integer({ min: 0, max: 160 }),
      maxCapacity: fc.integer({ min: 0, max: 3 }),
      uniformCapacity: fc.boolean(),
      weights: fc.constantFrom([0, 3], [-2, 4], [1, 1], [1, 1000], [1, 10 ** 6]),
      parallel: fc.boolean(),
      seed: fc.integer(),
      fresh: fc.boolean(),
    });
    fc.assert(
      fc.property(spec, (s) => {
        const p = randomBMatchingProblem(new Rng(s.seed), {
          ...s,
          minWeight: s.weights[0]!,
          maxWeight: s.weights[1]!,
          maxEdges: undefined,
        });
        const { input, alpha } = scalingInputOf(p);
        const state = createScalingState(input, alpha);
        if (state.maxWeight === 0) return;
        // Fresh or shared moves alike: the fresh copy must see nothing but its parameters.
        const { run, moves, dischargeRow, startRefine } = createKernel(input, state, s.fresh);
        moves.load();
        // The ε loop of runBMatchingScaling, checked after each refinement and each phase.
        for (const eps of epsSchedule(state)) {
          run.eps = eps;
          startRefine();
          expect(rowArcViolations(run)).toEqual([]);
          for (;;) {
            while (run.top > 0) {
              const i = run.stack[--run.top]!;
              run.queued[i] = 0;
              if (run.excess[i]! > 0) dischargeRow(i);
            }
            if (run.exH <= 0) break;
            moves.dischargeHub();
          }
          expect(rowArcViolations(run)).toEqual([]);
        }
      }),
      { numRuns: 800 },
    );
  });
});
