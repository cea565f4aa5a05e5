import { z } from 'zod';
import { type IsoDate, isoDateSchema } from './dates.js';
import { districtCodeSchema } from './districts.js';
import { countSchema, idSchema } from './id.js';
import type { Agrees, Expect } from './schema-agrees.js';
import { skillLevelSchema } from './skill.js';
import { type TimeWindow, timeWindowSchema } from './time-window.js';

/** A skill a volunteer has, at a level 1–3. */
export interface VolunteerSkill {
  /** Skill id from the problem's catalogue. */
  readonly skill: string;
  readonly level: number;
}

/** A volunteer (志愿者) who can be put on slots. */
export interface Volunteer {
  readonly id: string;
  readonly displayName?: string;
  readonly skills: readonly VolunteerSkill[];
  /** Home district code. */
  readonly homeDistrict: string;
  /** When the volunteer can serve: a slot must lie inside one window. Empty = never. */
  readonly availability: readonly TimeWindow[];
  /** Whole days off (Shanghai dates), overriding availability. */
  readonly datesOff: readonly IsoDate[];
  /** Most minutes of slots on one Shanghai calendar day. */
  readonly maxMinutesPerDay: number;
  /** Most minutes of slots in one week (Monday to Sunday, Shanghai time). */
  readonly maxMinutesPerWeek: number;
  /** Most slots over the whole horizon. */
  readonly maxShifts: number;
  /** Times the volunteer would like to serve (soft). */
  readonly preferredTimes: readonly TimeWindow[];
  /** Times the volunteer would rather not serve (soft). */
  readonly undesiredTimes: readonly TimeWindow[];
  /** Places liked: district codes or slot venue names (see slotAtPlace). */
  readonly preferredPlaces: readonly string[];
  /** Places disliked: district codes or slot venue names. */
  readonly undesiredPlaces: readonly string[];
}

/** zod schema of a Volunteer (skill ids and places are checked against the problem). */
export const volunteerSchema = z.strictObject({
  id: idSchema,
  displayName: z.string().min(1).max(64).optional(),
  skills: z.array(z.strictObject({ skill: idSchema, level: skillLevelSchema })),
  homeDistrict: districtCodeSchema,
  availability: z.array(timeWindowSchema),
  datesOff: z.array(isoDateSchema).default([]),
  maxMinutesPerDay: countSchema.max(1440),
  maxMinutesPerWeek: countSchema.max(10080),
  maxShifts: countSchema,
  preferredTimes: z.array(timeWindowSchema).default([]),
  undesiredTimes: z.array(timeWindowSchema).default([]),
  preferredPlaces: z.array(z.string().min(1).max(64)).default([]),
  undesiredPlaces: z.array(z.string().min(1).max(64)).default([]),
});

type _VolunteerAgrees = Expect<Agrees<z.output<typeof volunteerSchema>, Volunteer>>;
