import { QUESTIONNAIRE_LENGTH } from '../model/questionnaire.js';
import { type EncodedPool, ONEHOT_SHIFT } from './encoded-pool.js';
import { RECORD_WORDS, WEIGHT_WORDS } from './kernel-records.js';
import { popcount32 } from './popcount.js';
import { createScoreMany, type ScoreMany } from './score-batch.js';

export { popcount32 } from './popcount.js';
export type { ScoreMany } from './score-batch.js';

/** Scores pairs of an encoded pool by member position; no allocation per call. */
export interface PairScorer {
  /** Satisfaction of `a` with `b` in [0, 1], or −1 when one of `a`'s hard criteria fails. */
  satisfaction(a: number, b: number): number;
  /** Mutual score in [0, 1] (fused per the config), or −1 when the pair is unacceptable. */
  mutual(a: number, b: number): number;
  /** round(mutual × integerScale), or −1 when the pair is unacceptable. */
  mutualInt(a: number, b: number): number;
  /**
   * mutualInt(a, bs[i]) into out[i] for i in [from, to): one member against many, a's record
   * read once. The candidate scan's access pattern, and faster per pair than mutualInt.
   */
  readonly scoreMany: ScoreMany;
}

const OCC_FIELD = 0xffff << ONEHOT_SHIFT.occupation;
const SMOKING_FIELD = 7 << ONEHOT_SHIFT.smoking;
const DRINKING_FIELD = 7 << ONEHOT_SHIFT.drinking;
const MARITAL_FIELD = 7 << ONEHOT_SHIFT.marital;
const CHILDREN_FIELD = 7 << ONEHOT_SHIFT.children;

// Criterion bit positions and record offsets are written as literals in the hot functions:
// imported constants are live bindings that V8 re-reads on every use. They must match
// criterion-bits.ts and kernel-records.ts (the bit-for-bit test against the reference checks).
//   bits:    0 age, 1 height, 2 education, 3 districts, 4 occupations, 5 hobbies, 6 smoking,
//            7 drinking, 8 marital history, 9 wants children, 10 questionnaire
//   record:  0 age, 1 height, 2 edu|district<<4|qsum<<12, 3 hobbies, 4 onehot, 5-6 qbits,
//            7-8 age range, 9-10 height range, 11 eduMin|hobbiesMin<<4|maxDiff<<12|hard<<20,
//            12 accepted one-hot, 13-14 districts
//   weights: 0-10 criteria, 11 total, 12 norm, 13 satisfaction when nothing is missed

/**
 * The fast kernel over an encoded pool. It computes exactly what `referencePairScore` computes
 * (same terms, same order, same arithmetic), reading one 64-byte record per member. A bitmask of
 * missed criteria is built from integer arithmetic without branches; floating-point work happens
 * only for the criteria actually missed.
 */
