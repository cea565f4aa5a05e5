import { InvalidArgumentError } from '../core/errors.js';
import type { SolveOptions } from '../core/solve-options.js';
import { throwIfAborted } from '../core/solve-options.js';
import { type AssignmentResult, AugmentTicker, toAssignmentResult } from './assignment-result.js';
import { type AuctionMode, lapjvDense } from './lapjv.js';

export type { AssignmentResult, SolvedAssignment } from './assignment-result.js';

/** A dense 1:1 assignment problem: every element of the smaller side gets one partner. */
export interface DenseAssignmentProblem {
  readonly rows: number;
  readonly cols: number;
  /** Cost (or gain, when maximising) of each pair: row-major rows*cols, or a rows×cols matrix. */
  readonly costs: Float64Array | readonly (readonly number[])[];
  /** Maximise the total instead of minimising it. Default false. */
  readonly maximize?: boolean;
  /** rows*cols flags, row-major; non-zero = the pair is not allowed (its cost is ignored). */
  readonly forbidden?: Uint8Array;
}

/**
 * Optimal 1:1 assignment on a dense cost matrix (Jonker–Volgenant shortest augmenting paths),
 * rectangular allowed: min(rows, cols) pairs, with dual prices certifying optimality. Exact for
 * integer costs while sums stay below 2^53. Costs in caller's units; time O(n²m) worst case.
 */
export function solveDenseAssignment(p: DenseAssignmentProblem, o: SolveOptions = {}): AssignmentResult {
  return solveDenseAssignmentWith(p, o, 'auto');
}

/** solveDenseAssignment with a chosen auction mode (tests force each code path with it). */
export function solveDenseAssignmentWith(
  p: DenseAssignmentProblem,
  o: SolveOptions,
  auction: AuctionMode,
): AssignmentResult {
  const { rows, cols } = p;
  checkSize(rows, 'rows');
  checkSize(cols, 'cols');
  if (p.maximize !== undefined && typeof p.maximize !== 'boolean') {
    throw new InvalidArgumentError('maximize must be a boolean', ['maximize']);
  }
  const maximize = p.maximize === true;
  const forbidden = p.forbidden;
  if (forbidden !== undefined && (!(forbidden instanceof Uint8Array) || forbidden.length !== rows * cols)) {
    throw new InvalidArgumentError(`forbidden must be a Uint8Array of length rows*cols = ${rows * cols}`, [
      'forbidden',
    ]);
  }
  const flat = flattenCosts(p.costs, rows, cols, forbidden);
  throwIfAborted(o.signal);
  const transposed = rows > cols;
  const n = transposed ? cols : rows;
  const m = transposed ? rows : cols;
  const c = orientedCosts(flat, rows, cols, transposed, maximize, forbidden);
  const sol = lapjvDense(n, m, c, new AugmentTicker(n, o.signal, o.onProgress), auction);
  return toAssignmentResult(sol, rows, cols, transposed, maximize, (i, j) => flat[i * cols + j]!);
}

function checkSize(n: unknown, name: string): void {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0x7fffffff) {
    throw new InvalidArgumentError(`${name} must be a non-negative integer, got ${String(n)}`, [name]);
  }
}

/** Validates the costs and returns them row-major; a Float64Array input is returned as is. */
function flattenCosts(
  costs: DenseAssignmentProblem['costs'],
  rows: number,
  cols: number,
  forbidden: Uint8Array | undefined,
): Float64Array {
  if (costs instanceof Float64Array) {
    if (costs.length !== rows * cols) {
      throw new InvalidArgumentError(
        `costs must have length rows*cols = ${rows * cols}, got ${costs.length}`,
        ['costs'],
      );
    }
    for (let k = 0; k < costs.length; k++) {
      const w = costs[k]!;
      // w - w is NaN exactly for NaN and ±Infinity.
      if (w - w !== 0 && (forbidden === undefined || forbidden[k] === 0)) {
        throw new InvalidArgumentError(`cost ${w} is not finite`, ['costs', k]);
      }
    }
    return costs;
  }
  if (!Array.isArray(costs) || costs.length !== rows) {
    throw new InvalidArgumentError(`costs must be a Float64Array or an array of ${rows} rows`, ['costs']);
  }
  const flat = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = costs[i];
    if (!Array.isArray(row) || row.length !== cols) {
      throw new InvalidArgumentError(`row must be an array of ${cols} numbers`, ['costs', i]);
    }
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const w = row[j];
      const allowed = forbidden === undefined || forbidden[base + j] === 0;
      if (typeof w !== 'number' || (allowed && w - w !== 0)) {
        throw new InvalidArgumentError(`cost ${String(w)} is not a finite number`, ['costs', i, j]);
      }
      flat[base + j] = allowed ? w : 0;
    }
  }
  return flat;
}

/**
 * The core's input: smaller side as rows, costs to minimise, +Infinity where forbidden. Reuses
 * the caller's array when nothing changes (the core never writes to it).
 */
function orientedCosts(
  flat: Float64Array,
  rows: number,
  cols: number,
  transposed: boolean,
  maximize: boolean,
  forbidden: Uint8Array | undefined,
): Float64Array {
  if (!transposed && !maximize && forbidden === undefined) return flat;
  const c = new Float64Array(rows * cols);
  const sign = maximize ? -1 : 1;
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const k = base + j;
      const w = forbidden !== undefined && forbidden[k] !== 0 ? Number.POSITIVE_INFINITY : sign * flat[k]!;
      c[transposed ? j * rows + i : k] = w;
    }
  }
  return c;
}
