import { InvalidArgumentError } from '../core/errors.js';
import { isoDateTimeToMinutes, isoDateToDays, SHANGHAI_OFFSET_MINUTES } from '../model/dates.js';
import { type Slot, slotAtPlace } from '../model/slot.js';
import type { Volunteer } from '../model/volunteer.js';
import type { VolunteerProblem } from '../model/volunteer-problem.js';
import { dayInfo } from './calendar.js';
import { resolveRules, resolveWeights, type SchedulingRules, type SchedulingWeights } from './rules.js';

/** One volunteer on one slot, filling a requirement (index into slot.requirements) or a general seat (-1). */
export interface VolunteerAssignment {
  readonly volunteer: string;
  readonly slot: string;
  readonly requirement: number;
}

/** Names of the constraints a schedule can break. */
export type ConstraintName =
  | 'skill'
  | 'availability'
  | 'over_max_headcount'
  | 'overlap'
  | 'min_rest'
  | 'max_minutes_per_day'
  | 'max_minutes_per_week'
  | 'max_shifts'
  | 'max_shifts_per_day'
  | 'max_consecutive_days'
  | 'max_weekends'
  | 'max_total_minutes'
  | 'max_shifts_of_type'
  | 'forbidden_succession'
  | 'understaffed'
  | 'overstaffed'
  | 'undesired_time'
  | 'preferred_time'
  | 'undesired_place'
  | 'preferred_place'
  | 'travel'
  | 'fairness'
  | 'continuity'
  | 'shift_request'
  | 'min_total_minutes'
  | 'min_consecutive_days'
  | 'min_days_off';

/** One broken constraint: `amount` in the constraint's unit (minutes, shifts, days, heads), `penalty` in score units. */
export interface Violation {
  readonly constraint: ConstraintName;
  readonly level: 'hard' | 'soft';
  readonly volunteer?: string;
  readonly slot?: string;
  readonly amount: number;
  readonly penalty: number;
}

/** A schedule's score: hard total (0 = feasible), soft total (lower is better) and every violation. */
export interface ScheduleScore {
  readonly hard: number;
  readonly soft: number;
  readonly violations: readonly Violation[];
}

/** Options of scoreVolunteerSchedule (the same weights and rules the solver takes). */
export interface ScheduleScoreOptions {
  readonly weights?: Partial<SchedulingWeights>;
  readonly rules?: Partial<SchedulingRules>;
}

interface Placed {
  readonly slot: Slot;
  readonly start: number;
  readonly end: number;
  readonly day: number;
  readonly order: number;
}

const dayOf = (minutes: number): number => Math.floor((minutes + SHANGHAI_OFFSET_MINUTES) / 1440);

/**
 * Scores a schedule from scratch, record by record. This is the reference the solver's
 * incremental score is tested against, written as a separate, plain code path on purpose.
 */
