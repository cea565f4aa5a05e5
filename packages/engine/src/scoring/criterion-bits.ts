import { PREFERENCE_CRITERIA, type PreferenceCriterion } from '../model/preferences.js';

// Criterion positions in PREFERENCE_CRITERIA order: the encoded pool stores one weight per
// criterion at `member * CRITERION_COUNT + position`, and one bit per criterion in the hard mask.

/** Number of preference criteria. */
export const CRITERION_COUNT = PREFERENCE_CRITERIA.length;
/** Position of each criterion. */
export const CRITERION_INDEX: Readonly<Record<PreferenceCriterion, number>> = Object.fromEntries(
  PREFERENCE_CRITERIA.map((c, i) => [c, i]),
) as Record<PreferenceCriterion, number>;

export const C_AGE = 0;
export const C_HEIGHT = 1;
export const C_EDUCATION = 2;
export const C_DISTRICTS = 3;
export const C_OCCUPATIONS = 4;
export const C_HOBBIES = 5;
export const C_SMOKING = 6;
export const C_DRINKING = 7;
export const C_MARITAL = 8;
export const C_CHILDREN = 9;
export const C_QUESTIONNAIRE = 10;
