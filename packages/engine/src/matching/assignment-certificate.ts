import type { SolvedAssignment } from './assignment-result.js';
import type { CsrGraph } from './csr-graph.js';
import type { DenseAssignmentProblem } from './dense-assignment.js';
import type { SparseAssignmentProblem } from './sparse-assignment.js';

/** One way a claimed optimal assignment fails its certificate. */
export interface AssignmentIssue {
  readonly code:
    | 'shape'
    | 'out_of_range'
    | 'inconsistent'
    | 'not_allowed'
    | 'not_full'
    | 'total'
    | 'dual_infeasible'
    | 'slackness'
    | 'dual_sign';
  readonly message: string;
  readonly row?: number;
  readonly col?: number;
}

/** Result of `verifyAssignment`. */
export type AssignmentCertificateCheck =
  | { readonly code: 'valid' }
  | { readonly code: 'invalid'; readonly issues: readonly AssignmentIssue[] };

const MAX_ISSUES = 50;

/**
 * Checks a solved assignment against its problem: a 1:1 assignment of the whole smaller side on
 * allowed pairs, the reported total, and the duals (dual feasibility, complementary slackness,
 * sign of the larger side's duals). Exact when every cost is an integer, else a relative 1e-9
 * tolerance. Passing proves the assignment optimal.
 */
export function verifyAssignment(
  problem: DenseAssignmentProblem | SparseAssignmentProblem,
  result: SolvedAssignment,
): AssignmentCertificateCheck {
  const pairs = 'graph' in problem ? sparsePairs(problem.graph) : densePairs(problem);
  const maximize = problem.maximize === true;
  const { rows, cols } = pairs;
  const issues: AssignmentIssue[] = [];
  const add = (issue: AssignmentIssue): void => {
    if (issues.length < MAX_ISSUES) issues.push(issue);
  };
  const { rowToCol, colToRow, rowDual, colDual } = result;
  if (rowToCol.length !== rows || rowDual.length !== rows) {
    add({ code: 'shape', message: `rowToCol and rowDual must have length ${rows}` });
  }
  if (colToRow.length !== cols || colDual.length !== cols) {
    add({ code: 'shape', message: `colToRow and colDual must have length ${cols}` });
  }
  if (issues.length > 0) return { code: 'invalid', issues };

  // Best allowed cost of each assigned pair (duplicate sparse edges: the cheapest counts).
  const assignedCost = new Float64Array(rows).fill(Number.NaN);
  let assigned = 0;
  for (let i = 0; i < rows; i++) {
    const j = rowToCol[i]!;
    if (j === -1) continue;
    if (!Number.isInteger(j) || j < 0 || j >= cols) {
      add({ code: 'out_of_range', message: `row ${i} is assigned to column ${j}`, row: i });
    } else if (colToRow[j] !== i) {
      add({
        code: 'inconsistent',
        message: `rowToCol[${i}] = ${j} but colToRow[${j}] = ${colToRow[j]}`,
        row: i,
      });
    } else {
      assigned++;
    }
  }
  for (let j = 0; j < cols; j++) {
    const i = colToRow[j]!;
    if (i !== -1 && (i < 0 || i >= rows || rowToCol[i] !== j)) {
      add({ code: 'inconsistent', message: `colToRow[${j}] = ${i} is not mirrored in rowToCol`, col: j });
    }
  }
  if (assigned !== Math.min(rows, cols)) {
    add({ code: 'not_full', message: `${assigned} pairs assigned, expected ${Math.min(rows, cols)}` });
  }
  if (issues.length > 0) return { code: 'invalid', issues };

  let scale = 1;
  let integral = true;
  pairs.forEach((_i, _j, w) => {
    const a = Math.abs(w);
    if (a > scale) scale = a;
    if (!Number.isInteger(w)) integral = false;
  });
  for (const duals of [rowDual, colDual]) {
    for (let k = 0; k < duals.length; k++) {
      const d = duals[k]!;
      if (!Number.isFinite(d)) add({ code: 'dual_infeasible', message: `dual ${d} is not finite` });
      else if (Math.abs(d) > scale) scale = Math.abs(d);
    }
  }
  if (issues.length > 0) return { code: 'invalid', issues };
  // Integer data solved with additions only is exact; otherwise allow rounding relative to scale.
  const tol = integral && scale * (rows + cols + 1) < 2 ** 53 ? 0 : 1e-9 * scale;

  // Dual feasibility: u + v ≤ c (≥ when maximising) on every allowed pair.
  pairs.forEach((i, j, w) => {
    const slack = maximize ? rowDual[i]! + colDual[j]! - w : w - rowDual[i]! - colDual[j]!;
    if (slack < -tol) {
      add({
        code: 'dual_infeasible',
        message: `pair (${i}, ${j}) violates its dual by ${-slack}`,
        row: i,
        col: j,
      });
    }
    if (rowToCol[i] === j) {
      const best = assignedCost[i]!;
      if (Number.isNaN(best) || (maximize ? w > best : w < best)) assignedCost[i] = w;
    }
  });
  let total = 0;
  let dualTotal = 0;
  for (let i = 0; i < rows; i++) {
    const j = rowToCol[i]!;
    if (j < 0) continue;
    const w = assignedCost[i]!;
    if (Number.isNaN(w)) {
      add({ code: 'not_allowed', message: `pair (${i}, ${j}) is not allowed`, row: i, col: j });
      continue;
    }
    total += w;
    const gap = w - rowDual[i]! - colDual[j]!;
    if (Math.abs(gap) > tol) {
      add({
        code: 'slackness',
        message: `assigned pair (${i}, ${j}) has reduced cost ${gap}`,
        row: i,
        col: j,
      });
    }
  }
  // The larger side's constraints are inequalities: their duals have a sign and vanish when slack.
  checkSigns(rows, cols, rowToCol, rowDual, colToRow, colDual, maximize, tol, add);
  for (let i = 0; i < rows; i++) dualTotal += rowDual[i]!;
  for (let j = 0; j < cols; j++) dualTotal += colDual[j]!;
  const totalTol = tol === 0 ? 0 : tol * (rows + cols + 1);
  if (Math.abs(total - result.total) > totalTol) {
    add({ code: 'total', message: `total is ${result.total}, the assigned pairs sum to ${total}` });
  }
  if (issues.length === 0 && Math.abs(total - dualTotal) > totalTol) {
    add({ code: 'slackness', message: `primal total ${total} differs from dual total ${dualTotal}` });
  }
  return issues.length === 0 ? { code: 'valid' } : { code: 'invalid', issues };
}

