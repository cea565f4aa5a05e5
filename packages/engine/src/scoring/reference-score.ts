import { ageOn, type IsoDate } from '../model/dates.js';
import { educationRank } from '../model/education.js';
import type { Member } from '../model/member.js';
import type { CriterionWeight, PreferenceCriterion, Preferences } from '../model/preferences.js';
import { questionnaireSimilarity } from '../model/questionnaire.js';
import { fuseSatisfactions } from './fusion.js';
import { importanceWeight, missShare, type ScoringConfig } from './scoring-config.js';

// The scalar reference: plain objects, one criterion at a time, easy to read. Satisfaction is
// (total − loss) / total, where loss adds, in PREFERENCE_CRITERIA order, each missed soft
// criterion's weight × the share it lost. The typed-array kernel (score-kernel.ts) adds the same
// terms in the same order with the same arithmetic, so the two agree bit for bit (tests use ===).

/** How one of a member's criteria fared against a partner. */
export interface CriterionEvaluation {
  readonly criterion: PreferenceCriterion;
  readonly hard: boolean;
  /** Stated importance of a soft criterion; 0 for a hard one. */
  readonly importance: number;
  /** Effective weight in the satisfaction (importance weight × criterion multiplier); 0 for a hard one. */
  readonly weight: number;
  /** Credit in [0, 1]: 1 when met, partial for a near miss of a soft criterion, 0 for a hard miss. */
  readonly credit: number;
  readonly met: boolean;
  /**
   * How far the partner is outside, in the criterion's unit (years, cm, education levels, missing
   * shared hobbies, questionnaire similarity; 1 for a value not in the accepted set); 0 when met.
   * Negative below a range's minimum, positive above its maximum or short of a minimum count.
   */
  readonly gap: number;
}

/** One member's satisfaction with a partner, criterion by criterion. */
export interface SatisfactionDetail {
  /**
   * Weighted share of soft criteria met in [0, 1]: (totalWeight − loss) / normWeight; 1 when the
   * member has no soft weight (nothing to miss).
   */
  readonly satisfaction: number;
  /** False when a hard criterion failed. */
  readonly acceptable: boolean;
  /** Sum of the soft weights. */
  readonly totalWeight: number;
  /** What the satisfaction is a share of: totalWeight, or the weights before multipliers ('stated'). */
  readonly normWeight: number;
  /** Stated criteria only, in PREFERENCE_CRITERIA order. */
  readonly criteria: readonly CriterionEvaluation[];
}

/** A pair's mutual score and both sides' details. */
export interface PairScore {
  /** Both sides' hard criteria hold. */
  readonly acceptable: boolean;
  /** Fused satisfactions in [0, 1]; 0 when not acceptable. */
  readonly score: number;
  /** round(score × integerScale); 0 when not acceptable. */
  readonly scoreInt: number;
  /** How `a` sees `b`. */
  readonly ab: SatisfactionDetail;
  /** How `b` sees `a`. */
  readonly ba: SatisfactionDetail;
}

/** Distinct hobby tags the two members share, in `a`'s order. */
export function sharedHobbies(a: Member, b: Member): string[] {
  const theirs = new Set(b.hobbies);
  const out: string[] = [];
  for (const h of a.hobbies) if (theirs.has(h) && !out.includes(h)) out.push(h);
  return out;
}

function rangeGap(value: number, min: number, max: number): number {
  return value < min ? value - min : value > max ? value - max : 0;
}

