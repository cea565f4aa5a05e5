import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceBMatching } from '../matching/brute-force-b-matching.js';
import { csrFromEdges } from '../matching/csr-graph.js';
import { priorityWeight } from './priorities.js';
import { type RoundGraph, solveRoundGraph } from './round-solve.js';

const FAIRNESS = { growthPercent: 25, waitCap: 4 };

const instanceArb = fc
  .record({
    rows: fc.integer({ min: 1, max: 5 }),
    cols: fc.integer({ min: 1, max: 5 }),
    raw: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 10_000 })), { maxLength: 14 }),
    rowCap: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 5, maxLength: 5 }),
    colCap: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 5, maxLength: 5 }),
    rowWait: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 5, maxLength: 5 }),
    colWait: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 5, maxLength: 5 }),
    minScore: fc.integer({ min: 0, max: 8000 }),
    maxIntroductions: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  })
  .map((r) => {
    // One edge per pair: a pair is never introduced twice.
    const seen = new Set<number>();
    const edges: [number, number, number][] = [];
    for (const [a, b, w] of r.raw) {
      const key = (a % r.rows) * 8 + (b % r.cols);
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push([a % r.rows, b % r.cols, w]);
    }
    const rg: RoundGraph = {
      graph: csrFromEdges(r.rows, r.cols, edges),
      rowCapacity: Int32Array.from(r.rowCap.slice(0, r.rows)),
      colCapacity: Int32Array.from(r.colCap.slice(0, r.cols)),
      rowWaited: Int32Array.from(r.rowWait.slice(0, r.rows)),
      colWaited: Int32Array.from(r.colWait.slice(0, r.cols)),
    };
    return { rg, edges, minScore: r.minScore, maxIntroductions: r.maxIntroductions };
  });

describe('solveRoundGraph', () => {
  it('optimal mode equals the brute-force optimum and respects capacity, floor and cap', () => {
    fc.assert(
      fc.property(instanceArb, ({ rg, edges, minScore, maxIntroductions }) => {
        const policy = { minScore, maxIntroductions, fairness: FAIRNESS, mode: 'optimal' as const };
        const sol = solveRoundGraph(rg, policy);
        expect(sol.proof.code).toBe('optimal');
        const { offsets, targets, weights } = rg.graph;
        const rowUse = new Int32Array(rg.graph.rows);
        const colUse = new Int32Array(rg.graph.cols);
        for (const e of sol.edges) {
          let i = 0;
          while (offsets[i + 1]! <= e) i++;
          rowUse[i]!++;
          colUse[targets[e]!]!++;
          expect(weights[e]!).toBeGreaterThanOrEqual(minScore);
        }
        for (let i = 0; i < rowUse.length; i++) expect(rowUse[i]).toBeLessThanOrEqual(rg.rowCapacity[i]!);
        for (let j = 0; j < colUse.length; j++) expect(colUse[j]).toBeLessThanOrEqual(rg.colCapacity[j]!);
        if (maxIntroductions !== undefined) expect(sol.edges.length).toBeLessThanOrEqual(maxIntroductions);
        const weighted = edges
          .filter(([, , w]) => w >= minScore)
          .map(
            ([i, j, w]) =>
              [i, j, priorityWeight(w, rg.rowWaited[i]!, rg.colWaited[j]!, FAIRNESS)] as [
                number,
                number,
                number,
              ],
          );
        const best = bruteForceBMatching({
          graph: csrFromEdges(rg.graph.rows, rg.graph.cols, weighted),
          rowCapacity: rg.rowCapacity,
          colCapacity: rg.colCapacity,
          maxEdges: maxIntroductions,
        });
        expect(sol.weightedTotal).toBe(best.total);
      }),
      { numRuns: 300 },
    );
  });

  it('stable mode leaves no blocking pair among men limited to one introduction', () => {
    fc.assert(
      fc.property(instanceArb, ({ rg, minScore }) => {
        const one: RoundGraph = { ...rg, rowCapacity: rg.rowCapacity.map((c) => Math.min(c, 1)) };
        const sol = solveRoundGraph(one, { minScore, fairness: FAIRNESS, mode: 'stable' });
        const { rows, cols, offsets, targets, weights } = one.graph;
        const rowPartnerWeight = new Float64Array(rows).fill(-1);
        const colWeights: number[][] = Array.from({ length: cols }, () => []);
        const chosen = new Set(sol.edges);
        for (let i = 0; i < rows; i++)
          for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
            if (!chosen.has(e)) continue;
            const w = priorityWeight(weights[e]!, one.rowWaited[i]!, one.colWaited[targets[e]!]!, FAIRNESS);
            rowPartnerWeight[i] = w;
            colWeights[targets[e]!]!.push(w);
          }
        for (let i = 0; i < rows; i++) {
          if (one.rowCapacity[i] === 0) continue;
          for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
            const j = targets[e]!;
            if (chosen.has(e) || weights[e]! < minScore || weights[e]! <= 0 || one.colCapacity[j] === 0)
              continue;
            const w = priorityWeight(weights[e]!, one.rowWaited[i]!, one.colWaited[j]!, FAIRNESS);
            const manWants = w > rowPartnerWeight[i]!;
            const held = colWeights[j]!;
            const womanWants = held.length < one.colCapacity[j]! || held.some((h) => w > h);
            expect(manWants && womanWants).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