export function scoreVolunteerSchedule(
  problem: VolunteerProblem,
  assignments: readonly VolunteerAssignment[],
  options: ScheduleScoreOptions = {},
): ScheduleScore {
  const w = resolveWeights(options.weights);
  const rules = resolveRules(options.rules);
  const violations: Violation[] = [];
  const add = (v: Violation): void => {
    if (v.amount !== 0 || v.penalty !== 0) violations.push(v);
  };
  const slotIndex = new Map(problem.slots.map((s, i) => [s.id, i] as const));
  const volIndex = new Map(problem.volunteers.map((v, i) => [v.id, i] as const));
  const perVolunteer: Placed[][] = problem.volunteers.map(() => []);
  const perSlot: VolunteerAssignment[][] = problem.slots.map(() => []);
  const firstStart = Math.min(...problem.slots.map((s) => isoDateTimeToMinutes(s.start)));
  const firstDay = Number.isFinite(firstStart) ? dayOf(firstStart) : 0;
  assignments.forEach((a, i) => {
    const si = slotIndex.get(a.slot);
    const vi = volIndex.get(a.volunteer);
    if (vi === undefined)
      throw new InvalidArgumentError(`unknown volunteer ${a.volunteer}`, ['assignments', i, 'volunteer']);
    if (si === undefined)
      throw new InvalidArgumentError(`unknown slot ${a.slot}`, ['assignments', i, 'slot']);
    const slot = problem.slots[si] as Slot;
    if (!Number.isInteger(a.requirement) || a.requirement < -1 || a.requirement >= slot.requirements.length)
      throw new InvalidArgumentError('requirement index out of range', ['assignments', i, 'requirement']);
    const start = isoDateTimeToMinutes(slot.start);
    (perSlot[si] as VolunteerAssignment[]).push(a);
    (perVolunteer[vi] as Placed[]).push({
      slot,
      start,
      end: isoDateTimeToMinutes(slot.end),
      day: dayOf(start) - firstDay,
      order: si,
    });
    const vol = problem.volunteers[vi] as Volunteer;
    addAssignmentTerms(problem, w, vol, slot, a.requirement, firstDay, add);
  });

  // Cover: required heads per skill, general heads up to minHeadcount, extra up to maxHeadcount.
  problem.slots.forEach((slot, si) => {
    const list = perSlot[si] as VolunteerAssignment[];
    const missing = w.understaffing * (slot.priority + 1);
    let general = 0;
    let counted = 0;
    slot.requirements.forEach((r, ri) => {
      const filled = list.filter((a) => a.requirement === ri).length;
      counted += r.count;
      general += Math.max(0, filled - r.count);
      const short = Math.max(0, r.count - filled);
      add({
        constraint: 'understaffed',
        level: 'soft',
        slot: slot.id,
        amount: short,
        penalty: short * (r.missingWeight ?? missing),
      });
    });
    general += list.filter((a) => a.requirement === -1).length;
    const generalNeeded = Math.max(0, slot.minHeadcount - counted);
    const extraRoom = Math.max(0, slot.maxHeadcount - counted - generalNeeded);
    const short = Math.max(0, generalNeeded - general);
    add({
      constraint: 'understaffed',
      level: 'soft',
      slot: slot.id,
      amount: short,
      penalty: short * (slot.missingWeight ?? missing),
    });
    const extra = Math.min(extraRoom, Math.max(0, general - generalNeeded));
    add({
      constraint: 'overstaffed',
      level: 'soft',
      slot: slot.id,
      amount: extra,
      penalty: extra * (slot.extraWeight ?? w.overstaffing),
    });
    const over = Math.max(0, general - generalNeeded - extraRoom);
    add({ constraint: 'over_max_headcount', level: 'hard', slot: slot.id, amount: over, penalty: over });
  });

  let demand = 0;
  for (const slot of problem.slots) {
    const counted = slot.requirements.reduce((t, r) => t + r.count, 0);
    const heads = counted + Math.max(0, slot.minHeadcount - counted);
    demand += heads * (isoDateTimeToMinutes(slot.end) - isoDateTimeToMinutes(slot.start));
  }
  const defaultTarget = problem.volunteers.length > 0 ? demand / problem.volunteers.length : 0;
  problem.volunteers.forEach((vol, vi) => {
    const placed = (perVolunteer[vi] as Placed[]).sort((a, b) => a.start - b.start || a.order - b.order);
    addScheduleTerms(vol, placed, w, rules, vol.targetMinutes ?? defaultTarget, firstDay, add);
  });
  let hard = 0;
  let soft = 0;
  for (const v of violations) {
    if (v.level === 'hard') hard += v.penalty;
    else soft += v.penalty;
  }
  return { hard, soft, violations };
}

function inside(windows: readonly { start: string; end: string }[], start: number, end: number): boolean {
  return windows.some((w) => isoDateTimeToMinutes(w.start) <= start && isoDateTimeToMinutes(w.end) >= end);
}

