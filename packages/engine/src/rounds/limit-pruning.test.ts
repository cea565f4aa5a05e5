import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveBMatching } from '../matching/b-matching.js';
import { csrFromEdges } from '../matching/csr-graph.js';
import { limitPrefix } from './limit-pruning.js';

describe('limitPrefix', () => {
  it('keeps an optimum of every capped b-matching', () => {
    let pruned = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 20 })), { maxLength: 150 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        (rows, cols, raw, limit, cap, fractional) => {
          const g = csrFromEdges(
            rows,
            cols,
            raw.map(([a, b, w]) => [a % rows, b % cols, fractional ? w / 4 : w] as [number, number, number]),
          );
          const p = { graph: g, rowCapacity: cap, colCapacity: 1, maxEdges: limit };
          const full = solveBMatching(p);
          const keep = limitPrefix(g, limit);
          if (keep === null) return;
          pruned++;
          const kept = csrFromEdges(
            rows,
            cols,
            Array.from(keep, (e) => {
              let r = 0;
              while (g.offsets[r + 1]! <= e) r++;
              return [r, g.targets[e]!, g.weights[e]!] as [number, number, number];
            }),
          );
          expect(solveBMatching({ ...p, graph: kept }).total).toBe(full.total);
        },
      ),
      { numRuns: 300 },
    );
    expect(pruned).toBeGreaterThan(60);
  });

  it('keeps only the best edge for a limit of one', () => {
    const g = csrFromEdges(2, 2, [
      [0, 0, 3],
      [0, 1, 5],
      [1, 0, 5],
    ]);
    // Ties are interleaved across rows: row 1's first edge comes before row 0's second.
    expect(limitPrefix(g, 1)).toEqual(Int32Array.from([2]));
  });
});
