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

/** A shift on or off request: work this slot, or do not work this slot or date; `weight` is paid when it is not met. */
export interface ShiftRequest {
  readonly kind: 'on' | 'off';
  /** Slot id (needed for `on`). */
  readonly slot?: string;
  /** Shanghai date (only for `off`): every shift that day breaks the request. */
  readonly date?: IsoDate;
  readonly weight: number;
}

/** Most shifts of one shift type (Slot.shiftType) over the horizon. */
export interface ShiftTypeLimit {
  readonly shiftType: string;
  readonly max: number;
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
  // Rostering over longer horizons; an absent field falls back to the solver's rules.
  /** Minutes over the horizon that fairness aims at; default: an even share of the demand. */
  readonly targetMinutes?: number;
  /** Fewest minutes over the horizon (soft). */
  readonly minTotalMinutes?: number;
  /** Most minutes over the horizon (hard). */
  readonly maxTotalMinutes?: number;
  /** Most shifts on one Shanghai day (hard). */
  readonly maxShiftsPerDay?: number;
  /** Most consecutive working days (hard). */
  readonly maxConsecutiveDays?: number;
  /** Fewest consecutive working days in a run (soft). */
  readonly minConsecutiveDays?: number;
  /** Fewest consecutive days off between two working runs (soft). */
  readonly minConsecutiveDaysOff?: number;
  /** Most weekends (a Saturday or Sunday worked) over the horizon (hard). */
  readonly maxWeekends?: number;
  /** ISO weekdays (1 = Monday … 7 = Sunday) never worked, like datesOff every week. */
  readonly fixedDaysOff?: readonly number[];
  readonly shiftRequests?: readonly ShiftRequest[];
  /** Per shift type maxima (hard). */
  readonly maxShiftsByType?: readonly ShiftTypeLimit[];
}

/** zod schema of a ShiftRequest: `on` names a slot, `off` a slot or a date. */
export const shiftRequestSchema = z
  .strictObject({
    kind: z.enum(['on', 'off']),
    slot: idSchema.optional(),
    date: isoDateSchema.optional(),
    weight: z.number().min(0).max(1e6),
  })
  .superRefine((r, ctx) => {
    if ((r.slot === undefined) === (r.date === undefined))
      ctx.addIssue({ code: 'custom', message: 'name exactly one of slot or date', path: ['slot'] });
    else if (r.kind === 'on' && r.slot === undefined)
      ctx.addIssue({ code: 'custom', message: 'an on request names a slot', path: ['slot'] });
  });

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
  targetMinutes: countSchema.optional(),
  minTotalMinutes: countSchema.optional(),
  maxTotalMinutes: countSchema.optional(),
  maxShiftsPerDay: countSchema.optional(),
  maxConsecutiveDays: countSchema.min(1).optional(),
  minConsecutiveDays: countSchema.optional(),
  minConsecutiveDaysOff: countSchema.optional(),
  maxWeekends: countSchema.optional(),
  fixedDaysOff: z.array(z.number().int().min(1).max(7)).optional(),
  shiftRequests: z.array(shiftRequestSchema).optional(),
  maxShiftsByType: z.array(z.strictObject({ shiftType: idSchema, max: countSchema })).optional(),
});

type _VolunteerAgrees = Expect<Agrees<z.output<typeof volunteerSchema>, Volunteer>>;
