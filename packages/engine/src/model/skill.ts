import { z } from 'zod';
import { idSchema } from './id.js';
import type { Agrees, Expect } from './schema-agrees.js';

/** A skill in a problem's catalogue, e.g. `first_aid` (急救). */
export interface SkillDef {
  readonly id: string;
  /** Chinese name. */
  readonly name: string;
  /** English name. */
  readonly nameEn: string;
}

/** zod schema of a SkillDef. */
export const skillDefSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1).max(64),
  nameEn: z.string().min(1).max(64),
});

/** Skill levels: 1 (basic), 2 (experienced), 3 (expert or certified). */
export const SKILL_LEVELS = [1, 2, 3] as const;

/** zod schema of a skill level 1–3. */
export const skillLevelSchema = z.number().int().min(1).max(3);

type _SkillDefAgrees = Expect<Agrees<z.output<typeof skillDefSchema>, SkillDef>>;
