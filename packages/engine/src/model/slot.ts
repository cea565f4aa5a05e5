import { z } from 'zod';
import { type IsoDateTime, isoDateTimeSchema, isoDateTimeToMinutes } from './dates.js';
import { districtCodeSchema } from './districts.js';
import { countSchema, idSchema } from './id.js';
import type { Agrees, Expect } from './schema-agrees.js';
import { skillLevelSchema } from './skill.js';

/** So many volunteers with a skill at a minimum level. */
export interface SkillRequirement {
  readonly skill: string;
  /** Lowest acceptable level, 1–3. */
  readonly minLevel: number;
  /** Head count needed with this skill (≥ 1). */
  readonly count: number;
  /** Penalty per missing volunteer; default: the solver's under-staffing weight × (priority + 1). */
  readonly missingWeight?: number;
}

/** Where a slot takes place. */
export interface SlotLocation {
  readonly district: string;
  /** Venue or post name, e.g. `断桥`, or a household address for a call-out. */
  readonly venue: string;
}

/** A shift or call-out that needs volunteers at a time and place. */
export interface Slot {
  readonly id: string;
  /** What the slot is, e.g. `水电维修` or `问询引导`. */
  readonly label: string;
  readonly start: IsoDateTime;
  readonly end: IsoDateTime;
  readonly location: SlotLocation;
  readonly requirements: readonly SkillRequirement[];
  /** Fewest volunteers for the slot to run at all. */
  readonly minHeadcount: number;
  /** Most volunteers the slot can use. */
  readonly maxHeadcount: number;
  /** Higher is more important to fill (0 = lowest). */
  readonly priority: number;
  /** Recurring slots sharing a series id want the same people (continuity). */
  readonly series?: string;
  /** Shift type (e.g. `early`, `late`) for per-type maxima and forbidden successions. */
  readonly shiftType?: string;
  /** Penalty per missing volunteer below minHeadcount beyond the skill requirements; default as for requirements. */
  readonly missingWeight?: number;
  /** Penalty per volunteer above max(minHeadcount, Σ requirement counts); default: the solver's over-staffing weight. */
  readonly extraWeight?: number;
}

const weightSchema = z.number().min(0).max(1e6);

/** zod schema of a Slot (skill ids are checked against the problem). */
export const slotSchema = z
  .strictObject({
    id: idSchema,
    label: z.string().max(100),
    start: isoDateTimeSchema,
    end: isoDateTimeSchema,
    location: z.strictObject({ district: districtCodeSchema, venue: z.string().min(1).max(100) }),
    requirements: z.array(
      z.strictObject({
        skill: idSchema,
        minLevel: skillLevelSchema.default(1),
        count: countSchema.min(1),
        missingWeight: weightSchema.optional(),
      }),
    ),
    minHeadcount: countSchema,
    maxHeadcount: countSchema.min(1),
    priority: countSchema,
    series: idSchema.optional(),
    shiftType: idSchema.optional(),
    missingWeight: weightSchema.optional(),
    extraWeight: weightSchema.optional(),
  })
  .superRefine((s, ctx) => {
    if (isoDateTimeToMinutes(s.end) <= isoDateTimeToMinutes(s.start))
      ctx.addIssue({ code: 'custom', message: 'end must be after start', path: ['end'] });
    if (s.minHeadcount > s.maxHeadcount)
      ctx.addIssue({
        code: 'custom',
        message: 'minHeadcount must not exceed maxHeadcount',
        path: ['minHeadcount'],
      });
    let total = 0;
    for (const r of s.requirements) total += r.count;
    if (total > s.maxHeadcount && s.requirements.every((r) => r.count <= s.maxHeadcount))
      ctx.addIssue({
        code: 'custom',
        message: 'requirement counts add up to more than maxHeadcount',
        path: ['maxHeadcount'],
      });
    s.requirements.forEach((r, i) => {
      if (r.count > s.maxHeadcount)
        ctx.addIssue({
          code: 'custom',
          message: 'requirement count exceeds maxHeadcount',
          path: ['requirements', i, 'count'],
        });
    });
  });

type _SlotAgrees = Expect<Agrees<z.output<typeof slotSchema>, Slot>>;

/** True if a place (district code or venue name, as in Volunteer.preferredPlaces) names the slot's location. */
export function slotAtPlace(slot: Slot, place: string): boolean {
  return slot.location.district === place || slot.location.venue === place;
}

/** Length of a slot in minutes. */
export function slotMinutes(slot: Slot): number {
  return isoDateTimeToMinutes(slot.end) - isoDateTimeToMinutes(slot.start);
}
