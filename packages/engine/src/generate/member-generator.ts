import { Rng } from '../core/rng.js';
import { daysFromCivil, daysToIsoDate, isoDateToDays } from '../model/dates.js';
import { districtByCode } from '../model/districts.js';
import { type EducationLevel, educationRank } from '../model/education.js';
import type { Drinking, Gender, MaritalHistory, Smoking, WantsChildren } from '../model/lifestyle.js';
import type { Member } from '../model/member.js';
import type { OccupationKind } from '../model/occupations.js';
import { QUESTIONNAIRE_LENGTH } from '../model/questionnaire.js';
import {
  AGE_WEIGHTS,
  EDUCATION_WEIGHTS,
  EMPLOYERS,
  HOBBY_WEIGHTS,
  OCCUPATION_WEIGHTS,
  REGION_DISTRICT_WEIGHTS,
  SURNAMES,
} from './pool-catalogues.js';
import { isManAt, memberIdAt, type ResolvedPoolSpec } from './pool-spec.js';
import { generatePreferences } from './preferences-generator.js';
import { approxNormal, clamp, hash32, hashUnit, WeightedTable } from './random.js';

const MEMBER_STREAM = 0x6d656d62;
const JOIN_STREAM = 0x6a6f696e;
/** Members joined at most this many days before the reference date (4 years: all joined at 18+). */
const JOIN_SPAN_DAYS = 1460;

/** Per-gender weighted tables, built once per pool. */
export interface GenderTables {
  readonly education: WeightedTable<EducationLevel>;
  readonly occupation: WeightedTable<OccupationKind>;
  readonly hobbies: WeightedTable<string>;
  readonly smoking: WeightedTable<Smoking>;
  readonly drinking: WeightedTable<Drinking>;
}

/** Everything a member draw needs, precomputed from a spec. */
export interface PoolContext {
  readonly spec: ResolvedPoolSpec;
  readonly referenceDays: number;
  readonly age: WeightedTable<number>;
  readonly district: WeightedTable<string>;
  readonly surname: WeightedTable<string>;
  readonly men: GenderTables;
  readonly women: GenderTables;
}

function genderTables(column: 1 | 2): GenderTables {
  const men = column === 1;
  return {
    education: new WeightedTable(EDUCATION_WEIGHTS.map((r) => [r[0], r[column]] as const)),
    occupation: new WeightedTable(OCCUPATION_WEIGHTS.map((r) => [r[0], r[column]] as const)),
    hobbies: new WeightedTable(HOBBY_WEIGHTS.map((r) => [r[0], r[column]] as const)),
    smoking: new WeightedTable<Smoking>(
      men
        ? [
            ['never', 65],
            ['sometimes', 22],
            ['often', 13],
          ]
        : [
            ['never', 95],
            ['sometimes', 4],
            ['often', 1],
          ],
    ),
    drinking: new WeightedTable<Drinking>(
      men
        ? [
            ['never', 30],
            ['socially', 58],
            ['often', 12],
          ]
        : [
            ['never', 55],
            ['socially', 43],
            ['often', 2],
          ],
    ),
  };
}

/** Builds the tables for a resolved spec. */
export function poolContext(spec: ResolvedPoolSpec): PoolContext {
  return {
    spec,
    referenceDays: isoDateToDays(spec.referenceDate),
    age: new WeightedTable(AGE_WEIGHTS.map((w, i) => [22 + i, w] as const)),
    district: new WeightedTable(REGION_DISTRICT_WEIGHTS[spec.region]),
    surname: new WeightedTable(SURNAMES),
    men: genderTables(1),
    women: genderTables(2),
  };
}

/** Day number a member joined: a stateless hash of (seed, index), so history can look it up. */
export function joinedOnDays(ctx: PoolContext, index: number): number {
  return ctx.referenceDays - 1 - Math.floor(hashUnit(ctx.spec.seed, JOIN_STREAM, index) * JOIN_SPAN_DAYS);
}

// Loadings of the questionnaire items on two latent traits: traditional (t) and outgoing (o).
const LOAD_T = [0.8, 0.6, 0.3, -0.2, 0.5, 0.3, 0, 0.3, -0.5, 0];
const LOAD_O = [0, -0.1, -0.7, 0.5, -0.2, 0, 0.2, -0.2, 0.1, 0.8];

function questionnaire(rng: Rng): number[] {
  const t = approxNormal(rng, 0, 1);
  const o = approxNormal(rng, 0, 1);
  const out = new Array<number>(QUESTIONNAIRE_LENGTH);
  for (let k = 0; k < QUESTIONNAIRE_LENGTH; k++) {
    const x = 3 + (LOAD_T[k] ?? 0) * t + (LOAD_O[k] ?? 0) * o + approxNormal(rng, 0, 0.8);
    out[k] = clamp(Math.round(x), 1, 5);
  }
  return out;
}

