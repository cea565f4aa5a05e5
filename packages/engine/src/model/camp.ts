import { z } from 'zod';
import { clockTimeSchema, clockTimeToMinutes, type IsoDate, isoDateSchema, isoDateToDays } from './dates.js';
import { districtCodeSchema } from './districts.js';
import { countSchema, idSchema } from './id.js';
import { type Gender, genderSchema } from './lifestyle.js';
import type { Agrees, Expect } from './schema-agrees.js';

// The records of a summer camp (小候鸟夏令营) for children of migrant workers. Ages are in
// completed years on the session's first day.

const ageSchema = z.number().int().min(0).max(18);

function ageBandOk(r: { minAge: number; maxAge: number }): boolean {
  return r.minAge <= r.maxAge;
}
const AGE_BAND = { message: 'minAge must not exceed maxAge', path: ['maxAge'] };

/** One camp session: a run of days at a site, with a capacity and an age band. */
export interface CampSession {
  readonly id: string;
  readonly name: string;
  /** First day. */
  readonly start: IsoDate;
  /** Last day (inclusive). */
  readonly end: IsoDate;
  /** Most children in the session. */
  readonly capacity: number;
  readonly minAge: number;
  readonly maxAge: number;
  /** Most children in one group. */
  readonly groupSize: number;
  /** Venues the session may use (ids). */
  readonly venues: readonly string[];
}

/** zod schema of a CampSession. */
export const campSessionSchema = z
  .strictObject({
    id: idSchema,
    name: z.string().max(100),
    start: isoDateSchema,
    end: isoDateSchema,
    capacity: countSchema.min(1),
    minAge: ageSchema,
    maxAge: ageSchema,
    groupSize: countSchema.min(1),
    venues: z.array(idSchema).min(1),
  })
  .refine((s) => isoDateToDays(s.end) >= isoDateToDays(s.start), {
    message: 'end must not be before start',
    path: ['end'],
  })
  .refine(ageBandOk, AGE_BAND);

/** A child to be placed in a session. */
export interface Child {
  readonly id: string;
  readonly displayName?: string;
  readonly birthDate: IsoDate;
  readonly gender: Gender;
  /** Sibling group id: siblings go to the same session. */
  readonly siblingGroup?: string;
  /** Sessions the family would like, most wanted first; empty = any. */
  readonly sessionPreferences: readonly string[];
  /** Where the family lives. */
  readonly district: string;
}

/** zod schema of a Child. */
export const childSchema = z.strictObject({
  id: idSchema,
  displayName: z.string().min(1).max(64).optional(),
  birthDate: isoDateSchema,
  gender: genderSchema,
  siblingGroup: idSchema.optional(),
  sessionPreferences: z.array(idSchema).default([]),
  district: districtCodeSchema,
});

/** Children who must be placed in the same session (each member child names the group in `siblingGroup`). */
export interface SiblingGroup {
  readonly id: string;
  readonly children: readonly string[];
}

/** zod schema of a SiblingGroup (two or more children). */
export const siblingGroupSchema = z.strictObject({
  id: idSchema,
  children: z.array(idSchema).min(2, { message: 'a sibling group has at least two children' }),
});

/** A counsellor (辅导员) who leads groups. */
export interface Counsellor {
  readonly id: string;
  readonly displayName?: string;
  readonly gender: Gender;
  /** Skill ids, e.g. `first_aid`, `swimming`. */
  readonly skills: readonly string[];
  /** Most groups the counsellor can lead over the whole summer. */
  readonly maxGroups: number;
  /** Sessions the counsellor can work; absent = all. */
  readonly availableSessions?: readonly string[];
}

/** zod schema of a Counsellor. */
export const counsellorSchema = z.strictObject({
  id: idSchema,
  displayName: z.string().min(1).max(64).optional(),
  gender: genderSchema,
  skills: z.array(idSchema),
  maxGroups: countSchema.min(1),
  availableSessions: z.array(idSchema).optional(),
});

/** An activity every group in a session does a number of times. */
export interface Activity {
  readonly id: string;
  readonly name: string;
  readonly durationMinutes: number;
  /** Kind of venue it needs, e.g. `pool`. */
  readonly venueKind: string;
  readonly minAge: number;
  readonly maxAge: number;
  /** Skills one of the group's counsellors must have, e.g. `lifeguard` for swimming. */
  readonly requiredSkills: readonly string[];
  /** How many times each eligible group does it per session. */
  readonly timesPerSession: number;
}

/** zod schema of an Activity. */
export const activitySchema = z
  .strictObject({
    id: idSchema,
    name: z.string().max(100),
    durationMinutes: countSchema.min(1).max(1440),
    venueKind: idSchema,
    minAge: ageSchema,
    maxAge: ageSchema,
    requiredSkills: z.array(idSchema).default([]),
    timesPerSession: countSchema.min(1),
  })
  .refine(ageBandOk, AGE_BAND);

/** A place activities happen in. */
export interface Venue {
  readonly id: string;
  readonly name: string;
  /** Kind, e.g. `classroom`, `sports_hall`, `pool`, `outdoor`, `museum`. */
  readonly kind: string;
  /** Most children at once. */
  readonly capacity: number;
  readonly district: string;
}

/** zod schema of a Venue. */
export const venueSchema = z.strictObject({
  id: idSchema,
  name: z.string().max(100),
  kind: idSchema,
  capacity: countSchema.min(1),
  district: districtCodeSchema,
});

/** A daily period activities are placed in, in local (Shanghai) clock time. */
export interface DailyPeriod {
  readonly id: string;
  /** `HH:MM`. */
  readonly start: string;
  /** `HH:MM`, after start. */
  readonly end: string;
}

/** zod schema of a DailyPeriod. */
export const dailyPeriodSchema = z
  .strictObject({ id: idSchema, start: clockTimeSchema, end: clockTimeSchema })
  .refine((p) => clockTimeToMinutes(p.end) > clockTimeToMinutes(p.start), {
    message: 'end must be after start',
    path: ['end'],
  });

type _CampAgrees = Expect<
  | Agrees<z.output<typeof campSessionSchema>, CampSession>
  | Agrees<z.output<typeof childSchema>, Child>
  | Agrees<z.output<typeof siblingGroupSchema>, SiblingGroup>
  | Agrees<z.output<typeof counsellorSchema>, Counsellor>
  | Agrees<z.output<typeof activitySchema>, Activity>
  | Agrees<z.output<typeof venueSchema>, Venue>
  | Agrees<z.output<typeof dailyPeriodSchema>, DailyPeriod>
>;
