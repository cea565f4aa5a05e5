import { DISTRICTS } from '../model/districts.js';
import { OCCUPATION_KINDS } from '../model/occupations.js';
import {
  C_AGE,
  C_CHILDREN,
  C_DISTRICTS,
  C_DRINKING,
  C_EDUCATION,
  C_HEIGHT,
  C_HOBBIES,
  C_MARITAL,
  C_OCCUPATIONS,
  C_SMOKING,
  CRITERION_COUNT,
} from '../scoring/criterion-bits.js';
import { type EncodedPool, ONEHOT_SHIFT } from '../scoring/encoded-pool.js';
import type { ScoringConfig } from '../scoring/scoring-config.js';

// The criteria that compare a partner's own attribute with a preference, and so can be indexed:
// everything except shared hobbies and questionnaire similarity, which depend on both members.
// A dimension is an attribute with small integer values; the loss a member's criterion assigns
// to a value is computed with exactly the kernel's arithmetic, so index filters never disagree
// with the scores.

/** How a dimension's preference is stated. */
export type DimensionKind = 'range' | 'atLeast' | 'set';

/** One indexable criterion. */
export interface Dimension {
  readonly criterion: number;
  readonly kind: DimensionKind;
  /** Number of values of a set dimension (values 0..cardinality−1); 0 for ordinal ones. */
  readonly cardinality: number;
  /** A member's own value. */
  value(enc: EncodedPool, m: number): number;
  /** Unweighted lost share (0..1) of member m's criterion for a partner value v (0 when met). */
  missShare(enc: EncodedPool, m: number, v: number): number;
}

function rangeShare(v: number, min: number, max: number, tol: number): number {
  if (v >= min && v <= max) return 0;
  const d = v < min ? min - v : v - max;
  return d >= tol ? 1 : d / tol;
}

function lifestyle(criterion: number, shift: number, attr: (e: EncodedPool) => Uint8Array): Dimension {
  return {
    criterion,
    kind: 'set',
    cardinality: 3,
    value: (e, m) => attr(e)[m]!,
    missShare: (e, m, v) => (((e.prefAccept[m]! >>> (shift + v)) & 1) === 1 ? 0 : 1),
  };
}

/** True when member m's criterion on the dimension can never lose anything (absent, or soft with weight 0). */
export function unconstrained(dim: Dimension, enc: EncodedPool, m: number): boolean {
  return (
    ((enc.hardMask[m]! >>> dim.criterion) & 1) === 0 &&
    enc.weights[m * CRITERION_COUNT + dim.criterion]! === 0
  );
}

/** The indexable dimensions, for a scoring configuration (tolerances). */
export function dimensionsFor(config: ScoringConfig): readonly Dimension[] {
  const ageTol = config.ageToleranceYears;
  const heightTol = config.heightToleranceCm;
  const eduTol = config.educationToleranceLevels;
  return [
    {
      criterion: C_AGE,
      kind: 'range',
      cardinality: 0,
      value: (e, m) => e.age[m]!,
      missShare: (e, m, v) => rangeShare(v, e.prefAgeMin[m]!, e.prefAgeMax[m]!, ageTol),
    },
    {
      criterion: C_HEIGHT,
      kind: 'range',
      cardinality: 0,
      value: (e, m) => e.height[m]!,
      missShare: (e, m, v) => rangeShare(v, e.prefHeightMin[m]!, e.prefHeightMax[m]!, heightTol),
    },
    {
      criterion: C_EDUCATION,
      kind: 'atLeast',
      cardinality: 0,
      value: (e, m) => e.education[m]!,
      missShare: (e, m, v) => {
        const d = e.prefEducationMin[m]! - v;
        return d <= 0 ? 0 : d >= eduTol ? 1 : d / eduTol;
      },
    },
    {
      criterion: C_DISTRICTS,
      kind: 'set',
      cardinality: DISTRICTS.length,
      value: (e, m) => e.district[m]!,
      missShare: (e, m, v) =>
        ((e.prefDistricts[m * e.districtWords + (v >>> 5)]! >>> (v & 31)) & 1) === 1 ? 0 : 1,
    },
    {
      criterion: C_OCCUPATIONS,
      kind: 'set',
      cardinality: OCCUPATION_KINDS.length,
      value: (e, m) => e.occupation[m]!,
      missShare: (e, m, v) => (((e.prefAccept[m]! >>> (ONEHOT_SHIFT.occupation + v)) & 1) === 1 ? 0 : 1),
    },
    lifestyle(C_SMOKING, ONEHOT_SHIFT.smoking, (e) => e.smoking),
    lifestyle(C_DRINKING, ONEHOT_SHIFT.drinking, (e) => e.drinking),
    lifestyle(C_MARITAL, ONEHOT_SHIFT.marital, (e) => e.marital),
    lifestyle(C_CHILDREN, ONEHOT_SHIFT.children, (e) => e.children),
  ];
}

/**
 * True when member m's criterion on this dimension cannot by itself put a partner with value v
 * below satisfaction 1 − budget: a hard criterion is met, or a soft one loses at most budget ×
 * total weight (loss = weight × missShare, the kernel's term). Budget ≥ 1 checks hard criteria only.
 */
export function withinBudget(
  dim: Dimension,
  enc: EncodedPool,
  m: number,
  v: number,
  budget: number,
): boolean {
  const share = dim.missShare(enc, m, v);
  if (share === 0) return true;
  if ((enc.hardMask[m]! >>> dim.criterion) & 1) return false;
  // A soft criterion never loses more than the total weight.
  if (budget >= 1) return true;
  const w = enc.weights[m * CRITERION_COUNT + dim.criterion]!;
  return w * share <= budget * enc.totalWeight[m]!;
}

/**
 * True when member m's shared-hobbies criterion stays within `budget` for a partner sharing
 * `shared` hobbies; budget ≥ 1 checks a hard criterion only.
 */
export function hobbiesWithin(enc: EncodedPool, m: number, shared: number, budget: number): boolean {
  const d = enc.prefHobbiesMin[m]! - shared;
  if (d <= 0) return true;
  if ((enc.hardMask[m]! >>> C_HOBBIES) & 1) return false;
  if (budget >= 1) return true;
  const tol = enc.config.hobbiesToleranceCount;
  const share = d >= tol ? 1 : d / tol;
  return enc.weights[m * CRITERION_COUNT + C_HOBBIES]! * share <= budget * enc.totalWeight[m]!;
}
