import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AbortedError, InvalidArgumentError } from '../core/errors.js';
import type { Progress } from '../core/solve-options.js';
import { blockingPairs } from './blocking-pairs.js';
import { allStableMarriages } from './brute-force-stable.js';
import { randomMarriage } from './random-stable-instances.js';
import { solveStableMarriage } from './stable-marriage.js';

const smallMarriage = fc
  .record({
    seed: fc.integer(),
    leftCount: fc.integer({ min: 0, max: 8 }),
    rightCount: fc.integer({ min: 0, max: 8 }),
    density: fc.constantFrom(0.3, 0.6, 0.8, 1),
  })
  .map(randomMarriage);

const rankIn = (list: readonly number[], x: number): number =>
  x < 0 ? Number.POSITIVE_INFINITY : list.indexOf(x);

describe('solveStableMarriage', () => {
  it('finds a stable matching that is optimal for the proposers and pessimal for the others (brute force)', () => {
    fc.assert(
      fc.property(smallMarriage, fc.constantFrom('left' as const, 'right' as const), (p, proposing) => {
        const r = solveStableMarriage(p, { proposing });
        expect(blockingPairs({ kind: 'marriage', problem: p, leftPartner: r.leftPartner })).toEqual([]);
        for (let j = 0; j < p.right.length; j++) {
          const i = r.rightPartner[j]!;
          if (i >= 0) expect(r.leftPartner[i]).toBe(j);
        }
        const all = allStableMarriages(p.left, p.right);
        expect(all.map((m) => Array.from(m))).toContainEqual(Array.from(r.leftPartner));
        const [mine, theirs, myLists, theirLists] =
          proposing === 'left'
            ? [r.leftPartner, r.rightPartner, p.left, p.right]
            : [r.rightPartner, r.leftPartner, p.right, p.left];
        for (const m of all) {
          const rightOf = new Int32Array(p.right.length).fill(-1);
          m.forEach((j, i) => {
            if (j >= 0) rightOf[j] = i;
          });
          const [otherMine, otherTheirs] = proposing === 'left' ? [m, rightOf] : [rightOf, m];
          // Every stable matching matches the same people, so comparing ranks is well defined.
          otherMine.forEach((x, a) => {
            expect(rankIn(myLists[a]!, mine[a]!)).toBeLessThanOrEqual(rankIn(myLists[a]!, x));
          });
          otherTheirs.forEach((x, b) => {
            expect(rankIn(theirLists[b]!, theirs[b]!)).toBeGreaterThanOrEqual(rankIn(theirLists[b]!, x));
          });
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('gives each side its optimum on a 3×3 Latin-square instance with three stable matchings', () => {
    const left = [
      [0, 1, 2],
      [1, 2, 0],
      [2, 0, 1],
    ];
    const right = [
      [1, 2, 0],
      [2, 0, 1],
      [0, 1, 2],
    ];
    expect(allStableMarriages(left, right)).toHaveLength(3);
    const l = solveStableMarriage({ left, right });
    expect(Array.from(l.leftPartner)).toEqual([0, 1, 2]);
    expect(l.optimalFor).toBe('left');
    const r = solveStableMarriage({ left, right }, { proposing: 'right' });
    expect(Array.from(r.rightPartner)).toEqual([1, 2, 0]);
    expect(Array.from(r.leftPartner)).toEqual([2, 0, 1]);
    expect(r.optimalFor).toBe('right');
  });

  it('ignores one-sided entries: a pair is acceptable only if each lists the other', () => {
    // Left 0 wants right 0 first, but right 0 does not list left 0.
    const r = solveStableMarriage({ left: [[0, 1], [0]], right: [[1], [0]] });
    expect(Array.from(r.leftPartner)).toEqual([1, 0]);
    const lonely = solveStableMarriage({ left: [[0]], right: [[]] });
    expect(Array.from(lonely.leftPartner)).toEqual([-1]);
    expect(Array.from(lonely.rightPartner)).toEqual([-1]);
  });

  it('accepts CSR lists and gives the same result as arrays', () => {
    fc.assert(
      fc.property(smallMarriage, (p) => {
        const csr = (lists: number[][]) => ({
          offsets: Int32Array.from([0, ...lists.map((_, i) => lists.slice(0, i + 1).flat().length)]),
          entries: Int32Array.from(lists.flat()),
        });
        const a = solveStableMarriage(p);
        const b = solveStableMarriage({ left: csr(p.left), right: csr(p.right) });
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects malformed lists with the offending path', () => {
    const bad = (left: unknown, right: unknown): InvalidArgumentError => {
      try {
        solveStableMarriage({ left, right } as never);
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidArgumentError);
        return e as InvalidArgumentError;
      }
      throw new Error('expected InvalidArgumentError');
    };
    expect(bad([[0, 2]], [[0], [0]]).path).toEqual(['left', 0, 1]);
    expect(bad([[0, 0]], [[0]]).path).toEqual(['left', 0, 1]);
    expect(bad([[0.5]], [[0]]).path).toEqual(['left', 0, 0]);
    expect(bad([[0]], [[-1]]).path).toEqual(['right', 0, 0]);
    expect(bad([[0]], [Number.NaN]).path).toEqual(['right', 0]);
    expect(bad({ offsets: Int32Array.from([0, 2]), entries: Int32Array.from([0]) }, [[0]]).path).toEqual([
      'left',
      'offsets',
      1,
    ]);
    expect(bad({ offsets: [0, 1], entries: [0] }, [[0]]).path).toEqual(['left']);
  });

  it('checks the abort signal and reports progress on long runs', () => {
    // Every left person ranks the right side identically: n(n+1)/2 proposals.
    const n = 800;
    const order = Array.from({ length: n }, (_, j) => j);
    const problem = {
      left: Array.from({ length: n }, () => order),
      right: Array.from({ length: n }, () => order),
    };
    expect(() => solveStableMarriage(problem, { signal: { aborted: true } })).toThrow(AbortedError);
    const seen: Progress[] = [];
    const r = solveStableMarriage(problem, { onProgress: (p) => seen.push(p) });
    expect(r.proposals).toBe((n * (n + 1)) / 2);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]!.phase).toBe('stable-marriage');
    expect(seen[0]!.total).toBe(n * n);
  });
});
