import { describe, expect, it } from 'vitest';
import { AbortedError, InvalidArgumentError, ValidationError } from '../core/errors.js';
import { generateHotlineProblem } from '../generate/hotline-generator.js';
import type { Slot } from '../model/slot.js';
import type { Volunteer } from '../model/volunteer.js';
import type { VolunteerProblem } from '../model/volunteer-problem.js';
import { ROSTERING_RULES, withRosteringFeatures } from './rostering-variant.js';
import { solveVolunteerSchedule } from './solve-volunteers.js';

const small = generateHotlineProblem({ seed: 4, volunteers: 25, callsPerDay: 3, households: 10 });

function volunteer(id: string, skills: Volunteer['skills'], windows: Volunteer['availability']): Volunteer {
  return {
    id,
    skills,
    homeDistrict: 'XH-BS',
    availability: windows,
    datesOff: [],
    maxMinutesPerDay: 480,
    maxMinutesPerWeek: 2400,
    maxShifts: 10,
    preferredTimes: [],
    undesiredTimes: [],
    preferredPlaces: [],
    undesiredPlaces: [],
  };
}

function slot(id: string, start: string, end: string, skill: string, priority: number): Slot {
  return {
    id,
    label: id,
    start,
    end,
    location: { district: 'XH-BS', venue: 'hall' },
    requirements: [{ skill, minLevel: 1, count: 1 }],
    minHeadcount: 1,
    maxHeadcount: 1,
    priority,
  };
}

const day = { start: '2026-07-01T08:00:00+08:00', end: '2026-07-01T18:00:00+08:00' };
const skills = [
  { id: 'first_aid', name: '急救', nameEn: 'First aid' },
  { id: 'english', name: '英语', nameEn: 'English' },
  { id: 'sign_language', name: '手语', nameEn: 'Sign language' },
];

function rejection(change: (p: Record<string, unknown> & VolunteerProblem) => void): ValidationError {
  const copy = structuredClone(small) as Record<string, unknown> & VolunteerProblem;
  change(copy);
  try {
    solveVolunteerSchedule(copy, { maxMoves: 10 });
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return e as ValidationError;
  }
  throw new Error('expected a ValidationError');
}

