import { Rng } from '../core/rng.js';
import { isoDateTimeToMinutes, minutesToShanghaiDateTime, shanghaiDateOf } from '../model/dates.js';
import type { Slot } from '../model/slot.js';
import type { ShiftRequest, Volunteer } from '../model/volunteer.js';
import type { VolunteerProblem } from '../model/volunteer-problem.js';
import type { SchedulingRules } from './rules.js';

/** Shift type of a slot by its start hour (Shanghai): `early` before 12:00, `late` from 16:00, else `day`. */
export function shiftTypeOf(slot: Slot): string {
  const hour = Number(slot.start.slice(11, 13));
  return hour < 12 ? 'early' : hour >= 16 ? 'late' : 'day';
}

/** Rules that go with withRosteringFeatures: 12 h rest, no late shift before an early one. */
export const ROSTERING_RULES: Partial<SchedulingRules> = {
  minRestMinutes: 720,
  maxConsecutiveDays: 5,
  forbiddenSuccessions: [['late', 'early']],
};

/**
 * A copy of a problem with every rostering feature switched on at random (series, shift types,
 * per-volunteer limits, requests, preferred and undesired times), deterministic for the seed:
 * the instances that exercise every term of the score in tests and benchmarks.
 */
export function withRosteringFeatures(problem: VolunteerProblem, seed: number): VolunteerProblem {
  const rng = new Rng(seed);
  const slots = problem.slots.map((s) => ({
    ...s,
    shiftType: shiftTypeOf(s),
    ...(rng.chance(0.5) ? { series: `series-${s.label.length % 3}-${shiftTypeOf(s)}` } : {}),
  }));
  const volunteers = problem.volunteers.map((v): Volunteer => {
    const picks = rng.sample(slots, 3);
    const requests: ShiftRequest[] = [];
    for (const s of picks) {
      const kind = rng.int(0, 3);
      const weight = rng.int(1, 20);
      if (kind < 2) requests.push({ kind: 'on', slot: s.id, weight });
      else if (kind === 2) requests.push({ kind: 'off', slot: s.id, weight });
      else requests.push({ kind: 'off', date: shanghaiDateOf(s.start), weight });
    }
    const window = (s: Slot) => {
      const m = isoDateTimeToMinutes(s.start);
      return { start: minutesToShanghaiDateTime(m - 60), end: minutesToShanghaiDateTime(m + 240) };
    };
    return {
      ...v,
      targetMinutes: rng.int(0, 1200),
      ...(rng.chance(0.5) ? { minTotalMinutes: rng.int(60, 600) } : {}),
      ...(rng.chance(0.5) ? { maxTotalMinutes: rng.int(300, 1500) } : {}),
      ...(rng.chance(0.5) ? { maxShiftsPerDay: rng.int(1, 2) } : {}),
      ...(rng.chance(0.3) ? { maxConsecutiveDays: rng.int(1, 4) } : {}),
      ...(rng.chance(0.5) ? { minConsecutiveDays: rng.int(1, 3) } : {}),
      ...(rng.chance(0.5) ? { minConsecutiveDaysOff: rng.int(1, 3) } : {}),
      ...(rng.chance(0.5) ? { maxWeekends: rng.int(0, 3) } : {}),
      ...(rng.chance(0.3) ? { fixedDaysOff: [rng.int(1, 7)] } : {}),
      shiftRequests: requests,
      ...(rng.chance(0.5)
        ? { maxShiftsByType: [{ shiftType: rng.pick(['early', 'day', 'late']), max: rng.int(0, 4) }] }
        : {}),
      preferredTimes: rng.chance(0.3) ? picks.slice(0, 2).map(window) : [],
      undesiredTimes: rng.chance(0.3) ? picks.slice(1).map(window) : [],
      undesiredPlaces: rng.chance(0.4) ? [rng.pick(slots).location.venue] : v.undesiredPlaces,
    };
  });
  return { ...problem, slots, volunteers };
}