function checkSigns(
  rows: number,
  cols: number,
  rowToCol: Int32Array,
  rowDual: Float64Array,
  colToRow: Int32Array,
  colDual: Float64Array,
  maximize: boolean,
  tol: number,
  add: (issue: AssignmentIssue) => void,
): void {
  if (rows === cols) return;
  const onRows = rows > cols;
  const match = onRows ? rowToCol : colToRow;
  const duals = onRows ? rowDual : colDual;
  for (let k = 0; k < duals.length; k++) {
    const d = duals[k]!;
    const where = onRows ? { row: k } : { col: k };
    const name = onRows ? `row ${k}` : `column ${k}`;
    if (match[k] === -1 ? Math.abs(d) > tol : maximize ? d < -tol : d > tol) {
      add({ code: 'dual_sign', message: `${name} has dual ${d}`, ...where });
    }
  }
}

/** The allowed pairs of a problem, visited as (row, col, cost). */
interface PairSource {
  readonly rows: number;
  readonly cols: number;
  forEach(visit: (i: number, j: number, w: number) => void): void;
}

function densePairs(p: DenseAssignmentProblem): PairSource {
  const { rows, cols, costs, forbidden } = p;
  const at =
    costs instanceof Float64Array
      ? (i: number, j: number) => costs[i * cols + j]!
      : (i: number, j: number) => costs[i]![j]!;
  return {
    rows,
    cols,
    forEach(visit) {
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          if (forbidden === undefined || forbidden[i * cols + j] === 0) visit(i, j, at(i, j));
        }
      }
    },
  };
}

function sparsePairs(g: CsrGraph): PairSource {
  return {
    rows: g.rows,
    cols: g.cols,
    forEach(visit) {
      for (let i = 0; i < g.rows; i++) {
        for (let e = g.offsets[i]!; e < g.offsets[i + 1]!; e++) visit(i, g.targets[e]!, g.weights[e]!);
      }
    },
  };
}
