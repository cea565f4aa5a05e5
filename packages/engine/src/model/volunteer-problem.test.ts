import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../core/errors.js';
import { generateHotlineProblem } from '../generate/hotline-generator.js';
import { parseVolunteerProblem } from './volunteer-problem.js';

const base = generateHotlineProblem({ seed: 5, volunteers: 12, callsPerDay: 3, households: 6 });

type Loose = Record<string, unknown> & { volunteers: Loose[]; slots: Loose[]; skills: Loose[] };

function rejection(change: (p: Loose) => void): ValidationError {
  const copy = structuredClone(base) as unknown as Loose;
  change(copy);
  try {
    parseVolunteerProblem(copy);
  } catch (e) {
    return e as ValidationError;
  }
  throw new Error('expected parseVolunteerProblem to throw');
}

const v0 = base.volunteers[0]?.id;
const s0 = base.slots[0]?.id;

describe('parseVolunteerProblem', () => {
  it('accepts a generated problem unchanged', () => {
    expect(parseVolunteerProblem(structuredClone(base))).toEqual(base);
  });

  const cases: readonly [string, (p: Loose) => void, string, readonly (string | number)[]][] = [
    [
      'a slot ending before it starts',
      (p) => ((p.slots[0] as Loose).end = (p.slots[0] as Loose).start),
      `slot ${s0}`,
      ['slots', 0, 'end'],
    ],
    [
      'a slot time without offset',
      (p) => ((p.slots[0] as Loose).start = '2026-07-01T08:00:00'),
      `slot ${s0}`,
      ['slots', 0, 'start'],
    ],
    [
      'a negative head count',
      (p) => ((p.slots[0] as Loose).minHeadcount = -1),
      `slot ${s0}`,
      ['slots', 0, 'minHeadcount'],
    ],
    [
      'min head count above max',
      (p) => ((p.slots[0] as Loose).minHeadcount = 9),
      `slot ${s0}`,
      ['slots', 0, 'minHeadcount'],
    ],
    [
      'a requirement count of zero',
      (p) => ((((p.slots[0] as Loose).requirements as Loose[])[0] as Loose).count = 0),
      `slot ${s0}`,
      ['slots', 0, 'requirements', 0, 'count'],
    ],
    [
      'a requirement above max head count',
      (p) => ((((p.slots[0] as Loose).requirements as Loose[])[0] as Loose).count = 5),
      `slot ${s0}`,
      ['slots', 0, 'requirements', 0, 'count'],
    ],
    [
      'a slot needing an unknown skill',
      (p) => ((((p.slots[0] as Loose).requirements as Loose[])[0] as Loose).skill = 'juggling'),
      `slot ${s0}`,
      ['slots', 0, 'requirements', 0, 'skill'],
    ],
    [
      'a slot in an unknown district',
      (p) => (((p.slots[0] as Loose).location as Loose).district = 'XH-QQ'),
      `slot ${s0}`,
      ['slots', 0, 'location', 'district'],
    ],
    [
      'a negative priority',
      (p) => ((p.slots[0] as Loose).priority = -2),
      `slot ${s0}`,
      ['slots', 0, 'priority'],
    ],
    [
      'a volunteer with an unknown skill',
      (p) => ((((p.volunteers[0] as Loose).skills as Loose[])[0] as Loose).skill = 'juggling'),
      `volunteer ${v0}`,
      ['volunteers', 0, 'skills', 0, 'skill'],
    ],
    [
      'a skill level of 4',
      (p) => ((((p.volunteers[0] as Loose).skills as Loose[])[0] as Loose).level = 4),
      `volunteer ${v0}`,
      ['volunteers', 0, 'skills', 0, 'level'],
    ],
    [
      'a negative shift limit',
      (p) => ((p.volunteers[0] as Loose).maxShifts = -1),
      `volunteer ${v0}`,
      ['volunteers', 0, 'maxShifts'],
    ],
    [
      'more minutes than a day has',
      (p) => ((p.volunteers[0] as Loose).maxMinutesPerDay = 1441),
      `volunteer ${v0}`,
      ['volunteers', 0, 'maxMinutesPerDay'],
    ],
    [
      'an availability window ending before it starts',
      (p) =>
        ((p.volunteers[0] as Loose).availability = [
          { start: '2026-07-02T10:00:00+08:00', end: '2026-07-02T09:00:00+08:00' },
        ]),
      `volunteer ${v0}`,
      ['volunteers', 0, 'availability', 0, 'end'],
    ],
    [
      'a bad date off',
      (p) => ((p.volunteers[0] as Loose).datesOff = ['2026-07-32']),
      `volunteer ${v0}`,
      ['volunteers', 0, 'datesOff', 0],
    ],
    [
      'an unknown place',
      (p) => ((p.volunteers[0] as Loose).preferredPlaces = ['月球']),
      `volunteer ${v0}`,
      ['volunteers', 0, 'preferredPlaces', 0],
    ],
    [
      'an unknown home district',
      (p) => ((p.volunteers[0] as Loose).homeDistrict = 'AB-CD'),
      `volunteer ${v0}`,
      ['volunteers', 0, 'homeDistrict'],
    ],
    [
      'a duplicate volunteer id',
      (p) => ((p.volunteers[1] as Loose).id = v0),
      `volunteer ${v0}`,
      ['volunteers', 1, 'id'],
    ],
    ['a duplicate slot id', (p) => ((p.slots[1] as Loose).id = s0), `slot ${s0}`, ['slots', 1, 'id']],
    [
      'a duplicate skill id',
      (p) => ((p.skills[1] as Loose).id = 'plumbing_electrics'),
      'skill plumbing_electrics',
      ['skills', 1, 'id'],
    ],
  ];

  it.each(cases)('rejects %s, naming the record and field', (_name, change, record, path) => {
    const err = rejection(change);
    expect(err.code).toBe('invalid_input');
    expect(err.record).toBe(record);
    expect(err.path).toEqual(path);
  });

  it('accepts places that name a district or a slot venue', () => {
    const copy = structuredClone(base) as unknown as Loose;
    (copy.volunteers[0] as Loose).preferredPlaces = ['XH-LY', base.slots[0]?.location.venue];
    expect(() => parseVolunteerProblem(copy)).not.toThrow();
  });
});
