import {
  DRINKING_VALUES,
  MARITAL_HISTORY_VALUES,
  SMOKING_VALUES,
  WANTS_CHILDREN_VALUES,
} from '../model/lifestyle.js';
import { OCCUPATION_KINDS } from '../model/occupations.js';
import type { CriterionWeight, Preferences } from '../model/preferences.js';
import { QUESTIONNAIRE_LENGTH } from '../model/questionnaire.js';
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
  C_QUESTIONNAIRE,
  C_SMOKING,
  CRITERION_COUNT,
} from './criterion-bits.js';
import type { EncodedPool } from './encoded-pool.js';
import {
  CHILDREN_INDEX,
  DISTRICT_INDEX,
  DRINKING_INDEX,
  EDUCATION_INDEX,
  type IssueSink,
  MARITAL_INDEX,
  OCCUPATION_INDEX,
  ONEHOT_SHIFT,
  SMOKING_INDEX,
} from './encoding-tables.js';
import type { KernelRecords } from './kernel-records.js';
import { importanceWeight, type ScoringConfig } from './scoring-config.js';

// Preferences as flat arrays: ranges as min/max, sets as bitmasks, weights per criterion, hard
// criteria as bits. Weights (and the norm) are added in criterion order, as the reference adds them.

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The encoded pool before the kernel records are packed. */
export type EncodedArrays = Mutable<Omit<EncodedPool, keyof KernelRecords>>;

/**
 * Writes members' preferences into the arrays, one member per `encode` call; problems go to the
 * sink (paths `members[i].preferences…`). One instance serves a whole pool: no closures per member.
 */
export class PreferenceEncoder {
  private i = 0;
  private hard = 0;
  private total = 0;
  private norm = 0;
  private readonly statedNorm: boolean;

  constructor(
    private readonly enc: EncodedArrays,
    private readonly config: ScoringConfig,
    private readonly sink: IssueSink,
  ) {
    this.statedNorm = config.weightNormalisation === 'stated';
  }

  private weigh(c: number, w: CriterionWeight, name: keyof Preferences): void {
    if (w.hard) {
      this.hard |= 1 << c;
      return;
    }
    if (!(Number.isFinite(w.importance) && w.importance >= 0)) {
      this.sink.add(['preferences', name, 'importance'], 'expected a finite number ≥ 0');
      return;
    }
    const level = importanceWeight(this.config, w.importance);
    const weight = level * this.config.criterionWeights[name];
    this.enc.weights[this.i * CRITERION_COUNT + c] = weight;
    this.total += weight;
    this.norm += this.statedNorm ? level : weight;
  }

  private range(
    r: { readonly min: number; readonly max: number },
    lo: number,
    hi: number,
    name: 'age' | 'height',
    min: Int16Array,
    max: Int16Array,
  ): void {
    if (!Number.isInteger(r.min) || r.min < lo || r.min > hi)
      this.sink.add(['preferences', name, 'min'], `expected an integer in [${lo}, ${hi}]`);
    else if (!Number.isInteger(r.max) || r.max < lo || r.max > hi)
      this.sink.add(['preferences', name, 'max'], `expected an integer in [${lo}, ${hi}]`);
    else if (r.min > r.max) this.sink.add(['preferences', name, 'max'], `min ${r.min} exceeds max ${r.max}`);
    min[this.i] = r.min;
    max[this.i] = r.max;
  }

  private setField(shift: number, width: number, bits: number): void {
    const field = ((1 << width) - 1) << shift;
    const at = this.i;
    this.enc.prefAccept[at] = ((this.enc.prefAccept[at]! & ~field) | (bits << shift)) >>> 0;
  }

  private mask(
    accepted: readonly string[],
    name: 'smoking' | 'drinking' | 'maritalHistory' | 'wantsChildren' | 'occupations',
    values: readonly string[],
    map: ReadonlyMap<string, number>,
    shift: number,
    width: number,
  ): void {
    const field = name === 'occupations' ? 'kinds' : 'accepted';
    if (accepted.length === 0) this.sink.add(['preferences', name, field], 'empty set');
    let bits = 0;
    for (let k = 0; k < accepted.length; k++) {
      const b = map.get(accepted[k]!);
      if (b === undefined)
        this.sink.add(
          ['preferences', name, field, k],
          `unknown value ${JSON.stringify(accepted[k])} (expected one of ${values.join(', ')})`,
        );
      else bits |= 1 << b;
    }
    this.setField(shift, width, bits);
  }

