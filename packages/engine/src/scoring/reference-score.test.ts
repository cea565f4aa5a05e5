import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, ValidationError } from '../core/errors.js';
import type { Member } from '../model/member.js';
import { encodeMembers } from './encoded-pool.js';
import { explainPair } from './explain.js';
import { TEST_REFERENCE_DATE } from './random-members.js';
import { referencePairScore } from './reference-score.js';
import { DEFAULT_SCORING_CONFIG, importanceWeight, resolveScoringConfig } from './scoring-config.js';

const REF = TEST_REFERENCE_DATE; // 2026-11-01

/** A member with no preferences; override what a test needs. */
function member(id: string, over: Partial<Member> = {}): Member {
  return {
    id,
    gender: 'M',
    birthDate: '1996-06-01', // 30 on REF
    heightCm: 175,
    education: 'bachelor',
    district: 'XH-SD',
    occupation: 'engineer',
    employer: '',
    hobbies: ['hiking', 'photography', 'reading'],
    smoking: 'never',
    drinking: 'socially',
    maritalHistory: 'never_married',
    wantsChildren: 'yes',
    questionnaire: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
    preferences: {},
    joinedOn: '2025-01-01',
    ...over,
  };
}

const config = DEFAULT_SCORING_CONFIG;

describe('satisfaction', () => {
  it('is 1 for a member with no soft criteria (nothing to miss)', () => {
    const a = member('a');
    const b = member('b', { gender: 'F' });
    const r = referencePairScore(a, b, config, REF);
    expect(r.ab.satisfaction).toBe(1);
    expect(r.ab.totalWeight).toBe(0);
    expect(r.score).toBe(1);
    expect(r.scoreInt).toBe(10_000);
  });

  it('gives partial credit that decays with the distance outside an age range', () => {
    const at = (age: number) => {
      const a = member('a', { preferences: { age: { hard: false, importance: 50, min: 31, max: 35 } } });
      const b = member('b', { gender: 'F', birthDate: `${2026 - age}-06-01` });
      return referencePairScore(a, b, config, REF).ab.satisfaction;
    };
    expect(at(33)).toBe(1);
    expect(at(30)).toBeCloseTo(2 / 3, 12); // one year under: 1 − 1/3
    expect(at(37)).toBeCloseTo(1 / 3, 12); // two years over
    expect(at(38)).toBe(0); // three years: no credit left
    expect(at(45)).toBe(0);
  });

  it('weights criteria by importance level and combines with the geometric mean', () => {
    // a wants a non-smoker (very: 50) and a master's degree (a little: 1); b smokes, has a master's.
    const a = member('a', {
      preferences: {
        smoking: { hard: false, importance: 50, accepted: ['never'] },
        education: { hard: false, importance: 1, min: 'master' },
      },
    });
    const b = member('b', { gender: 'F', smoking: 'often', education: 'master' });
    const r = referencePairScore(a, b, config, REF);
    expect(r.ab.satisfaction).toBeCloseTo(1 / 51, 12);
    expect(r.ba.satisfaction).toBe(1);
    expect(r.score).toBeCloseTo(Math.sqrt(1 / 51), 12); // one-sided: low
    const harmonic = referencePairScore(a, b, resolveScoringConfig({ fusion: 'harmonic' }), REF);
    expect(harmonic.score).toBeCloseTo((2 * (1 / 51)) / (1 + 1 / 51), 12);
  });

  it('makes a pair unacceptable when a hard criterion fails on either side', () => {
    const a = member('a');
    const b = member('b', { gender: 'F', preferences: { height: { hard: true, min: 180, max: 200 } } });
    const r = referencePairScore(a, b, config, REF);
    expect(r.acceptable).toBe(false);
    expect(r.score).toBe(0);
    expect(r.ba.acceptable).toBe(false);
    expect(r.ab.acceptable).toBe(true);
    const enc = encodeMembers([a, b], config, REF);
    expect(enc.hardMask[1]).toBe(2);
  });

  it('uses configured level weights and criterion multipliers', () => {
    const cfg = resolveScoringConfig({
      importanceLevels: [0, 2, 4, 8, 16],
      criterionWeights: { smoking: 3 },
    });
    expect(importanceWeight(cfg, 10)).toBe(4);
    expect(importanceWeight(cfg, 30)).toBe(6); // interpolated between 10 → 4 and 50 → 8
    expect(importanceWeight(cfg, 500)).toBe(32); // proportional above the top level
    const a = member('a', {
      preferences: {
        smoking: { hard: false, importance: 10, accepted: ['never'] },
        drinking: { hard: false, importance: 10, accepted: ['never'] },
      },
    });
    const b = member('b', { gender: 'F', smoking: 'often', drinking: 'never' });
    // smoking weighs 4 × 3 = 12, drinking 4: satisfaction 4/16.
    expect(referencePairScore(a, b, cfg, REF).ab.satisfaction).toBe(0.25);
  });
});

