// Sparse max-weight b-matching (each member at most k partners). Peers: the HiGHS LP (exact, small
// sizes) and the engine's greedy baseline.
import {
  type BMatchingProblem,
  type BMatchingResult,
  type CsrGraph,
  greedyBMatching,
  solveBMatching,
  verifyBMatching,
} from '@redthread/engine';
import { randomSparse } from '../instances/sparse.js';
import { edgesOfCsr, prepareBMatchingLp } from '../peers/highs.js';
import { defineCase, type Prepared, type Solver, type Suite } from '../suite.js';

/** Capacity of every row and column. */
export const K = 3;

function problemOf(graph: CsrGraph): BMatchingProblem {
  return { graph, rowCapacity: K, colCapacity: K };
}

/** Runs an engine b-matching routine; the objective step checks its certificate (untimed). */
function engineRun(
  graph: CsrGraph,
  solve: (p: BMatchingProblem) => BMatchingResult,
  certify: boolean,
): Prepared {
  const p = problemOf(graph);
  let r: BMatchingResult | undefined;
  return {
    run: () => {
      r = solve(p);
    },
    objective: () => {
      if (certify) {
        const check = verifyBMatching(p, r!);
        if (check.code !== 'valid') {
          throw new Error(`b-matching certificate invalid: ${JSON.stringify(check.issues.slice(0, 3))}`);
        }
      }
      return r!.total;
    },
    note: () => (r!.proof.code === 'optimal' || !certify ? '' : `proof: ${r!.proof.code}`),
  };
}

const engine: Solver<CsrGraph> = {
  name: 'engine',
  role: 'engine',
  exact: true,
  kind: 'in-process',
  prepare: (g) => engineRun(g, (p) => solveBMatching(p), true),
};

const greedy: Solver<CsrGraph> = {
  name: 'engine-greedy',
  role: 'baseline',
  exact: false,
  kind: 'in-process',
  prepare: (g) => engineRun(g, greedyBMatching, false),
};

const highsLp: Solver<CsrGraph> = {
  name: 'highs-lp',
  role: 'peer',
  exact: true,
  tolerance: 1e-6,
  maxN: 10_000,
  kind: 'in-process',
  freshInput: true,
  prepare: (g) => prepareBMatchingLp(edgesOfCsr(g), K, K),
};

export const bMatchingSuite: Suite = {
  name: 'b-matching',
  description: `Maximum-weight bipartite b-matching with capacity k = ${K} on every row and column.`,
  cases: [
    defineCase<CsrGraph>({
      name: 'sparse-k3',
      description: `n rows × n columns, 50 random edges per row, integer weights 0..10000, k = ${K}.`,
      sizes: [10_000, 100_000, 1_000_000],
      quickSizes: [300],
      generate: (n, seed) =>
        randomSparse({ rows: n, cols: n, degree: 50, minWeight: 0, maxWeight: 10_000, planted: false, seed }),
      solvers: [engine, highsLp, greedy],
    }),
  ],
};
