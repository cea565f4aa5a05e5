import { z } from 'zod';

/** Education levels, lowest first: the order is what an "at least" preference compares. */
export const EDUCATION_LEVELS = [
  'high_school',
  'vocational',
  'associate',
  'bachelor',
  'master',
  'doctorate',
] as const;

/** One education level (高中, 中专/职高, 大专, 本科, 硕士, 博士). */
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Chinese names of the education levels, for explanations. */
export const EDUCATION_NAMES: Readonly<Record<EducationLevel, string>> = {
  high_school: '高中',
  vocational: '中专/职高',
  associate: '大专',
  bachelor: '本科',
  master: '硕士',
  doctorate: '博士',
};

/** zod schema of an education level. */
export const educationLevelSchema = z.enum(EDUCATION_LEVELS);

/** Rank of a level, 0 (high school) to 5 (doctorate). */
export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}