/** The gap of the partner on one criterion of `from` (see CriterionEvaluation.gap). */
function gapOf(
  criterion: PreferenceCriterion,
  prefs: Preferences,
  from: Member,
  to: Member,
  referenceDate: IsoDate,
): number {
  switch (criterion) {
    case 'age': {
      const p = prefs.age!;
      return rangeGap(ageOn(to.birthDate, referenceDate), p.min, p.max);
    }
    case 'height': {
      const p = prefs.height!;
      return rangeGap(to.heightCm, p.min, p.max);
    }
    case 'education':
      return Math.max(0, educationRank(prefs.education!.min) - educationRank(to.education));
    case 'districts':
      return prefs.districts!.codes.includes(to.district) ? 0 : 1;
    case 'occupations':
      return prefs.occupations!.kinds.includes(to.occupation) ? 0 : 1;
    case 'hobbies':
      return Math.max(0, prefs.hobbies!.minShared - sharedHobbies(from, to).length);
    case 'smoking':
      return prefs.smoking!.accepted.includes(to.smoking) ? 0 : 1;
    case 'drinking':
      return prefs.drinking!.accepted.includes(to.drinking) ? 0 : 1;
    case 'maritalHistory':
      return prefs.maritalHistory!.accepted.includes(to.maritalHistory) ? 0 : 1;
    case 'wantsChildren':
      return prefs.wantsChildren!.accepted.includes(to.wantsChildren) ? 0 : 1;
    case 'questionnaire': {
      const sim = questionnaireSimilarity(from.questionnaire, to.questionnaire);
      const min = prefs.questionnaire!.minSimilarity;
      return sim < min ? min - sim : 0;
    }
  }
}

function toleranceOf(criterion: PreferenceCriterion, config: ScoringConfig): number {
  switch (criterion) {
    case 'age':
      return config.ageToleranceYears;
    case 'height':
      return config.heightToleranceCm;
    case 'education':
      return config.educationToleranceLevels;
    case 'hobbies':
      return config.hobbiesToleranceCount;
    case 'questionnaire':
      return config.questionnaireTolerance;
    default:
      return 0;
  }
}

const CRITERIA_ORDER: readonly PreferenceCriterion[] = [
  'age',
  'height',
  'education',
  'districts',
  'occupations',
  'hobbies',
  'smoking',
  'drinking',
  'maritalHistory',
  'wantsChildren',
  'questionnaire',
];

/** How `from` sees `to` on every stated criterion; ages are taken on `referenceDate`. */
export function evaluateSatisfaction(
  from: Member,
  to: Member,
  config: ScoringConfig,
  referenceDate: IsoDate,
): SatisfactionDetail {
  const prefs = from.preferences;
  const criteria: CriterionEvaluation[] = [];
  let acceptable = true;
  let loss = 0;
  let total = 0;
  let norm = 0;
  const statedNorm = config.weightNormalisation === 'stated';
  for (const criterion of CRITERIA_ORDER) {
    const stated = prefs[criterion] as CriterionWeight | undefined;
    if (stated === undefined) continue;
    const gap = gapOf(criterion, prefs, from, to, referenceDate);
    const met = gap === 0;
    if (stated.hard) {
      if (!met) acceptable = false;
      criteria.push({ criterion, hard: true, importance: 0, weight: 0, credit: met ? 1 : 0, met, gap });
      continue;
    }
    const level = importanceWeight(config, stated.importance);
    const weight = level * config.criterionWeights[criterion];
    norm += statedNorm ? level : weight;
    const share = missShare(Math.abs(gap), toleranceOf(criterion, config));
    if (!met) loss += weight * share;
    total += weight;
    criteria.push({
      criterion,
      hard: false,
      importance: stated.importance,
      weight,
      credit: 1 - share,
      met,
      gap,
    });
  }
  const satisfaction = norm === 0 ? 1 : (total - loss) / norm;
  return { satisfaction, acceptable, totalWeight: total, normWeight: norm, criteria };
}

/** Mutual score of a pair by the scalar reference: both directions, fused per the config. */
export function referencePairScore(
  a: Member,
  b: Member,
  config: ScoringConfig,
  referenceDate: IsoDate,
): PairScore {
  const ab = evaluateSatisfaction(a, b, config, referenceDate);
  const ba = evaluateSatisfaction(b, a, config, referenceDate);
  const acceptable = ab.acceptable && ba.acceptable;
  const score = acceptable ? fuseSatisfactions(ab.satisfaction, ba.satisfaction, config.fusion) : 0;
  return { acceptable, score, scoreInt: Math.round(score * config.integerScale), ab, ba };
}
