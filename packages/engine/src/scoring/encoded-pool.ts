import { ValidationError } from '../core/errors.js';
import { ageOn, type IsoDate, isIsoDate } from '../model/dates.js';
import { DISTRICTS } from '../model/districts.js';
import type { Member } from '../model/member.js';
import { QUESTIONNAIRE_LENGTH } from '../model/questionnaire.js';
import { CRITERION_COUNT } from './criterion-bits.js';
import { PreferenceEncoder } from './encode-preferences.js';
import {
  CHILDREN_INDEX,
  DISTRICT_INDEX,
  DRINKING_INDEX,
  EDUCATION_INDEX,
  IssueSink,
  MARITAL_INDEX,
  NO_LIMIT,
  OCCUPATION_INDEX,
  ONEHOT_SHIFT,
  SMOKING_INDEX,
} from './encoding-tables.js';
import { type KernelRecords, packKernelRecords, RECORD_WORDS, WEIGHT_WORDS } from './kernel-records.js';
import type { ScoringConfig } from './scoring-config.js';
import { allocateViews } from './typed-arena.js';

export { ONEHOT_SHIFT } from './encoding-tables.js';

const MAX_ISSUES = 100;

/**
 * A pool's members as structure-of-arrays typed arrays, indexed by member position. Absent
 * criteria are encoded as always met with weight 0, so the kernel needs no presence checks.
 */
export interface EncodedPool extends KernelRecords {
  readonly size: number;
  readonly ids: readonly string[];
  readonly config: ScoringConfig;
  /** Date ages are taken on (the round's date). */
  readonly referenceDate: IsoDate;
  /** 0 = M, 1 = F. */
  readonly gender: Uint8Array;
  /** Age in completed years on the reference date. */
  readonly age: Int16Array;
  /** Height in cm. */
  readonly height: Int16Array;
  /** Education rank 0..5 (EDUCATION_LEVELS order). */
  readonly education: Uint8Array;
  /** Index into DISTRICTS. */
  readonly district: Uint8Array;
  /** Index into OCCUPATION_KINDS. */
  readonly occupation: Uint8Array;
  /** Indices into SMOKING_VALUES, DRINKING_VALUES, MARITAL_HISTORY_VALUES, WANTS_CHILDREN_VALUES. */
  readonly smoking: Uint8Array;
  readonly drinking: Uint8Array;
  readonly marital: Uint8Array;
  readonly children: Uint8Array;
  /** Interned employer (exact string); -1 when blank. */
  readonly employer: Int32Array;
  /** 1 unless paused or in a relationship. */
  readonly available: Uint8Array;
  /** Hobby vocabulary, sorted; bit t of a member's bitset = hobbyTags[t]. */
  readonly hobbyTags: readonly string[];
  /** 32-bit words per member in `hobbies`. */
  readonly hobbyWords: number;
  readonly hobbies: Uint32Array;
  /** Answers 1..5, QUESTIONNAIRE_LENGTH per member. */
  readonly questionnaire: Uint8Array;
  /**
   * The answers as thermometer bitsets, two words per member: bit 10(t−1)+k of the pair is set
   * when answer k exceeds t (t = 1..4). Σ min(a_k, b_k) = QUESTIONNAIRE_LENGTH + popcount(A & B),
   * so the absolute difference of two answer lists costs two popcounts instead of a loop.
   */
  readonly questionnaireBits: Uint32Array;
  /** Sum of each member's answers. */
  readonly questionnaireSum: Int32Array;
  /** One-hot of occupation and lifestyle values in the ONEHOT layout (see ONEHOT_SHIFT). */
  readonly onehot: Uint32Array;
  readonly prefAgeMin: Int16Array;
  readonly prefAgeMax: Int16Array;
  readonly prefHeightMin: Int16Array;
  readonly prefHeightMax: Int16Array;
  readonly prefEducationMin: Uint8Array;
  /** 32-bit words per member in `prefDistricts`. */
  readonly districtWords: number;
  /** Bitmask over DISTRICTS indices. */
  readonly prefDistricts: Uint32Array;
  /** Accepted occupation and lifestyle values in the ONEHOT layout; all ones where no criterion. */
  readonly prefAccept: Uint32Array;
  readonly prefHobbiesMin: Uint8Array;
  readonly prefQuestionnaireMin: Float64Array;
  /**
   * Largest summed answer difference that still meets the questionnaire minimum, found with the
   * same floating-point expression the reference uses (1 − diff / (4·QUESTIONNAIRE_LENGTH)), so
   * the integer test diff > prefMaxDiff is exactly the reference's similarity < minimum.
   */
  readonly prefMaxDiff: Int16Array;
  /** Soft weight of criterion c of member m at m * CRITERION_COUNT + c (0 if absent or hard). */
  readonly weights: Float64Array;
  /** Sum of each member's soft weights, added in criterion order. */
  readonly totalWeight: Float64Array;
  /** What satisfactions are a share of (= totalWeight unless the config says 'stated'). */
  readonly normWeight: Float64Array;
  /** Bit c set = criterion c is hard. */
  readonly hardMask: Uint16Array;
}

