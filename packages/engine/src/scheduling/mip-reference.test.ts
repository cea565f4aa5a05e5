// Small instances against an exact optimum: a MIP of the same objective solved by HiGHS (wasm,
// a dev dependency). The MIP is written from the problem's compiled form; its solution is scored by
// the reference scorer too, so a modelling slip in the MIP shows up as a disagreement.
import type { Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCityEventProblem } from '../generate/city-event-generator.js';
import { generateHotlineProblem } from '../generate/hotline-generator.js';
import { isDistrictCode } from '../model/districts.js';
import type { VolunteerProblem } from '../model/volunteer-problem.js';
import { pairCost } from './assignment-terms.js';
import { type CompiledProblem, compileProblem } from './compiled-problem.js';
import { resolveRules, resolveWeights, type SchedulingRules } from './rules.js';
import { scoreVolunteerSchedule, type VolunteerAssignment } from './score-schedule.js';
import { solveVolunteerSchedule } from './solve-volunteers.js';

let highs: Highs;

beforeAll(async () => {
  const { default: exported } = await import('highs');
  type Loader = typeof exported.default;
  const e = exported as unknown as Loader | { default: Loader };
  highs = await (typeof e === 'function' ? e : e.default)();
});

interface Mip {
  readonly objective: number;
  readonly assignments: VolunteerAssignment[];
}

const num = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(9));

/** Builds the MIP of the default rules (no rostering extras, no series) and solves it exactly. */
function solveMip(c: CompiledProblem): Mip {
  const obj: string[] = [];
  const rows: string[] = [];
  const bins: string[] = [];
  const gens: string[] = [];
  const bounds: string[] = [];
  let constant = 0;
  const V = c.volunteerCount;
  const byVolunteer: { name: string; slot: number }[][] = Array.from({ length: V }, () => []);
  const vars: { name: string; v: number; g: number }[] = [];
  for (let g = 0; g < c.groupSlot.length; g++) {
    const slot = c.groupSlot[g] as number;
    const seats: number[] = [];
    for (let s = c.slotSeatStart[slot] as number; s < (c.slotSeatStart[slot + 1] as number); s++)
      if (c.seatGroup[s] === g) seats.push(s);
    const names: string[] = [];
    for (
      let i = c.groupFirst[g] as number;
      i < (c.groupFirst[g] as number) + (c.groupSize[g] as number);
      i++
    ) {
      const v = c.groupCandidates[i] as number;
      const name = `x_${v}_${g}`;
      names.push(name);
      vars.push({ name, v, g });
      bins.push(name);
      byVolunteer[v]?.push({ name, slot });
      const cost = pairCost(c, v, c.slotSeatStart[slot] as number);
      if (cost !== 0) obj.push(`${cost >= 0 ? '+' : '-'} ${num(Math.abs(cost))} ${name}`);
    }
    const required = seats.filter((s) => c.seatRequired[s] === 1);
    const extra = seats.length - required.length;
    const empty = required.length > 0 ? (c.seatEmptyCost[required[0] as number] as number) : 0;
    const fill = extra > 0 ? (c.seatFillCost[seats[seats.length - 1] as number] as number) : 0;
    constant += empty * required.length;
    const sum = names.length > 0 ? names.join(' + ') : '0 x_dummy';
    rows.push(`g${g}: ${sum} - r_${g} - e_${g} = 0`);
    bounds.push(`0 <= r_${g} <= ${required.length}`, `0 <= e_${g} <= ${extra}`);
    gens.push(`r_${g}`, `e_${g}`);
    obj.push(`- ${num(empty)} r_${g}`, `+ ${num(fill)} e_${g}`);
  }
  const w = c.weights;
  const rules = c.rules;
  for (let v = 0; v < V; v++) {
    const list = byVolunteer[v] as { name: string; slot: number }[];
    const minutes = (x: { slot: number }): number => c.slotMinutes[x.slot] as number;
    // One seat per slot, no overlaps within the travel buffer.
    const slots = [...new Set(list.map((x) => x.slot))].sort((a, b) => a - b);
    const on = (slot: number): string =>
      list
        .filter((x) => x.slot === slot)
        .map((x) => x.name)
        .join(' + ');
    for (const s of slots) rows.push(`u_${v}_${s}: ${on(s)} <= 1`);
    for (let i = 0; i < slots.length; i++) {
      for (let j = i + 1; j < slots.length; j++) {
        const a = slots[i] as number;
        const b = slots[j] as number;
        const buf =
          c.slotVenue[a] === c.slotVenue[b]
            ? 0
            : c.slotDistrict[a] === c.slotDistrict[b]
              ? rules.travelBufferSameDistrict
              : rules.travelBufferOtherDistrict;
        if ((c.slotStart[b] as number) < (c.slotEnd[a] as number) + buf)
          rows.push(`o_${v}_${a}_${b}: ${on(a)} + ${on(b)} <= 1`);
      }
    }
    const sumOf = (xs: { name: string; slot: number }[], coef: (x: { slot: number }) => number): string =>
      xs.map((x) => `+ ${coef(x)} ${x.name}`).join(' ');
    const days = new Map<number, typeof list>();
    const weeks = new Map<number, typeof list>();
    for (const x of list) {
      const d = c.slotDay[x.slot] as number;
      days.set(d, [...(days.get(d) ?? []), x]);
      const wk = c.slotWeek[x.slot] as number;
      weeks.set(wk, [...(weeks.get(wk) ?? []), x]);
    }
    for (const [d, xs] of days) {
      rows.push(`d_${v}_${d}: ${sumOf(xs, minutes)} <= ${c.maxDay[v]}`);
      const perDay = c.maxPerDay[v] as number;
      if (Number.isFinite(perDay) && xs.length > perDay)
        rows.push(`dn_${v}_${d}: ${sumOf(xs, () => 1)} <= ${perDay}`);
    }
    for (const [wk, xs] of weeks) rows.push(`w_${v}_${wk}: ${sumOf(xs, minutes)} <= ${c.maxWeek[v]}`);
    if (list.length > 0) rows.push(`n_${v}: ${sumOf(list, () => 1)} <= ${c.maxShifts[v]}`);
    const maxRun = c.maxConsecutive[v] as number;
    if (days.size > maxRun) {
      for (const [d, xs] of days) {
        bins.push(`y_${v}_${d}`);
        for (const x of xs) rows.push(`yl_${v}_${d}_${x.name}: y_${v}_${d} - ${x.name} >= 0`);
      }
      for (let d0 = 0; d0 + maxRun < c.dayCount; d0++) {
        const ys: string[] = [];
        for (let d = d0; d <= d0 + maxRun; d++) if (days.has(d)) ys.push(`y_${v}_${d}`);
        if (ys.length > maxRun) rows.push(`run_${v}_${d0}: ${ys.join(' + ')} <= ${maxRun}`);
      }
    }
    // Fairness: |minutes − target| = p − q with p, q ≥ 0.
    const target = c.target[v] as number;
    rows.push(`f_${v}: ${sumOf(list, minutes)} - p_${v} + q_${v} = ${num(target)}`);
    obj.push(`+ ${num(w.fairnessPerHour / 60)} p_${v}`, `+ ${num(w.fairnessPerHour / 60)} q_${v}`);
  }
  const lp = [
    'Minimize',
    ` obj: ${obj.join(' ')}`,
    'Subject To',
    ...rows.map((r) => ` ${r}`),
    'Bounds',
    ...bounds.map((b) => ` ${b}`),
    ' x_dummy = 0',
    'General',
    ...gens.map((g) => ` ${g}`),
    'Binary',
    ...bins.map((b) => ` ${b}`),
    'End',
  ].join('\n');
  const sol = highs.solve(lp, { mip_rel_gap: 0, mip_abs_gap: 1e-7, time_limit: 60 });
  expect(sol.Status).toBe('Optimal');
  const assignments: VolunteerAssignment[] = [];
  for (const x of vars) {
    const col = sol.Columns[x.name] as { Primal: number } | undefined;
    if (col !== undefined && col.Primal > 0.5) {
      const slot = c.problem.slots[c.slotInput[c.groupSlot[x.g] as number] as number]!;
      const first = c.slotSeatStart[c.groupSlot[x.g] as number] as number;
      let seat = first;
      while (c.seatGroup[seat] !== x.g) seat++;
      assignments.push({
        volunteer: c.problem.volunteers[x.v]!.id,
        slot: slot.id,
        requirement: c.seatReq[seat] as number,
      });
    }
  }
  return { objective: sol.ObjectiveValue + constant, assignments };
}