describe('scoring config', () => {
  it('rejects bad fields with the field path', () => {
    expect(() => resolveScoringConfig({ ageToleranceYears: -1 })).toThrow(InvalidArgumentError);
    try {
      resolveScoringConfig({ importanceLevels: [0, 1, 10, 5, 250] });
    } catch (e) {
      expect((e as InvalidArgumentError).path).toEqual(['importanceLevels', 3]);
    }
    expect(() => resolveScoringConfig({ criterionWeights: { height: Number.NaN } })).toThrow(
      /criterionWeights/,
    );
    expect(() => resolveScoringConfig({ integerScale: 0.5 })).toThrow(InvalidArgumentError);
  });
});

describe('encoding', () => {
  it('rejects an impossible preference naming the member and the field', () => {
    const good = member('ok');
    const bad = member('m042', {
      preferences: { age: { hard: false, importance: 10, min: 40, max: 30 } },
    });
    let err: unknown;
    try {
      encodeMembers([good, bad], config, REF);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    const v = err as ValidationError;
    expect(v.record).toBe('member m042');
    expect(v.path).toEqual(['members', 1, 'preferences', 'age', 'max']);
    expect(v.message).toContain('min 40 exceeds max 30');
  });

  it('rejects an unknown district code in a preference', () => {
    const bad = member('m7', { preferences: { districts: { hard: true, codes: ['XH-SD', 'ZZ-ZZ'] } } });
    expect(() => encodeMembers([bad], config, REF)).toThrow(/member m7.*unknown district code "ZZ-ZZ"/);
  });
});

describe('explanations', () => {
  const man = member('m1', {
    gender: 'M',
    heightCm: 172,
    hobbies: ['hiking', 'photography', 'tea'],
    preferences: { age: { hard: false, importance: 50, min: 25, max: 32 } },
  });
  const woman = member('f1', {
    gender: 'F',
    birthDate: '1998-03-01', // 28
    heightCm: 160,
    hobbies: ['photography', 'hiking'],
    preferences: {
      height: { hard: false, importance: 50, min: 175, max: 190 },
      education: { hard: false, importance: 10, min: 'bachelor' },
    },
  });

  it('lists each side’s criteria met and missed with weights', () => {
    const x = explainPair(man, woman, config, REF);
    expect(x.sides[0].met.map((e) => e.criterion)).toEqual(['age']);
    expect(x.sides[0].met[0]!.weight).toBe(50);
    expect(x.sides[1].missed.map((e) => [e.criterion, e.gap])).toEqual([['height', -3]]);
    expect(x.sides[1].met.map((e) => e.criterion)).toEqual(['education']);
    expect(x.sharedHobbies).toEqual(['hiking', 'photography']);
    // Woman: loses 50 × 3/5 of 60 → satisfaction 0.5; man: 1.
    expect(x.sides[1].satisfaction).toBeCloseTo(0.5, 12);
    expect(x.score).toBeCloseTo(Math.sqrt(0.5), 12);
  });

  it('reads as one sentence in Chinese and English with gendered pronouns', () => {
    const x = explainPair(man, woman, config, REF);
    expect(x.text.zh).toBe(
      '匹配度71分：她的年龄在他的期望范围内；他的学历（本科）达到她的要求；他比她期望的矮3厘米；共同爱好：徒步、摄影。',
    );
    expect(x.text.en).toBe(
      "Match 71/100: Her age is within his range; his education (a bachelor's degree) meets her minimum; he is 3 cm shorter than she would like; shared hobbies: hiking, photography.",
    );
  });

  it('says when a pair is not suitable and why', () => {
    const strict = member('f2', {
      gender: 'F',
      preferences: { smoking: { hard: true, accepted: ['never'] } },
    });
    const smoker = member('m2', { smoking: 'often', hobbies: [] });
    const x = explainPair(smoker, strict, config, REF);
    expect(x.acceptable).toBe(false);
    expect(x.text.zh).toBe('不宜介绍：他经常吸烟，不符合她的硬性要求。');
    expect(x.text.en).toBe('Not a suitable introduction: He smokes often, against her firm wish.');
  });
});
