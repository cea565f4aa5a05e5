import { InvalidArgumentError } from '../core/errors.js';
import { IMPORTANCE_LEVELS, PREFERENCE_CRITERIA, type PreferenceCriterion } from '../model/preferences.js';

/** How two satisfactions fuse into a mutual score: geometric √(ab) or harmonic 2ab/(a+b). */
export type ScoreFusion = 'geometric' | 'harmonic';

/** Everything that turns stated preferences into numbers. Plain data: store it, diff it, send it. */
export interface ScoringConfig {
  /**
   * Weight given to each default importance level, in the order of IMPORTANCE_LEVELS
   * (0, 1, 10, 50, 250). A stated importance between two levels is interpolated linearly; above
   * the top level it scales proportionally.
   */
  readonly importanceLevels: readonly number[];
  /** Credit of an age outside the range decays linearly to 0 at this many years (0 = no partial credit). */
  readonly ageToleranceYears: number;
  /** Credit of a height outside the range decays linearly to 0 at this many centimetres. */
  readonly heightToleranceCm: number;
  /** Credit of an education below the minimum decays linearly to 0 at this many levels. */
  readonly educationToleranceLevels: number;
  /** Credit of too few shared hobbies decays linearly to 0 at this many missing hobbies. */
  readonly hobbiesToleranceCount: number;
  /** Credit of a questionnaire similarity below the minimum decays linearly to 0 at this gap (similarity units). */
  readonly questionnaireTolerance: number;
  readonly fusion: ScoreFusion;
  /** Per-criterion multiplier of the importance weight (1 = as stated); calibration fits these. */
  readonly criterionWeights: Readonly<Record<PreferenceCriterion, number>>;
  /**
   * What a satisfaction is a share of. 'effective': of the multiplied weights, so a member who
   * meets every criterion scores 1 whatever the multipliers. 'stated': of the weights before the
   * multipliers (which must then be ≤ 1), so criteria that outcomes show matter little also add
   * little: the form calibration produces, since stated agreement predicts success additively.
   */
  readonly weightNormalisation: 'effective' | 'stated';
  /** The integer score is round(score × integerScale): 10000 means 0..10000. */
  readonly integerScale: number;
}

function ones(): Record<PreferenceCriterion, number> {
  const out = {} as Record<PreferenceCriterion, number>;
  for (const c of PREFERENCE_CRITERIA) out[c] = 1;
  return out;
}

/** The defaults: importance weights 0/1/10/50/250, tolerances 3 years, 5 cm, 2 levels, 2 hobbies, 0.25. */
export const DEFAULT_SCORING_CONFIG: ScoringConfig = Object.freeze({
  importanceLevels: Object.freeze([...IMPORTANCE_LEVELS]),
  ageToleranceYears: 3,
  heightToleranceCm: 5,
  educationToleranceLevels: 2,
  hobbiesToleranceCount: 2,
  questionnaireTolerance: 0.25,
  fusion: 'geometric',
  criterionWeights: Object.freeze(ones()),
  weightNormalisation: 'effective',
  integerScale: 10_000,
});

/** A partial configuration; missing fields (and missing criterion multipliers) take the defaults. */
export type ScoringConfigInput = Partial<Omit<ScoringConfig, 'criterionWeights'>> & {
  readonly criterionWeights?: Partial<Record<PreferenceCriterion, number>>;
};

function nonNegative(value: number, path: readonly (string | number)[]): void {
  if (!(Number.isFinite(value) && value >= 0))
    throw new InvalidArgumentError(`expected a finite number ≥ 0, got ${value}`, path);
}

