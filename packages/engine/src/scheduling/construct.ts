import type { Rng } from '../core/rng.js';
import type { ScoreState } from './score-state.js';

/** Candidates scanned per seat at most (from a random offset), so construction stays near-linear. */
const SCAN_LIMIT = 256;

/**
 * Construction heuristic, most constrained first: required seats ordered by fewest eligible
 * volunteers (then by the cost of leaving them empty), each given the candidate with the best
 * score change that adds no hard violation; then optional seats, only where the score improves.
 */
export function constructSchedule(state: ScoreState, rng: Rng): void {
  const c = state.c;
  const seats: number[] = [];
  for (let s = 0; s < c.seatCount; s++) if (state.seatVolunteer[s] === -1) seats.push(s);
  const size = (s: number): number => {
    const g = c.seatGroup[s] as number;
    return c.groupSize[g] as number;
  };
  seats.sort(
    (a, b) =>
      (c.seatRequired[b] as number) - (c.seatRequired[a] as number) ||
      size(a) - size(b) ||
      (c.seatEmptyCost[b] as number) - (c.seatEmptyCost[a] as number) ||
      a - b,
  );
  for (const seat of seats) {
    const g = c.seatGroup[seat] as number;
    const lo = c.groupFirst[g] as number;
    const n = c.groupSize[g] as number;
    if (n === 0) continue;
    const scan = Math.min(n, SCAN_LIMIT);
    const offset = n > SCAN_LIMIT ? rng.int(0, n - 1) : 0;
    let best = -1;
    let bestSoft = 0;
    state.moveSeats[0] = seat;
    for (let i = 0; i < scan; i++) {
      const v = c.groupCandidates[lo + ((offset + i) % n)] as number;
      state.moveVolunteers[0] = v;
      state.evaluate(1, true);
      if (state.deltaHard <= 0 && state.deltaSoft < bestSoft - 1e-9) {
        best = v;
        bestSoft = state.deltaSoft;
      }
    }
    if (best >= 0) state.set(seat, best);
  }
}
