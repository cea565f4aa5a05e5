import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../core/errors.js';
import type { Member } from './member.js';
import { parseMember } from './member.js';

const valid: Member = {
  id: 'm00001',
  displayName: '陈女士',
  gender: 'F',
  birthDate: '1994-05-14',
  heightCm: 162,
  education: 'bachelor',
  district: 'XH-SD',
  occupation: 'teacher',
  employer: '杭州市学军中学',
  hobbies: ['reading', 'tea'],
  smoking: 'never',
  drinking: 'socially',
  maritalHistory: 'never_married',
  wantsChildren: 'yes',
  questionnaire: [3, 4, 2, 5, 3, 4, 1, 3, 4, 2],
  preferences: {
    age: { hard: true, min: 30, max: 38 },
    height: { hard: false, importance: 50, min: 170, max: 190 },
    education: { hard: false, importance: 10, min: 'bachelor' },
    districts: { hard: false, importance: 1, codes: ['XH-SD', 'XH-JC'] },
    occupations: { hard: false, importance: 1, kinds: ['teacher', 'doctor'] },
    hobbies: { hard: false, importance: 10, minShared: 1 },
    smoking: { hard: true, accepted: ['never'] },
    drinking: { hard: false, importance: 10, accepted: ['never', 'socially'] },
    maritalHistory: { hard: true, accepted: ['never_married'] },
    wantsChildren: { hard: false, importance: 50, accepted: ['yes', 'open'] },
    questionnaire: { hard: false, importance: 10, minSimilarity: 0.6 },
  },
  joinedOn: '2025-03-01',
  paused: false,
};

function rejection(input: unknown): ValidationError {
  try {
    parseMember(input);
  } catch (e) {
    return e as ValidationError;
  }
  throw new Error('expected parseMember to throw');
}

/** Replaces the value at `path` in a deep copy of the valid member (undefined deletes it). */
function withField(path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(valid) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

describe('parseMember', () => {
  it('accepts a complete member and keeps it equal', () => {
    expect(parseMember(structuredClone(valid))).toEqual(valid);
  });

  it('accepts a member with no preferences and no optional fields', () => {
    const { displayName: _d, paused: _p, ...rest } = valid;
    expect(() => parseMember({ ...rest, preferences: {} })).not.toThrow();
  });

  const cases: readonly [string, readonly (string | number)[], unknown, readonly (string | number)[]][] = [
    ['a missing id', ['id'], undefined, ['id']],
    ['an id with spaces', ['id'], 'm 1', ['id']],
    ['an unknown gender', ['gender'], 'X', ['gender']],
    ['an impossible birth date', ['birthDate'], '1994-02-30', ['birthDate']],
    ['a height in metres', ['heightCm'], 1.62, ['heightCm']],
    ['an unknown education level', ['education'], 'phd', ['education']],
    ['an unknown district code', ['district'], 'XH-ZZ', ['district']],
    ['an unknown occupation', ['occupation'], 'astronaut', ['occupation']],
    ['a hobby with spaces around it', ['hobbies', 1], ' tea', ['hobbies', 1]],
    ['an unknown smoking value', ['smoking'], 'daily', ['smoking']],
    ['an unknown drinking value', ['drinking'], 'daily', ['drinking']],
    ['an unknown marital history', ['maritalHistory'], 'married', ['maritalHistory']],
    ['an unknown wish for children', ['wantsChildren'], 'maybe', ['wantsChildren']],
    ['a questionnaire answer of 6', ['questionnaire', 3], 6, ['questionnaire', 3]],
    ['a short questionnaire', ['questionnaire'], [1, 2, 3], ['questionnaire']],
    ['a missing join date', ['joinedOn'], undefined, ['joinedOn']],
    ['a non-boolean paused flag', ['paused'], 'yes', ['paused']],
    ['an unknown field', ['nickname'], 'x', []],
    [
      'an age range with min > max',
      ['preferences', 'age'],
      { hard: true, min: 40, max: 30 },
      ['preferences', 'age', 'max'],
    ],
    [
      'a height range with min > max',
      ['preferences', 'height'],
      { hard: true, min: 190, max: 170 },
      ['preferences', 'height', 'max'],
    ],
    [
      'a soft criterion without importance',
      ['preferences', 'drinking'],
      { hard: false, accepted: ['never'] },
      ['preferences', 'drinking', 'importance'],
    ],
    [
      'a hard criterion with an importance',
      ['preferences', 'smoking', 'importance'],
      5,
      ['preferences', 'smoking'],
    ],
    [
      'a negative importance',
      ['preferences', 'hobbies', 'importance'],
      -1,
      ['preferences', 'hobbies', 'importance'],
    ],
    [
      'an empty accepted set',
      ['preferences', 'maritalHistory', 'accepted'],
      [],
      ['preferences', 'maritalHistory', 'accepted'],
    ],
    [
      'an unknown district in preferences',
      ['preferences', 'districts', 'codes', 1],
      'ZZ-ZZ',
      ['preferences', 'districts', 'codes', 1],
    ],
    [
      'an unknown occupation in preferences',
      ['preferences', 'occupations', 'kinds', 0],
      'pilot',
      ['preferences', 'occupations', 'kinds', 0],
    ],
    [
      'an unknown education minimum',
      ['preferences', 'education', 'min'],
      'none',
      ['preferences', 'education', 'min'],
    ],
    [
      'a similarity above 1',
      ['preferences', 'questionnaire', 'minSimilarity'],
      1.5,
      ['preferences', 'questionnaire', 'minSimilarity'],
    ],
    ['a missing hard flag', ['preferences', 'age', 'hard'], undefined, ['preferences', 'age', 'hard']],
    ['an unknown criterion', ['preferences', 'religion'], { hard: true }, ['preferences']],
  ];

  it.each(cases)('rejects %s, naming the member and the field', (_name, path, value, expectedPath) => {
    const err = rejection(withField(path, value));
    expect(err.code).toBe('invalid_input');
    const id = path[0] === 'id' ? value : valid.id;
    expect(err.record).toBe(typeof id === 'string' ? `member ${id}` : 'member');
    expect(err.issues.map((i) => i.path)).toContainEqual(expectedPath);
  });

  it('rejects input that is not an object', () => {
    expect(rejection('m00001').record).toBe('member');
  });
});
