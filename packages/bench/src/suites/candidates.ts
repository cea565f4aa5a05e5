// Candidate graphs: every member's K = 50 best acceptable partners through the bitset indexes,
// on the preset pools (xihu 5k, xiaoying 10k, city 100k, province 1M), against scoring every pair.
import {
  buildCandidateGraph,
  type CandidateGraph,
  type CandidateMethod,
  generatePool,
  POOL_PRESETS,
  type Pool,
  type PoolPresetName,
} from '@redthread/engine';
import { defineCase, type Solver, type Suite } from '../suite.js';

const DATE = '2026-11-01';
const K = 50;

const PRESET_BY_SIZE = new Map<number, PoolPresetName>(
  Object.entries(POOL_PRESETS).map(([name, spec]) => [spec.size, name as PoolPresetName]),
);

/** A preset pool by its size, or a small Xihu-like pool (one man in three) for quick runs. */
function poolOfSize(n: number, seed: number): Pool {
  const preset = PRESET_BY_SIZE.get(n);
  if (preset !== undefined) return generatePool(preset);
  const men = Math.round(n * 0.34);
  return generatePool({ size: n, men, women: n - men, seed, region: 'xihu' });
}

/** Sum of edge weights: equal for any exact method (same edges, same scores). */
function totalWeight(g: CandidateGraph): number {
  let s = 0;
  for (const w of g.graph.weights) s += w;
  return s;
}

function candidateSolver(name: string, method: CandidateMethod, maxN?: number): Solver<Pool> {
  return {
    name,
    role: method === 'indexed' ? 'engine' : 'peer',
    exact: true,
    ...(maxN === undefined ? {} : { maxN }),
    kind: 'in-process',
    prepare(pool) {
      let g: CandidateGraph | undefined;
      return {
        run: () => {
          g = buildCandidateGraph(pool, { referenceDate: DATE, k: K }, method);
        },
        objective: () => totalWeight(g!),
        note: () => {
          const s = g!.stats;
          return (
            `${s.men}×${s.women}, ${s.edges} edges; scored ${s.pairsScored} pairs = ` +
            `${(100 * s.scoredShare).toPrecision(3)}% of a full scan of both sides; ` +
            `${s.acceptablePairs} acceptable; ${s.widenedSearches} searches widened`
          );
        },
      };
    },
  };
}

export const candidatesSuite: Suite = {
  name: 'candidates',
  description: `Candidate graph, K = ${K} per member (either side's top K), indexed exact search against scoring every pair.`,
  cases: [
    defineCase<Pool>({
      name: 'candidate-graph',
      description:
        'Top-50 candidate graph on a preset pool (xihu 5k, xiaoying 10k, city 100k, province 1M), encoding and indexing included.',
      sizes: [5000, 10_000, 100_000, 1_000_000],
      quickSizes: [300],
      label: (n) => PRESET_BY_SIZE.get(n) ?? String(n),
      generate: poolOfSize,
      solvers: [candidateSolver('engine', 'indexed'), candidateSolver('brute-force', 'brute-force', 10_000)],
    }),
  ],
};