/** The city event generator may name a liked venue that no slot of a small instance uses: drop those. */
function knownPlacesOnly(p: VolunteerProblem): VolunteerProblem {
  const venues = new Set(p.slots.map((s) => s.location.venue));
  const known = (x: string): boolean => venues.has(x) || isDistrictCode(x);
  return {
    ...p,
    volunteers: p.volunteers.map((v) => ({ ...v, preferredPlaces: v.preferredPlaces.filter(known) })),
  };
}

const cases: readonly [string, () => VolunteerProblem, Partial<SchedulingRules>?][] = [
  [
    'hotline 25 volunteers, one shift a day, 3 days in a row at most',
    () => generateHotlineProblem({ seed: 8, volunteers: 25, callsPerDay: 2, households: 10 }),
    { maxShiftsPerDay: 1, maxConsecutiveDays: 3 },
  ],
  [
    'hotline 30 volunteers × ~60 call-outs',
    () => generateHotlineProblem({ seed: 3, volunteers: 30, callsPerDay: 2, households: 12 }),
  ],
  [
    'hotline 12 volunteers, tight',
    () => generateHotlineProblem({ seed: 11, volunteers: 12, callsPerDay: 2, households: 6 }),
  ],
  [
    'city event 30 volunteers × 60 posts',
    () => knownPlacesOnly(generateCityEventProblem({ seed: 5, volunteers: 30, slots: 60, days: 3 })),
  ],
  [
    'city event 20 volunteers × 40 posts',
    () => knownPlacesOnly(generateCityEventProblem({ seed: 9, volunteers: 20, slots: 40, days: 2 })),
  ],
];

describe('solveVolunteerSchedule against the HiGHS MIP optimum', () => {
  for (const [name, make, rules = {}] of cases) {
    it(`${name}: within 1% of the optimum, no hard violation`, () => {
      const problem = make();
      const c = compileProblem(problem, resolveWeights({}), resolveRules(rules));
      expect(c.seriesCount).toBe(0);
      const mip = solveMip(c);
      const mipScore = scoreVolunteerSchedule(problem, mip.assignments, { rules });
      expect(mipScore.hard).toBe(0);
      expect(mipScore.soft).toBeCloseTo(mip.objective, 4);
      const result = solveVolunteerSchedule(problem, { seed: 1, maxMoves: 400_000, rules });
      expect(result.score.hard).toBe(0);
      expect(result.score.soft).toBeGreaterThanOrEqual(mip.objective - 1e-6);
      expect(result.score.soft).toBeLessThanOrEqual(mip.objective * 1.01 + 1e-6);
    });
  }
});
