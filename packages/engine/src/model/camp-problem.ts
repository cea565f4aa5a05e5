import { z } from 'zod';
import type { InputIssue } from '../core/errors.js';
import {
  type Activity,
  activitySchema,
  type CampSession,
  type Child,
  type Counsellor,
  campSessionSchema,
  childSchema,
  counsellorSchema,
  type DailyPeriod,
  dailyPeriodSchema,
  type SiblingGroup,
  siblingGroupSchema,
  type Venue,
  venueSchema,
} from './camp.js';
import { countSchema, idSchema } from './id.js';
import { duplicateIdIssues, parseWith, unknownRefIssue } from './parse.js';
import type { Agrees, Expect } from './schema-agrees.js';
import { type SkillDef, skillDefSchema } from './skill.js';

/** A summer camp to plan: children into sessions and groups, counsellors on groups, activities into periods and venues. */
export interface CampProblem {
  readonly name: string;
  /** Skill catalogue for counsellors and activities. */
  readonly skills: readonly SkillDef[];
  readonly sessions: readonly CampSession[];
  readonly children: readonly Child[];
  readonly siblingGroups: readonly SiblingGroup[];
  readonly counsellors: readonly Counsellor[];
  readonly activities: readonly Activity[];
  readonly venues: readonly Venue[];
  /** The periods of each camp day activities are placed in. */
  readonly dailyPeriods: readonly DailyPeriod[];
  /** Counsellors each group needs. */
  readonly counsellorsPerGroup: number;
  /** Skills every group must have among its counsellors, e.g. `first_aid`. */
  readonly requiredSkillsPerGroup: readonly string[];
}

/** zod schema of a CampProblem's shape (parseCampProblem adds cross-record checks). */
export const campProblemSchema = z.strictObject({
  name: z.string().max(200),
  skills: z.array(skillDefSchema),
  sessions: z.array(campSessionSchema),
  children: z.array(childSchema),
  siblingGroups: z.array(siblingGroupSchema).default([]),
  counsellors: z.array(counsellorSchema),
  activities: z.array(activitySchema),
  venues: z.array(venueSchema),
  dailyPeriods: z.array(dailyPeriodSchema),
  counsellorsPerGroup: countSchema.min(1),
  requiredSkillsPerGroup: z.array(idSchema).default([]),
});

type _CampProblemAgrees = Expect<Agrees<z.output<typeof campProblemSchema>, CampProblem>>;

/**
 * Cross-record problems: duplicate ids; unknown sessions, venues, skills and venue kinds; sibling
 * groups naming unknown children or children not pointing back; children naming unknown groups.
 */
export function campProblemIssues(p: CampProblem): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const key of [
    'skills',
    'sessions',
    'children',
    'siblingGroups',
    'counsellors',
    'activities',
    'venues',
    'dailyPeriods',
  ] as const) {
    issues.push(...duplicateIdIssues(key, p[key]));
  }
  const skills = new Set(p.skills.map((s) => s.id));
  const sessions = new Set(p.sessions.map((s) => s.id));
  const venues = new Set(p.venues.map((v) => v.id));
  const venueKinds = new Set(p.venues.map((v) => v.kind));
  const children = new Map(p.children.map((c) => [c.id, c]));
  const groups = new Set(p.siblingGroups.map((g) => g.id));

  p.sessions.forEach((s, i) => {
    s.venues.forEach((v, j) => {
      if (!venues.has(v)) issues.push(unknownRefIssue(['sessions', i, 'venues', j], 'venue', v));
    });
  });
  p.children.forEach((c, i) => {
    if (c.siblingGroup !== undefined && !groups.has(c.siblingGroup))
      issues.push(unknownRefIssue(['children', i, 'siblingGroup'], 'sibling group', c.siblingGroup));
    c.sessionPreferences.forEach((s, j) => {
      if (!sessions.has(s))
        issues.push(unknownRefIssue(['children', i, 'sessionPreferences', j], 'session', s));
    });
  });
  p.siblingGroups.forEach((g, i) => {
    g.children.forEach((id, j) => {
      const child = children.get(id);
      if (child === undefined) issues.push(unknownRefIssue(['siblingGroups', i, 'children', j], 'child', id));
      else if (child.siblingGroup !== g.id)
        issues.push({
          path: ['siblingGroups', i, 'children', j],
          message: `child ${JSON.stringify(id)} does not name sibling group ${JSON.stringify(g.id)}`,
        });
    });
  });
  p.counsellors.forEach((c, i) => {
    c.skills.forEach((s, j) => {
      if (!skills.has(s)) issues.push(unknownRefIssue(['counsellors', i, 'skills', j], 'skill', s));
    });
    c.availableSessions?.forEach((s, j) => {
      if (!sessions.has(s))
        issues.push(unknownRefIssue(['counsellors', i, 'availableSessions', j], 'session', s));
    });
  });
  p.activities.forEach((a, i) => {
    if (!venueKinds.has(a.venueKind))
      issues.push(unknownRefIssue(['activities', i, 'venueKind'], 'venue kind', a.venueKind));
    a.requiredSkills.forEach((s, j) => {
      if (!skills.has(s)) issues.push(unknownRefIssue(['activities', i, 'requiredSkills', j], 'skill', s));
    });
  });
  p.requiredSkillsPerGroup.forEach((s, j) => {
    if (!skills.has(s)) issues.push(unknownRefIssue(['requiredSkillsPerGroup', j], 'skill', s));
  });
  return issues;
}

/** Validates a camp problem; throws ValidationError naming the record and field of every problem. */
export function parseCampProblem(input: unknown): CampProblem {
  return parseWith(campProblemSchema, input, { crossCheck: campProblemIssues });
}
