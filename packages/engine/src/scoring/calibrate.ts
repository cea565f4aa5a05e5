import { InvalidArgumentError } from '../core/errors.js';
import type { Introduction, IntroductionOutcome } from '../model/history.js';
import type { Member } from '../model/member.js';
import type { Pool } from '../model/pool.js';
import { PREFERENCE_CRITERIA, type PreferenceCriterion } from '../model/preferences.js';
import { rocAuc } from './auc.js';
import { CRITERION_INDEX } from './criterion-bits.js';
import { fuseSatisfactions } from './fusion.js';
import { fitLogistic, type LogisticModel, logisticPredictor } from './logistic-regression.js';
import { evaluateSatisfaction, type SatisfactionDetail } from './reference-score.js';
import {
  resolveScoringConfig,
  type ScoreFusion,
  type ScoringConfig,
  type ScoringConfigInput,
} from './scoring-config.js';

// Learning criterion importances from what came of past introductions. Each introduction with a
// known ending becomes one example: label 1 for met / dating / married, 0 for declined / no_show
// ('proposed' is still open and left out). Its features are, per criterion, how much of each
// member's (default-weighted) satisfaction that criterion supplied, summed over the two members:
//     x_c = Σ_{side} weight_c · credit_c / totalWeight   (soft criteria only)
// so that Σ_c x_c is the sum of the two satisfactions. A logistic model σ(b₀ + Σ β_c x_c) is fitted
// with an L2 penalty; β_c ≥ 0 (clamped) divided by the largest become the criterion multipliers,
// with 'stated' normalisation: a satisfaction is then Σ_c m_c x_c for one side, the model's own
// additive form (a ratio of multiplied weights would score a pair that states nothing the data
// values as highly as a pair that agrees on it). Hard criteria are never learned or changed.

const CRITERIA = PREFERENCE_CRITERIA.length;

/** 1 for an introduction that went somewhere, 0 for one that did not, undefined while open. */
export function outcomeLabel(outcome: IntroductionOutcome): 0 | 1 | undefined {
  switch (outcome) {
    case 'met':
    case 'dating':
    case 'married':
      return 1;
    case 'declined':
    case 'no_show':
      return 0;
    case 'proposed':
      return undefined;
  }
}

/** Adds one side's per-criterion share of satisfaction into `out` (length 11) at `offset`. */
function addShares(d: SatisfactionDetail, out: Float64Array, offset: number): void {
  if (d.totalWeight === 0) return;
  for (const e of d.criteria)
    if (!e.hard) out[offset + CRITERION_INDEX[e.criterion]]! += (e.weight * e.credit) / d.totalWeight;
}

/** The calibration features of a pair (length 11, PREFERENCE_CRITERIA order), ages on `date`. */
export function pairFeatures(a: Member, b: Member, config: ScoringConfig, date: string): Float64Array {
  const out = new Float64Array(CRITERIA);
  addShares(evaluateSatisfaction(a, b, config, date), out, 0);
  addShares(evaluateSatisfaction(b, a, config, date), out, 0);
  return out;
}

/** Options of calibrate. */
export interface CalibrateOptions {
  /** The configuration to start from (its importance levels and tolerances are kept). Default: defaults. */
  readonly base?: ScoringConfigInput;
  /** Share of examples held out for the reported AUC, chosen by a seeded hash of the pair. Default 0.3. */
  readonly testShare?: number;
  /** Seed of the split. Default 1. */
  readonly seed?: number;
  /** L2 penalty on the coefficients. Default 1. */
  readonly l2?: number;
}

/** How well the calibrated scores predict held-out outcomes. */
export interface CalibrationReport {
  /** AUC on the held-out examples of the calibrated configuration's mutual score (soft criteria). */
  readonly aucCalibrated: number;
  /** The same for the base (uncalibrated) configuration. */
  readonly aucDefault: number;
  /** The same for the fitted logistic model itself. */
  readonly aucModel: number;
  /** Examples with a known ending; of them used for fitting and held out. */
  readonly n: number;
  readonly nTrain: number;
  readonly nTest: number;
  /** Introductions left out: still 'proposed', or naming a member not in the pool. */
  readonly skipped: number;
  /** Fitted coefficients before clamping and rescaling, per criterion, and the intercept. */
  readonly coefficients: Readonly<Record<PreferenceCriterion, number>>;
  readonly intercept: number;
  /** The fusion chosen (the one with the higher training AUC). */
  readonly fusion: ScoreFusion;
}

/** The calibrated configuration and its report. */
export interface CalibrationResult {
  readonly config: ScoringConfig;
  readonly report: CalibrationReport;
}

