// 1:1 assignment: dense square and rectangular matrices, the Machol–Wien family, and sparse
// candidate graphs for the sparse routine. Peers: the npm solvers, scipy and the HiGHS LP.
import {
  type AssignmentResult,
  type CsrGraph,
  solveDenseAssignment,
  solveSparseAssignment,
  verifyAssignment,
} from '@redthread/engine';
import { type DenseInstance, macholWien, uniformDense } from '../instances/dense.js';
import { randomSparse } from '../instances/sparse.js';
import { edgesOfCsr, edgesOfDense, prepareAssignmentLp } from '../peers/highs.js';
import {
  hungarianOn3Peer,
  linearSumAssignmentPeer,
  munkresJsPeer,
  munkresPeer,
} from '../peers/js-assignment.js';
import { scipyLsaDense, scipyMwfbmDense, scipyMwfbmSparse } from '../peers/scipy.js';
import { defineCase, type Prepared, type Solver, type Suite } from '../suite.js';

/** Times `solve`; the objective step checks the dual certificate (untimed), so a wrong answer is an error. */
function certified(
  solve: () => AssignmentResult,
  verify: (r: Extract<AssignmentResult, { code: 'solved' }>) => void,
): Prepared {
  let r: AssignmentResult | undefined;
  return {
    run: () => {
      r = solve();
    },
    objective: () => {
      if (r?.code !== 'solved') throw new Error(`engine found no assignment: ${r?.code}`);
      verify(r);
      return r.total;
    },
  };
}

function checkValid(check: ReturnType<typeof verifyAssignment>): void {
  if (check.code !== 'valid')
    throw new Error(`assignment certificate invalid: ${JSON.stringify(check.issues.slice(0, 3))}`);
}

const engineDense: Solver<DenseInstance> = {
  name: 'engine',
  role: 'engine',
  exact: true,
  kind: 'in-process',
  prepare: (m) => {
    const problem = { rows: m.rows, cols: m.cols, costs: m.costs };
    return certified(
      () => solveDenseAssignment(problem),
      (r) => checkValid(verifyAssignment(problem, r)),
    );
  },
};

const engineSparse: Solver<CsrGraph> = {
  name: 'engine',
  role: 'engine',
  exact: true,
  kind: 'in-process',
  prepare: (g) =>
    certified(
      () => solveSparseAssignment(g),
      (r) => checkValid(verifyAssignment({ graph: g }, r)),
    ),
};

/** The HiGHS assignment LP on a dense matrix (n² variables: small n only). */
const highsDense: Solver<DenseInstance> = {
  name: 'highs-lp',
  role: 'peer',
  exact: true,
  tolerance: 1e-6,
  maxN: 1000,
  kind: 'in-process',
  freshInput: true,
  prepare: (m) => prepareAssignmentLp(edgesOfDense(m.rows, m.cols, m.costs)),
};

const highsSparse: Solver<CsrGraph> = {
  name: 'highs-lp',
  role: 'peer',
  exact: true,
  tolerance: 1e-6,
  maxN: 10_000,
  kind: 'in-process',
  freshInput: true,
  prepare: (g) => prepareAssignmentLp(edgesOfCsr(g)),
};

const denseSolvers: readonly Solver<DenseInstance>[] = [
  engineDense,
  munkresPeer,
  linearSumAssignmentPeer,
  hungarianOn3Peer,
  munkresJsPeer,
  scipyLsaDense,
  scipyMwfbmDense,
  highsDense,
];

/** Columns of the rectangular case for n rows: the Xihu centre's 1,700 men × 3,300 women, scaled. */
const rectCols = (n: number): number => Math.round((n * 3300) / 1700);

export const assignmentSuite: Suite = {
  name: 'assignment',
  description: 'Minimum-cost 1:1 assignment, dense (square, rectangular, Machol–Wien) and sparse.',
  cases: [
    defineCase<DenseInstance>({
      name: 'dense-uniform',
      description: 'n×n matrix of uniform random integer costs in [0, 1000) (many ties).',
      sizes: [500, 1000, 2000, 5000],
      quickSizes: [40],
      generate: (n, seed) => uniformDense(n, n, 1000, seed),
      solvers: denseSolvers,
    }),
    defineCase<DenseInstance>({
      name: 'dense-rectangular',
      description:
        'n × 1.94n uniform random integer costs in [0, 1000): the Xihu centre’s 1,700 men × 3,300 women.',
      sizes: [1700],
      quickSizes: [30],
      label: (n) => `${n}×${rectCols(n)}`,
      generate: (n, seed) => uniformDense(n, rectCols(n), 1000, seed),
      solvers: denseSolvers,
    }),
    defineCase<DenseInstance>({
      name: 'machol-wien',
      description: 'Machol–Wien c(i,j) = i·j (0-based), a hard family for Hungarian-type codes.',
      sizes: [1000, 2000],
      quickSizes: [40],
      generate: (n) => macholWien(n),
      solvers: denseSolvers,
    }),
    defineCase<CsrGraph>({
      name: 'sparse',
      description:
        'n rows × n columns, 50 random candidate columns per row plus a planted perfect matching; costs uniform integers in [0, 1000).',
      sizes: [10_000, 100_000, 1_000_000],
      quickSizes: [300],
      generate: (n, seed) =>
        randomSparse({ rows: n, cols: n, degree: 50, minWeight: 0, maxWeight: 999, planted: true, seed }),
      solvers: [engineSparse, scipyMwfbmSparse, highsSparse],
    }),
  ],
};
