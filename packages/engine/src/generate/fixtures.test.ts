import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCampProblem } from '../model/camp-problem.js';
import { parsePool } from '../model/pool.js';
import { parseVolunteerProblem } from '../model/volunteer-problem.js';
import { formatFixtureJson, SMALL_FIXTURES } from './fixtures.js';

const dir = new URL('../../../../fixtures/', import.meta.url);

const PARSERS: Readonly<Record<string, (input: unknown) => unknown>> = {
  'pool-small.json': parsePool,
  'hotline.json': parseVolunteerProblem,
  'city-event-small.json': parseVolunteerProblem,
  'camp-small.json': parseCampProblem,
};

describe('committed fixtures', () => {
  it.each(Object.keys(SMALL_FIXTURES))(
    '%s is exactly what its generator gives, valid and under 1 MB',
    (name) => {
      const file = new URL(name, dir);
      const text = readFileSync(file, 'utf8');
      const make = SMALL_FIXTURES[name];
      const parse = PARSERS[name];
      if (make === undefined || parse === undefined) throw new Error(`no generator or parser for ${name}`);
      expect(text).toBe(formatFixtureJson(make()));
      expect(statSync(file).size).toBeLessThan(1024 * 1024);
      expect(parse(JSON.parse(text))).toEqual(JSON.parse(text));
    },
  );

  it('formats records one per line and round-trips through JSON', () => {
    const value = { name: 'x', list: [{ a: 1 }, { b: [2, 3] }], empty: [], n: 3 };
    const text = formatFixtureJson(value);
    expect(text).toBe(
      '{\n  "name": "x",\n  "list": [\n    {"a":1},\n    {"b":[2,3]}\n  ],\n  "empty": [],\n  "n": 3\n}\n',
    );
    expect(JSON.parse(text)).toEqual(value);
  });
});
