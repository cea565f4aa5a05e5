import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../core/errors.js';
import { planSeating } from './seating-rotation.js';

const problemArb = fc
  .record({
    men: fc.integer({ min: 1, max: 9 }),
    women: fc.integer({ min: 1, max: 9 }),
    tables: fc.integer({ min: 1, max: 9 }),
    rounds: fc.integer({ min: 1, max: 10 }),
    avoidSeed: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
  })
  .map(({ avoidSeed, ...p }) => ({
    ...p,
    avoid: avoidSeed.map(([a, b]) => [a % p.men, b % p.women] as const),
  }));

describe('planSeating', () => {
  it('never repeats a pair, never seats an avoided pair, seats each person at most once a round', () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 1, max: 1000 }), (p, seed) => {
        const plan = planSeating(p, { seed });
        const seen = new Set(p.avoid.map(([m, w]) => `${m}/${w}`));
        expect(plan.rounds).toHaveLength(p.rounds);
        for (const round of plan.rounds) {
          expect(round.length).toBeLessThanOrEqual(p.tables);
          const men = new Set<number>();
          const women = new Set<number>();
          const tables = new Set<number>();
          for (const s of round) {
            const key = `${s.man}/${s.woman}`;
            expect(seen.has(key)).toBe(false);
            seen.add(key);
            expect(men.has(s.man) || women.has(s.woman) || tables.has(s.table)).toBe(false);
            men.add(s.man);
            women.add(s.woman);
            tables.add(s.table);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('fills every table when enough new pairs remain, and spreads conversations within one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 1000 }),
        (n, extra, seed) => {
          // n tables, n men and n + extra women, n rounds: every round fills all n tables and the
          // women's byes are spread so that nobody has two conversations more than another.
          const plan = planSeating({ men: n, women: n + extra, tables: n, rounds: n }, { seed });
          expect(plan.emptySeats).toBe(0);
          expect([...plan.menConversations]).toEqual(new Array(n).fill(n));
          const wc = [...plan.womenConversations];
          expect(Math.max(...wc) - Math.min(...wc)).toBeLessThanOrEqual(1);
          expect(wc.reduce((a, b) => a + b, 0)).toBe(n * n);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is deterministic for a seed and reports byes', () => {
    const p = { men: 6, women: 9, tables: 5, rounds: 6, avoid: [[0, 0] as const] };
    const a = planSeating(p, { seed: 7 });
    expect(planSeating(p, { seed: 7 })).toEqual(a);
    for (let i = 0; i < 9; i++) expect(a.womenByes[i]! + a.womenConversations[i]!).toBe(6);
  });

  it('rejects out-of-range avoided pairs with the path', () => {
    expect(() => planSeating({ men: 2, women: 2, tables: 2, rounds: 1, avoid: [[0, 5]] })).toThrow(
      InvalidArgumentError,
    );
    try {
      planSeating({ men: 2, women: 2, tables: 2, rounds: 1, avoid: [[0, 5]] });
    } catch (e) {
      expect((e as InvalidArgumentError).path).toEqual(['avoid', 0, 1]);
    }
  });
});
