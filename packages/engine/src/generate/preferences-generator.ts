import type { Rng } from '../core/rng.js';
import { EDUCATION_LEVELS, type EducationLevel, educationRank } from '../model/education.js';
import type { Drinking, Gender, MaritalHistory, Smoking, WantsChildren } from '../model/lifestyle.js';
import type { Criterion, NumberRange, Preferences } from '../model/preferences.js';
import type { PoolContext } from './member-generator.js';
import { clamp, WeightedTable } from './random.js';

/** The facts about a member that shape what they ask for. */
export interface SelfFacts {
  readonly gender: Gender;
  readonly age: number;
  readonly heightCm: number;
  readonly education: EducationLevel;
  readonly district: string;
  readonly smoking: Smoking;
  readonly maritalHistory: MaritalHistory;
  readonly wantsChildren: WantsChildren;
}

// Soft importances drawn from the default levels; 0 ("irrelevant") is rare because a member who
// does not care usually leaves the criterion out.
const IMPORTANCE_TABLE = new WeightedTable<number>([
  [0, 3],
  [1, 17],
  [10, 40],
  [50, 30],
  [250, 10],
]);

/** The importance of a soft criterion, or -1 for a hard one. */
function importance(rng: Rng, hardShare: number): number {
  return rng.chance(hardShare) ? -1 : IMPORTANCE_TABLE.pick(rng);
}

// Literal objects per criterion (no spreads): V8 builds them an order of magnitude faster, which
// matters for a million members.
function range(w: number, min: number, max: number): Criterion<NumberRange> {
  return w < 0 ? { hard: true, min, max } : { hard: false, importance: w, min, max };
}

function accepted<T>(w: number, values: readonly T[]): Criterion<{ readonly accepted: readonly T[] }> {
  return w < 0 ? { hard: true, accepted: values } : { hard: false, importance: w, accepted: values };
}

/**
 * Stated preferences as members write them: women mostly ask for men a few years older and taller,
 * men for women a few years younger; most criteria soft, about one in five hard.
 */
export function generatePreferences(rng: Rng, ctx: PoolContext, self: SelfFacts): Preferences {
  const woman = self.gender === 'F';
  const prefs: { -readonly [K in keyof Preferences]: Preferences[K] } = {};

  if (rng.chance(0.9)) {
    let min: number;
    let max: number;
    if (woman) {
      min = self.age - rng.int(0, 2) - (self.age >= 35 ? rng.int(1, 4) : 0);
      max = self.age + rng.int(3, 8);
    } else if (self.age <= 26) {
      min = self.age - rng.int(2, 4);
      max = self.age + rng.int(1, 3);
    } else {
      min = self.age - rng.int(4, 10);
      max = self.age + rng.int(0, 3);
    }
    min = clamp(min, 20, 60);
    max = clamp(max, min, 60);
    prefs.age = range(importance(rng, 0.3), min, max);
  }

  if (rng.chance(woman ? 0.8 : 0.5)) {
    const min = woman ? clamp(self.heightCm + rng.int(4, 12), 160, 180) : rng.int(148, 156);
    const max = woman ? rng.int(185, 200) : Math.max(160, self.heightCm + rng.int(-2, 6));
    prefs.height = range(importance(rng, woman ? 0.25 : 0.12), min, max);
  }

  if (rng.chance(0.55)) {
    const rank = educationRank(self.education) - (woman ? rng.int(0, 1) : rng.int(1, 2));
    const level = EDUCATION_LEVELS[clamp(rank, 0, EDUCATION_LEVELS.length - 1)];
    const w = importance(rng, 0.15);
    if (rank > 0 && level !== undefined)
      prefs.education = w < 0 ? { hard: true, min: level } : { hard: false, importance: w, min: level };
  }

  if (rng.chance(0.2)) {
    const codes = [self.district];
    for (const code of ctx.district.pickDistinct(rng, rng.int(1, 4)))
      if (!codes.includes(code)) codes.push(code);
    const w = importance(rng, 0.08);
    prefs.districts = w < 0 ? { hard: true, codes } : { hard: false, importance: w, codes };
  }

  if (rng.chance(0.1)) {
    const other = woman ? ctx.men : ctx.women;
    const kinds = other.occupation.pickDistinct(rng, rng.int(4, 8));
    const w = importance(rng, 0.05);
    prefs.occupations = w < 0 ? { hard: true, kinds } : { hard: false, importance: w, kinds };
  }

  if (rng.chance(0.35)) {
    const w = importance(rng, 0.03);
    const minShared = rng.chance(0.8) ? 1 : 2;
    prefs.hobbies = w < 0 ? { hard: true, minShared } : { hard: false, importance: w, minShared };
  }

  if (self.smoking === 'never' && rng.chance(woman ? 0.7 : 0.3)) {
    const strict = rng.chance(woman ? 0.6 : 0.5);
    const w = importance(rng, woman ? 0.35 : 0.25);
    prefs.smoking = accepted<Smoking>(w, strict ? ['never'] : ['never', 'sometimes']);
  }

  if (rng.chance(0.3)) {
    const w = importance(rng, 0.1);
    prefs.drinking = accepted<Drinking>(w, rng.chance(0.2) ? ['never'] : ['never', 'socially']);
  }

  if (self.maritalHistory === 'never_married' && rng.chance(0.55)) {
    prefs.maritalHistory =
      self.age < 33
        ? accepted<MaritalHistory>(importance(rng, 0.4), ['never_married'])
        : accepted<MaritalHistory>(importance(rng, 0.25), ['never_married', 'divorced']);
  }

  if (self.wantsChildren !== 'open' && rng.chance(0.45)) {
    prefs.wantsChildren = accepted<WantsChildren>(importance(rng, 0.3), [self.wantsChildren, 'open']);
  }

  if (rng.chance(0.4)) {
    const w = importance(rng, 0.05);
    const minSimilarity = rng.int(11, 15) / 20;
    prefs.questionnaire =
      w < 0 ? { hard: true, minSimilarity } : { hard: false, importance: w, minSimilarity };
  }
  return prefs;
}
