import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AbortedError, InvalidArgumentError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import type { Progress } from '../core/solve-options.js';
import { verifyAssignment } from './assignment-certificate.js';
import { macholWien, parseOrLibraryAssignment, uniformCosts } from './assignment-instances.js';
import { bruteForceAssignment } from './brute-force.js';
import {
  type DenseAssignmentProblem,
  type SolvedAssignment,
  solveDenseAssignment,
  solveDenseAssignmentWith,
} from './dense-assignment.js';
import type { AuctionMode } from './lapjv.js';

const AUCTION_MODES: readonly AuctionMode[] = ['auto', 'always', 'never'];
const ASSIGNMENT_DATA = new URL('../../../../../shared/data/assignment/', import.meta.url);
const OR_LIBRARY_OPTIMA: readonly (readonly [string, number])[] = [
  ['assign100', 305],
  ['assign200', 475],
  ['assign300', 626],
  ['assign400', 804],
  ['assign500', 991],
  ['assign600', 1176],
  ['assign700', 1362],
  ['assign800', 1552],
];

function solved(p: DenseAssignmentProblem): SolvedAssignment {
  const r = solveDenseAssignment(p);
  if (r.code !== 'solved') throw new Error(`expected solved, got ${r.reason}`);
  return r;
}

/** A small random problem: sizes 0–8, integer costs with many ties or floats, some forbidden pairs. */
const smallProblem = fc
  .record({
    rows: fc.integer({ min: 0, max: 8 }),
    cols: fc.integer({ min: 0, max: 8 }),
    maximize: fc.boolean(),
    kind: fc.constantFrom('ties', 'wide', 'float', 'negative'),
    forbidDensity: fc.constantFrom(0, 0, 0.2, 0.5, 0.8),
    matrix: fc.boolean(),
    seed: fc.integer(),
  })
  .map(({ rows, cols, maximize, kind, forbidDensity, matrix, seed }) => {
    const rng = new Rng(seed);
    const costs = new Float64Array(rows * cols);
    for (let k = 0; k < costs.length; k++) {
      if (kind === 'ties') costs[k] = rng.int(0, 3);
      else if (kind === 'wide') costs[k] = rng.int(0, 1000);
      else if (kind === 'float') costs[k] = rng.next() * 10;
      else costs[k] = rng.int(-50, 50);
    }
    const forbidden =
      forbidDensity === 0 ? undefined : Uint8Array.from(costs, () => (rng.chance(forbidDensity) ? 1 : 0));
    const asMatrix = Array.from({ length: rows }, (_, i) =>
      Array.from(costs.subarray(i * cols, (i + 1) * cols)),
    );
    const problem: DenseAssignmentProblem = {
      rows,
      cols,
      costs: matrix ? asMatrix : costs,
      maximize,
      ...(forbidden ? { forbidden } : {}),
    };
    return { problem, flat: costs, float: kind === 'float' };
  });

