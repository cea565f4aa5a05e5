import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AbortedError, InvalidArgumentError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import type { Progress } from '../core/solve-options.js';
import { verifyAssignment } from './assignment-certificate.js';
import {
  csrFromDense,
  denseFromCsr,
  parseOrLibraryAssignment,
  plantedSparse,
  uniformCosts,
} from './assignment-instances.js';
import { bruteForceAssignment } from './brute-force.js';
import type { CsrGraph } from './csr-graph.js';
import { type SolvedAssignment, solveDenseAssignment } from './dense-assignment.js';
import { solveSparseAssignment, solveSparseAssignmentWith } from './sparse-assignment.js';

const ASSIGNMENT_DATA = new URL('../../../../../shared/data/assignment/', import.meta.url);

function solvedSparse(g: CsrGraph, maximize = false): SolvedAssignment {
  const r = solveSparseAssignment(g, { maximize });
  if (r.code !== 'solved') throw new Error(`expected solved, got ${r.reason}`);
  return r;
}

/** A small random bipartite graph: sizes 0–8, random density, sometimes duplicate edges. */
const smallGraph = fc
  .record({
    rows: fc.integer({ min: 0, max: 8 }),
    cols: fc.integer({ min: 0, max: 8 }),
    density: fc.constantFrom(0.3, 0.6, 0.9, 1),
    duplicates: fc.boolean(),
    kind: fc.constantFrom('ties', 'wide', 'float', 'negative'),
    maximize: fc.boolean(),
    seed: fc.integer(),
  })
  .map(({ rows, cols, density, duplicates, kind, maximize, seed }) => {
    const rng = new Rng(seed);
    const draw = (): number => {
      if (kind === 'ties') return rng.int(0, 3);
      if (kind === 'wide') return rng.int(0, 1000);
      if (kind === 'float') return rng.next() * 10;
      return rng.int(-50, 50);
    };
    const offsets = new Int32Array(rows + 1);
    const targets: number[] = [];
    const weights: number[] = [];
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        if (!rng.chance(density)) continue;
        targets.push(j);
        weights.push(draw());
        if (duplicates && rng.chance(0.3)) {
          targets.push(j);
          weights.push(draw());
        }
      }
      offsets[i + 1] = targets.length;
    }
    const graph: CsrGraph = {
      rows,
      cols,
      offsets,
      targets: Int32Array.from(targets),
      weights: Float64Array.from(weights),
    };
    return { graph, maximize, float: kind === 'float' };
  });

