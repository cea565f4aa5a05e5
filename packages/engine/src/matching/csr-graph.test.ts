import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../core/errors.js';
import { csrEdgeCount, csrEdgeRows, csrFromEdges, validateCsrGraph } from './csr-graph.js';

function pathOf(run: () => void): readonly (string | number)[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidArgumentError);
    return (error as InvalidArgumentError).path;
  }
  throw new Error('expected InvalidArgumentError');
}

describe('csrFromEdges', () => {
  it('groups edges by row and keeps their input order within a row', () => {
    const g = csrFromEdges(3, 4, [
      [2, 1, 0.5],
      [0, 3, 1],
      [2, 0, -2],
      [0, 1, 7],
    ]);
    expect(Array.from(g.offsets)).toEqual([0, 2, 2, 4]);
    expect(Array.from(g.targets)).toEqual([3, 1, 1, 0]);
    expect(Array.from(g.weights)).toEqual([1, 7, 0.5, -2]);
    expect(csrEdgeCount(g)).toBe(4);
    expect(Array.from(csrEdgeRows(g))).toEqual([0, 0, 2, 2]);
    expect(() => validateCsrGraph(g)).not.toThrow();
  });

  it('rejects rows, columns and weights out of range with the path of the triple', () => {
    expect(pathOf(() => csrFromEdges(2, 2, [[2, 0, 1]]))).toEqual(['edges', 0, 0]);
    expect(
      pathOf(() =>
        csrFromEdges(2, 2, [
          [0, 0, 1],
          [1, -1, 1],
        ]),
      ),
    ).toEqual(['edges', 1, 1]);
    expect(pathOf(() => csrFromEdges(2, 2, [[0, 0, Number.NaN]]))).toEqual(['edges', 0, 2]);
    expect(pathOf(() => csrFromEdges(-1, 2, []))).toEqual(['rows']);
    expect(pathOf(() => csrFromEdges(1, 1.5, []))).toEqual(['cols']);
  });
});

describe('validateCsrGraph', () => {
  const good = () =>
    csrFromEdges(2, 3, [
      [0, 1, 1],
      [1, 2, 2],
    ]);

  it('reports the offending field', () => {
    expect(pathOf(() => validateCsrGraph({ ...good(), offsets: Int32Array.of(0, 1) }))).toEqual(['offsets']);
    expect(pathOf(() => validateCsrGraph({ ...good(), offsets: Int32Array.of(1, 1, 2) }))).toEqual([
      'offsets',
      0,
    ]);
    expect(pathOf(() => validateCsrGraph({ ...good(), offsets: Int32Array.of(0, 2, 1) }))).toEqual([
      'offsets',
      2,
    ]);
    expect(pathOf(() => validateCsrGraph({ ...good(), targets: Int32Array.of(1) }))).toEqual(['targets']);
    expect(pathOf(() => validateCsrGraph({ ...good(), targets: Int32Array.of(1, 3) }))).toEqual([
      'targets',
      1,
    ]);
    expect(
      pathOf(() => validateCsrGraph({ ...good(), weights: Float64Array.of(1, Number.NEGATIVE_INFINITY) })),
    ).toEqual(['weights', 1]);
    expect(pathOf(() => validateCsrGraph({ ...good(), rows: 2.5 }, ['g']))).toEqual(['g', 'rows']);
  });
});
