import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gini } from './gini.js';
import { quantiles } from './quantiles.js';

function giniPairs(xs: number[]): number {
  // Mean absolute difference over all ordered pairs / (2 · mean): the textbook definition.
  const n = xs.length;
  const sum = xs.reduce((a, b) => a + b, 0);
  if (n === 0 || sum === 0) return 0;
  let d = 0;
  for (const a of xs) for (const b of xs) d += Math.abs(a - b);
  return d / (2 * n * sum);
}

describe('gini', () => {
  it('agrees with the pairwise definition', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 30 }), (xs) => {
        expect(gini(xs)).toBeCloseTo(giniPairs(xs), 12);
      }),
    );
  });
  it('is 0 for equal counts and (n−1)/n when one member holds everything', () => {
    expect(gini([2, 2, 2])).toBe(0);
    expect(gini([0, 0, 0, 5])).toBeCloseTo(0.75, 12);
  });
});

describe('quantiles', () => {
  it('takes nearest ranks', () => {
    const q = quantiles([5, 1, 4, 2, 3, 6, 7, 8, 9, 10]);
    expect(q).toMatchObject({ count: 10, min: 1, p10: 1, p50: 5, p90: 9, p95: 10, max: 10, mean: 5.5 });
    expect(quantiles([])).toBeUndefined();
  });
});