describe('solveVolunteerSchedule', () => {
  it('names the record and field of bad input', () => {
    const s0 = small.slots[0] as Slot;
    const v0 = small.volunteers[0] as Volunteer;
    const ends = rejection((p) => Object.assign(p.slots[0] as object, { end: s0.start }));
    expect([ends.record, ends.path]).toEqual([`slot ${s0.id}`, ['slots', 0, 'end']]);
    const skill = rejection((p) =>
      Object.assign((p.slots[0] as Slot).requirements[0] as object, { skill: 'juggling' }),
    );
    expect([skill.record, skill.path]).toEqual([`slot ${s0.id}`, ['slots', 0, 'requirements', 0, 'skill']]);
    const count = rejection((p) => Object.assign(p.slots[0] as object, { maxHeadcount: -1 }));
    expect(count.path).toEqual(['slots', 0, 'maxHeadcount']);
    const sum = rejection((p) =>
      Object.assign(p.slots[0] as object, {
        maxHeadcount: 2,
        requirements: [
          { skill: 'legal_advice', minLevel: 1, count: 2 },
          { skill: 'health_care', minLevel: 1, count: 1 },
        ],
      }),
    );
    expect([sum.record, sum.path]).toEqual([`slot ${s0.id}`, ['slots', 0, 'maxHeadcount']]);
    const minutes = rejection((p) => Object.assign(p.volunteers[0] as object, { maxShifts: -3 }));
    expect([minutes.record, minutes.path]).toEqual([`volunteer ${v0.id}`, ['volunteers', 0, 'maxShifts']]);
    const request = rejection((p) =>
      Object.assign(p.volunteers[0] as object, { shiftRequests: [{ kind: 'on', slot: 'nope', weight: 1 }] }),
    );
    expect(request.path).toEqual(['volunteers', 0, 'shiftRequests', 0, 'slot']);
    expect(() => solveVolunteerSchedule(small, { weights: { travel: Number.NaN } })).toThrow(
      InvalidArgumentError,
    );
    expect(() => solveVolunteerSchedule(small, { maxMoves: -1 })).toThrow(InvalidArgumentError);
    expect(() => solveVolunteerSchedule(small, { maxMoves: Number.POSITIVE_INFINITY })).toThrow(
      InvalidArgumentError,
    );
  });

  it('is deterministic for a seed', () => {
    const a = solveVolunteerSchedule(small, { seed: 9, maxMoves: 50_000 });
    const b = solveVolunteerSchedule(structuredClone(small), { seed: 9, maxMoves: 50_000 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('reports a feasible schedule with personal schedules and every violation', () => {
    const r = solveVolunteerSchedule(small, { seed: 2, maxMoves: 100_000 });
    expect(r.score.hard).toBe(0);
    expect(r.search.moves).toBe(100_000);
    expect(r.score.soft).toBeLessThanOrEqual(r.search.constructionSoft + 1e-6);
    const shifts = r.schedules.reduce((t, s) => t + s.shifts.length, 0);
    expect(shifts).toBe(r.assignments.length);
    for (const s of r.schedules) {
      const starts = s.shifts.map((x) => x.start);
      expect(starts).toEqual([...starts].sort());
    }
    const soft = r.score.violations.filter((v) => v.level === 'soft').reduce((t, v) => t + v.penalty, 0);
    expect(soft).toBeCloseTo(r.score.soft, 6);
    const travel = r.score.violations.find((v) => v.constraint === 'travel');
    expect(travel?.volunteer).toBeDefined();
    expect(travel?.slot).toBeDefined();
    const missing = r.unfilled.reduce((t, u) => t + u.missing, 0);
    const understaffed = r.score.violations.filter((v) => v.constraint === 'understaffed');
    expect(understaffed.reduce((t, v) => t + v.amount, 0)).toBe(missing);
  });

  it('leaves the least important seat empty and says why the others cannot be filled', () => {
    const problem: VolunteerProblem = {
      name: 'over-constrained',
      skills,
      volunteers: [
        volunteer('a', [{ skill: 'first_aid', level: 2 }], [day]),
        volunteer(
          'b',
          [{ skill: 'english', level: 1 }],
          [{ start: '2026-07-02T08:00:00+08:00', end: '2026-07-02T12:00:00+08:00' }],
        ),
      ],
      slots: [
        slot('low', '2026-07-01T09:00:00+08:00', '2026-07-01T11:00:00+08:00', 'first_aid', 0),
        slot('high', '2026-07-01T10:00:00+08:00', '2026-07-01T12:00:00+08:00', 'first_aid', 3),
        slot('signs', '2026-07-01T13:00:00+08:00', '2026-07-01T14:00:00+08:00', 'sign_language', 1),
        slot('english', '2026-07-01T13:00:00+08:00', '2026-07-01T14:00:00+08:00', 'english', 1),
      ],
    };
    const r = solveVolunteerSchedule(problem, { maxMoves: 20_000 });
    expect(r.code).toBe('understaffed');
    expect(r.score.hard).toBe(0);
    expect(r.assignments).toEqual([{ volunteer: 'a', slot: 'high', requirement: 0 }]);
    const why = Object.fromEntries(r.unfilled.map((u) => [u.slot, u.reason.code]));
    expect(why).toEqual({
      low: 'candidates_busy',
      signs: 'no_skilled_volunteer',
      english: 'no_available_volunteer',
    });
  });

  it('keeps rostering rules hard on a month with every rostering feature', () => {
    const problem = withRosteringFeatures(small, 5);
    const r = solveVolunteerSchedule(problem, { rules: ROSTERING_RULES, maxMoves: 150_000 });
    expect(r.score.hard).toBe(0);
    expect(r.code).not.toBe('infeasible');
    const seen = new Set(r.score.violations.map((v) => v.constraint));
    for (const name of ['fairness', 'shift_request', 'continuity', 'understaffed'] as const)
      expect(seen).toContain(name);
  });

  it('reports progress and stops when aborted', () => {
    const phases: string[] = [];
    const controller = { aborted: false };
    expect(() =>
      solveVolunteerSchedule(small, {
        maxMoves: 10_000_000,
        signal: controller,
        onProgress: (p) => {
          phases.push(p.phase);
          if (p.phase === 'construction') controller.aborted = true;
        },
      }),
    ).toThrow(AbortedError);
    expect(phases).toEqual(['construction']);
    const done: string[] = [];
    solveVolunteerSchedule(small, { maxMoves: 300_000, onProgress: (p) => done.push(p.phase) });
    expect(done[0]).toBe('construction');
    expect(done.at(-1)).toBe('search');
  });

  it('stops at the time budget with the best schedule so far', () => {
    const r = solveVolunteerSchedule(small, { maxMoves: Number.POSITIVE_INFINITY, timeBudgetMs: 50 });
    expect(r.score.hard).toBe(0);
    expect(r.search.moves).toBeGreaterThan(0);
  });
});
