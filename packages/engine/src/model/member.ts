import { z } from 'zod';
import { type IsoDate, isoDateSchema } from './dates.js';
import { districtCodeSchema } from './districts.js';
import { type EducationLevel, educationLevelSchema } from './education.js';
import { idSchema } from './id.js';
import {
  type Drinking,
  drinkingSchema,
  type Gender,
  genderSchema,
  type MaritalHistory,
  maritalHistorySchema,
  type Smoking,
  smokingSchema,
  type WantsChildren,
  wantsChildrenSchema,
} from './lifestyle.js';
import { type OccupationKind, occupationKindSchema } from './occupations.js';
import { parseWith } from './parse.js';
import { type Preferences, preferencesSchema } from './preferences.js';
import { questionnaireAnswersSchema } from './questionnaire.js';
import type { Agrees, Expect } from './schema-agrees.js';

/** A registered member of a dating centre (职工交友中心), with what they want in a partner. */
export interface Member {
  /** Stable id, e.g. `m00042`. */
  readonly id: string;
  /** Name shown to counsellors, e.g. `陈先生`; optional because members may withhold it. */
  readonly displayName?: string;
  readonly gender: Gender;
  readonly birthDate: IsoDate;
  /** Height in whole centimetres. */
  readonly heightCm: number;
  readonly education: EducationLevel;
  /** Home district code from the catalogue, e.g. `XH-SD`. */
  readonly district: string;
  readonly occupation: OccupationKind;
  /** Employer as the member wrote it, e.g. `浙江大学`. */
  readonly employer: string;
  /** Hobby and interest tags, e.g. `hiking`. */
  readonly hobbies: readonly string[];
  readonly smoking: Smoking;
  readonly drinking: Drinking;
  readonly maritalHistory: MaritalHistory;
  readonly wantsChildren: WantsChildren;
  /** Questionnaire answers 1–5, one per item of QUESTIONNAIRE_ITEMS, in order. */
  readonly questionnaire: readonly number[];
  readonly preferences: Preferences;
  /** Date the member registered. */
  readonly joinedOn: IsoDate;
  /** Member asked not to be introduced for now. */
  readonly paused?: boolean;
  /** Member is seeing someone; not introduced while true. */
  readonly inRelationship?: boolean;
}

/** zod schema of a hobby tag: 1–32 characters, no surrounding spaces. */
export const hobbyTagSchema = z
  .string()
  .min(1)
  .max(32)
  .refine((s) => s.trim() === s, { message: 'tag must not start or end with spaces' });

/** zod schema of a Member. */
export const memberSchema = z.strictObject({
  id: idSchema,
  displayName: z.string().min(1).max(64).optional(),
  gender: genderSchema,
  birthDate: isoDateSchema,
  heightCm: z.number().int().min(100).max(250),
  education: educationLevelSchema,
  district: districtCodeSchema,
  occupation: occupationKindSchema,
  employer: z.string().max(100),
  hobbies: z.array(hobbyTagSchema).max(20),
  smoking: smokingSchema,
  drinking: drinkingSchema,
  maritalHistory: maritalHistorySchema,
  wantsChildren: wantsChildrenSchema,
  questionnaire: questionnaireAnswersSchema,
  preferences: preferencesSchema,
  joinedOn: isoDateSchema,
  paused: z.boolean().optional(),
  inRelationship: z.boolean().optional(),
});

type _MemberAgrees = Expect<Agrees<z.output<typeof memberSchema>, Member>>;

/** Validates one member; throws ValidationError naming `member <id>` and the field. */
export function parseMember(input: unknown): Member {
  return parseWith(memberSchema, input, { single: 'member' });
}
