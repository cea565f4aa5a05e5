import { describe, expect, it } from 'vitest';
import { isoDateTimeToMinutes, shanghaiDateOf } from '../model/dates.js';
import { slotMinutes } from '../model/slot.js';
import type { VolunteerProblem } from '../model/volunteer-problem.js';
import { parseVolunteerProblem } from '../model/volunteer-problem.js';
import { generateCityEventProblem } from './city-event-generator.js';
import { generateHotlineProblem } from './hotline-generator.js';

/** Skills required by some slot that no volunteer has at the level asked. */
function uncoveredSkills(p: VolunteerProblem): string[] {
  const out = new Set<string>();
  for (const s of p.slots)
    for (const r of s.requirements)
      if (!p.volunteers.some((v) => v.skills.some((k) => k.skill === r.skill && k.level >= r.minLevel)))
        out.add(r.skill);
  return [...out];
}

describe('generateHotlineProblem', () => {
  const p = generateHotlineProblem();

  it('is a month of call-outs for 200 volunteers across 18 service kinds, valid', () => {
    expect(p.skills).toHaveLength(18);
    expect(p.skills.map((s) => s.id)).toContain('legal_advice');
    expect(p.volunteers).toHaveLength(200);
    expect(p.slots.length).toBeGreaterThan(500);
    expect(p.slots.length).toBeLessThan(750);
    for (const s of p.slots) expect(shanghaiDateOf(s.start).startsWith('2026-07')).toBe(true);
    expect(() => parseVolunteerProblem(p)).not.toThrow();
  });

  it('has every service kind requested and covered by some volunteer', () => {
    const requested = new Set(p.slots.flatMap((s) => s.requirements.map((r) => r.skill)));
    expect(requested.size).toBe(18);
    expect(uncoveredSkills(p)).toEqual([]);
  });

  it('offers more volunteer shifts than there are call-outs', () => {
    const shifts = p.volunteers.reduce((a, v) => a + v.maxShifts, 0);
    const needed = p.slots.reduce((a, s) => a + s.minHeadcount, 0);
    expect(shifts).toBeGreaterThan(needed);
  });

  it('rejects a bad month', () => {
    expect(() => generateHotlineProblem({ month: '2026-13' })).toThrow(
      expect.objectContaining({ path: ['month'] }),
    );
  });
});

describe('generateCityEventProblem', () => {
  const p = generateCityEventProblem();

  it('is a week of 5,000 post shifts for 2,000 volunteers, valid', () => {
    expect(p.volunteers).toHaveLength(2000);
    expect(p.slots).toHaveLength(5000);
    expect(new Set(p.slots.map((s) => s.id)).size).toBe(5000);
    const days = new Set(p.slots.map((s) => shanghaiDateOf(s.start)));
    expect(days.size).toBe(7);
    for (const s of p.slots) expect(slotMinutes(s)).toBeGreaterThan(0);
    expect(() => parseVolunteerProblem(p)).not.toThrow();
  });

  it('needs English, first aid and guiding, each held by enough volunteers', () => {
    const requested = new Set(p.slots.flatMap((s) => s.requirements.map((r) => r.skill)));
    for (const skill of ['english', 'first_aid', 'guiding']) expect(requested.has(skill)).toBe(true);
    expect(uncoveredSkills(p)).toEqual([]);
    const shifts = p.volunteers.reduce((a, v) => a + v.maxShifts, 0);
    const needed = p.slots.reduce((a, s) => a + s.minHeadcount, 0);
    expect(shifts).toBeGreaterThan(needed);
  });

  it('sorts slots by start time', () => {
    for (let i = 1; i < p.slots.length; i++)
      expect(isoDateTimeToMinutes(p.slots[i]?.start ?? '')).toBeGreaterThanOrEqual(
        isoDateTimeToMinutes(p.slots[i - 1]?.start ?? ''),
      );
  });

  it('scales past one post per site and kind when asked for more slots', () => {
    const big = generateCityEventProblem({ volunteers: 10, slots: 6000, days: 7 });
    expect(new Set(big.slots.map((s) => s.id)).size).toBe(6000);
  });
});
