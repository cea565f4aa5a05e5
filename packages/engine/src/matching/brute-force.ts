// Exhaustive reference solvers for tests only (not exported from index.ts): slow, obviously correct.

/** Optimal assignment found by enumeration: the smaller side fully assigned. */
export interface BruteForceAssignment {
  /** Minimum total cost. */
  readonly total: number;
  /** Column of each row, -1 when the row is left out (rows > cols). */
  readonly rowToCol: Int32Array;
}

/**
 * Minimum-cost assignment of the smaller side of a rows×cols row-major cost matrix, by trying
 * every injection (keep rows, cols ≤ 8 or so); `forbidden[i*cols+j] = 1` bars a pair. Returns
 * null when no full assignment of the smaller side exists.
 */
export function bruteForceAssignment(
  costs: Float64Array,
  rows: number,
  cols: number,
  forbidden?: Uint8Array,
): BruteForceAssignment | null {
  const transposed = rows > cols;
  // Enumerate injections of the smaller side `a` into the larger side `b`.
  const a = transposed ? cols : rows;
  const b = transposed ? rows : cols;
  const cost = (i: number, j: number): number => (transposed ? costs[j * cols + i]! : costs[i * cols + j]!);
  const allowed = (i: number, j: number): boolean =>
    forbidden === undefined || (transposed ? forbidden[j * cols + i] : forbidden[i * cols + j]) === 0;
  const used = new Uint8Array(b);
  const current = new Int32Array(a);
  let best = Number.POSITIVE_INFINITY;
  let bestChoice: Int32Array | null = null;
  const visit = (i: number, sum: number): void => {
    if (i === a) {
      if (sum < best) {
        best = sum;
        bestChoice = current.slice();
      }
      return;
    }
    for (let j = 0; j < b; j++) {
      if (used[j] === 1 || !allowed(i, j)) continue;
      used[j] = 1;
      current[i] = j;
      visit(i + 1, sum + cost(i, j));
      used[j] = 0;
    }
  };
  visit(0, 0);
  const choice: Int32Array | null = bestChoice;
  if (choice === null) return null;
  const rowToCol = new Int32Array(rows).fill(-1);
  for (let i = 0; i < a; i++) {
    if (transposed) rowToCol[choice[i]!] = i;
    else rowToCol[i] = choice[i]!;
  }
  return { total: best, rowToCol };
}
