import { Rng } from '@redthread/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { macholWien, pairsCost, toNestedArrays, uniformDense } from './dense.js';
import { mateWeight, randomGeneralGraph } from './general-graph.js';
import { completeLists, incompleteTwoSided } from './preferences.js';
import { instanceSeed } from './seed.js';
import { randomSparse } from './sparse.js';

describe('randomSparse', () => {
  it('gives distinct columns per row, the right degree, weights in range and a planted perfect matching', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        fc.integer(),
        (rows, degree, planted, seed) => {
          const g = randomSparse({ rows, cols: rows, degree, minWeight: 3, maxWeight: 9, planted, seed });
          const perRow = Math.min(degree, planted ? rows - 1 : rows) + (planted ? 1 : 0);
          expect(g.offsets[rows]).toBe(rows * perRow);
          expect(g.targets.length).toBe(rows * perRow);
          for (let r = 0; r < rows; r++) {
            const cols = Array.from(g.targets.subarray(g.offsets[r]!, g.offsets[r + 1]!));
            expect(new Set(cols).size).toBe(perRow);
            for (const c of cols) expect(c >= 0 && c < rows).toBe(true);
          }
          for (const w of g.weights) expect(Number.isInteger(w) && w >= 3 && w <= 9).toBe(true);
          if (planted) {
            // Some choice of one column per row hits every column exactly once: check by
            // augmenting paths (Kuhn) on this small graph.
            expect(maxBipartiteMatching(g.rows, g.offsets, g.targets)).toBe(rows);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = randomSparse({
      rows: 200,
      cols: 200,
      degree: 5,
      minWeight: 0,
      maxWeight: 999,
      planted: true,
      seed: 7,
    });
    const b = randomSparse({
      rows: 200,
      cols: 200,
      degree: 5,
      minWeight: 0,
      maxWeight: 999,
      planted: true,
      seed: 7,
    });
    const c = randomSparse({
      rows: 200,
      cols: 200,
      degree: 5,
      minWeight: 0,
      maxWeight: 999,
      planted: true,
      seed: 8,
    });
    expect(Array.from(a.targets)).toEqual(Array.from(b.targets));
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(Array.from(a.targets)).not.toEqual(Array.from(c.targets));
  });
});

function maxBipartiteMatching(rows: number, offsets: Int32Array, targets: Int32Array): number {
  const colMate = new Int32Array(rows).fill(-1);
  const tryRow = (r: number, seen: Uint8Array): boolean => {
    for (let e = offsets[r]!; e < offsets[r + 1]!; e++) {
      const c = targets[e]!;
      if (seen[c]) continue;
      seen[c] = 1;
      if (colMate[c] === -1 || tryRow(colMate[c]!, seen)) {
        colMate[c] = r;
        return true;
      }
    }
    return false;
  };
  let size = 0;
  for (let r = 0; r < rows; r++) if (tryRow(r, new Uint8Array(rows))) size++;
  return size;
}

describe('dense instances', () => {
  it('uniformDense draws integers in [0, range) deterministically', () => {
    const m = uniformDense(30, 40, 1000, 5);
    expect(m.costs.length).toBe(1200);
    for (const c of m.costs) expect(Number.isInteger(c) && c >= 0 && c < 1000).toBe(true);
    expect(Array.from(uniformDense(30, 40, 1000, 5).costs)).toEqual(Array.from(m.costs));
  });

  it('macholWien is i·j and its anti-diagonal costs n(n−1)(n−2)/6', () => {
    const n = 9;
    const m = macholWien(n);
    expect(m.costs[3 * n + 4]).toBe(12);
    const anti = Array.from({ length: n }, (_, i) => [i, n - 1 - i] as [number, number]);
    expect(pairsCost(m, anti)).toBe((n * (n - 1) * (n - 2)) / 6);
  });

  it('toNestedArrays and pairsCost agree with the flat matrix and ignore padding pairs', () => {
    const m = uniformDense(3, 5, 10, 1);
    const nested = toNestedArrays(m);
    expect(nested[2]![4]).toBe(m.costs[14]);
    expect(
      pairsCost(m, [
        [0, 1],
        [2, 4],
        [3, 0],
        [1, 7],
      ]),
    ).toBe(m.costs[1]! + m.costs[14]!);
  });
});

describe('preference lists', () => {
  it('completeLists gives every owner a permutation (without self for roommates)', () => {
    const rng = new Rng(3);
    const p = completeLists(rng, 6, 6, true);
    for (let i = 0; i < 6; i++) {
      const list = Array.from(p.entries.subarray(p.offsets[i]!, p.offsets[i + 1]!));
      expect([...list].sort()).toEqual([0, 1, 2, 3, 4, 5].filter((j) => j !== i));
    }
  });

  it('incompleteTwoSided lists every pair on both sides', () => {
    const { left, right } = incompleteTwoSided(new Rng(4), 30, 20, 5);
    const pairs = (p: typeof left, flip: boolean): string[] => {
      const out: string[] = [];
      for (let i = 0; i + 1 < p.offsets.length; i++) {
        for (let k = p.offsets[i]!; k < p.offsets[i + 1]!; k++) {
          out.push(flip ? `${p.entries[k]}-${i}` : `${i}-${p.entries[k]}`);
        }
      }
      return out.sort();
    };
    expect(left.entries.length).toBe(150);
    expect(pairs(left, false)).toEqual(pairs(right, true));
    expect(new Set(pairs(left, false)).size).toBe(150);
  });
});

describe('randomGeneralGraph', () => {
  it('has no loops or repeated edges and mateWeight sums matched edges once', () => {
    const g = randomGeneralGraph(40, 0.3, 1, 5, 9);
    const keys = new Set<string>();
    for (let k = 0; k < g.weights.length; k++) {
      const u = g.edges[2 * k]!;
      const v = g.edges[2 * k + 1]!;
      expect(u).toBeLessThan(v);
      keys.add(`${u}-${v}`);
    }
    expect(keys.size).toBe(g.weights.length);
    const mate = new Array<number>(40).fill(-1);
    const [u, v] = [g.edges[0]!, g.edges[1]!];
    mate[u] = v;
    mate[v] = u;
    expect(mateWeight(g, mate)).toBe(g.weights[0]);
  });
});

describe('instanceSeed', () => {
  it('differs by case and size, and is stable', () => {
    expect(instanceSeed(1, 'dense', 500)).toBe(instanceSeed(1, 'dense', 500));
    expect(instanceSeed(1, 'dense', 500)).not.toBe(instanceSeed(1, 'dense', 1000));
    expect(instanceSeed(1, 'dense', 500)).not.toBe(instanceSeed(1, 'sparse', 500));
    expect(instanceSeed(1, 'dense', 500)).not.toBe(instanceSeed(2, 'dense', 500));
  });
});
