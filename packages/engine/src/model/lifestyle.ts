import { z } from 'zod';

/** How often a member smokes. */
export const SMOKING_VALUES = ['never', 'sometimes', 'often'] as const;
export type Smoking = (typeof SMOKING_VALUES)[number];
/** zod schema of a smoking habit. */
export const smokingSchema = z.enum(SMOKING_VALUES);

/** How often a member drinks. */
export const DRINKING_VALUES = ['never', 'socially', 'often'] as const;
export type Drinking = (typeof DRINKING_VALUES)[number];
/** zod schema of a drinking habit. */
export const drinkingSchema = z.enum(DRINKING_VALUES);

/** Marital history: 未婚, 离异, 丧偶. */
export const MARITAL_HISTORY_VALUES = ['never_married', 'divorced', 'widowed'] as const;
export type MaritalHistory = (typeof MARITAL_HISTORY_VALUES)[number];
/** zod schema of a marital history. */
export const maritalHistorySchema = z.enum(MARITAL_HISTORY_VALUES);

/** Whether a member wants children. */
export const WANTS_CHILDREN_VALUES = ['yes', 'no', 'open'] as const;
export type WantsChildren = (typeof WANTS_CHILDREN_VALUES)[number];
/** zod schema of a wish for children. */
export const wantsChildrenSchema = z.enum(WANTS_CHILDREN_VALUES);

/** Genders as registered: `M` (男) and `F` (女). */
export const GENDERS = ['M', 'F'] as const;
export type Gender = (typeof GENDERS)[number];
/** zod schema of a gender. */
export const genderSchema = z.enum(GENDERS);
