import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AbortedError, InvalidArgumentError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { blockingPairs } from './blocking-pairs.js';
import { allStableRoommates } from './brute-force-stable.js';
import { randomRoommates } from './random-stable-instances.js';
import { type StableRoommatesResult, solveStableRoommates } from './stable-roommates.js';

/** 1-based published lists → 0-based. */
const zeroBased = (lists: number[][]): number[][] => lists.map((l) => l.map((x) => x - 1));
/** 1-based pairs → 0-based partner array. */
const partnerOf = (n: number, pairs: [number, number][]): number[] => {
  const out = new Array<number>(n).fill(-1);
  for (const [a, b] of pairs) {
    out[a - 1] = b - 1;
    out[b - 1] = a - 1;
  }
  return out;
};

function stable(r: StableRoommatesResult): Extract<StableRoommatesResult, { code: 'stable' }> {
  if (r.code !== 'stable') throw new Error(`expected a stable matching: ${r.reason}`);
  return r;
}

const smallRoommates = fc
  .record({
    seed: fc.integer(),
    count: fc.integer({ min: 0, max: 8 }),
    density: fc.constantFrom(0.4, 0.7, 0.9, 1, 1),
  })
  .map(randomRoommates);

describe('solveStableRoommates', () => {
  it('finds a stable matching exactly when brute force finds one', () => {
    let found = 0;
    let none = 0;
    fc.assert(
      fc.property(smallRoommates, (preferences) => {
        const all = allStableRoommates(preferences).map((m) => Array.from(m));
        const r = solveStableRoommates({ preferences });
        if (r.code === 'no_stable_matching') {
          none++;
          expect(all).toEqual([]);
          expect(r.person).toBeGreaterThanOrEqual(0);
          return;
        }
        found++;
        expect(all).toContainEqual(Array.from(r.partner));
        expect(blockingPairs({ kind: 'roommates', problem: { preferences }, partner: r.partner })).toEqual(
          [],
        );
        expect(Array.from(r.unmatched)).toEqual(
          preferences.map((_, i) => i).filter((i) => r.partner[i] === -1),
        );
      }),
      { numRuns: 3000 },
    );
    // Both outcomes must actually be exercised for the test to mean anything.
    expect(found).toBeGreaterThan(100);
    expect(none).toBeGreaterThan(100);
  });

  it('solves Irving’s 6-person example (Irving 1985)', () => {
    // Lists as transcribed from the paper in daffidwilde/matching
    // (tests/stable_roommates/test_examples.py, test_original_paper) and other public suites.
    const preferences = zeroBased([
      [4, 6, 2, 5, 3],
      [6, 3, 5, 1, 4],
      [4, 5, 1, 6, 2],
      [2, 6, 5, 1, 3],
      [4, 2, 3, 6, 1],
      [5, 1, 4, 2, 3],
    ]);
    const expected = partnerOf(6, [
      [1, 6],
      [2, 3],
      [4, 5],
    ]);
    expect(Array.from(stable(solveStableRoommates({ preferences })).partner)).toEqual(expected);
    expect(allStableRoommates(preferences).map((m) => Array.from(m))).toEqual([expected]);
  });

  it('solves the Wikipedia 6-person example with stable matching {1,6},{2,4},{3,5}', () => {
    // https://en.wikipedia.org/wiki/Stable_roommates_problem#Algorithm (as also transcribed in
    // mrblasco/stableRoommateMatching, stableRoommate.R).
    const preferences = zeroBased([
      [3, 4, 2, 6, 5],
      [6, 5, 4, 1, 3],
      [2, 4, 5, 1, 6],
      [5, 2, 3, 6, 1],
      [3, 1, 2, 4, 6],
      [5, 1, 3, 4, 2],
    ]);
    const expected = partnerOf(6, [
      [1, 6],
      [2, 4],
      [3, 5],
    ]);
    expect(Array.from(stable(solveStableRoommates({ preferences })).partner)).toEqual(expected);
    // The instance has a second stable matching; Irving's algorithm reaches the published one.
    const all = allStableRoommates(preferences).map((m) => Array.from(m));
    expect(all).toHaveLength(2);
    expect(all).toContainEqual(expected);
  });

  it('solves the 10-person example of Gusfield & Irving (1989, §4.2.3)', () => {
    // Lists from daffidwilde/matching, test_large_example_from_book ("the example of size ten in
    // [GI89] (Section 4.2.3)"), which expects {1,7},{2,8},{3,6},{4,9},{5,10}.
    const preferences = zeroBased([
      [8, 2, 9, 3, 6, 4, 5, 7, 10],
      [4, 3, 8, 9, 5, 1, 10, 6, 7],
      [5, 6, 8, 2, 1, 7, 10, 4, 9],
      [10, 7, 9, 3, 1, 6, 2, 5, 8],
      [7, 4, 10, 8, 2, 6, 3, 1, 9],
      [2, 8, 7, 3, 4, 10, 1, 5, 9],
      [2, 1, 8, 3, 5, 10, 4, 6, 9],
      [10, 4, 2, 5, 6, 7, 1, 3, 9],
      [6, 7, 2, 5, 10, 3, 4, 8, 1],
      [3, 1, 6, 5, 2, 9, 8, 4, 7],
    ]);
    const published = partnerOf(10, [
      [1, 7],
      [2, 8],
      [3, 6],
      [4, 9],
      [5, 10],
    ]);
    const all = allStableRoommates(preferences).map((m) => Array.from(m));
    expect(all).toContainEqual(published);
    const r = stable(solveStableRoommates({ preferences }));
    expect(Array.from(r.partner)).toEqual(published);
    expect(r.rotations).toBeGreaterThan(0);
  });

  it('reports no stable matching for Gale & Shapley’s 1962 four-person instance, whatever D’s order', () => {
    // Gale & Shapley (1962): A: B C D; B: C A D; C: A B D; D: any order.
    for (const d of [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ]) {
      const r = solveStableRoommates({
        preferences: [[1, 2, 3], [2, 0, 3], [0, 1, 3], d],
      });
      expect(r.code).toBe('no_stable_matching');
      if (r.code === 'no_stable_matching') expect(r.reason).toMatch(/empty/);
    }
  });

  it('reports no stable matching for Irving’s 6-person unsolvable example', () => {
    // Irving (1985), as transcribed in a public test suite (paper_no_matching_6); brute force agrees.
    const preferences = zeroBased([
      [2, 6, 4, 3, 5],
      [3, 5, 1, 6, 4],
      [1, 6, 2, 5, 4],
      [5, 2, 3, 6, 1],
      [6, 1, 3, 4, 2],
      [4, 2, 5, 1, 3],
    ]);
    expect(allStableRoommates(preferences)).toEqual([]);
    expect(solveStableRoommates({ preferences }).code).toBe('no_stable_matching');
  });

  it('handles incomplete, one-sided and odd instances', () => {
    // 0 lists 1 but 1 does not list 0: nobody can be matched.
    const oneSided = stable(solveStableRoommates({ preferences: [[1], [], [0]] }));
    expect(Array.from(oneSided.partner)).toEqual([-1, -1, -1]);
    expect(Array.from(oneSided.unmatched)).toEqual([0, 1, 2]);
    // A three-cycle of first choices, everyone acceptable: no stable matching.
    expect(
      solveStableRoommates({
        preferences: [
          [1, 2],
          [2, 0],
          [0, 1],
        ],
      }).code,
    ).toBe('no_stable_matching');
    expect(stable(solveStableRoommates({ preferences: [] })).partner).toEqual(new Int32Array(0));
  });

  it('is deterministic and agrees between array and CSR input on larger instances', () => {
    const rng = new Rng(7);
    for (let t = 0; t < 20; t++) {
      const n = 60 + rng.int(0, 40);
      const preferences = randomRoommates({
        seed: rng.nextUint32(),
        count: n,
        density: rng.chance(0.5) ? 1 : 0.3,
      });
      const a = solveStableRoommates({ preferences });
      const csr = {
        offsets: Int32Array.from([
          0,
          ...preferences.map((_, i) => preferences.slice(0, i + 1).flat().length),
        ]),
        entries: Int32Array.from(preferences.flat()),
      };
      expect(solveStableRoommates({ preferences: csr })).toEqual(a);
      if (a.code === 'stable') {
        expect(blockingPairs({ kind: 'roommates', problem: { preferences }, partner: a.partner })).toEqual(
          [],
        );
      }
    }
  });

  it('rejects self-listing, duplicates and out-of-range entries with paths, and honours abort', () => {
    const path = (preferences: number[][]): unknown => {
      try {
        solveStableRoommates({ preferences });
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidArgumentError);
        return (e as InvalidArgumentError).path;
      }
      throw new Error('expected InvalidArgumentError');
    };
    expect(path([[1], [1]])).toEqual(['preferences', 1, 0]);
    expect(path([[1, 1], [0]])).toEqual(['preferences', 0, 1]);
    expect(path([[2], [0]])).toEqual(['preferences', 0, 0]);
    const preferences = randomRoommates({ seed: 3, count: 50, density: 1 });
    expect(() => solveStableRoommates({ preferences }, { signal: { aborted: true } })).toThrow(AbortedError);
    // A signal that fires after the first look: the solver must look again before it finishes.
    let looks = 0;
    const later = {
      get aborted() {
        return ++looks > 1;
      },
    };
    expect(() => solveStableRoommates({ preferences }, { signal: later })).toThrow(AbortedError);
  });
});
