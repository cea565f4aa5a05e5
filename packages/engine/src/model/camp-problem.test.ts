import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../core/errors.js';
import { generateCampProblem } from '../generate/camp-generator.js';
import { parseCampProblem } from './camp-problem.js';

const base = generateCampProblem({ seed: 2, sessions: 3, children: 60 });

type Rec = Record<string, unknown>;
type Loose = Rec &
  Record<
    'sessions' | 'children' | 'siblingGroups' | 'counsellors' | 'activities' | 'venues' | 'dailyPeriods',
    Rec[]
  >;

function rejection(change: (p: Loose) => void): ValidationError {
  const copy = structuredClone(base) as unknown as Loose;
  change(copy);
  try {
    parseCampProblem(copy);
  } catch (e) {
    return e as ValidationError;
  }
  throw new Error('expected parseCampProblem to throw');
}

const group = base.siblingGroups[0];
const childIndex = base.children.findIndex((c) => c.siblingGroup === undefined);
const child = base.children[childIndex];

describe('parseCampProblem', () => {
  it('accepts a generated problem unchanged', () => {
    expect(group).toBeDefined();
    expect(parseCampProblem(structuredClone(base))).toEqual(base);
  });

  const cases: readonly [string, (p: Loose) => void, string | undefined, readonly (string | number)[]][] = [
    [
      'a sibling group naming an unknown child',
      (p) => ((p.siblingGroups[0] as Rec).children = [...(group?.children ?? []), 'c9999']),
      `sibling group ${group?.id}`,
      ['siblingGroups', 0, 'children', group?.children.length ?? 0],
    ],
    [
      'a sibling group naming a child of another family',
      (p) => ((p.siblingGroups[0] as Rec).children = [...(group?.children ?? []), child?.id]),
      `sibling group ${group?.id}`,
      ['siblingGroups', 0, 'children', group?.children.length ?? 0],
    ],
    [
      'a one-child sibling group',
      (p) => ((p.siblingGroups[0] as Rec).children = [group?.children[0]]),
      `sibling group ${group?.id}`,
      ['siblingGroups', 0, 'children'],
    ],
    [
      'a child naming an unknown sibling group',
      (p) => ((p.children[childIndex] as Rec).siblingGroup = 'f9999'),
      `child ${child?.id}`,
      ['children', childIndex, 'siblingGroup'],
    ],
    [
      'a child preferring an unknown session',
      (p) => ((p.children[childIndex] as Rec).sessionPreferences = ['s99']),
      `child ${child?.id}`,
      ['children', childIndex, 'sessionPreferences', 0],
    ],
    [
      'a child with an impossible birth date',
      (p) => ((p.children[0] as Rec).birthDate = '2016-02-30'),
      `child ${base.children[0]?.id}`,
      ['children', 0, 'birthDate'],
    ],
    [
      'a session ending before it starts',
      (p) => ((p.sessions[0] as Rec).end = '2026-07-01'),
      'session s01',
      ['sessions', 0, 'end'],
    ],
    [
      'a session age band upside down',
      (p) => ((p.sessions[0] as Rec).minAge = 15),
      'session s01',
      ['sessions', 0, 'maxAge'],
    ],
    [
      'a negative session capacity',
      (p) => ((p.sessions[0] as Rec).capacity = -5),
      'session s01',
      ['sessions', 0, 'capacity'],
    ],
    [
      'a session using an unknown venue',
      (p) => ((p.sessions[0] as Rec).venues = ['v99']),
      'session s01',
      ['sessions', 0, 'venues', 0],
    ],
    [
      'a counsellor with an unknown skill',
      (p) => ((p.counsellors[0] as Rec).skills = ['juggling']),
      'counsellor k001',
      ['counsellors', 0, 'skills', 0],
    ],
    [
      'a counsellor available for an unknown session',
      (p) => ((p.counsellors[0] as Rec).availableSessions = ['s99']),
      'counsellor k001',
      ['counsellors', 0, 'availableSessions', 0],
    ],
    [
      'a counsellor with no groups allowed',
      (p) => ((p.counsellors[0] as Rec).maxGroups = 0),
      'counsellor k001',
      ['counsellors', 0, 'maxGroups'],
    ],
    [
      'an activity needing an unknown venue kind',
      (p) => ((p.activities[0] as Rec).venueKind = 'ice_rink'),
      'activity a01',
      ['activities', 0, 'venueKind'],
    ],
    [
      'an activity needing an unknown skill',
      (p) => ((p.activities[0] as Rec).requiredSkills = ['juggling']),
      'activity a01',
      ['activities', 0, 'requiredSkills', 0],
    ],
    [
      'an activity of negative length',
      (p) => ((p.activities[0] as Rec).durationMinutes = -30),
      'activity a01',
      ['activities', 0, 'durationMinutes'],
    ],
    [
      'a venue with negative capacity',
      (p) => ((p.venues[0] as Rec).capacity = -1),
      'venue v01',
      ['venues', 0, 'capacity'],
    ],
    [
      'a venue in an unknown district',
      (p) => ((p.venues[0] as Rec).district = 'XH-QQ'),
      'venue v01',
      ['venues', 0, 'district'],
    ],
    [
      'a period ending before it starts',
      (p) => ((p.dailyPeriods[0] as Rec).end = '08:00'),
      'period p1',
      ['dailyPeriods', 0, 'end'],
    ],
    [
      'a period at 25:00',
      (p) => ((p.dailyPeriods[0] as Rec).start = '25:00'),
      'period p1',
      ['dailyPeriods', 0, 'start'],
    ],
    [
      'a duplicate child id',
      (p) => ((p.children[1] as Rec).id = base.children[0]?.id),
      `child ${base.children[0]?.id}`,
      ['children', 1, 'id'],
    ],
    [
      'an unknown skill required per group',
      (p) => (p.requiredSkillsPerGroup = ['juggling']),
      undefined,
      ['requiredSkillsPerGroup', 0],
    ],
    ['zero counsellors per group', (p) => (p.counsellorsPerGroup = 0), undefined, ['counsellorsPerGroup']],
  ];

  it.each(cases)('rejects %s, naming the record and field', (_name, change, record, path) => {
    const err = rejection(change);
    expect(err.code).toBe('invalid_input');
    expect(err.record).toBe(record);
    expect(err.path).toEqual(path);
  });
});
