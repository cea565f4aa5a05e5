import type { AbortSignalLike, Progress, Proof } from '../core/solve-options.js';
import { throwIfAborted } from '../core/solve-options.js';

/**
 * Outcome of a 1:1 assignment solve. `rowToCol`/`colToRow` hold -1 for the unassigned elements
 * of the larger side. The duals are the optimality certificate: when minimising,
 * `rowDual[i] + colDual[j] ≤ c(i,j)` for every allowed pair with equality on assigned pairs, and
 * the larger side's duals are ≤ 0 and exactly 0 where unassigned (when maximising, flip every
 * inequality). Then `total = Σ rowDual + Σ colDual`. Check it with `verifyAssignment`.
 */
export type AssignmentResult =
  | {
      readonly code: 'solved';
      readonly rowToCol: Int32Array;
      readonly colToRow: Int32Array;
      /** Sum of the costs (or gains) of the assigned pairs. */
      readonly total: number;
      readonly rowDual: Float64Array;
      readonly colDual: Float64Array;
      readonly proof: Proof;
    }
  | { readonly code: 'infeasible'; readonly reason: string };

/** The solved branch of AssignmentResult. */
export type SolvedAssignment = Extract<AssignmentResult, { code: 'solved' }>;

/**
 * Solution of an oriented core problem (rows ≤ cols, costs minimised): assignment both ways and
 * duals with `u[i] + v[j] ≤ c(i,j)`, equality on assigned pairs, `v ≤ 0` and 0 on free columns
 * when rows < cols.
 */
export type LapSolution =
  | {
      readonly code: 'solved';
      readonly x: Int32Array;
      readonly y: Int32Array;
      readonly u: Float64Array;
      readonly v: Float64Array;
    }
  | { readonly code: 'infeasible'; readonly side: 'row' | 'col'; readonly index: number };

/** Abort checks and progress reports for the augmentation phase, at most every ~1% of rows. */
export class AugmentTicker {
  private readonly signal: AbortSignalLike | undefined;
  private readonly onProgress: ((p: Progress) => void) | undefined;
  private readonly total: number;
  private readonly step: number;
  private nextReport: number;
  private sinceCheck = 0;

  constructor(
    total: number,
    signal: AbortSignalLike | undefined,
    onProgress: ((p: Progress) => void) | undefined,
  ) {
    this.total = total;
    this.signal = signal;
    this.onProgress = onProgress;
    this.step = Math.max(1, Math.ceil(total / 100));
    this.nextReport = this.step;
  }

  /** Call after each augmentation with the number of rows assigned so far. */
  tick(done: number): void {
    // Checking the signal is cheap next to an augmentation, but not free on tiny ones.
    if (++this.sinceCheck >= 8) {
      this.sinceCheck = 0;
      throwIfAborted(this.signal);
    }
    if (this.onProgress !== undefined && done >= this.nextReport) {
      this.nextReport = done + this.step;
      this.onProgress({ phase: 'augment', done, total: this.total });
    }
  }

  /** Checks the signal now (between phases and inside long heuristic loops). */
  check(): void {
    throwIfAborted(this.signal);
  }
}

/**
 * Maps an oriented core solution back to the caller's problem: undoes the transposition and, when
 * maximising, the negation of costs. `costOf(i, j)` is the caller's cost of an assigned pair.
 */
export function toAssignmentResult(
  sol: LapSolution,
  rows: number,
  cols: number,
  transposed: boolean,
  maximize: boolean,
  costOf: (row: number, col: number) => number,
): AssignmentResult {
  if (sol.code === 'infeasible') {
    const onRows = (sol.side === 'row') !== transposed;
    const full = onRows ? `all ${rows} rows` : `all ${cols} columns`;
    const which = onRows ? `row ${sol.index}` : `column ${sol.index}`;
    return {
      code: 'infeasible',
      reason: `the allowed pairs admit no assignment of ${full}: ${which} cannot be matched`,
    };
  }
  const rowToCol = transposed ? sol.y : sol.x;
  const colToRow = transposed ? sol.x : sol.y;
  const rowDual = transposed ? sol.v : sol.u;
  const colDual = transposed ? sol.u : sol.v;
  if (maximize) {
    // 0 - x rather than -x so that a zero dual stays +0 (byte-for-byte determinism of output).
    for (let i = 0; i < rowDual.length; i++) rowDual[i] = 0 - rowDual[i]!;
    for (let j = 0; j < colDual.length; j++) colDual[j] = 0 - colDual[j]!;
  }
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const j = rowToCol[i]!;
    if (j >= 0) total += costOf(i, j);
  }
  return {
    code: 'solved',
    rowToCol,
    colToRow,
    total,
    rowDual,
    colDual,
    proof: { code: 'optimal' },
  };
}
