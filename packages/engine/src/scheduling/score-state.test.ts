import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../core/rng.js';
import { generateHotlineProblem } from '../generate/hotline-generator.js';
import { compileProblem } from './compiled-problem.js';
import { ROSTERING_RULES, withRosteringFeatures } from './rostering-variant.js';
import { resolveRules, resolveWeights } from './rules.js';
import { scoreVolunteerSchedule } from './score-schedule.js';
import { ScoreState } from './score-state.js';
import { assignmentsOf } from './solve-volunteers.js';

function stateFor(seed: number, rostering: boolean, callsPerDay = 2): ScoreState {
  const base = generateHotlineProblem({ seed, volunteers: 10, callsPerDay, households: 5 });
  const problem = rostering ? withRosteringFeatures(base, seed) : base;
  const rules = resolveRules(rostering ? ROSTERING_RULES : {});
  return new ScoreState(compileProblem(problem, resolveWeights({}), rules));
}

function expectMatchesReference(state: ScoreState): Set<string> {
  const c = state.c;
  const ref = scoreVolunteerSchedule(c.problem, assignmentsOf(c, state.seatVolunteer), {
    rules: c.rules,
    weights: c.weights,
  });
  expect(state.hard).toBeCloseTo(ref.hard, 6);
  expect(state.soft).toBeCloseTo(ref.soft, 6);
  return new Set(ref.violations.map((v) => v.constraint));
}

describe('ScoreState', () => {
  it('equals the reference score after random move sequences (any volunteer on any seat)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 3 })), {
          minLength: 1,
          maxLength: 60,
        }),
        (seed, rostering, moves) => {
          const state = stateFor(seed, rostering);
          const c = state.c;
          for (const [a, b, x, y, k] of moves) {
            // Distinct seats, volunteers drawn from everyone (so ineligible ones test the hard terms).
            const seats = [a % c.seatCount, b % c.seatCount, (a + b + 1) % c.seatCount].slice(0, k);
            if (new Set(seats).size !== seats.length) continue;
            seats.forEach((s, i) => {
              state.moveSeats[i] = s;
              state.moveVolunteers[i] = ((i === 0 ? x : y + i) % (c.volunteerCount + 1)) - 1;
            });
            const before = [state.hard, state.soft];
            state.evaluate(seats.length);
            const delta = [state.deltaHard, state.deltaSoft];
            state.commit();
            expect(state.hard).toBeCloseTo((before[0] as number) + (delta[0] as number), 9);
          }
          expectMatchesReference(state);
          const { hard, soft } = state;
          state.recompute();
          expect(state.hard).toBeCloseTo(hard, 6);
          expect(state.soft).toBeCloseTo(soft, 6);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('checks every move against the reference on a rostering instance', () => {
    const state = stateFor(7, true, 6);
    const c = state.c;
    const rng = new Rng(3);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      // Mostly eligible volunteers, so that schedules grow long enough to meet the rostering limits.
      const seat = rng.int(0, c.seatCount - 1);
      const g = c.seatGroup[seat] as number;
      const n = c.groupSize[g] as number;
      const v =
        n > 0 && rng.chance(0.8)
          ? (c.groupCandidates[(c.groupFirst[g] as number) + rng.int(0, n - 1)] as number)
          : rng.int(-1, c.volunteerCount - 1);
      state.set(seat, v);
      if (i % 20 === 0) for (const name of expectMatchesReference(state)) seen.add(name);
    }
    expectMatchesReference(state);
    // The run must have exercised (nearly) every constraint, or the comparison proves little.
    const all = [
      'skill',
      'availability',
      'overlap',
      'min_rest',
      'max_minutes_per_day',
      'max_minutes_per_week',
      'max_shifts',
      'max_shifts_per_day',
      'max_consecutive_days',
      'max_weekends',
      'max_total_minutes',
      'max_shifts_of_type',
      'forbidden_succession',
      'understaffed',
      'overstaffed',
      'undesired_time',
      'preferred_time',
      'undesired_place',
      'preferred_place',
      'travel',
      'fairness',
      'continuity',
      'shift_request',
      'min_total_minutes',
      'min_consecutive_days',
      'min_days_off',
    ];
    expect(all.filter((name) => !seen.has(name))).toEqual([]);
  });
});
