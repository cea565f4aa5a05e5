// Each peer adapter is checked against exhaustive search on small instances, in both orientations
// of a rectangle: the adapters differ in sense (min/max), padding and result shape.
import { type CsrGraph, solveBMatching } from '@redthread/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DenseInstance, macholWien, uniformDense } from '../instances/dense.js';
import { type GeneralGraphInstance, randomGeneralGraph } from '../instances/general-graph.js';
import { randomSparse } from '../instances/sparse.js';
import type { Solver } from '../suite.js';
import { edmondsBlossomPeer } from './edmonds-blossom.js';
import { edgesOfCsr, edgesOfDense, prepareAssignmentLp, prepareBMatchingLp } from './highs.js';
import { hungarianOn3Peer, linearSumAssignmentPeer, munkresJsPeer, munkresPeer } from './js-assignment.js';

async function solveWith<I>(s: Solver<I>, instance: I): Promise<number> {
  if (s.kind !== 'in-process') throw new Error('in-process solvers only');
  const p = await s.prepare(instance);
  p.run();
  const value = p.objective();
  p.dispose?.();
  return value;
}

/** Minimum-cost assignment of the smaller side by enumeration. */
function bruteAssignment(m: DenseInstance): number {
  const small = Math.min(m.rows, m.cols);
  const big = Math.max(m.rows, m.cols);
  const cost = (a: number, b: number): number =>
    m.rows <= m.cols ? m.costs[a * m.cols + b]! : m.costs[b * m.cols + a]!;
  const used = new Uint8Array(big);
  let best = Number.POSITIVE_INFINITY;
  const walk = (a: number, sum: number): void => {
    if (a === small) {
      best = Math.min(best, sum);
      return;
    }
    for (let b = 0; b < big; b++) {
      if (used[b]) continue;
      used[b] = 1;
      walk(a + 1, sum + cost(a, b));
      used[b] = 0;
    }
  };
  walk(0, 0);
  return best;
}

const densePeers = [munkresPeer, linearSumAssignmentPeer, hungarianOn3Peer, munkresJsPeer];

describe('dense assignment peers', () => {
  it('reach the exhaustive minimum on small square and rectangular matrices', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer(),
        async (rows, cols, range, seed) => {
          const m = uniformDense(rows, cols, range, seed);
          const best = bruteAssignment(m);
          for (const peer of densePeers) expect(await solveWith(peer, m), peer.name).toBe(best);
          const lp = await prepareAssignmentLp(edgesOfDense(m.rows, m.cols, m.costs));
          lp.run();
          expect(lp.objective()).toBeCloseTo(best, 6);
          lp.dispose?.();
        },
      ),
      { numRuns: 40 },
    );
  });

  it('agree on Machol–Wien with its known minimum n(n−1)(n−2)/6', async () => {
    const n = 30;
    for (const peer of densePeers)
      expect(await solveWith(peer, macholWien(n)), peer.name).toBe((n * (n - 1) * (n - 2)) / 6);
  });
});

describe('HiGHS b-matching LP', () => {
  it('equals the engine on small random graphs (the bipartite LP is integral)', async () => {
    for (const seed of [1, 2, 3, 4]) {
      const g: CsrGraph = randomSparse({
        rows: 40,
        cols: 30,
        degree: 6,
        minWeight: 0,
        maxWeight: 100,
        planted: false,
        seed,
      });
      const lp = await prepareBMatchingLp(edgesOfCsr(g), 2, 3);
      lp.run();
      const engine = solveBMatching({ graph: g, rowCapacity: 2, colCapacity: 3 }).total;
      expect(lp.objective()).toBeCloseTo(engine, 6);
      lp.dispose?.();
    }
  });
});

/** Maximum-weight matching of a small general graph by enumeration. */
function bruteGeneral(g: GeneralGraphInstance): number {
  const w = new Map<number, number>();
  for (let k = 0; k < g.weights.length; k++)
    w.set(g.edges[2 * k]! * g.n + g.edges[2 * k + 1]!, g.weights[k]!);
  const used = new Uint8Array(g.n);
  const walk = (v: number): number => {
    while (v < g.n && used[v]) v++;
    if (v >= g.n) return 0;
    used[v] = 1;
    let best = walk(v + 1); // v stays single
    for (let u = v + 1; u < g.n; u++) {
      const weight = w.get(v * g.n + u);
      if (used[u] || weight === undefined) continue;
      used[u] = 1;
      best = Math.max(best, weight + walk(v + 1));
      used[u] = 0;
    }
    used[v] = 0;
    return best;
  };
  return walk(0);
}

describe('edmonds-blossom-fixed', () => {
  it('reaches the exhaustive maximum on small general graphs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 9 }), fc.integer(), async (n, seed) => {
        const g = randomGeneralGraph(n, 0.5, 1, 20, seed);
        expect(await solveWith(edmondsBlossomPeer, g)).toBe(bruteGeneral(g));
      }),
      { numRuns: 40 },
    );
  });
});
