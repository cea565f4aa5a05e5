// HiGHS (npm `highs`, wasm) as an exact LP oracle. Bipartite assignment and b-matching LPs have
// integral vertices (the constraint matrix is totally unimodular), so the LP optimum is the
// matching optimum. The model is built before the clock starts; `run` times HiGHS's solve only.
import type { CsrGraph } from '@redthread/engine';
import type { Highs, ModelData } from 'highs';
import type { Prepared } from '../suite.js';

let loaded: Promise<Highs> | undefined;

async function load(): Promise<Highs> {
  const { default: exported } = await import('highs');
  // The package's types describe a CommonJS module (loader under `.default`), but Node picks its
  // ESM build, whose default export is the loader itself: accept either.
  type Loader = typeof exported.default;
  const e = exported as unknown as Loader | { default: Loader };
  return (typeof e === 'function' ? e : e.default)();
}

/** The HiGHS runtime, loaded once per process (lazily: only HiGHS children pay for the wasm). */
export function highsRuntime(): Promise<Highs> {
  loaded ??= load();
  return loaded;
}

/** Edges of a bipartite LP: edge e joins row `edgeRow[e]` and column `targets[e]` with `weights[e]`. */
interface BipartiteEdges {
  readonly rows: number;
  readonly cols: number;
  readonly edgeRow: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
}

/** The edges of a CSR graph with each edge's row spelled out. */
export function edgesOfCsr(g: CsrGraph): BipartiteEdges {
  const m = g.offsets[g.rows] ?? 0;
  const edgeRow = new Int32Array(m);
  for (let r = 0; r < g.rows; r++) edgeRow.fill(r, g.offsets[r]!, g.offsets[r + 1]!);
  return { rows: g.rows, cols: g.cols, edgeRow, targets: g.targets, weights: g.weights };
}

/** Every pair of a dense rows×cols matrix as an edge. */
export function edgesOfDense(rows: number, cols: number, costs: Float64Array): BipartiteEdges {
  const edgeRow = new Int32Array(rows * cols);
  const targets = new Int32Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    edgeRow.fill(i, i * cols, (i + 1) * cols);
    for (let j = 0; j < cols; j++) targets[i * cols + j] = j;
  }
  return { rows, cols, edgeRow, targets, weights: costs };
}

/**
 * LP with one variable per edge in [0, 1] and one row per vertex: rows first, then columns.
 * Each variable's column of the matrix holds exactly two ones (CSC).
 */
function bipartiteLp(
  h: Highs,
  e: BipartiteEdges,
  maximize: boolean,
  rowBounds: readonly [number, number],
  colBounds: readonly [number, number],
): ModelData {
  const m = e.targets.length;
  const starts = new Int32Array(m + 1);
  const indices = new Int32Array(2 * m);
  for (let k = 0; k < m; k++) {
    starts[k + 1] = 2 * (k + 1);
    indices[2 * k] = e.edgeRow[k]!;
    indices[2 * k + 1] = e.rows + e.targets[k]!;
  }
  const numRows = e.rows + e.cols;
  const rowLower = new Float64Array(numRows);
  const rowUpper = new Float64Array(numRows);
  rowLower.fill(rowBounds[0], 0, e.rows).fill(colBounds[0], e.rows);
  rowUpper.fill(rowBounds[1], 0, e.rows).fill(colBounds[1], e.rows);
  return {
    numCols: m,
    numRows,
    sense: maximize ? h.constants.objectiveSense.maximize : h.constants.objectiveSense.minimize,
    colCost: e.weights,
    colLower: new Float64Array(m),
    colUpper: new Float64Array(m).fill(1),
    rowLower,
    rowUpper,
    matrix: { format: 'csc', numRows, numCols: m, starts, indices, values: new Float64Array(2 * m).fill(1) },
  };
}

const OPTIMAL = 7;

async function prepareLp(data: (h: Highs) => ModelData): Promise<Prepared> {
  const h = await highsRuntime();
  const model = h.createModel(data(h));
  model.options.set({ output_flag: false });
  let objective = Number.NaN;
  return {
    run: () => {
      model.run();
      const status = model.getModelStatus();
      if (status !== OPTIMAL) throw new Error(`HiGHS ended with model status ${status}, not optimal`);
      objective = model.getObjectiveValue();
    },
    objective: () => objective,
    dispose: () => model.dispose(),
  };
}

/** Min-cost assignment LP: the smaller side fully assigned, the larger side at most once. */
export function prepareAssignmentLp(e: BipartiteEdges): Promise<Prepared> {
  const full: [number, number] = [1, 1];
  const atMostOne: [number, number] = [0, 1];
  const rowsFull = e.rows <= e.cols;
  return prepareLp((h) => bipartiteLp(h, e, false, rowsFull ? full : atMostOne, rowsFull ? atMostOne : full));
}

/** Max-weight b-matching LP with one capacity for every row and one for every column. */
export function prepareBMatchingLp(
  e: BipartiteEdges,
  rowCapacity: number,
  colCapacity: number,
): Promise<Prepared> {
  return prepareLp((h) => bipartiteLp(h, e, true, [0, rowCapacity], [0, colCapacity]));
}
