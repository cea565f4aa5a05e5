import { QUESTIONNAIRE_LENGTH } from '../model/questionnaire.js';
import { type EncodedPool, ONEHOT_SHIFT } from './encoded-pool.js';
import { RECORD_WORDS, WEIGHT_WORDS } from './kernel-records.js';
import { popcount32 } from './popcount.js';

/**
 * Scores member `a` against members bs[from … to − 1]: out[i] = round(mutual × integerScale), or
 * −1 when the pair is unacceptable (the same value as `mutualInt(a, bs[i])`). Entries of `out`
 * outside [from, to) are left alone.
 */
export type ScoreMany = (a: number, bs: Int32Array, from: number, to: number, out: Int32Array) => void;

const OCC_FIELD = 0xffff << ONEHOT_SHIFT.occupation;
const SMOKING_FIELD = 7 << ONEHOT_SHIFT.smoking;
const DRINKING_FIELD = 7 << ONEHOT_SHIFT.drinking;
const MARITAL_FIELD = 7 << ONEHOT_SHIFT.marital;
const CHILDREN_FIELD = 7 << ONEHOT_SHIFT.children;

// The row form of the kernel in score-kernel.ts: the same terms in the same order with the same
// arithmetic (so the same bits), but a's record and weights are read into locals once per row
// instead of once per pair, and no call is made per pair. Record offsets are literals as in
// score-kernel.ts (see the layout there).
//
// Each direction's cheap criteria come first and a pair that fails a hard one is dropped before
// the three popcounts (shared hobbies, answer difference); those two criteria are then added to
// both miss masks and the hard test repeated.