function birthDays(rng: Rng, ctx: PoolContext, age: number): number {
  // Born in (ref − (age+1) years, ref − age years], so that ageOn(birth, ref) === age.
  const [y, m, d] = [
    Number(ctx.spec.referenceDate.slice(0, 4)),
    Number(ctx.spec.referenceDate.slice(5, 7)),
    Number(ctx.spec.referenceDate.slice(8, 10)),
  ];
  const latest = anniversary(y - age, m, d);
  const earliest = anniversary(y - age - 1, m, d) + 1;
  return rng.int(earliest, latest);
}

function anniversary(year: number, month: number, day: number): number {
  // 29 February falls back to 28 February in common years.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return daysFromCivil(year, month, month === 2 && day === 29 && !leap ? 28 : day);
}

function maritalHistory(rng: Rng, age: number): MaritalHistory {
  const divorced = age < 28 ? 0.01 : age < 35 ? 0.06 : 0.18;
  const widowed = age < 35 ? 0.001 : 0.006;
  const r = rng.next();
  return r < divorced ? 'divorced' : r < divorced + widowed ? 'widowed' : 'never_married';
}

function wantsChildren(rng: Rng, marital: MaritalHistory, age: number): WantsChildren {
  const no = marital === 'never_married' ? 0.07 : 0.15;
  const open = age >= 38 || marital !== 'never_married' ? 0.35 : 0.2;
  const r = rng.next();
  return r < no ? 'no' : r < no + open ? 'open' : 'yes';
}

/** Draws member `index` of the pool from `rng` (the pool's sequential member stream). */
export function drawMember(rng: Rng, ctx: PoolContext, index: number): Member {
  const gender: Gender = isManAt(ctx.spec, index) ? 'M' : 'F';
  const tables = gender === 'M' ? ctx.men : ctx.women;
  const age = ctx.age.pick(rng);
  const birthDate = daysToIsoDate(birthDays(rng, ctx, age));
  const heightCm =
    gender === 'M'
      ? clamp(Math.round(approxNormal(rng, 172.5, 6)), 155, 195)
      : clamp(Math.round(approxNormal(rng, 160.5, 5.5)), 145, 182);
  const education = tables.education.pick(rng);
  const district = ctx.district.pick(rng);
  const occupation = tables.occupation.pick(rng);
  // Doctors, researchers and most engineers hold at least a bachelor's degree.
  const educationFixed: EducationLevel =
    (occupation === 'doctor' || occupation === 'research') && educationRank(education) < 4
      ? 'master'
      : occupation === 'software' && educationRank(education) < 2
        ? 'bachelor'
        : education;
  const employers = EMPLOYERS[occupation];
  let employer = rng.pick(employers);
  if (occupation === 'civil_servant' && rng.chance(0.3))
    employer = `${districtByCode(district)?.name ?? ''}办事处`;
  const hobbies = tables.hobbies.pickDistinct(rng, rng.int(2, 6));
  const smoking = tables.smoking.pick(rng);
  const drinking = tables.drinking.pick(rng);
  const marital = maritalHistory(rng, age);
  const children = wantsChildren(rng, marital, age);
  const answers = questionnaire(rng);
  const displayName = `${ctx.surname.pick(rng)}${gender === 'M' ? '先生' : '女士'}`;
  const paused = rng.chance(0.04);
  const inRelationship = rng.chance(0.03);
  const preferences = generatePreferences(rng, ctx, {
    gender,
    age,
    heightCm,
    education: educationFixed,
    district,
    smoking,
    maritalHistory: marital,
    wantsChildren: children,
  });
  const member: Member = {
    id: memberIdAt(ctx.spec, index),
    displayName,
    gender,
    birthDate,
    heightCm,
    education: educationFixed,
    district,
    occupation,
    employer,
    hobbies,
    smoking,
    drinking,
    maritalHistory: marital,
    wantsChildren: children,
    questionnaire: answers,
    preferences,
    joinedOn: daysToIsoDate(joinedOnDays(ctx, index)),
    ...(paused ? { paused: true } : {}),
    ...(inRelationship ? { inRelationship: true } : {}),
  };
  return member;
}

/**
 * Generates a pool's members one by one, in id order, without holding them: a 1,000,000-member
 * province streams in constant memory.
 */
export function* generateMembers(ctx: PoolContext): Generator<Member, void, undefined> {
  const rng = new Rng(hash32(ctx.spec.seed, MEMBER_STREAM));
  for (let i = 0; i < ctx.spec.size; i++) yield drawMember(rng, ctx, i);
}