/** Fills in defaults and checks every field; throws InvalidArgumentError naming the field. */
export function resolveScoringConfig(input: ScoringConfigInput = {}): ScoringConfig {
  const d = DEFAULT_SCORING_CONFIG;
  const levels = input.importanceLevels ?? d.importanceLevels;
  if (levels.length !== IMPORTANCE_LEVELS.length)
    throw new InvalidArgumentError(`expected ${IMPORTANCE_LEVELS.length} level weights`, [
      'importanceLevels',
    ]);
  levels.forEach((v, i) => {
    nonNegative(v, ['importanceLevels', i]);
  });
  for (let i = 1; i < levels.length; i++)
    if (levels[i]! < levels[i - 1]!)
      throw new InvalidArgumentError('level weights must not decrease', ['importanceLevels', i]);
  const criterionWeights = ones();
  for (const c of PREFERENCE_CRITERIA) {
    const v = input.criterionWeights?.[c];
    if (v !== undefined) {
      nonNegative(v, ['criterionWeights', c]);
      criterionWeights[c] = v;
    }
  }
  if (input.criterionWeights)
    for (const key of Object.keys(input.criterionWeights))
      if (!(PREFERENCE_CRITERIA as readonly string[]).includes(key))
        throw new InvalidArgumentError(`unknown criterion ${JSON.stringify(key)}`, ['criterionWeights', key]);
  const config: ScoringConfig = {
    importanceLevels: [...levels],
    ageToleranceYears: input.ageToleranceYears ?? d.ageToleranceYears,
    heightToleranceCm: input.heightToleranceCm ?? d.heightToleranceCm,
    educationToleranceLevels: input.educationToleranceLevels ?? d.educationToleranceLevels,
    hobbiesToleranceCount: input.hobbiesToleranceCount ?? d.hobbiesToleranceCount,
    questionnaireTolerance: input.questionnaireTolerance ?? d.questionnaireTolerance,
    fusion: input.fusion ?? d.fusion,
    criterionWeights,
    weightNormalisation: input.weightNormalisation ?? d.weightNormalisation,
    integerScale: input.integerScale ?? d.integerScale,
  };
  if (config.weightNormalisation !== 'effective' && config.weightNormalisation !== 'stated')
    throw new InvalidArgumentError(`unknown normalisation ${JSON.stringify(config.weightNormalisation)}`, [
      'weightNormalisation',
    ]);
  if (config.weightNormalisation === 'stated')
    for (const c of PREFERENCE_CRITERIA)
      if (criterionWeights[c] > 1)
        throw new InvalidArgumentError('multipliers must be ≤ 1 with stated normalisation', [
          'criterionWeights',
          c,
        ]);
  for (const key of [
    'ageToleranceYears',
    'heightToleranceCm',
    'educationToleranceLevels',
    'hobbiesToleranceCount',
    'questionnaireTolerance',
  ] as const)
    nonNegative(config[key], [key]);
  if (config.fusion !== 'geometric' && config.fusion !== 'harmonic')
    throw new InvalidArgumentError(`unknown fusion ${JSON.stringify(config.fusion)}`, ['fusion']);
  if (!(Number.isInteger(config.integerScale) && config.integerScale >= 1 && config.integerScale <= 1e9))
    throw new InvalidArgumentError('expected an integer in [1, 1e9]', ['integerScale']);
  return config;
}

/** Weight of a soft criterion stated with `importance`, before the criterion multiplier (dimensionless). */
export function importanceWeight(config: ScoringConfig, importance: number): number {
  const levels = IMPORTANCE_LEVELS;
  const values = config.importanceLevels;
  const top = levels.length - 1;
  if (importance >= levels[top]!) {
    const topLevel = levels[top]!;
    return importance === topLevel ? values[top]! : (values[top]! * importance) / topLevel;
  }
  for (let k = 0; k < top; k++) {
    const lo = levels[k]!;
    const hi = levels[k + 1]!;
    if (importance === lo) return values[k]!;
    if (importance < hi) return values[k]! + ((values[k + 1]! - values[k]!) * (importance - lo)) / (hi - lo);
  }
  return values[top]!;
}

/**
 * Share of a criterion's weight lost by missing it by `distance` (in the criterion's unit) with
 * linear partial credit over `tolerance`: 0 when met, distance/tolerance, capped at 1. The
 * credit shown in explanations is 1 − this share.
 */
export function missShare(distance: number, tolerance: number): number {
  if (distance <= 0) return 0;
  return distance >= tolerance ? 1 : distance / tolerance;
}