/** The batch kernel over an encoded pool (see ScoreMany); no allocation per call. */
export function createScoreMany(enc: EncodedPool): ScoreMany {
  if (RECORD_WORDS !== 16 || WEIGHT_WORDS !== 14) throw new Error('kernel record layout changed');
  const { records, recordWeights, hobbiesExtra, hobbyWords, prefQuestionnaireMin, config } = enc;

  return function scoreMany(a: number, bs: Int32Array, from: number, to: number, out: Int32Array): void {
    // Everything the loop reads goes into locals first: when several scorers exist, V8 no longer
    // specialises the closure to its captured values, and would reload them pair by pair.
    const rec = records;
    const wrec = recordWeights;
    const hx = hobbiesExtra;
    const qMin = prefQuestionnaireMin;
    const XW = hobbyWords - 1;
    const Q = QUESTIONNAIRE_LENGTH;
    const qSpan = 4 * Q;
    const ageTol = config.ageToleranceYears;
    const heightTol = config.heightToleranceCm;
    const eduTol = config.educationToleranceLevels;
    const hobbyTol = config.hobbiesToleranceCount;
    const qTol = config.questionnaireTolerance;
    const geometric = config.fusion === 'geometric';
    const scale = config.integerScale;
    // a as a partner (what b's preferences are tested against).
    const oa = a * 16;
    const aAge = rec[oa]!;
    const aHeight = rec[oa + 1]!;
    const aEdb = rec[oa + 2]!;
    const aHobbies = rec[oa + 3]!;
    const aOnehot = rec[oa + 4]!;
    const aQ0 = rec[oa + 5]!;
    const aQ1 = rec[oa + 6]!;
    const aEdu = aEdb & 15;
    const aDist = (aEdb >>> 4) & 0xff;
    const aDistWord = 13 + (aDist >>> 5);
    const aDistBit = aDist & 31;
    // Σ a_k − 2·QUESTIONNAIRE_LENGTH: the answer difference less the b terms and the popcounts.
    const aQBase = (aEdb >>> 12) - 2 * Q;
    const ax = a * XW;
    // a's preferences.
    const ageMin = rec[oa + 7]!;
    const ageMax = rec[oa + 8]!;
    const heightMin = rec[oa + 9]!;
    const heightMax = rec[oa + 10]!;
    const packed = rec[oa + 11]!;
    const eduMin = packed & 15;
    const hobbiesMin = (packed >>> 4) & 0xff;
    const maxDiff = (packed >>> 12) & 0xff;
    const hard = packed >>> 20;
    const rejected = ~rec[oa + 12]!;
    const dist0 = rec[oa + 13]!;
    const dist1 = rec[oa + 14]!;
    const wa = a * 14;
    const w0 = wrec[wa]!;
    const w1 = wrec[wa + 1]!;
    const w2 = wrec[wa + 2]!;
    const w3 = wrec[wa + 3]!;
    const w4 = wrec[wa + 4]!;
    const w5 = wrec[wa + 5]!;
    const w6 = wrec[wa + 6]!;
    const w7 = wrec[wa + 7]!;
    const w8 = wrec[wa + 8]!;
    const w9 = wrec[wa + 9]!;
    const w10 = wrec[wa + 10]!;
    const total = wrec[wa + 11]!;
    const norm = wrec[wa + 12]!;
    const full = wrec[wa + 13]!;
    const aQMin = qMin[a]!;

    for (let i = from; i < to; i++) {
      const b = bs[i]!;
      // Shifts, not products: V8 checks int32 products for overflow.
      const ob = b << 4;
      // a's view of b, without hobbies and questionnaire.
      const ag = rec[ob]!;
      const h = rec[ob + 1]!;
      const edb = rec[ob + 2]!;
      const dist = (edb >>> 4) & 0xff;
      const setMiss = rec[ob + 4]! & rejected;
      // a's word 0 or 1 of accepted districts without a branch (districts < 64, packKernelRecords).
      const high = -(dist >>> 5);
      const distWord = (dist0 & ~high) | (dist1 & high);
      let mab =
        (((ag - ageMin) | (ageMax - ag)) >>> 31) |
        ((((h - heightMin) | (heightMax - h)) >>> 31) << 1) |
        ((((edb & 15) - eduMin) >>> 31) << 2) |
        ((((distWord >>> (dist & 31)) & 1) ^ 1) << 3) |
        ((((setMiss & OCC_FIELD) + OCC_FIELD) >>> 16) << 4) |
        ((((setMiss & SMOKING_FIELD) + SMOKING_FIELD) >>> 19) << 6) |
        ((((setMiss & DRINKING_FIELD) + DRINKING_FIELD) >>> 22) << 7) |
        ((((setMiss & MARITAL_FIELD) + MARITAL_FIELD) >>> 25) << 8) |
        ((((setMiss & CHILDREN_FIELD) + CHILDREN_FIELD) >>> 28) << 9);
      if ((mab & hard) !== 0) {
        out[i] = -1;
        continue;
      }
      // b's view of a, likewise.
      const bAgeMin = rec[ob + 7]!;
      const bAgeMax = rec[ob + 8]!;
      const bHeightMin = rec[ob + 9]!;
      const bHeightMax = rec[ob + 10]!;
      const bPacked = rec[ob + 11]!;
      const bHard = bPacked >>> 20;
      const bSetMiss = aOnehot & ~rec[ob + 12]!;
      let mba =
        (((aAge - bAgeMin) | (bAgeMax - aAge)) >>> 31) |
        ((((aHeight - bHeightMin) | (bHeightMax - aHeight)) >>> 31) << 1) |
        (((aEdu - (bPacked & 15)) >>> 31) << 2) |
        ((((rec[ob + aDistWord]! >>> aDistBit) & 1) ^ 1) << 3) |
        ((((bSetMiss & OCC_FIELD) + OCC_FIELD) >>> 16) << 4) |
        ((((bSetMiss & SMOKING_FIELD) + SMOKING_FIELD) >>> 19) << 6) |
        ((((bSetMiss & DRINKING_FIELD) + DRINKING_FIELD) >>> 22) << 7) |
        ((((bSetMiss & MARITAL_FIELD) + MARITAL_FIELD) >>> 25) << 8) |
        ((((bSetMiss & CHILDREN_FIELD) + CHILDREN_FIELD) >>> 28) << 9);
      if ((mba & bHard) !== 0) {
        out[i] = -1;
        continue;
      }
      // Hobbies and questionnaire, both directions (see answerDiff in score-kernel.ts).
      let shared = popcount32(aHobbies & rec[ob + 3]!);
      if (XW > 0) for (let w = 0; w < XW; w++) shared += popcount32(hx[ax + w]! & hx[b * XW + w]!);
      const diff =
        aQBase + (edb >>> 12) - 2 * (popcount32(aQ0 & rec[ob + 5]!) + popcount32(aQ1 & rec[ob + 6]!));
      mab |= (((shared - hobbiesMin) >>> 31) << 5) | (((maxDiff - diff) >>> 31) << 10);
      mba |=
        (((shared - ((bPacked >>> 4) & 0xff)) >>> 31) << 5) |
        (((((bPacked >>> 12) & 0xff) - diff) >>> 31) << 10);
      if (((mab & hard) | (mba & bHard)) !== 0) {
        out[i] = -1;
        continue;
      }
      let ab = full;
      if (mab !== 0) {
        let loss = 0;
        let d = 0;
        if (mab & 1) {
          d = ag < ageMin ? ageMin - ag : ag - ageMax;
          loss += w0 * (d >= ageTol ? 1 : d / ageTol);
        }
        if (mab & 2) {
          d = h < heightMin ? heightMin - h : h - heightMax;
          loss += w1 * (d >= heightTol ? 1 : d / heightTol);
        }
        if (mab & 4) {
          d = eduMin - (edb & 15);
          loss += w2 * (d >= eduTol ? 1 : d / eduTol);
        }
        if (mab & 8) loss += w3;
        if (mab & 16) loss += w4;
        if (mab & 32) {
          d = hobbiesMin - shared;
          loss += w5 * (d >= hobbyTol ? 1 : d / hobbyTol);
        }
        if (mab & 64) loss += w6;
        if (mab & 128) loss += w7;
        if (mab & 256) loss += w8;
        if (mab & 512) loss += w9;
        if (mab & 1024) {
          const gap = aQMin - (1 - diff / qSpan);
          loss += w10 * (gap >= qTol ? 1 : gap / qTol);
        }
        ab = norm === 0 ? 1 : (total - loss) / norm;
      }
      const wb = ob - (b << 1); // b · 14
      let ba = wrec[wb + 13]!;
      if (mba !== 0) {
        let loss = 0;
        let d = 0;
        if (mba & 1) {
          d = aAge < bAgeMin ? bAgeMin - aAge : aAge - bAgeMax;
          loss += wrec[wb]! * (d >= ageTol ? 1 : d / ageTol);
        }
        if (mba & 2) {
          d = aHeight < bHeightMin ? bHeightMin - aHeight : aHeight - bHeightMax;
          loss += wrec[wb + 1]! * (d >= heightTol ? 1 : d / heightTol);
        }
        if (mba & 4) {
          d = (bPacked & 15) - aEdu;
          loss += wrec[wb + 2]! * (d >= eduTol ? 1 : d / eduTol);
        }
        if (mba & 8) loss += wrec[wb + 3]!;
        if (mba & 16) loss += wrec[wb + 4]!;
        if (mba & 32) {
          d = ((bPacked >>> 4) & 0xff) - shared;
          loss += wrec[wb + 5]! * (d >= hobbyTol ? 1 : d / hobbyTol);
        }
        if (mba & 64) loss += wrec[wb + 6]!;
        if (mba & 128) loss += wrec[wb + 7]!;
        if (mba & 256) loss += wrec[wb + 8]!;
        if (mba & 512) loss += wrec[wb + 9]!;
        if (mba & 1024) {
          const gap = qMin[b]! - (1 - diff / qSpan);
          loss += wrec[wb + 10]! * (gap >= qTol ? 1 : gap / qTol);
        }
        const bNorm = wrec[wb + 12]!;
        ba = bNorm === 0 ? 1 : (wrec[wb + 11]! - loss) / bNorm;
      }
      let m: number;
      if (geometric) m = Math.sqrt(ab * ba);
      else {
        const s = ab + ba;
        m = s === 0 ? 0 : (2 * ab * ba) / s;
      }
      out[i] = Math.round(m * scale);
    }
  };
}
