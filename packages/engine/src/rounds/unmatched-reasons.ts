import type { RoundGraph } from './round-solve.js';

/**
 * Why a member got no introduction this round:
 * - `paused` / `in_relationship`: left out by their own status;
 * - `monthly_cap`: already had the month's allowance of introductions;
 * - `no_acceptable_candidate`: nobody in the pool is mutually acceptable (after exclusions);
 * - `below_score_floor`: acceptable candidates exist, but all score below the policy's floor;
 * - `candidates_taken`: every candidate above the floor went, at full capacity, to others;
 * - `round_cap`: a candidate above the floor still had room, but the round's total cap was reached.
 */
export type UnmatchedReason =
  | 'paused'
  | 'in_relationship'
  | 'monthly_cap'
  | 'no_acceptable_candidate'
  | 'below_score_floor'
  | 'candidates_taken'
  | 'round_cap';

/** Every reason, in the order summaries list them. */
export const UNMATCHED_REASONS: readonly UnmatchedReason[] = [
  'no_acceptable_candidate',
  'below_score_floor',
  'candidates_taken',
  'round_cap',
  'monthly_cap',
  'paused',
  'in_relationship',
];

/** Status of a side's member before the round: 0 eligible, 1 paused, 2 in a relationship, 3 monthly cap reached. */
export const STATUS_ELIGIBLE = 0;
export const STATUS_PAUSED = 1;
export const STATUS_IN_RELATIONSHIP = 2;
export const STATUS_MONTHLY_CAP = 3;

/** Per-member candidate counts on one side of a round graph: acceptable pairs, and those at or above the floor. */
export interface CandidateCounts {
  readonly rowAcceptable: Int32Array;
  readonly rowAboveFloor: Int32Array;
  readonly colAcceptable: Int32Array;
  readonly colAboveFloor: Int32Array;
}

/** Counts each member's acceptable candidates (score > 0) and those at or above `minScore`. */
export function countCandidates(rg: RoundGraph, minScore: number): CandidateCounts {
  const { rows, cols, offsets, targets, weights } = rg.graph;
  const rowAcceptable = new Int32Array(rows);
  const rowAboveFloor = new Int32Array(rows);
  const colAcceptable = new Int32Array(cols);
  const colAboveFloor = new Int32Array(cols);
  for (let i = 0; i < rows; i++) {
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
      const w = weights[e]!;
      if (w <= 0) continue;
      const j = targets[e]!;
      rowAcceptable[i]!++;
      colAcceptable[j]!++;
      if (w >= minScore) {
        rowAboveFloor[i]!++;
        colAboveFloor[j]!++;
      }
    }
  }
  return { rowAcceptable, rowAboveFloor, colAcceptable, colAboveFloor };
}

/**
 * The reason of every member of one side with no introduction (undefined for introduced ones).
 * `used`/`otherUsed` are introductions made this round per member; a candidate above the floor
 * whose other side still had room means the round cap stopped it (without a cap the optimum
 * would have taken that positive pair).
 */
export function unmatchedReasons(
  side: 'rows' | 'cols',
  rg: RoundGraph,
  status: Uint8Array,
  counts: CandidateCounts,
  rowUsed: Int32Array,
  colUsed: Int32Array,
  minScore: number,
): (UnmatchedReason | undefined)[] {
  const isRows = side === 'rows';
  const n = isRows ? rg.graph.rows : rg.graph.cols;
  const used = isRows ? rowUsed : colUsed;
  const acceptable = isRows ? counts.rowAcceptable : counts.colAcceptable;
  const aboveFloor = isRows ? counts.rowAboveFloor : counts.colAboveFloor;
  const out: (UnmatchedReason | undefined)[] = new Array(n);
  // Which members have a candidate above the floor whose other side kept spare room.
  const spare = new Uint8Array(n);
  const { offsets, targets, weights } = rg.graph;
  for (let i = 0; i < rg.graph.rows; i++) {
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
      if (weights[e]! < minScore || weights[e]! <= 0) continue;
      const j = targets[e]!;
      if (isRows) {
        if (colUsed[j]! < rg.colCapacity[j]!) spare[i] = 1;
      } else if (rowUsed[i]! < rg.rowCapacity[i]!) spare[j] = 1;
    }
  }
  for (let i = 0; i < n; i++) {
    if (used[i]! > 0) continue;
    const s = status[i]!;
    if (s === STATUS_PAUSED) out[i] = 'paused';
    else if (s === STATUS_IN_RELATIONSHIP) out[i] = 'in_relationship';
    else if (s === STATUS_MONTHLY_CAP) out[i] = 'monthly_cap';
    else if (acceptable[i] === 0) out[i] = 'no_acceptable_candidate';
    else if (aboveFloor[i] === 0) out[i] = 'below_score_floor';
    else out[i] = spare[i] ? 'round_cap' : 'candidates_taken';
  }
  return out;
}