describe('solveSparseAssignment', () => {
  it('matches brute force on small random graphs and proves it, with and without the auction', () => {
    fc.assert(
      fc.property(smallGraph, ({ graph, maximize, float }) => {
        const { matrix, forbidden } = denseFromCsr(graph, maximize);
        const sign = maximize ? -1 : 1;
        const brute = bruteForceAssignment(
          matrix.costs.map((w) => sign * w),
          graph.rows,
          graph.cols,
          forbidden,
        );
        for (const mode of ['auto', 'never'] as const) {
          const r = solveSparseAssignmentWith(graph, { maximize }, mode);
          if (brute === null) {
            expect(r.code).toBe('infeasible');
            continue;
          }
          expect(r.code).toBe('solved');
          if (r.code !== 'solved') continue;
          const expected = maximize ? 0 - brute.total : brute.total;
          if (float) expect(r.total).toBeCloseTo(expected, 9);
          else expect(r.total).toBe(expected);
          expect(verifyAssignment({ graph, maximize }, r)).toEqual({ code: 'valid' });
        }
      }),
      { numRuns: 3000, seed: 20240602 },
    );
  });

  it('agrees with the dense solver on larger random instances', () => {
    const rng = new Rng(99);
    const cases: { graph: CsrGraph; maximize: boolean }[] = [
      { graph: csrFromDense(uniformCosts(rng, 1000, 1000, 1000)), maximize: false },
      { graph: plantedSparse(rng, 1000, 1000, 20, 1000), maximize: false },
      { graph: plantedSparse(rng, 1000, 1000, 5, 100), maximize: true },
      { graph: plantedSparse(rng, 300, 700, 10, 50), maximize: false },
      { graph: csrFromDense(uniformCosts(rng, 400, 150, 10)), maximize: true },
    ];
    for (const { graph, maximize } of cases) {
      const sparse = solvedSparse(graph, maximize);
      const plain = solveSparseAssignmentWith(graph, { maximize }, 'never');
      const { matrix, forbidden } = denseFromCsr(graph, maximize);
      const dense = solveDenseAssignment({ ...matrix, forbidden, maximize });
      expect(dense.code).toBe('solved');
      expect(dense.code === 'solved' && dense.total).toBe(sparse.total);
      expect(plain.code === 'solved' && plain.total).toBe(sparse.total);
      expect(verifyAssignment({ graph, maximize }, sparse)).toEqual({ code: 'valid' });
    }
  });

  it('agrees with the dense solver on float costs, also when searches fall back to the heap', () => {
    // Distinct float distances make level scans expensive: without the auction the searches
    // switch to the binary heap, so this covers that path too.
    const graph = plantedSparse(new Rng(3), 2000, 2000, 8, 1000);
    const rng = new Rng(9);
    const weights = graph.weights.map(() => rng.next() * 1000);
    const floats: CsrGraph = { ...graph, weights };
    const { matrix, forbidden } = denseFromCsr(floats);
    const dense = solveDenseAssignment({ ...matrix, forbidden });
    expect(dense.code).toBe('solved');
    for (const mode of ['auto', 'never'] as const) {
      const r = solveSparseAssignmentWith(floats, {}, mode);
      expect(r.code).toBe('solved');
      if (r.code !== 'solved' || dense.code !== 'solved') continue;
      expect(r.total).toBeCloseTo(dense.total, 6);
      expect(verifyAssignment({ graph: floats }, r)).toEqual({ code: 'valid' });
    }
  });

  it('solves OR-Library instances given as complete graphs to their published optima', () => {
    for (const [name, optimum] of [
      ['assign100', 305],
      ['assign800', 1552],
    ] as const) {
      const m = parseOrLibraryAssignment(readFileSync(new URL(`${name}.txt`, ASSIGNMENT_DATA), 'utf8'));
      const graph = csrFromDense(m);
      const r = solvedSparse(graph);
      expect(r.total, name).toBe(optimum);
      expect(verifyAssignment({ graph }, r), name).toEqual({ code: 'valid' });
    }
  });

  it('solves a planted 5,000-row graph with 30 candidates per row and proves it', () => {
    const graph = plantedSparse(new Rng(5), 5000, 5000, 30, 1000);
    const r = solvedSparse(graph);
    expect(verifyAssignment({ graph }, r)).toEqual({ code: 'valid' });
  });

  it('reports infeasibility when no matching covers the smaller side', () => {
    // Rows 0 and 1 both have only column 0.
    const graph: CsrGraph = {
      rows: 2,
      cols: 3,
      offsets: Int32Array.from([0, 1, 2]),
      targets: Int32Array.from([0, 0]),
      weights: Float64Array.from([1, 2]),
    };
    expect(solveSparseAssignment(graph)).toEqual({
      code: 'infeasible',
      reason: 'the allowed pairs admit no assignment of all 2 rows: row 1 cannot be matched',
    });
    // Square, column 2 has no edge at all.
    const square: CsrGraph = {
      rows: 3,
      cols: 3,
      offsets: Int32Array.from([0, 2, 4, 6]),
      targets: Int32Array.from([0, 1, 0, 1, 1, 0]),
      weights: Float64Array.from([1, 2, 3, 4, 5, 6]),
    };
    const r = solveSparseAssignment(square);
    expect(r.code === 'infeasible' && r.reason).toMatch(/column 2 cannot be matched/);
  });

  it('matches every column when rows outnumber columns', () => {
    const graph = csrFromDense(uniformCosts(new Rng(4), 9, 4, 20));
    const r = solvedSparse(graph);
    expect(Array.from(r.colToRow).every((i) => i >= 0)).toBe(true);
    expect(r.rowToCol.filter((j) => j >= 0).length).toBe(4);
    expect(verifyAssignment({ graph }, r)).toEqual({ code: 'valid' });
  });

  it('is deterministic and leaves its input untouched', () => {
    const graph = plantedSparse(new Rng(8), 800, 900, 8, 20);
    const weights = graph.weights.slice();
    const a = solvedSparse(graph, true);
    const b = solvedSparse(graph, true);
    expect(graph.weights).toEqual(weights);
    expect(b).toEqual(a);
  });

  it('rejects malformed graphs naming the field', () => {
    const ok = plantedSparse(new Rng(1), 4, 4, 2, 10);
    const bad = (g: CsrGraph, path: readonly (string | number)[], o = {}): void => {
      let caught: unknown;
      try {
        solveSparseAssignment(g, o);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(InvalidArgumentError);
      expect((caught as InvalidArgumentError).path).toEqual(path);
    };
    bad({ ...ok, rows: -1 }, ['rows']);
    bad({ ...ok, offsets: new Int32Array(3) }, ['offsets']);
    const targets = ok.targets.slice();
    targets[2] = 7;
    bad({ ...ok, targets }, ['targets', 2]);
    const weights = ok.weights.slice();
    weights[1] = Number.NaN;
    bad({ ...ok, weights }, ['weights', 1]);
    bad(ok, ['maximize'], { maximize: 1 });
  });

  it('throws AbortedError when the signal has already fired', () => {
    const graph = plantedSparse(new Rng(2), 100, 100, 5, 10);
    expect(() => solveSparseAssignment(graph, { signal: { aborted: true } })).toThrow(AbortedError);
  });

  it('reports augmentation progress at most every ~1% of rows', () => {
    const graph = plantedSparse(new Rng(3), 3000, 3000, 10, 1000);
    const seen: Progress[] = [];
    solveSparseAssignment(graph, { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThanOrEqual(101);
    for (let k = 0; k < seen.length; k++) {
      expect(seen[k]).toMatchObject({ phase: 'augment', total: 3000 });
      if (k > 0) expect(seen[k]!.done - seen[k - 1]!.done).toBeGreaterThanOrEqual(30);
    }
  });
});