  /** Encodes member i's preferences (weights and the norm added in criterion order, as the reference adds them). */
  encode(i: number, prefs: Preferences): void {
    const { enc, sink } = this;
    this.i = i;
    this.hard = 0;
    this.total = 0;
    this.norm = 0;
    if (prefs.age) {
      this.range(prefs.age, 0, 150, 'age', enc.prefAgeMin, enc.prefAgeMax);
      this.weigh(C_AGE, prefs.age, 'age');
    }
    if (prefs.height) {
      this.range(prefs.height, 0, 300, 'height', enc.prefHeightMin, enc.prefHeightMax);
      this.weigh(C_HEIGHT, prefs.height, 'height');
    }
    if (prefs.education) {
      const r = EDUCATION_INDEX.get(prefs.education.min);
      if (r === undefined)
        sink.add(
          ['preferences', 'education', 'min'],
          `unknown education level ${JSON.stringify(prefs.education.min)}`,
        );
      enc.prefEducationMin[i] = r ?? 0;
      this.weigh(C_EDUCATION, prefs.education, 'education');
    }
    if (prefs.districts) {
      const W = enc.districtWords;
      const codes = prefs.districts.codes;
      enc.prefDistricts.fill(0, i * W, i * W + W);
      if (codes.length === 0) sink.add(['preferences', 'districts', 'codes'], 'empty set');
      for (let k = 0; k < codes.length; k++) {
        const d = DISTRICT_INDEX.get(codes[k]!);
        if (d === undefined)
          sink.add(
            ['preferences', 'districts', 'codes', k],
            `unknown district code ${JSON.stringify(codes[k])}`,
          );
        else enc.prefDistricts[i * W + (d >>> 5)]! |= 1 << (d & 31);
      }
      this.weigh(C_DISTRICTS, prefs.districts, 'districts');
    }
    if (prefs.occupations) {
      this.mask(
        prefs.occupations.kinds,
        'occupations',
        OCCUPATION_KINDS,
        OCCUPATION_INDEX,
        ONEHOT_SHIFT.occupation,
        16,
      );
      this.weigh(C_OCCUPATIONS, prefs.occupations, 'occupations');
    }
    if (prefs.hobbies) {
      const k = prefs.hobbies.minShared;
      if (!Number.isInteger(k) || k < 0 || k > 255)
        sink.add(['preferences', 'hobbies', 'minShared'], 'expected an integer ≥ 0');
      else enc.prefHobbiesMin[i] = k;
      this.weigh(C_HOBBIES, prefs.hobbies, 'hobbies');
    }
    if (prefs.smoking) {
      this.mask(prefs.smoking.accepted, 'smoking', SMOKING_VALUES, SMOKING_INDEX, ONEHOT_SHIFT.smoking, 3);
      this.weigh(C_SMOKING, prefs.smoking, 'smoking');
    }
    if (prefs.drinking) {
      this.mask(
        prefs.drinking.accepted,
        'drinking',
        DRINKING_VALUES,
        DRINKING_INDEX,
        ONEHOT_SHIFT.drinking,
        3,
      );
      this.weigh(C_DRINKING, prefs.drinking, 'drinking');
    }
    if (prefs.maritalHistory) {
      const m = prefs.maritalHistory;
      this.mask(m.accepted, 'maritalHistory', MARITAL_HISTORY_VALUES, MARITAL_INDEX, ONEHOT_SHIFT.marital, 3);
      this.weigh(C_MARITAL, m, 'maritalHistory');
    }
    if (prefs.wantsChildren) {
      const c = prefs.wantsChildren;
      this.mask(c.accepted, 'wantsChildren', WANTS_CHILDREN_VALUES, CHILDREN_INDEX, ONEHOT_SHIFT.children, 3);
      this.weigh(C_CHILDREN, c, 'wantsChildren');
    }
    if (prefs.questionnaire) {
      const s = prefs.questionnaire.minSimilarity;
      if (!(s >= 0 && s <= 1))
        sink.add(['preferences', 'questionnaire', 'minSimilarity'], 'expected a share in [0, 1]');
      else {
        enc.prefQuestionnaireMin[i] = s;
        let d = 0;
        while (d < 4 * QUESTIONNAIRE_LENGTH && !(1 - (d + 1) / (4 * QUESTIONNAIRE_LENGTH) < s)) d++;
        enc.prefMaxDiff[i] = d;
      }
      this.weigh(C_QUESTIONNAIRE, prefs.questionnaire, 'questionnaire');
    }
    enc.hardMask[i] = this.hard;
    enc.totalWeight[i] = this.total;
    enc.normWeight[i] = this.norm;
  }
}
