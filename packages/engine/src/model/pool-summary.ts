import { ageOn, type IsoDate } from './dates.js';
import { EDUCATION_LEVELS, type EducationLevel } from './education.js';
import type { Pool } from './pool.js';
import { PREFERENCE_CRITERIA } from './preferences.js';

/** Counts and distributions of a pool, for a counsellor's overview and the CLI. */
export interface PoolSummary {
  readonly members: number;
  readonly men: number;
  readonly women: number;
  /** Members who can be introduced now (not paused, not in a relationship). */
  readonly active: number;
  /** Age quantiles in years on the reference date: min, 25%, median, 75%, max. */
  readonly ageQuantiles: readonly [number, number, number, number, number];
  /** Members per district code, largest first. */
  readonly byDistrict: readonly (readonly [code: string, count: number])[];
  /** Members per education level, in level order. */
  readonly byEducation: readonly (readonly [level: EducationLevel, count: number])[];
  /** Stated criteria per member, on average. */
  readonly criteriaPerMember: number;
  /** Share of stated criteria that are hard (dealbreakers), in [0, 1]. */
  readonly hardShare: number;
  readonly introductions: number;
  /** Members with at least one past introduction. */
  readonly membersWithHistory: number;
  readonly blockedPairs: number;
}

/** Summarises a pool; ages are in completed years on `on`. */
export function summarisePool(pool: Pool, on: IsoDate): PoolSummary {
  let men = 0;
  let active = 0;
  let criteria = 0;
  let hard = 0;
  const ages: number[] = [];
  const districts = new Map<string, number>();
  const education = new Map<EducationLevel, number>();
  for (const m of pool.members) {
    if (m.gender === 'M') men++;
    if (!m.paused && !m.inRelationship) active++;
    ages.push(ageOn(m.birthDate, on));
    districts.set(m.district, (districts.get(m.district) ?? 0) + 1);
    education.set(m.education, (education.get(m.education) ?? 0) + 1);
    for (const key of PREFERENCE_CRITERIA) {
      const c = m.preferences[key];
      if (c === undefined) continue;
      criteria++;
      if (c.hard) hard++;
    }
  }
  ages.sort((a, b) => a - b);
  const q = (p: number): number => ages[Math.min(ages.length - 1, Math.floor(p * ages.length))] ?? 0;
  const withHistory = new Set<string>();
  for (const h of pool.history) {
    withHistory.add(h.a);
    withHistory.add(h.b);
  }
  const n = pool.members.length;
  return {
    members: n,
    men,
    women: n - men,
    active,
    ageQuantiles: [ages[0] ?? 0, q(0.25), q(0.5), q(0.75), ages[n - 1] ?? 0],
    byDistrict: [...districts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
    byEducation: EDUCATION_LEVELS.map((level) => [level, education.get(level) ?? 0] as const),
    criteriaPerMember: n === 0 ? 0 : criteria / n,
    hardShare: criteria === 0 ? 0 : hard / criteria,
    introductions: pool.history.length,
    membersWithHistory: withHistory.size,
    blockedPairs: pool.blocked.length,
  };
}
