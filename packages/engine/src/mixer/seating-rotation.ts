import { InvalidArgumentError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import { type SolveOptions, throwIfAborted } from '../core/solve-options.js';
import { solveBMatching } from '../matching/b-matching.js';
import type { CsrGraph } from '../matching/csr-graph.js';

/** A small matchmaking event (小型相亲会): men and women meet one to one at tables, round after round. */
export interface SeatingProblem {
  readonly men: number;
  readonly women: number;
  /** Tables; each seats one man and one woman per round. */
  readonly tables: number;
  readonly rounds: number;
  /** Pairs [man, woman] introduced before: they are never seated together. */
  readonly avoid?: readonly (readonly [number, number])[];
}

/** One conversation: a man and a woman at a table in a round. */
export interface Seat {
  readonly table: number;
  readonly man: number;
  readonly woman: number;
}

/** Who sits with whom in every round, and what that gives each participant. */
export interface SeatingPlan {
  /** rounds[r] lists that round's seats by table. */
  readonly rounds: readonly (readonly Seat[])[];
  /** Conversations of each man / woman over the event. */
  readonly menConversations: Int32Array;
  readonly womenConversations: Int32Array;
  /** Rounds each man / woman sits out (byes). */
  readonly menByes: Int32Array;
  readonly womenByes: Int32Array;
  /** Seats left empty over the event because no new allowed pair was left among those present. */
  readonly emptySeats: number;
}

function checkCount(value: number, path: string, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max)
    throw new InvalidArgumentError(`${path} must be an integer in [0, ${max}], got ${value}`, [path]);
}

/**
 * Seating rotation: each round an exact maximum-weight matching (solveBMatching with the table
 * count as flow limit) over the pairs that have not met and are not avoided, weighted so that it
 * first fills as many tables as possible, then seats those with the fewest conversations so far
 * (which spreads byes evenly), then breaks ties by a seeded draw. No pair ever meets twice.
 */
export function planSeating(problem: SeatingProblem, options: SolveOptions = {}): SeatingPlan {
  const { men, women, tables, rounds } = problem;
  checkCount(men, 'men', 2000);
  checkCount(women, 'women', 2000);
  checkCount(tables, 'tables', 2000);
  checkCount(rounds, 'rounds', 1000);
  const met = new Uint8Array(men * women);
  (problem.avoid ?? []).forEach(([m, w], i) => {
    if (!(Number.isInteger(m) && m >= 0 && m < men))
      throw new InvalidArgumentError(`man ${m} is out of range`, ['avoid', i, 0]);
    if (!(Number.isInteger(w) && w >= 0 && w < women))
      throw new InvalidArgumentError(`woman ${w} is out of range`, ['avoid', i, 1]);
    met[m * women + w] = 1;
  });
  const rng = new Rng(options.seed ?? 1);
  const menConversations = new Int32Array(men);
  const womenConversations = new Int32Array(women);
  const seatsPerRound = Math.min(tables, men, women);
  // Priority units per side: fewer conversations → higher; the per-edge base outweighs every
  // priority difference a round can hold, so the matching is first of maximum size.
  const prioScale = 2 * seatsPerRound + 1;
  const base = 2 * (rounds + 1) * prioScale * (seatsPerRound + 1) + 1;
  const plan: Seat[][] = [];
  let emptySeats = 0;
  const offsets = new Int32Array(men + 1);
  const targets = new Int32Array(men * women);
  const weights = new Float64Array(men * women);
  for (let r = 0; r < rounds; r++) {
    throwIfAborted(options.signal);
    let m = 0;
    for (let i = 0; i < men; i++) {
      for (let j = 0; j < women; j++) {
        if (met[i * women + j]) continue;
        const prio = 2 * rounds - menConversations[i]! - womenConversations[j]!;
        targets[m] = j;
        weights[m] = base + prio * prioScale + (rng.nextUint32() & 1);
        m++;
      }
      offsets[i + 1] = m;
    }
    const graph: CsrGraph = {
      rows: men,
      cols: women,
      offsets,
      targets: targets.subarray(0, m),
      weights: weights.subarray(0, m),
    };
    const solved = solveBMatching(
      { graph, rowCapacity: 1, colCapacity: 1, maxEdges: seatsPerRound },
      { signal: options.signal },
    );
    const seats: Seat[] = [];
    let row = 0;
    for (const e of solved.edges) {
      while (offsets[row + 1]! <= e) row++;
      const woman = targets[e]!;
      seats.push({ table: seats.length, man: row, woman });
      met[row * women + woman] = 1;
      menConversations[row]!++;
      womenConversations[woman]!++;
    }
    // Men keep table order by index; rotate the tables each round so nobody stays at table 0.
    for (let k = 0; k < seats.length; k++) {
      const s = seats[k]!;
      seats[k] = { table: (k + r) % Math.max(1, seats.length), man: s.man, woman: s.woman };
    }
    seats.sort((a, b) => a.table - b.table);
    emptySeats += seatsPerRound - seats.length;
    plan.push(seats);
    options.onProgress?.({ phase: 'seating', done: r + 1, total: rounds });
  }
  const menByes = new Int32Array(men).map((_, i) => rounds - menConversations[i]!);
  const womenByes = new Int32Array(women).map((_, j) => rounds - womenConversations[j]!);
  return { rounds: plan, menConversations, womenConversations, menByes, womenByes, emptySeats };
}
