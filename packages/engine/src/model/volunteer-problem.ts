import { z } from 'zod';
import type { InputIssue } from '../core/errors.js';
import { isDistrictCode } from './districts.js';
import { duplicateIdIssues, parseWith, unknownRefIssue } from './parse.js';
import type { Agrees, Expect } from './schema-agrees.js';
import { type SkillDef, skillDefSchema } from './skill.js';
import { type Slot, slotSchema } from './slot.js';
import { type Volunteer, volunteerSchema } from './volunteer.js';

/** Volunteers to put on slots: a hotline team's month of call-outs, or a city event's posts. */
export interface VolunteerProblem {
  /** Name of the problem, e.g. `海曙工会志愿服务热线 2026-07`. */
  readonly name: string;
  /** Skill catalogue; every skill named by a volunteer or a slot must be here. */
  readonly skills: readonly SkillDef[];
  readonly volunteers: readonly Volunteer[];
  readonly slots: readonly Slot[];
}

/** zod schema of a VolunteerProblem's shape (parseVolunteerProblem adds cross-record checks). */
export const volunteerProblemSchema = z.strictObject({
  name: z.string().max(200),
  skills: z.array(skillDefSchema),
  volunteers: z.array(volunteerSchema),
  slots: z.array(slotSchema),
});

type _VolunteerProblemAgrees = Expect<Agrees<z.output<typeof volunteerProblemSchema>, VolunteerProblem>>;

/** Cross-record problems: duplicate ids, unknown skills or requested slots, places naming neither a district nor a venue. */
export function volunteerProblemIssues(p: VolunteerProblem): InputIssue[] {
  const issues = [
    ...duplicateIdIssues('skills', p.skills),
    ...duplicateIdIssues('volunteers', p.volunteers),
    ...duplicateIdIssues('slots', p.slots),
  ];
  const skills = new Set(p.skills.map((s) => s.id));
  const venues = new Set(p.slots.map((s) => s.location.venue));
  const slotIds = new Set(p.slots.map((s) => s.id));
  p.volunteers.forEach((v, i) => {
    v.skills.forEach((s, j) => {
      if (!skills.has(s.skill))
        issues.push(unknownRefIssue(['volunteers', i, 'skills', j, 'skill'], 'skill', s.skill));
    });
    for (const key of ['preferredPlaces', 'undesiredPlaces'] as const) {
      v[key].forEach((place, j) => {
        if (!isDistrictCode(place) && !venues.has(place))
          issues.push(unknownRefIssue(['volunteers', i, key, j], 'place', place));
      });
    }
    v.shiftRequests?.forEach((r, j) => {
      if (r.slot !== undefined && !slotIds.has(r.slot))
        issues.push(unknownRefIssue(['volunteers', i, 'shiftRequests', j, 'slot'], 'slot', r.slot));
    });
  });
  p.slots.forEach((s, i) => {
    s.requirements.forEach((r, j) => {
      if (!skills.has(r.skill))
        issues.push(unknownRefIssue(['slots', i, 'requirements', j, 'skill'], 'skill', r.skill));
    });
  });
  return issues;
}

/** Validates a volunteer problem; throws ValidationError naming the record and field of every problem. */
export function parseVolunteerProblem(input: unknown): VolunteerProblem {
  return parseWith(volunteerProblemSchema, input, { crossCheck: volunteerProblemIssues });
}