export function createPairScorer(enc: EncodedPool): PairScorer {
  if (RECORD_WORDS !== 16 || WEIGHT_WORDS !== 14) throw new Error('kernel record layout changed');
  const Q = QUESTIONNAIRE_LENGTH;
  const { records: rec, recordWeights: wrec, hobbiesExtra, hobbyWords } = enc;
  const XW = hobbyWords - 1;
  const cfg = enc.config;
  const ageTol = cfg.ageToleranceYears;
  const heightTol = cfg.heightToleranceCm;
  const eduTol = cfg.educationToleranceLevels;
  const hobbyTol = cfg.hobbiesToleranceCount;
  const qTol = cfg.questionnaireTolerance;
  const geometric = cfg.fusion === 'geometric';
  const scale = cfg.integerScale;
  const qSpan = 4 * Q;
  const qMin = enc.prefQuestionnaireMin;

  function extraShared(a: number, b: number): number {
    let shared = 0;
    for (let w = 0; w < XW; w++) shared += popcount32(hobbiesExtra[a * XW + w]! & hobbiesExtra[b * XW + w]!);
    return shared;
  }

  function sharedHobbyCount(a: number, b: number): number {
    return popcount32(rec[a * 16 + 3]! & rec[b * 16 + 3]!) + (XW > 0 ? extraShared(a, b) : 0);
  }

  // Σ_k |a_k − b_k| = Σ a_k + Σ b_k − 2 Σ min(a_k, b_k), the minima from the thermometer bits.
  function answerDiff(a: number, b: number): number {
    const oa = a * 16;
    const ob = b * 16;
    const mins = Q + popcount32(rec[oa + 5]! & rec[ob + 5]!) + popcount32(rec[oa + 6]! & rec[ob + 6]!);
    return (rec[oa + 2]! >>> 12) + (rec[ob + 2]! >>> 12) - 2 * mins;
  }

  // Satisfaction of a with b given the pair's shared hobby count and answer difference. The miss
  // mask uses sign bits of differences: the outcomes are data-dependent and a mispredicted branch
  // costs more than the arithmetic.
  function direction(a: number, b: number, shared: number, diff: number): number {
    const oa = a * 16;
    const ob = b * 16;
    const ag = rec[ob]!;
    const h = rec[ob + 1]!;
    const edb = rec[ob + 2]!;
    const dist = (edb >>> 4) & 0xff;
    const packed = rec[oa + 11]!;
    const setMiss = rec[ob + 4]! & ~rec[oa + 12]!;
    const distWord = dist < 32 ? rec[oa + 13]! : rec[oa + 14]!;
    const miss =
      (((ag - rec[oa + 7]!) | (rec[oa + 8]! - ag)) >>> 31) |
      ((((h - rec[oa + 9]!) | (rec[oa + 10]! - h)) >>> 31) << 1) |
      ((((edb & 15) - (packed & 15)) >>> 31) << 2) |
      ((((distWord >>> (dist & 31)) & 1) ^ 1) << 3) |
      ((((setMiss & OCC_FIELD) + OCC_FIELD) >>> 16) << 4) |
      (((shared - ((packed >>> 4) & 0xff)) >>> 31) << 5) |
      ((((setMiss & SMOKING_FIELD) + SMOKING_FIELD) >>> 19) << 6) |
      ((((setMiss & DRINKING_FIELD) + DRINKING_FIELD) >>> 22) << 7) |
      ((((setMiss & MARITAL_FIELD) + MARITAL_FIELD) >>> 25) << 8) |
      ((((setMiss & CHILDREN_FIELD) + CHILDREN_FIELD) >>> 28) << 9) |
      (((((packed >>> 12) & 0xff) - diff) >>> 31) << 10);
    if (miss === 0) return wrec[a * 14 + 13]!;
    if (miss & (packed >>> 20)) return -1;
    const norm = wrec[a * 14 + 12]!;
    if (norm === 0) return 1;
    return (wrec[a * 14 + 11]! - lossOf(a, b, miss, shared, diff)) / norm;
  }

  // Weighted loss over the missed (soft) criteria, added in criterion order as the reference does.
  function lossOf(a: number, b: number, miss: number, shared: number, diff: number): number {
    const oa = a * 16;
    const ob = b * 16;
    const wa = a * 14;
    let loss = 0;
    let d = 0;
    if (miss & 1) {
      const ag = rec[ob]!;
      d = ag < rec[oa + 7]! ? rec[oa + 7]! - ag : ag - rec[oa + 8]!;
      loss += wrec[wa]! * (d >= ageTol ? 1 : d / ageTol);
    }
    if (miss & 2) {
      const h = rec[ob + 1]!;
      d = h < rec[oa + 9]! ? rec[oa + 9]! - h : h - rec[oa + 10]!;
      loss += wrec[wa + 1]! * (d >= heightTol ? 1 : d / heightTol);
    }
    if (miss & 4) {
      d = (rec[oa + 11]! & 15) - (rec[ob + 2]! & 15);
      loss += wrec[wa + 2]! * (d >= eduTol ? 1 : d / eduTol);
    }
    if (miss & 8) loss += wrec[wa + 3]!;
    if (miss & 16) loss += wrec[wa + 4]!;
    if (miss & 32) {
      d = ((rec[oa + 11]! >>> 4) & 0xff) - shared;
      loss += wrec[wa + 5]! * (d >= hobbyTol ? 1 : d / hobbyTol);
    }
    if (miss & 64) loss += wrec[wa + 6]!;
    if (miss & 128) loss += wrec[wa + 7]!;
    if (miss & 256) loss += wrec[wa + 8]!;
    if (miss & 512) loss += wrec[wa + 9]!;
    if (miss & 1024) {
      const gap = qMin[a]! - (1 - diff / qSpan);
      loss += wrec[wa + 10]! * (gap >= qTol ? 1 : gap / qTol);
    }
    return loss;
  }

  // Both directions written out in one function (the same steps as `direction` and `lossOf`):
  // V8 does not inline functions this large, and the calls cost a quarter of the time.
  function mutual(a: number, b: number): number {
    const oa = a * 16;
    const ob = b * 16;
    let shared = popcount32(rec[oa + 3]! & rec[ob + 3]!);
    if (XW > 0) shared += extraShared(a, b);
    const diff =
      (rec[oa + 2]! >>> 12) +
      (rec[ob + 2]! >>> 12) -
      2 * (Q + popcount32(rec[oa + 5]! & rec[ob + 5]!) + popcount32(rec[oa + 6]! & rec[ob + 6]!));
    // a's view of b: the miss mask, then unacceptable if it hits a hard criterion.
    let mab: number;
    {
      const ag = rec[ob]!;
      const h = rec[ob + 1]!;
      const edb = rec[ob + 2]!;
      const dist = (edb >>> 4) & 0xff;
      const packed = rec[oa + 11]!;
      const setMiss = rec[ob + 4]! & ~rec[oa + 12]!;
      const distWord = rec[oa + 13 + (dist >>> 5)]!;
      mab =
        (((ag - rec[oa + 7]!) | (rec[oa + 8]! - ag)) >>> 31) |
        ((((h - rec[oa + 9]!) | (rec[oa + 10]! - h)) >>> 31) << 1) |
        ((((edb & 15) - (packed & 15)) >>> 31) << 2) |
        ((((distWord >>> (dist & 31)) & 1) ^ 1) << 3) |
        ((((setMiss & OCC_FIELD) + OCC_FIELD) >>> 16) << 4) |
        (((shared - ((packed >>> 4) & 0xff)) >>> 31) << 5) |
        ((((setMiss & SMOKING_FIELD) + SMOKING_FIELD) >>> 19) << 6) |
        ((((setMiss & DRINKING_FIELD) + DRINKING_FIELD) >>> 22) << 7) |
        ((((setMiss & MARITAL_FIELD) + MARITAL_FIELD) >>> 25) << 8) |
        ((((setMiss & CHILDREN_FIELD) + CHILDREN_FIELD) >>> 28) << 9) |
        (((((packed >>> 12) & 0xff) - diff) >>> 31) << 10);
      if (mab & (packed >>> 20)) return -1;
    }
    // b's view of a: the miss mask, then unacceptable if it hits a hard criterion.
    let mba: number;
    {
      const ag = rec[oa]!;
      const h = rec[oa + 1]!;
      const edb = rec[oa + 2]!;
      const dist = (edb >>> 4) & 0xff;
      const packed = rec[ob + 11]!;
      const setMiss = rec[oa + 4]! & ~rec[ob + 12]!;
      const distWord = rec[ob + 13 + (dist >>> 5)]!;
      mba =
        (((ag - rec[ob + 7]!) | (rec[ob + 8]! - ag)) >>> 31) |
        ((((h - rec[ob + 9]!) | (rec[ob + 10]! - h)) >>> 31) << 1) |
        ((((edb & 15) - (packed & 15)) >>> 31) << 2) |
        ((((distWord >>> (dist & 31)) & 1) ^ 1) << 3) |
        ((((setMiss & OCC_FIELD) + OCC_FIELD) >>> 16) << 4) |
        (((shared - ((packed >>> 4) & 0xff)) >>> 31) << 5) |
        ((((setMiss & SMOKING_FIELD) + SMOKING_FIELD) >>> 19) << 6) |
        ((((setMiss & DRINKING_FIELD) + DRINKING_FIELD) >>> 22) << 7) |
        ((((setMiss & MARITAL_FIELD) + MARITAL_FIELD) >>> 25) << 8) |
        ((((setMiss & CHILDREN_FIELD) + CHILDREN_FIELD) >>> 28) << 9) |
        (((((packed >>> 12) & 0xff) - diff) >>> 31) << 10);
      if (mba & (packed >>> 20)) return -1;
    }
    let ab = wrec[a * 14 + 13]!;
    if (mab !== 0) {
      const w = a * 14;
      let loss = 0;
      let d = 0;
      if (mab & 1) {
        const ag = rec[ob]!;
        d = ag < rec[oa + 7]! ? rec[oa + 7]! - ag : ag - rec[oa + 8]!;
        loss += wrec[w]! * (d >= ageTol ? 1 : d / ageTol);
      }
      if (mab & 2) {
        const h = rec[ob + 1]!;
        d = h < rec[oa + 9]! ? rec[oa + 9]! - h : h - rec[oa + 10]!;
        loss += wrec[w + 1]! * (d >= heightTol ? 1 : d / heightTol);
      }
      if (mab & 4) {
        d = (rec[oa + 11]! & 15) - (rec[ob + 2]! & 15);
        loss += wrec[w + 2]! * (d >= eduTol ? 1 : d / eduTol);
      }
      if (mab & 8) loss += wrec[w + 3]!;
      if (mab & 16) loss += wrec[w + 4]!;
      if (mab & 32) {
        d = ((rec[oa + 11]! >>> 4) & 0xff) - shared;
        loss += wrec[w + 5]! * (d >= hobbyTol ? 1 : d / hobbyTol);
      }
      if (mab & 64) loss += wrec[w + 6]!;
      if (mab & 128) loss += wrec[w + 7]!;
      if (mab & 256) loss += wrec[w + 8]!;
      if (mab & 512) loss += wrec[w + 9]!;
      if (mab & 1024) {
        const gap = qMin[a]! - (1 - diff / qSpan);
        loss += wrec[w + 10]! * (gap >= qTol ? 1 : gap / qTol);
      }
      const norm = wrec[w + 12]!;
      ab = norm === 0 ? 1 : (wrec[w + 11]! - loss) / norm;
    }
    let ba = wrec[b * 14 + 13]!;
    if (mba !== 0) {
      const w = b * 14;
      let loss = 0;
      let d = 0;
      if (mba & 1) {
        const ag = rec[oa]!;
        d = ag < rec[ob + 7]! ? rec[ob + 7]! - ag : ag - rec[ob + 8]!;
        loss += wrec[w]! * (d >= ageTol ? 1 : d / ageTol);
      }
      if (mba & 2) {
        const h = rec[oa + 1]!;
        d = h < rec[ob + 9]! ? rec[ob + 9]! - h : h - rec[ob + 10]!;
        loss += wrec[w + 1]! * (d >= heightTol ? 1 : d / heightTol);
      }
      if (mba & 4) {
        d = (rec[ob + 11]! & 15) - (rec[oa + 2]! & 15);
        loss += wrec[w + 2]! * (d >= eduTol ? 1 : d / eduTol);
      }
      if (mba & 8) loss += wrec[w + 3]!;
      if (mba & 16) loss += wrec[w + 4]!;
      if (mba & 32) {
        d = ((rec[ob + 11]! >>> 4) & 0xff) - shared;
        loss += wrec[w + 5]! * (d >= hobbyTol ? 1 : d / hobbyTol);
      }
      if (mba & 64) loss += wrec[w + 6]!;
      if (mba & 128) loss += wrec[w + 7]!;
      if (mba & 256) loss += wrec[w + 8]!;
      if (mba & 512) loss += wrec[w + 9]!;
      if (mba & 1024) {
        const gap = qMin[b]! - (1 - diff / qSpan);
        loss += wrec[w + 10]! * (gap >= qTol ? 1 : gap / qTol);
      }
      const norm = wrec[w + 12]!;
      ba = norm === 0 ? 1 : (wrec[w + 11]! - loss) / norm;
    }
    if (geometric) return Math.sqrt(ab * ba);
    const s = ab + ba;
    return s === 0 ? 0 : (2 * ab * ba) / s;
  }

  return {
    satisfaction: (a, b) => direction(a, b, sharedHobbyCount(a, b), answerDiff(a, b)),
    mutual,
    mutualInt(a, b) {
      const m = mutual(a, b);
      return m < 0 ? -1 : Math.round(m * scale);
    },
    scoreMany: createScoreMany(enc),
  };
}
