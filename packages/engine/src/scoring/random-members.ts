// Seeded random members and pools for the scoring and candidate tests (not exported from
// index.ts). Values are drawn from small catalogues so that edges are hit often: ages just
// outside a range, shared hobbies, identical employers, ties in score.
import { Rng } from '../core/rng.js';
import { addDays, type IsoDate } from '../model/dates.js';
import { DISTRICT_CATALOGUE_VERSION, DISTRICTS } from '../model/districts.js';
import { EDUCATION_LEVELS } from '../model/education.js';
import type { BlockedPair, Introduction, IntroductionOutcome } from '../model/history.js';
import {
  DRINKING_VALUES,
  MARITAL_HISTORY_VALUES,
  SMOKING_VALUES,
  WANTS_CHILDREN_VALUES,
} from '../model/lifestyle.js';
import type { Member } from '../model/member.js';
import { OCCUPATION_KINDS } from '../model/occupations.js';
import type { Pool } from '../model/pool.js';
import { type CriterionWeight, IMPORTANCE_LEVELS, type Preferences } from '../model/preferences.js';
import { QUESTIONNAIRE_LENGTH } from '../model/questionnaire.js';

/** Reference date of the random members. */
export const TEST_REFERENCE_DATE: IsoDate = '2026-11-01';

/** 40 hobby tags: more than one 32-bit word, so multi-word bitsets are exercised. */
export const TEST_HOBBIES: readonly string[] = Array.from({ length: 40 }, (_, i) =>
  i < 8 ? ['hiking', 'photography', 'reading', 'tea', 'travel', 'cooking', 'music', 'movies'][i]! : `tag${i}`,
);

const EMPLOYERS = ['浙江大学', '阿里巴巴', '西湖区人民医院', '杭州地铁', '', 'Hikvision'];

/** Knobs of the random draws. */
export interface RandomMemberOptions {
  /** Chance that a stated criterion is hard. Default 0.25. */
  readonly hardShare?: number;
  /** Chance that each criterion is stated at all. Default 0.5. */
  readonly statedShare?: number;
  /** Districts drawn from the first this many catalogue entries. Default 6. */
  readonly districts?: number;
}

function subset<T>(rng: Rng, items: readonly T[], min: number, max: number): T[] {
  return rng.sample(items, rng.int(min, Math.min(max, items.length)));
}

function weight(rng: Rng, hardShare: number): CriterionWeight {
  if (rng.chance(hardShare)) return { hard: true };
  return { hard: false, importance: rng.chance(0.9) ? rng.pick(IMPORTANCE_LEVELS) : rng.int(0, 400) };
}

/** Random preferences: each criterion stated with `statedShare`, ranges centred on plausible values. */
export function randomPreferences(rng: Rng, options: RandomMemberOptions = {}): Preferences {
  const hardShare = options.hardShare ?? 0.25;
  const stated = options.statedShare ?? 0.5;
  const codes = DISTRICTS.slice(0, options.districts ?? 6).map((d) => d.code);
  const p: { -readonly [K in keyof Preferences]: Preferences[K] } = {};
  const on = () => rng.chance(stated);
  if (on()) {
    const min = rng.int(20, 40);
    p.age = { ...weight(rng, hardShare), min, max: min + rng.int(0, 10) };
  }
  if (on()) {
    const min = rng.int(150, 178);
    p.height = { ...weight(rng, hardShare), min, max: min + rng.int(0, 25) };
  }
  if (on()) p.education = { ...weight(rng, hardShare), min: rng.pick(EDUCATION_LEVELS) };
  if (on()) p.districts = { ...weight(rng, hardShare), codes: subset(rng, codes, 1, 3) };
  if (on()) p.occupations = { ...weight(rng, hardShare), kinds: subset(rng, OCCUPATION_KINDS, 1, 10) };
  if (on()) p.hobbies = { ...weight(rng, hardShare), minShared: rng.int(0, 3) };
  if (on()) p.smoking = { ...weight(rng, hardShare), accepted: subset(rng, SMOKING_VALUES, 1, 2) };
  if (on()) p.drinking = { ...weight(rng, hardShare), accepted: subset(rng, DRINKING_VALUES, 1, 2) };
  if (on())
    p.maritalHistory = { ...weight(rng, hardShare), accepted: subset(rng, MARITAL_HISTORY_VALUES, 1, 2) };
  if (on())
    p.wantsChildren = { ...weight(rng, hardShare), accepted: subset(rng, WANTS_CHILDREN_VALUES, 1, 2) };
  if (on()) p.questionnaire = { ...weight(rng, hardShare), minSimilarity: rng.int(0, 20) / 20 };
  return p;
}

