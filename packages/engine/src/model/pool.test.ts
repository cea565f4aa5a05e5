import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../core/errors.js';
import { generatePool } from '../generate/pool-generator.js';
import { DISTRICT_CATALOGUE_VERSION } from './districts.js';
import { parsePool } from './pool.js';

// A valid pool with history and blocks to break in each test.
const base = generatePool({ size: 20, men: 8, women: 12, seed: 3, historyRate: 1 });

function mutated(
  change: (pool: {
    members: Record<string, unknown>[];
    history: Record<string, unknown>[];
    blocked: Record<string, unknown>[];
    catalogueVersion: unknown;
  }) => void,
): unknown {
  const copy = structuredClone(base) as unknown as Parameters<typeof change>[0];
  change(copy);
  return copy;
}

function rejection(input: unknown): ValidationError {
  try {
    parsePool(input);
  } catch (e) {
    return e as ValidationError;
  }
  throw new Error('expected parsePool to throw');
}

describe('parsePool', () => {
  it('accepts a generated pool unchanged', () => {
    expect(base.history.length).toBeGreaterThan(0);
    expect(parsePool(structuredClone(base))).toEqual(base);
  });

  it('defaults missing history and blocked lists to empty', () => {
    const pool = parsePool({ catalogueVersion: DISTRICT_CATALOGUE_VERSION, members: base.members });
    expect(pool.history).toEqual([]);
    expect(pool.blocked).toEqual([]);
  });

  it('names the member and field of a bad member', () => {
    const err = rejection(mutated((p) => ((p.members[4] as Record<string, unknown>).heightCm = -1)));
    expect(err.record).toBe('member m00005');
    expect(err.path).toEqual(['members', 4, 'heightCm']);
  });

  it('rejects duplicate member ids', () => {
    const err = rejection(mutated((p) => ((p.members[6] as Record<string, unknown>).id = 'm00002')));
    expect(err.record).toBe('member m00002');
    expect(err.path).toEqual(['members', 6, 'id']);
    expect(err.message).toContain('duplicate id "m00002" (first at members[1])');
  });

  it('rejects preferences whose min exceeds max, naming the member', () => {
    const err = rejection(
      mutated((p) => {
        const m = p.members[2] as { preferences: Record<string, unknown> };
        m.preferences.age = { hard: true, min: 35, max: 30 };
      }),
    );
    expect(err.record).toBe('member m00003');
    expect(err.path).toEqual(['members', 2, 'preferences', 'age', 'max']);
  });

  it('rejects unknown district codes', () => {
    const err = rejection(mutated((p) => ((p.members[0] as Record<string, unknown>).district = 'XH-QQ')));
    expect(err.path).toEqual(['members', 0, 'district']);
    expect(err.message).toContain('unknown district code "XH-QQ"');
  });

  it('rejects history naming unknown members, and self-introductions', () => {
    const err = rejection(
      mutated((p) => {
        (p.history[0] as Record<string, unknown>).b = 'm99999';
      }),
    );
    expect(err.record).toBe('introduction #0');
    expect(err.path).toEqual(['history', 0, 'b']);
    expect(err.message).toContain('unknown member "m99999"');
    const self = rejection(
      mutated((p) => ((p.history[0] as Record<string, unknown>).b = base.history[0]?.a)),
    );
    expect(self.path).toEqual(['history', 0, 'b']);
  });

  it('rejects history with a bad outcome or date', () => {
    const err = rejection(mutated((p) => ((p.history[1] as Record<string, unknown>).outcome = 'ghosted')));
    expect(err.path).toEqual(['history', 1, 'outcome']);
    const date = rejection(mutated((p) => ((p.history[1] as Record<string, unknown>).date = '2026-02-31')));
    expect(date.path).toEqual(['history', 1, 'date']);
  });

  it('rejects blocked pairs naming unknown members', () => {
    const err = rejection(mutated((p) => p.blocked.push({ by: 'm00001', other: 'nobody' })));
    expect(err.record).toBe(`blocked pair #${base.blocked.length}`);
    expect(err.path).toEqual(['blocked', base.blocked.length, 'other']);
  });

  it('rejects another catalogue version', () => {
    const err = rejection(mutated((p) => (p.catalogueVersion = 'zj-1999.1')));
    expect(err.path).toEqual(['catalogueVersion']);
    expect(err.record).toBeUndefined();
  });

  it('lists every cross-record issue at once', () => {
    const err = rejection(
      mutated((p) => {
        (p.members[3] as Record<string, unknown>).id = 'm00001';
        (p.history[0] as Record<string, unknown>).a = 'x1';
        p.blocked.push({ by: 'x2', other: 'x3' });
      }),
    );
    expect(err.issues.map((i) => i.path)).toEqual([
      ['members', 3, 'id'],
      ['history', 0, 'a'],
      ['blocked', base.blocked.length, 'by'],
      ['blocked', base.blocked.length, 'other'],
    ]);
  });
});
