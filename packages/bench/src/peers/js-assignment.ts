// The npm assignment solvers, each fed its own native input (number[][]), converted outside the
// timed region. Each one's API was read from its source: they differ in sense and return shape.
// Modules are imported lazily so a measuring child loads only the peer it measures.
import { type DenseInstance, pairsCost, toNestedArrays } from '../instances/dense.js';
import type { Prepared, Solver } from '../suite.js';

/** A peer that returns [row, col] pairs, prepared from number[][]. */
function pairsPeer(
  m: DenseInstance,
  solve: (matrix: number[][]) => ArrayLike<readonly [number, number]>,
): Prepared {
  const matrix = toNestedArrays(m);
  let pairs: ArrayLike<readonly [number, number]> = [];
  return {
    run: () => {
      pairs = solve(matrix);
    },
    objective: () => pairsCost(m, pairs),
  };
}

/** `munkres` 2.0.4: minimises, returns [row, col] pairs. Finite costs in a moderate range only. */
export const munkresPeer: Solver<DenseInstance> = {
  name: 'munkres',
  role: 'peer',
  exact: true,
  kind: 'in-process',
  async prepare(m) {
    const { munkres } = await import('munkres');
    return pairsPeer(m, (matrix) => munkres(matrix));
  },
};

/** `linear-sum-assignment` (ml.js, Jonker–Volgenant on ml-matrix): MAXIMISES unless told otherwise. */
export const linearSumAssignmentPeer: Solver<DenseInstance> = {
  name: 'linear-sum-assignment',
  role: 'peer',
  exact: true,
  kind: 'in-process',
  async prepare(m) {
    const { linearSumAssignment } = await import('linear-sum-assignment');
    const matrix = toNestedArrays(m);
    let gain = Number.NaN;
    return {
      run: () => {
        gain = linearSumAssignment(matrix, { maximaze: false }).gain;
      },
      objective: () => gain,
    };
  },
};

/**
 * `hungarian-on3`: O(n³) Hungarian; clones its input; costs must stay below 2^30. It returns
 * wrong answers on tall matrices (rows > cols; e.g. [[1],[0]] picks row 0), so those are passed
 * transposed and its pairs flipped back.
 */
export const hungarianOn3Peer: Solver<DenseInstance> = {
  name: 'hungarian-on3',
  role: 'peer',
  exact: true,
  kind: 'in-process',
  async prepare(m) {
    const { default: hungarianOn3 } = await import('hungarian-on3');
    if (m.rows <= m.cols) return pairsPeer(m, (matrix) => hungarianOn3(matrix, false));
    const t = transpose(m);
    const prepared = pairsPeer(t, (matrix) => hungarianOn3(matrix, false));
    return { run: prepared.run, objective: prepared.objective };
  },
};

function transpose(m: DenseInstance): DenseInstance {
  const costs = new Float64Array(m.rows * m.cols);
  for (let i = 0; i < m.rows; i++)
    for (let j = 0; j < m.cols; j++) costs[j * m.rows + i] = m.costs[i * m.cols + j]!;
  return { rows: m.cols, cols: m.rows, costs };
}

/** `munkres-js`: the textbook O(n⁴)-ish Munkres; pads rectangles with 0. Small sizes only. */
export const munkresJsPeer: Solver<DenseInstance> = {
  name: 'munkres-js',
  role: 'peer',
  exact: true,
  maxN: 1000,
  kind: 'in-process',
  async prepare(m) {
    const { default: computeMunkres } = await import('munkres-js');
    return pairsPeer(m, (matrix) => computeMunkres(matrix));
  },
};
