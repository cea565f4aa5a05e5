import { describe, expect, it } from 'vitest';
import { ValidationError } from '../core/errors.js';
import { parseRoundPolicy } from './round-policy.js';
import { advanceRoundState, alignRoundState, EMPTY_ROUND_STATE, parseRoundState } from './round-state.js';

describe('round policy', () => {
  it('fills in defaults', () => {
    const p = parseRoundPolicy({ date: '2026-11-04' });
    expect(p).toMatchObject({ perMan: 1, perWoman: 1, minScore: 5000, mode: 'optimal' });
    expect(p.fairness).toEqual({ growthPercent: 25, waitCap: 104 });
    expect(p.maxIntroductions).toBeUndefined();
  });
  it('names the offending field', () => {
    expect(() => parseRoundPolicy({ date: '2026-13-01' })).toThrow(ValidationError);
    try {
      parseRoundPolicy({ date: '2026-11-04', perMan: 2, perWoman: 2, mode: 'stable' });
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).issues[0]!.path).toEqual(['perWoman']);
    }
    try {
      parseRoundPolicy({ date: '2026-11-04', minScore: 10_001 });
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).issues[0]!.path).toEqual(['minScore']);
    }
  });
});

describe('round state', () => {
  it('resets waits of introduced members, grows waits of those with candidates, and counts by month', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const s0 = parseRoundState({
      rounds: 3,
      members: [
        { id: 'a', waited: 2, month: '2026-10', thisMonth: 3, total: 5 },
        { id: 'b', waited: 1, month: '2026-11', thisMonth: 1, total: 1 },
        { id: 'gone', waited: 9, month: '2026-11', thisMonth: 0, total: 0 },
      ],
    });
    const before = alignRoundState(s0, ids, '2026-11-11');
    // a's October count does not count in November.
    expect([...before.thisMonth]).toEqual([0, 1, 0, 0]);
    const s1 = advanceRoundState(
      ids,
      before,
      Int32Array.from([1, 0, 0, 0]),
      Uint8Array.from([1, 1, 0, 1]),
      '2026-11-11',
      s0.rounds,
    );
    expect(s1.rounds).toBe(4);
    expect(s1.members).toEqual([
      { id: 'a', waited: 0, month: '2026-11', thisMonth: 1, total: 6 },
      { id: 'b', waited: 2, month: '2026-11', thisMonth: 1, total: 1 },
      { id: 'd', waited: 1, month: '2026-11', thisMonth: 0, total: 0 },
    ]);
    expect(parseRoundState(s1)).toEqual(s1);
    expect(alignRoundState(EMPTY_ROUND_STATE, ids, '2026-11-11').waited).toEqual(new Int32Array(4));
  });
});