/** A random valid member with id `id`. */
export function randomMember(rng: Rng, id: string, options: RandomMemberOptions = {}): Member {
  const codes = DISTRICTS.slice(0, options.districts ?? 6).map((d) => d.code);
  const gender = rng.chance(0.5) ? 'M' : 'F';
  const hobbyPool = rng.chance(0.7) ? TEST_HOBBIES.slice(0, 8) : TEST_HOBBIES;
  return {
    id,
    gender,
    // Ages about 20–50 on the reference date, birthdays spread over the year.
    birthDate: addDays(TEST_REFERENCE_DATE, -rng.int(20 * 365, 50 * 365)),
    heightCm: gender === 'M' ? rng.int(158, 190) : rng.int(148, 178),
    education: rng.pick(EDUCATION_LEVELS),
    district: rng.pick(codes),
    occupation: rng.pick(OCCUPATION_KINDS.slice(0, 6)),
    employer: rng.pick(EMPLOYERS),
    hobbies: subset(rng, hobbyPool, 0, 6),
    smoking: rng.pick(SMOKING_VALUES),
    drinking: rng.pick(DRINKING_VALUES),
    maritalHistory: rng.pick(MARITAL_HISTORY_VALUES),
    wantsChildren: rng.pick(WANTS_CHILDREN_VALUES),
    questionnaire: Array.from({ length: QUESTIONNAIRE_LENGTH }, () => rng.int(1, 5)),
    preferences: randomPreferences(rng, options),
    joinedOn: addDays(TEST_REFERENCE_DATE, -rng.int(1, 900)),
    ...(rng.chance(0.05) ? { paused: true } : {}),
    ...(rng.chance(0.05) ? { inRelationship: true } : {}),
  };
}

/** Knobs of a random pool. */
export interface RandomPoolOptions extends RandomMemberOptions {
  readonly size: number;
  /** Past introductions per member, on average. Default 0.5. */
  readonly historyPerMember?: number;
  /** Blocked pairs per member, on average. Default 0.1. */
  readonly blockedPerMember?: number;
}

const OUTCOMES: readonly IntroductionOutcome[] = [
  'proposed',
  'met',
  'dating',
  'married',
  'declined',
  'no_show',
];

/** A random valid pool of `size` members with history and blocked pairs among them. */
export function randomPool(seed: number, options: RandomPoolOptions): Pool {
  const rng = new Rng(seed);
  const members = Array.from({ length: options.size }, (_, i) =>
    randomMember(rng, `m${String(i).padStart(4, '0')}`, options),
  );
  const history: Introduction[] = [];
  const blocked: BlockedPair[] = [];
  const n = members.length;
  if (n >= 2) {
    const h = Math.round(n * (options.historyPerMember ?? 0.5));
    for (let k = 0; k < h; k++) {
      const a = rng.int(0, n - 1);
      const b = (a + rng.int(1, n - 1)) % n;
      history.push({
        a: members[a]!.id,
        b: members[b]!.id,
        date: addDays(TEST_REFERENCE_DATE, -rng.int(1, 300)),
        outcome: rng.pick(OUTCOMES),
      });
    }
    const bl = Math.round(n * (options.blockedPerMember ?? 0.1));
    for (let k = 0; k < bl; k++) {
      const a = rng.int(0, n - 1);
      const b = (a + rng.int(1, n - 1)) % n;
      blocked.push({ by: members[a]!.id, other: members[b]!.id });
    }
  }
  return { catalogueVersion: DISTRICT_CATALOGUE_VERSION, members, history, blocked };
}
