import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '../core/errors.js';
import { duplicateIdIssues, parseWith, recordName } from './parse.js';

describe('recordName', () => {
  it('names a record by its id, or by its index when it has none', () => {
    const input = { members: [{ id: 'm1' }, { id: 7 }], history: [{ a: 'x' }] };
    expect(recordName(input, ['members', 0, 'heightCm'])).toBe('member m1');
    expect(recordName(input, ['members', 1, 'id'])).toBe('member #1');
    expect(recordName(input, ['history', 0, 'a'])).toBe('introduction #0');
    expect(recordName(input, ['catalogueVersion'])).toBeUndefined();
    expect(recordName({ id: 'v9' }, ['skills'], 'volunteer')).toBe('volunteer v9');
    expect(recordName(null, [], 'volunteer')).toBe('volunteer');
  });
});

describe('parseWith', () => {
  const schema = z.strictObject({ members: z.array(z.strictObject({ id: z.string(), n: z.number() })) });

  it('lists every issue and names the first record', () => {
    const input = { members: [{ id: 'a', n: 1 }, { id: 'b', n: 'x' }, { id: 'c' }] };
    const err = (() => {
      try {
        parseWith(schema, input);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ValidationError);
    const v = err as ValidationError;
    expect(v.code).toBe('invalid_input');
    expect(v.record).toBe('member b');
    expect(v.path).toEqual(['members', 1, 'n']);
    expect(v.issues.map((i) => i.path)).toEqual([
      ['members', 1, 'n'],
      ['members', 2, 'n'],
    ]);
    expect(v.message).toContain('members[1].n: member b:');
    expect(v.message).toContain('(and 1 more)');
  });

  it('runs cross-record checks only on well-shaped input', () => {
    const crossCheck = (v: z.output<typeof schema>) => duplicateIdIssues('members', v.members);
    expect(() => parseWith(schema, { members: [{ id: 'a', n: 1 }] }, { crossCheck })).not.toThrow();
    expect(() =>
      parseWith(
        schema,
        {
          members: [
            { id: 'a', n: 1 },
            { id: 'a', n: 2 },
          ],
        },
        { crossCheck },
      ),
    ).toThrow(/members\[1\]\.id: member a: duplicate id "a" \(first at members\[0\]\)/);
  });
});