describe('solveDenseAssignment', () => {
  it('matches brute force on small random instances and proves it, with and without the auction', () => {
    fc.assert(
      fc.property(smallProblem, ({ problem, flat, float }) => {
        const { rows, cols, maximize, forbidden } = problem;
        const sign = maximize ? -1 : 1;
        const brute = bruteForceAssignment(
          flat.map((w) => sign * w),
          rows,
          cols,
          forbidden,
        );
        for (const mode of AUCTION_MODES) {
          const r = solveDenseAssignmentWith(problem, {}, mode);
          if (brute === null) {
            expect(r.code).toBe('infeasible');
            continue;
          }
          expect(r.code).toBe('solved');
          if (r.code !== 'solved') continue;
          const expected = maximize ? 0 - brute.total : brute.total;
          if (float) expect(r.total).toBeCloseTo(expected, 9);
          else expect(r.total).toBe(expected);
          expect(verifyAssignment(problem, r)).toEqual({ code: 'valid' });
        }
      }),
      { numRuns: 2500, seed: 20240601 },
    );
  });

  it('gives the same proven optimum with and without the auction on larger instances', () => {
    const rng = new Rng(17);
    const problems: DenseAssignmentProblem[] = [
      macholWien(300),
      { ...macholWien(120), maximize: true },
      // Rectangular Machol–Wien-like costs with forbidden pairs and floats.
      {
        rows: 150,
        cols: 260,
        costs: Float64Array.from({ length: 150 * 260 }, (_, k) => Math.floor(k / 260) * (k % 260) * 0.37),
        forbidden: Uint8Array.from({ length: 150 * 260 }, () => (rng.chance(0.3) ? 1 : 0)),
      },
      { ...uniformCosts(rng, 260, 140, 50), maximize: true },
      {
        ...uniformCosts(rng, 200, 200, 1000),
        forbidden: Uint8Array.from({ length: 200 * 200 }, () => (rng.chance(0.9) ? 1 : 0)),
      },
    ];
    for (const p of problems) {
      const results = AUCTION_MODES.map((mode) => solveDenseAssignmentWith(p, {}, mode));
      const first = results[0]!;
      for (const r of results) {
        expect(r.code).toBe(first.code);
        if (r.code !== 'solved' || first.code !== 'solved') continue;
        expect(r.total).toBeCloseTo(first.total, 6);
        expect(verifyAssignment(p, r)).toEqual({ code: 'valid' });
      }
    }
  });

  it('solves the OR-Library instances to their published optima', () => {
    for (const [name, optimum] of OR_LIBRARY_OPTIMA) {
      const m = parseOrLibraryAssignment(readFileSync(new URL(`${name}.txt`, ASSIGNMENT_DATA), 'utf8'));
      const r = solved(m);
      expect(r.total, name).toBe(optimum);
      expect(verifyAssignment(m, r), name).toEqual({ code: 'valid' });
    }
  });

  it('solves Machol–Wien to n(n−1)(n−2)/6', () => {
    for (const n of [10, 100, 1000]) {
      const m = macholWien(n);
      const r = solved(m);
      expect(r.total).toBe((n * (n - 1) * (n - 2)) / 6);
      expect(verifyAssignment(m, r)).toEqual({ code: 'valid' });
    }
  });

  it('gives the same optimum to a problem and its transpose, maximised and minimised', () => {
    const rng = new Rng(7);
    for (const [rows, cols] of [
      [60, 150],
      [150, 60],
      [120, 120],
    ] as const) {
      const m = uniformCosts(rng, rows, cols, 100);
      const t = new Float64Array(rows * cols);
      for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = m.costs[i * cols + j]!;
      for (const maximize of [false, true]) {
        const a = solved({ ...m, maximize });
        const b = solved({ rows: cols, cols: rows, costs: t, maximize });
        expect(a.total).toBe(b.total);
        expect(verifyAssignment({ ...m, maximize }, a)).toEqual({ code: 'valid' });
        expect(verifyAssignment({ rows: cols, cols: rows, costs: t, maximize }, b)).toEqual({
          code: 'valid',
        });
      }
    }
  });

  it('is deterministic and leaves its input untouched', () => {
    const m = uniformCosts(new Rng(3), 200, 200, 10);
    const before = m.costs.slice();
    const a = solved(m);
    const b = solved(m);
    expect(m.costs).toEqual(before);
    expect(b).toEqual(a);
  });

  it('reports infeasibility when forbidden pairs leave a row unmatchable', () => {
    // Rows 0 and 1 may only use column 0.
    const forbidden = Uint8Array.from([0, 1, 1, 0, 1, 1, 0, 0, 0]);
    const r = solveDenseAssignment({ rows: 3, cols: 3, costs: new Float64Array(9), forbidden });
    expect(r.code).toBe('infeasible');
    if (r.code === 'infeasible') expect(r.reason).toMatch(/no assignment of all 3 rows/);
    const wide = solveDenseAssignment({
      rows: 2,
      cols: 4,
      costs: new Float64Array(8),
      forbidden: Uint8Array.from([1, 1, 1, 1, 0, 0, 0, 0]),
    });
    expect(wide).toEqual({
      code: 'infeasible',
      reason: 'the allowed pairs admit no assignment of all 2 rows: row 0 cannot be matched',
    });
  });

  it('handles empty sides', () => {
    const r = solved({ rows: 0, cols: 5, costs: new Float64Array(0) });
    expect(r.total).toBe(0);
    expect(Array.from(r.colToRow)).toEqual([-1, -1, -1, -1, -1]);
  });

  it('rejects malformed input naming the field', () => {
    const bad = (p: unknown, path: readonly (string | number)[]): void => {
      let caught: unknown;
      try {
        solveDenseAssignment(p as DenseAssignmentProblem);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(InvalidArgumentError);
      expect((caught as InvalidArgumentError).path).toEqual(path);
    };
    bad({ rows: -1, cols: 2, costs: new Float64Array(0) }, ['rows']);
    bad({ rows: 2, cols: 1.5, costs: new Float64Array(3) }, ['cols']);
    bad({ rows: 2, cols: 2, costs: new Float64Array(3) }, ['costs']);
    bad({ rows: 2, cols: 2, costs: Float64Array.from([0, 1, Number.NaN, 3]) }, ['costs', 2]);
    bad(
      {
        rows: 2,
        cols: 2,
        costs: [
          [0, 1],
          [Number.POSITIVE_INFINITY, 3],
        ],
      },
      ['costs', 1, 0],
    );
    bad({ rows: 2, cols: 2, costs: [[0, 1], [2]] }, ['costs', 1]);
    bad({ rows: 2, cols: 2, costs: new Float64Array(4), forbidden: new Uint8Array(3) }, ['forbidden']);
    bad({ rows: 1, cols: 1, costs: new Float64Array(1), maximize: 'yes' }, ['maximize']);
    // A forbidden pair's cost is ignored, even when it is not finite.
    const r = solveDenseAssignment({
      rows: 1,
      cols: 2,
      costs: Float64Array.from([Number.NaN, 4]),
      forbidden: Uint8Array.from([1, 0]),
    });
    expect(r.code === 'solved' && r.total).toBe(4);
  });

  it('throws AbortedError when the signal has already fired', () => {
    const m = uniformCosts(new Rng(1), 50, 50, 100);
    expect(() => solveDenseAssignment(m, { signal: { aborted: true } })).toThrow(AbortedError);
  });

  it('stops mid-run when the signal fires during augmentation', () => {
    const m = macholWien(300);
    let calls = 0;
    const signal = {
      get aborted() {
        return ++calls > 3;
      },
    };
    expect(() => solveDenseAssignment(m, { signal })).toThrow(AbortedError);
    expect(calls).toBeGreaterThan(3);
  });

  it('reports augmentation progress at most every ~1% of rows', () => {
    const m = macholWien(1000);
    const seen: Progress[] = [];
    solveDenseAssignment(m, { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.length).toBeLessThanOrEqual(101);
    for (let k = 0; k < seen.length; k++) {
      expect(seen[k]!.phase).toBe('augment');
      expect(seen[k]!.total).toBe(1000);
      if (k > 0) expect(seen[k]!.done - seen[k - 1]!.done).toBeGreaterThanOrEqual(10);
    }
  });
});

describe('verifyAssignment', () => {
  const m = uniformCosts(new Rng(11), 30, 40, 50);
  const good = solved(m);

  it('rejects a perturbed dual', () => {
    const rowDual = good.rowDual.slice();
    rowDual[5]! += 1;
    const check = verifyAssignment(m, { ...good, rowDual });
    expect(check.code).toBe('invalid');
    if (check.code === 'invalid') {
      expect(check.issues.map((i) => i.code)).toContain('dual_infeasible');
    }
  });

  it('rejects a lowered dual through complementary slackness', () => {
    const colDual = good.colDual.slice();
    const j = good.rowToCol[0]!;
    colDual[j]! -= 1;
    const check = verifyAssignment(m, { ...good, colDual });
    expect(check.code === 'invalid' && check.issues.some((i) => i.code === 'slackness')).toBe(true);
  });

  it('rejects a positive dual on an unassigned column of the larger side', () => {
    const colDual = good.colDual.slice();
    const free = good.colToRow.indexOf(-1);
    colDual[free] = 0.5;
    const check = verifyAssignment(m, { ...good, colDual });
    expect(check.code === 'invalid' && check.issues.some((i) => i.code === 'dual_sign')).toBe(true);
  });

  it('rejects a swapped assignment, a wrong total and a forbidden pair', () => {
    const rowToCol = good.rowToCol.slice();
    const colToRow = good.colToRow.slice();
    const [a, b] = [rowToCol[0]!, rowToCol[1]!];
    rowToCol[0] = b;
    rowToCol[1] = a;
    colToRow[a] = 1;
    colToRow[b] = 0;
    expect(verifyAssignment(m, { ...good, rowToCol, colToRow }).code).toBe('invalid');
    expect(verifyAssignment(m, { ...good, total: good.total + 1 }).code).toBe('invalid');
    const forbidden = new Uint8Array(30 * 40);
    forbidden[a] = 1;
    expect(verifyAssignment({ ...m, forbidden }, good).code).toBe('invalid');
    expect(verifyAssignment(m, good)).toEqual({ code: 'valid' });
  });
});