function hashPair(a: string, b: string, seed: number): number {
  const [x, y] = a < b ? [a, b] : [b, a];
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const s of [x, '\u0000', y])
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}

interface Example {
  readonly a: Member;
  readonly b: Member;
  readonly date: string;
  readonly label: 0 | 1;
  readonly test: boolean;
}

function softScore(ex: Example, config: ScoringConfig): number {
  const ab = evaluateSatisfaction(ex.a, ex.b, config, ex.date).satisfaction;
  const ba = evaluateSatisfaction(ex.b, ex.a, config, ex.date).satisfaction;
  return fuseSatisfactions(ab, ba, config.fusion);
}

function aucOf(examples: readonly Example[], score: (e: Example) => number): number {
  return rocAuc(
    examples.map(score),
    examples.map((e) => e.label),
  );
}

/**
 * Fits criterion multipliers and the fusion to observed outcomes (deterministic). Ages are taken
 * on each introduction's date. Returns a configuration a round can use and its predictive
 * quality on held-out history against the base configuration.
 */
export function calibrate(
  pool: Pool,
  history: readonly Introduction[],
  options: CalibrateOptions = {},
): CalibrationResult {
  const base = resolveScoringConfig(options.base);
  const testShare = options.testShare ?? 0.3;
  if (!(testShare >= 0 && testShare < 1))
    throw new InvalidArgumentError('expected a share in [0, 1)', ['testShare']);
  const l2 = options.l2 ?? 1;
  if (!(Number.isFinite(l2) && l2 > 0)) throw new InvalidArgumentError('expected a number > 0', ['l2']);
  const seed = options.seed ?? 1;
  const byId = new Map(pool.members.map((m) => [m.id, m]));
  const examples: Example[] = [];
  let skipped = 0;
  for (const h of history) {
    const label = outcomeLabel(h.outcome);
    const a = byId.get(h.a);
    const b = byId.get(h.b);
    if (label === undefined || a === undefined || b === undefined) {
      skipped++;
      continue;
    }
    const test = hashPair(h.a, h.b, seed) / 4294967296 < testShare;
    examples.push({ a, b, date: h.date, label, test });
  }
  const train = examples.filter((e) => !e.test);
  const heldOut = examples.filter((e) => e.test);

  const x = new Float64Array(train.length * CRITERIA);
  train.forEach((e, r) => {
    x.set(pairFeatures(e.a, e.b, base, e.date), r * CRITERIA);
  });
  const model: LogisticModel = fitLogistic(
    x,
    train.map((e) => e.label),
    train.length,
    CRITERIA,
    { l2, maxIterations: 50 },
  );

  // β⁺ divided by the largest (multipliers ≤ 1, as 'stated' normalisation requires). Criteria no
  // training pair states cannot be estimated and get the mean of the others.
  const supported = PREFERENCE_CRITERIA.map((_, c) => train.some((_, r) => x[r * CRITERIA + c] !== 0));
  const positive = PREFERENCE_CRITERIA.map((_, c) => Math.max(0, model.coefficients[c]!));
  const largest = Math.max(0, ...positive.filter((_, c) => supported[c]));
  const scaled = positive.map((v, c) => (supported[c] && largest > 0 ? v / largest : Number.NaN));
  const known = scaled.filter((v) => !Number.isNaN(v));
  const fill = known.length === 0 ? 1 : known.reduce((s, v) => s + v, 0) / known.length;
  const criterionWeights = {} as Record<PreferenceCriterion, number>;
  const coefficients = {} as Record<PreferenceCriterion, number>;
  PREFERENCE_CRITERIA.forEach((c, i) => {
    coefficients[c] = model.coefficients[i]!;
    criterionWeights[c] = Number.isNaN(scaled[i]!) ? fill : scaled[i]!;
  });

  const candidates = (['geometric', 'harmonic'] as const).map((fusion) =>
    resolveScoringConfig({ ...base, criterionWeights, fusion, weightNormalisation: 'stated' }),
  );
  const trainAuc = candidates.map((cfg) => aucOf(train, (e) => softScore(e, cfg)));
  const chosen = (trainAuc[1]! > trainAuc[0]! ? candidates[1] : candidates[0])!;

  return {
    config: chosen,
    report: {
      aucCalibrated: aucOf(heldOut, (e) => softScore(e, chosen)),
      aucDefault: aucOf(heldOut, (e) => softScore(e, base)),
      aucModel: aucOf(heldOut, (e) => logisticPredictor(model, pairFeatures(e.a, e.b, base, e.date))),
      n: examples.length,
      nTrain: train.length,
      nTest: heldOut.length,
      skipped,
      coefficients,
      intercept: model.intercept,
      fusion: chosen.fusion,
    },
  };
}