function addAssignmentTerms(
  problem: VolunteerProblem,
  w: SchedulingWeights,
  vol: Volunteer,
  slot: Slot,
  requirement: number,
  firstDay: number,
  add: (v: Violation) => void,
): void {
  const ids = { volunteer: vol.id, slot: slot.id };
  const start = isoDateTimeToMinutes(slot.start);
  const end = isoDateTimeToMinutes(slot.end);
  const req = slot.requirements[requirement];
  if (req !== undefined) {
    const level = Math.max(0, ...vol.skills.filter((s) => s.skill === req.skill).map((s) => s.level));
    if (level < req.minLevel) add({ constraint: 'skill', level: 'hard', ...ids, amount: 1, penalty: 1 });
  }
  const days = [dayOf(start), dayOf(end - 1)];
  const off = vol.datesOff.some((d) => days.includes(isoDateToDays(d)));
  const fixed = days.some((d) => (vol.fixedDaysOff ?? []).includes(dayInfo(d).isoWeekday));
  if (off || fixed || !inside(vol.availability, start, end))
    add({ constraint: 'availability', level: 'hard', ...ids, amount: 1, penalty: 1 });
  if (vol.homeDistrict !== slot.location.district)
    add({ constraint: 'travel', level: 'soft', ...ids, amount: 1, penalty: w.travel });
  if (
    vol.undesiredTimes.some((t) => isoDateTimeToMinutes(t.start) < end && isoDateTimeToMinutes(t.end) > start)
  )
    add({ constraint: 'undesired_time', level: 'soft', ...ids, amount: 1, penalty: w.undesiredTime });
  if (vol.preferredTimes.length > 0 && !inside(vol.preferredTimes, start, end))
    add({ constraint: 'preferred_time', level: 'soft', ...ids, amount: 1, penalty: w.preferredTimeMissed });
  if (vol.undesiredPlaces.some((p) => slotAtPlace(slot, p)))
    add({ constraint: 'undesired_place', level: 'soft', ...ids, amount: 1, penalty: w.undesiredPlace });
  if (vol.preferredPlaces.length > 0 && !vol.preferredPlaces.some((p) => slotAtPlace(slot, p)))
    add({ constraint: 'preferred_place', level: 'soft', ...ids, amount: 1, penalty: w.preferredPlaceMissed });
  for (const r of vol.shiftRequests ?? []) {
    const hit =
      r.slot === slot.id ||
      (r.date !== undefined && isoDateToDays(r.date) - firstDay === dayOf(start) - firstDay);
    // An `on` request is paid up front (per volunteer) and paid back by each assignment it names.
    if (hit)
      add({
        constraint: 'shift_request',
        level: 'soft',
        ...ids,
        amount: 1,
        penalty: r.kind === 'on' ? -r.weight : r.weight,
      });
  }
  void problem;
}

