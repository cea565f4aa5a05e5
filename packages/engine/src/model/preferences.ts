import { z } from 'zod';
import { districtCodeSchema } from './districts.js';
import { type EducationLevel, educationLevelSchema } from './education.js';
import {
  type Drinking,
  drinkingSchema,
  type MaritalHistory,
  maritalHistorySchema,
  type Smoking,
  smokingSchema,
  type WantsChildren,
  wantsChildrenSchema,
} from './lifestyle.js';
import { type OccupationKind, occupationKindSchema } from './occupations.js';
import type { Agrees, Expect } from './schema-agrees.js';

/** Named importance levels of a soft criterion (irrelevant, a little, somewhat, very, extremely). */
export const IMPORTANCE = { irrelevant: 0, aLittle: 1, somewhat: 10, very: 50, extremely: 250 } as const;

/** The default importance levels, ascending: what a member picks from when stating a soft criterion. */
export const IMPORTANCE_LEVELS: readonly number[] = [0, 1, 10, 50, 250];

/** Hard (a dealbreaker: a pair failing it is excluded) or soft with an importance ≥ 0. */
export type CriterionWeight = { readonly hard: true } | { readonly hard: false; readonly importance: number };

/** A criterion: what is acceptable (range or set) plus how much it matters. */
export type Criterion<T> = T & CriterionWeight;

/** An inclusive numeric range. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
}

/** What a member wants in a partner; every criterion is optional (absent = no preference). */
export interface Preferences {
  /** Partner's age in completed years, inclusive range. */
  readonly age?: Criterion<NumberRange>;
  /** Partner's height in cm, inclusive range. */
  readonly height?: Criterion<NumberRange>;
  /** Partner's education at least this level. */
  readonly education?: Criterion<{ readonly min: EducationLevel }>;
  /** Partner lives in one of these district codes. */
  readonly districts?: Criterion<{ readonly codes: readonly string[] }>;
  /** Partner's occupation is one of these kinds. */
  readonly occupations?: Criterion<{ readonly kinds: readonly OccupationKind[] }>;
  /** Partner shares at least this many of the member's own hobbies. */
  readonly hobbies?: Criterion<{ readonly minShared: number }>;
  /** Partner's smoking habit is one of these. */
  readonly smoking?: Criterion<{ readonly accepted: readonly Smoking[] }>;
  /** Partner's drinking habit is one of these. */
  readonly drinking?: Criterion<{ readonly accepted: readonly Drinking[] }>;
  /** Partner's marital history is one of these. */
  readonly maritalHistory?: Criterion<{ readonly accepted: readonly MaritalHistory[] }>;
  /** Partner's wish for children is one of these. */
  readonly wantsChildren?: Criterion<{ readonly accepted: readonly WantsChildren[] }>;
  /** Questionnaire similarity (see `questionnaireSimilarity`) at least this, in [0, 1]. */
  readonly questionnaire?: Criterion<{ readonly minSimilarity: number }>;
}

/** The criteria, in the order explanations list them. */
export const PREFERENCE_CRITERIA = [
  'age',
  'height',
  'education',
  'districts',
  'occupations',
  'hobbies',
  'smoking',
  'drinking',
  'maritalHistory',
  'wantsChildren',
  'questionnaire',
] as const satisfies readonly (keyof Preferences)[];

/** One criterion's name. */
export type PreferenceCriterion = (typeof PREFERENCE_CRITERIA)[number];

/** zod schema of a soft criterion's importance: a finite number ≥ 0. */
export const importanceSchema = z.number().nonnegative().finite();

function criterion<S extends z.ZodRawShape>(shape: S) {
  return z.discriminatedUnion('hard', [
    z.strictObject({ hard: z.literal(true), ...shape }),
    z.strictObject({ hard: z.literal(false), importance: importanceSchema, ...shape }),
  ]);
}

function rangeCriterion(lo: number, hi: number, unit: string) {
  const bound = z.number().int().min(lo).max(hi);
  return criterion({ min: bound, max: bound }).refine((r) => r.min <= r.max, {
    message: `min must not exceed max (${unit})`,
    path: ['max'],
  });
}

function setOf<T extends z.ZodType>(item: T) {
  return z.array(item).min(1, { message: 'expected at least one accepted value' });
}

/** zod schema of Preferences. */
export const preferencesSchema = z.strictObject({
  age: rangeCriterion(18, 99, 'years').optional(),
  height: rangeCriterion(100, 250, 'cm').optional(),
  education: criterion({ min: educationLevelSchema }).optional(),
  districts: criterion({ codes: setOf(districtCodeSchema) }).optional(),
  occupations: criterion({ kinds: setOf(occupationKindSchema) }).optional(),
  hobbies: criterion({ minShared: z.number().int().min(0).max(20) }).optional(),
  smoking: criterion({ accepted: setOf(smokingSchema) }).optional(),
  drinking: criterion({ accepted: setOf(drinkingSchema) }).optional(),
  maritalHistory: criterion({ accepted: setOf(maritalHistorySchema) }).optional(),
  wantsChildren: criterion({ accepted: setOf(wantsChildrenSchema) }).optional(),
  questionnaire: criterion({ minSimilarity: z.number().min(0).max(1) }).optional(),
});

type _PreferencesAgree = Expect<Agrees<z.output<typeof preferencesSchema>, Preferences>>;
