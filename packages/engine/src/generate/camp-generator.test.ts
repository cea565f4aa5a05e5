import { describe, expect, it } from 'vitest';
import { parseCampProblem } from '../model/camp-problem.js';
import { ageOn } from '../model/dates.js';
import { generateCampProblem } from './camp-generator.js';

describe('generateCampProblem', () => {
  const p = generateCampProblem();

  it('is 21 sessions for 2,050 children with room for all, valid', () => {
    expect(p.sessions).toHaveLength(21);
    expect(p.children).toHaveLength(2050);
    expect(p.sessions.reduce((a, s) => a + s.capacity, 0)).toBeGreaterThanOrEqual(2050);
    for (const s of p.sessions) expect(s.capacity % s.groupSize).toBe(0);
    expect(() => parseCampProblem(p)).not.toThrow();
  });

  it('has children aged 6–14 on the first day, with sibling groups sharing preferences', () => {
    const first = p.sessions[0]?.start ?? '';
    for (const c of p.children) {
      const age = ageOn(c.birthDate, first);
      expect(age).toBeGreaterThanOrEqual(6);
      expect(age).toBeLessThanOrEqual(14);
    }
    const inGroups = p.siblingGroups.reduce((a, g) => a + g.children.length, 0);
    expect(inGroups / p.children.length).toBeGreaterThan(0.2);
    const byId = new Map(p.children.map((c) => [c.id, c]));
    for (const g of p.siblingGroups) {
      const prefs = g.children.map((id) => JSON.stringify(byId.get(id)?.sessionPreferences));
      expect(new Set(prefs).size).toBe(1);
    }
  });

  it('has enough counsellors, and enough first-aiders, for every group', () => {
    const groups = p.sessions.reduce((a, s) => a + s.capacity / s.groupSize, 0);
    const capacity = p.counsellors.reduce((a, c) => a + c.maxGroups, 0);
    expect(capacity).toBeGreaterThanOrEqual(groups * p.counsellorsPerGroup);
    const firstAid = p.counsellors
      .filter((c) => c.skills.includes('first_aid'))
      .reduce((a, c) => a + c.maxGroups, 0);
    expect(firstAid).toBeGreaterThanOrEqual(groups);
  });

  it('has a venue of every kind an activity needs in every session', () => {
    const kindOf = new Map(p.venues.map((v) => [v.id, v.kind]));
    for (const s of p.sessions) {
      const kinds = new Set(s.venues.map((v) => kindOf.get(v)));
      for (const a of p.activities) expect(kinds.has(a.venueKind)).toBe(true);
    }
  });

  it('rejects a non-positive session count', () => {
    expect(() => generateCampProblem({ sessions: 0 })).toThrow(
      expect.objectContaining({ path: ['sessions'] }),
    );
  });
});