/**
 * Encodes members once for the kernel. Validates what scoring relies on (ranges with min ≤ max,
 * known district codes and enum values, questionnaire answers) and throws ValidationError naming
 * `member <id>` and the field (path `members[i]…`), listing every problem found (up to 100).
 */
export function encodeMembers(
  members: readonly Member[],
  config: ScoringConfig,
  referenceDate: IsoDate,
): EncodedPool {
  if (!isIsoDate(referenceDate))
    throw new ValidationError([{ path: ['referenceDate'], message: 'expected a calendar date YYYY-MM-DD' }]);
  const n = members.length;
  const C = CRITERION_COUNT;
  const Q = QUESTIONNAIRE_LENGTH;
  const tags = new Set<string>();
  for (const m of members) for (const h of m.hobbies) tags.add(h);
  const hobbyTags = [...tags].sort();
  const tagIndex = new Map(hobbyTags.map((t, i) => [t, i]));
  const hobbyWords = Math.max(1, Math.ceil(hobbyTags.length / 32));
  const districtWords = Math.ceil(DISTRICTS.length / 32);
  const employers = new Map<string, number>();

  const views = allocateViews({
    gender: [Uint8Array, n],
    age: [Int16Array, n],
    height: [Int16Array, n],
    education: [Uint8Array, n],
    district: [Uint8Array, n],
    occupation: [Uint8Array, n],
    smoking: [Uint8Array, n],
    drinking: [Uint8Array, n],
    marital: [Uint8Array, n],
    children: [Uint8Array, n],
    employer: [Int32Array, n],
    available: [Uint8Array, n],
    hobbies: [Uint32Array, n * hobbyWords],
    questionnaire: [Uint8Array, n * Q],
    questionnaireBits: [Uint32Array, n * 2],
    questionnaireSum: [Int32Array, n],
    onehot: [Uint32Array, n],
    prefAgeMin: [Int16Array, n],
    prefAgeMax: [Int16Array, n],
    prefHeightMin: [Int16Array, n],
    prefHeightMax: [Int16Array, n],
    prefEducationMin: [Uint8Array, n],
    prefDistricts: [Uint32Array, n * districtWords],
    prefAccept: [Uint32Array, n],
    prefHobbiesMin: [Uint8Array, n],
    prefQuestionnaireMin: [Float64Array, n],
    prefMaxDiff: [Int16Array, n],
    weights: [Float64Array, n * C],
    totalWeight: [Float64Array, n],
    normWeight: [Float64Array, n],
    hardMask: [Uint16Array, n],
    records: [Int32Array, n * RECORD_WORDS],
    recordWeights: [Float64Array, n * WEIGHT_WORDS],
    hobbiesExtra: [Uint32Array, n * (hobbyWords - 1)],
  });
  views.prefAgeMax.fill(NO_LIMIT);
  views.prefHeightMax.fill(NO_LIMIT);
  views.prefDistricts.fill(0xffffffff);
  views.prefAccept.fill(0xffffffff);
  views.prefMaxDiff.fill(4 * Q);
  const { records, recordWeights, hobbiesExtra, ...arrays } = views;
  const enc = {
    size: n,
    ids: members.map((m) => m.id),
    config,
    referenceDate,
    hobbyTags,
    hobbyWords,
    districtWords,
    ...arrays,
  } satisfies Omit<EncodedPool, keyof KernelRecords>;

  const sink = new IssueSink();
  const prefs = new PreferenceEncoder(enc, config, sink);
  let firstBad = -1;
  for (let i = 0; i < n; i++) {
    const m = members[i]!;
    const issues = sink.issues;
    const before = issues.length;
    sink.member = i;
    enc.gender[i] = m.gender === 'F' ? 1 : 0;
    if (m.gender !== 'M' && m.gender !== 'F')
      sink.add(['gender'], `unknown gender ${JSON.stringify(m.gender)}`);
    // A shape check only (full calendar validation is parsePool's): ageOn needs YYYY-MM-DD.
    const age =
      typeof m.birthDate === 'string' && m.birthDate.length === 10
        ? ageOn(m.birthDate, referenceDate)
        : Number.NaN;
    if (!Number.isInteger(age)) sink.add(['birthDate'], 'expected YYYY-MM-DD');
    else enc.age[i] = Math.max(0, Math.min(NO_LIMIT, age));
    if (!Number.isInteger(m.heightCm) || m.heightCm < 0 || m.heightCm > 1000)
      sink.add(['heightCm'], 'expected whole centimetres');
    else enc.height[i] = m.heightCm;
    enc.education[i] = sink.lookup(EDUCATION_INDEX, m.education, 'education', 'education level');
    enc.district[i] = sink.lookup(DISTRICT_INDEX, m.district, 'district', 'district code');
    enc.occupation[i] = sink.lookup(OCCUPATION_INDEX, m.occupation, 'occupation', 'occupation kind');
    enc.smoking[i] = sink.lookup(SMOKING_INDEX, m.smoking, 'smoking', 'smoking value');
    enc.drinking[i] = sink.lookup(DRINKING_INDEX, m.drinking, 'drinking', 'drinking value');
    enc.marital[i] = sink.lookup(MARITAL_INDEX, m.maritalHistory, 'maritalHistory', 'marital history');
    enc.children[i] = sink.lookup(CHILDREN_INDEX, m.wantsChildren, 'wantsChildren', 'wantsChildren value');
    const employer = m.employer.trim();
    if (employer === '') enc.employer[i] = -1;
    else {
      let e = employers.get(employer);
      if (e === undefined) employers.set(employer, (e = employers.size));
      enc.employer[i] = e;
    }
    enc.available[i] = m.paused || m.inRelationship ? 0 : 1;
    for (const h of m.hobbies) {
      const t = tagIndex.get(h)!;
      enc.hobbies[i * hobbyWords + (t >>> 5)]! |= 1 << (t & 31);
    }
    if (m.questionnaire.length !== Q) sink.add(['questionnaire'], `expected ${Q} answers`);
    for (let k = 0; k < Q; k++) {
      const v = m.questionnaire[k] ?? 0;
      if (!Number.isInteger(v) || v < 1 || v > 5) sink.add(['questionnaire', k], 'expected an answer 1–5');
      enc.questionnaire[i * Q + k] = v;
      enc.questionnaireSum[i]! += v;
      for (let t = 1; t <= 4; t++) {
        if (v <= t) break;
        const bit = 10 * (t - 1) + k;
        enc.questionnaireBits[i * 2 + (bit >= 30 ? 1 : 0)]! |= 1 << (bit >= 30 ? bit - 30 : bit);
      }
    }
    enc.onehot[i] =
      ((1 << (enc.occupation[i]! + ONEHOT_SHIFT.occupation)) |
        (1 << (enc.smoking[i]! + ONEHOT_SHIFT.smoking)) |
        (1 << (enc.drinking[i]! + ONEHOT_SHIFT.drinking)) |
        (1 << (enc.marital[i]! + ONEHOT_SHIFT.marital)) |
        (1 << (enc.children[i]! + ONEHOT_SHIFT.children))) >>>
      0;
    prefs.encode(i, m.preferences);
    if (issues.length > before && firstBad < 0) firstBad = i;
    if (issues.length >= MAX_ISSUES) break;
  }
  if (sink.issues.length > 0) throw new ValidationError(sink.issues, `member ${members[firstBad]!.id}`);
  const packed: KernelRecords = { records, recordWeights, hobbiesExtra };
  packKernelRecords(enc, packed);
  return { ...enc, ...packed };
}
