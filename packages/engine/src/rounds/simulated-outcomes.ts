import type { Rng } from '../core/rng.js';

/**
 * The simulation's outcome model, per week. With s = mutual score / 10000: an introduction leads
 * to a meeting with probability meetBase + meetSlope·s; a meeting to dating with probability
 * dateBase + dateSlope·s²; each week a dating couple marries (and leaves the pool) with
 * probability marryBase + marrySlope·s, or breaks up (both return) with probability breakUp.
 */
export interface OutcomeModel {
  readonly meetBase: number;
  readonly meetSlope: number;
  readonly dateBase: number;
  readonly dateSlope: number;
  readonly marryBase: number;
  readonly marrySlope: number;
  readonly breakUp: number;
  /** Weekly probability that an unattached member leaves the pool for other reasons. */
  readonly dropOut: number;
}

/**
 * Defaults chosen to land near Xihu's reports: of ~350 introductions a month about 3,000 a year
 * lead to meetings and 100+ couples marry in a year (at s = 1: 75 % meet, 7 % of meetings date,
 * a dating couple marries with probability 3 % a week and splits with 5 %).
 */
export const DEFAULT_OUTCOME_MODEL: OutcomeModel = Object.freeze({
  meetBase: 0.35,
  meetSlope: 0.4,
  dateBase: 0.01,
  dateSlope: 0.06,
  marryBase: 0.005,
  marrySlope: 0.025,
  breakUp: 0.05,
  dropOut: 0.002,
});

/** What became of one introduction in its week. */
export type IntroductionFate = 'declined' | 'met' | 'dating';

/** Draws the fate of an introduction with mutual score `score` (0..10000). */
export function introductionFate(rng: Rng, score: number, m: OutcomeModel): IntroductionFate {
  const s = score / 10_000;
  if (!rng.chance(m.meetBase + m.meetSlope * s)) return 'declined';
  return rng.chance(m.dateBase + m.dateSlope * s * s) ? 'dating' : 'met';
}

/** Draws a dating couple's week: still dating, married, or broken up. */
export function datingWeek(rng: Rng, score: number, m: OutcomeModel): 'dating' | 'married' | 'broke_up' {
  const r = rng.next();
  const marry = m.marryBase + m.marrySlope * (score / 10_000);
  if (r < marry) return 'married';
  return r < marry + m.breakUp ? 'broke_up' : 'dating';
}
