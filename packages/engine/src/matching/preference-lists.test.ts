import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { mutualLists, readCapacities, readPreferenceLists } from './preference-lists.js';
import { randomLists } from './random-stable-instances.js';

describe('PreferenceLists', () => {
  it('looks up ranks the same way through dense tables and sorted sparse rows', () => {
    const rng = new Rng(3);
    // 3000 × 3000 with lists of up to 8 is far past the dense limit, so rows are searched.
    const sparse = (owners: number, targets: number): number[][] =>
      Array.from({ length: owners }, () => {
        const list = new Set<number>();
        for (let t = 0; t < 8; t++) list.add(rng.int(0, targets - 1));
        return [...list];
      });
    for (const lists of [randomLists(rng, 40, 50, 0.5), sparse(3000, 3000)]) {
      const owners = lists.length;
      const targets = owners === 40 ? 50 : 3000;
      const p = readPreferenceLists(lists, targets, ['lists']);
      const wrong: string[] = [];
      for (let i = 0; i < owners; i++) {
        const expected = new Map(lists[i]!.map((j, k) => [j, k]));
        for (let t = 0; t < 20; t++) {
          const j = rng.int(0, targets - 1);
          if (p.rank(i, j) !== (expected.get(j) ?? -1)) wrong.push(`${i}→${j}`);
        }
        lists[i]!.forEach((j, k) => {
          if (p.rank(i, j) !== k) wrong.push(`${i}→${j}`);
        });
        if (p.length(i) !== lists[i]!.length) wrong.push(`length ${i}`);
      }
      expect(wrong).toEqual([]);
    }
  });

  it('keeps only mutually listed pairs, in order', () => {
    const a = readPreferenceLists([[2, 0, 1], [1]], 3, ['a']);
    const b = readPreferenceLists([[0], [0, 1], [1]], 2, ['b']);
    const m = mutualLists(a, b);
    expect(Array.from(m.entries)).toEqual([0, 1, 1]);
    expect(Array.from(m.offsets)).toEqual([0, 2, 3]);
    expect(m.rank(0, 1)).toBe(1);
    expect(m.rank(0, 2)).toBe(-1);
  });

  it('validates capacities', () => {
    expect(Array.from(readCapacities(2, 3, ['c']))).toEqual([2, 2, 2]);
    expect(Array.from(readCapacities([0, 4], 2, ['c']))).toEqual([0, 4]);
    expect(() => readCapacities([1, -1], 2, ['c'])).toThrow(InvalidArgumentError);
    expect(() => readCapacities(Number.NaN, 2, ['c'])).toThrow(InvalidArgumentError);
  });
});