function addScheduleTerms(
  vol: Volunteer,
  placed: readonly Placed[],
  w: SchedulingWeights,
  rules: SchedulingRules,
  target: number,
  firstDay: number,
  add: (v: Violation) => void,
): void {
  const volunteer = vol.id;
  const hard = (constraint: ConstraintName, amount: number, slot?: string): void =>
    add(
      slot === undefined
        ? { constraint, level: 'hard', volunteer, amount, penalty: amount }
        : { constraint, level: 'hard', volunteer, slot, amount, penalty: amount },
    );
  const soft = (constraint: ConstraintName, amount: number, penalty: number): void =>
    add({ constraint, level: 'soft', volunteer, amount, penalty });
  for (const r of vol.shiftRequests ?? []) if (r.kind === 'on') soft('shift_request', 1, r.weight);
  const buffer = (a: Slot, b: Slot): number =>
    a.location.venue === b.location.venue
      ? 0
      : a.location.district === b.location.district
        ? rules.travelBufferSameDistrict
        : rules.travelBufferOtherDistrict;
  for (let i = 0; i < placed.length; i++) {
    const a = placed[i] as Placed;
    for (let j = i + 1; j < placed.length; j++) {
      const b = placed[j] as Placed;
      if (b.start < a.end + buffer(a.slot, b.slot)) hard('overlap', 1, b.slot.id);
    }
    const next = placed[i + 1];
    if (next !== undefined && next.day !== a.day) {
      if (next.start - a.end < rules.minRestMinutes) hard('min_rest', 1, next.slot.id);
      const forbidden = rules.forbiddenSuccessions.some(
        ([x, y]) => x === a.slot.shiftType && y === next.slot.shiftType,
      );
      if (next.day === a.day + 1 && forbidden) hard('forbidden_succession', 1, next.slot.id);
    }
  }
  const minutes = (p: Placed): number => p.end - p.start;
  const byDay = new Map<number, Placed[]>();
  const byWeek = new Map<number, number>();
  const weekendWeeks = new Set<number>();
  let total = 0;
  for (const p of placed) {
    byDay.set(p.day, [...(byDay.get(p.day) ?? []), p]);
    const info = dayInfo(p.day + firstDay);
    byWeek.set(info.weekKey, (byWeek.get(info.weekKey) ?? 0) + minutes(p));
    if (info.weekend) weekendWeeks.add(info.weekKey);
    total += minutes(p);
  }
  const maxPerDay = vol.maxShiftsPerDay ?? rules.maxShiftsPerDay;
  for (const list of byDay.values()) {
    const m = list.reduce((t, p) => t + minutes(p), 0);
    if (m > vol.maxMinutesPerDay) hard('max_minutes_per_day', m - vol.maxMinutesPerDay);
    if (list.length > maxPerDay) hard('max_shifts_per_day', list.length - maxPerDay);
  }
  for (const m of byWeek.values())
    if (m > vol.maxMinutesPerWeek) hard('max_minutes_per_week', m - vol.maxMinutesPerWeek);
  if (placed.length > vol.maxShifts) hard('max_shifts', placed.length - vol.maxShifts);
  // Runs of consecutive working days and the breaks between them.
  const days = [...byDay.keys()].sort((a, b) => a - b);
  const maxRun = vol.maxConsecutiveDays ?? rules.maxConsecutiveDays;
  const minRun = vol.minConsecutiveDays ?? 0;
  const minOff = vol.minConsecutiveDaysOff ?? 0;
  let runStart = 0;
  for (let i = 1; i <= days.length; i++) {
    if (i < days.length && (days[i] as number) === (days[i - 1] as number) + 1) continue;
    const run = i - runStart;
    if (run > maxRun) hard('max_consecutive_days', run - maxRun);
    if (run < minRun) soft('min_consecutive_days', minRun - run, w.shortRun * (minRun - run));
    if (i < days.length) {
      const gap = (days[i] as number) - (days[i - 1] as number) - 1;
      if (gap < minOff) soft('min_days_off', minOff - gap, w.shortBreak * (minOff - gap));
    }
    runStart = i;
  }
  const maxWeekends = vol.maxWeekends ?? Number.POSITIVE_INFINITY;
  if (weekendWeeks.size > maxWeekends) hard('max_weekends', weekendWeeks.size - maxWeekends);
  const maxTotal = vol.maxTotalMinutes ?? Number.POSITIVE_INFINITY;
  if (total > maxTotal) hard('max_total_minutes', total - maxTotal);
  const minTotal = vol.minTotalMinutes ?? 0;
  if (total < minTotal)
    soft('min_total_minutes', minTotal - total, (w.minTotalPerHour * (minTotal - total)) / 60);
  for (const lim of vol.maxShiftsByType ?? []) {
    const n = placed.filter((p) => p.slot.shiftType === lim.shiftType).length;
    if (n > lim.max) hard('max_shifts_of_type', n - lim.max);
  }
  const dev = Math.abs(total - target);
  soft('fairness', dev, (w.fairnessPerHour * dev) / 60);
  const series = new Set(placed.map((p) => p.slot.series).filter((s) => s !== undefined));
  soft('continuity', series.size, w.continuity * series.size);
}
