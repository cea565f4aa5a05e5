import { CRITERION_COUNT } from './criterion-bits.js';

// The kernel reads each member's attributes and preferences from one 64-byte record (one cache
// line) rather than from twenty separate arrays: at city scale a pair then costs one or two cache
// misses instead of twenty. Weights, needed only when a criterion is missed, sit in a second
// record of doubles (WEIGHT_WORDS).

/** Int32 words per member in `records`. */
export const RECORD_WORDS = 16;
/**
 * Doubles per member in `recordWeights`: the criterion weights, their total, the norm (what a
 * satisfaction is a share of), and the satisfaction when nothing is missed (total / norm, or 1).
 */
export const WEIGHT_WORDS = CRITERION_COUNT + 3;

/** Word offsets within a record. */
export const R = {
  age: 0,
  height: 1,
  /** education | district << 4 | questionnaire answer sum << 12 */
  eduDistrictQsum: 2,
  /** First 32 hobby bits (the rest, if any, in `hobbiesExtra`). */
  hobbies: 3,
  onehot: 4,
  qBits0: 5,
  qBits1: 6,
  prefAgeMin: 7,
  prefAgeMax: 8,
  prefHeightMin: 9,
  prefHeightMax: 10,
  /** prefEducationMin | prefHobbiesMin << 4 | prefMaxDiff << 12 | hardMask << 20 */
  prefPacked: 11,
  prefAccept: 12,
  prefDistricts0: 13,
  prefDistricts1: 14,
} as const;

/** The source arrays a record is packed from (fields of EncodedPool). */
export interface RecordSource {
  readonly size: number;
  readonly age: Int16Array;
  readonly height: Int16Array;
  readonly education: Uint8Array;
  readonly district: Uint8Array;
  readonly questionnaireSum: Int32Array;
  readonly hobbyWords: number;
  readonly hobbies: Uint32Array;
  readonly onehot: Uint32Array;
  readonly questionnaireBits: Uint32Array;
  readonly prefAgeMin: Int16Array;
  readonly prefAgeMax: Int16Array;
  readonly prefHeightMin: Int16Array;
  readonly prefHeightMax: Int16Array;
  readonly prefEducationMin: Uint8Array;
  readonly prefHobbiesMin: Uint8Array;
  readonly prefMaxDiff: Int16Array;
  readonly hardMask: Uint16Array;
  readonly prefAccept: Uint32Array;
  readonly districtWords: number;
  readonly prefDistricts: Uint32Array;
  readonly weights: Float64Array;
  readonly totalWeight: Float64Array;
  readonly normWeight: Float64Array;
}

/** Packed records of every member. */
export interface KernelRecords {
  readonly records: Int32Array;
  readonly recordWeights: Float64Array;
  /** Hobby words beyond the first, (hobbyWords − 1) per member. */
  readonly hobbiesExtra: Uint32Array;
}

/**
 * Packs the kernel records into `out` (sized RECORD_WORDS, WEIGHT_WORDS and hobbyWords − 1 per
 * member; the district bitmask must fit two words: the catalogue has 48).
 */
export function packKernelRecords(s: RecordSource, out: KernelRecords): void {
  const n = s.size;
  if (s.districtWords > 2) throw new RangeError('district bitmask wider than two words');
  const { records, recordWeights, hobbiesExtra } = out;
  const HW = s.hobbyWords;
  const extra = HW - 1;
  for (let i = 0; i < n; i++) {
    const o = i * RECORD_WORDS;
    records[o + R.age] = s.age[i]!;
    records[o + R.height] = s.height[i]!;
    records[o + R.eduDistrictQsum] = s.education[i]! | (s.district[i]! << 4) | (s.questionnaireSum[i]! << 12);
    records[o + R.hobbies] = s.hobbies[i * HW]!;
    for (let w = 0; w < extra; w++) hobbiesExtra[i * extra + w] = s.hobbies[i * HW + 1 + w]!;
    records[o + R.onehot] = s.onehot[i]!;
    records[o + R.qBits0] = s.questionnaireBits[2 * i]!;
    records[o + R.qBits1] = s.questionnaireBits[2 * i + 1]!;
    records[o + R.prefAgeMin] = s.prefAgeMin[i]!;
    records[o + R.prefAgeMax] = s.prefAgeMax[i]!;
    records[o + R.prefHeightMin] = s.prefHeightMin[i]!;
    records[o + R.prefHeightMax] = s.prefHeightMax[i]!;
    records[o + R.prefPacked] =
      s.prefEducationMin[i]! |
      (s.prefHobbiesMin[i]! << 4) |
      (s.prefMaxDiff[i]! << 12) |
      (s.hardMask[i]! << 20);
    records[o + R.prefAccept] = s.prefAccept[i]!;
    records[o + R.prefDistricts0] = s.prefDistricts[i * s.districtWords]!;
    records[o + R.prefDistricts1] = s.districtWords > 1 ? s.prefDistricts[i * s.districtWords + 1]! : 0;
    for (let c = 0; c < CRITERION_COUNT; c++)
      recordWeights[i * WEIGHT_WORDS + c] = s.weights[i * CRITERION_COUNT + c]!;
    const total = s.totalWeight[i]!;
    const norm = s.normWeight[i]!;
    recordWeights[i * WEIGHT_WORDS + CRITERION_COUNT] = total;
    recordWeights[i * WEIGHT_WORDS + CRITERION_COUNT + 1] = norm;
    // As the reference computes it: (total − 0) / norm, and 1 when there is nothing to weigh.
    recordWeights[i * WEIGHT_WORDS + CRITERION_COUNT + 2] = norm === 0 ? 1 : (total - 0) / norm;
  }
}
