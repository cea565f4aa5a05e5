import { InvalidArgumentError } from '../core/errors.js';
import { Rng } from '../core/rng.js';
import type { Proof, SolveOptions } from '../core/solve-options.js';
import { throwIfAborted } from '../core/solve-options.js';
import { minutesToShanghaiDateTime } from '../model/dates.js';
import { parseVolunteerProblem, type VolunteerProblem } from '../model/volunteer-problem.js';
import { type CompiledProblem, compileProblem } from './compiled-problem.js';
import { constructSchedule } from './construct.js';
import { type LocalSearchStats, localSearch } from './local-search.js';
import { resolveRules, resolveWeights, type SchedulingRules, type SchedulingWeights } from './rules.js';
import { type ScheduleScore, scoreVolunteerSchedule, type VolunteerAssignment } from './score-schedule.js';
import { ScoreState } from './score-state.js';
import { type UnfilledSeats, unfilledSeats } from './unfilled-seats.js';

/** Options of solveVolunteerSchedule. */
export interface VolunteerSolveOptions extends SolveOptions {
  readonly weights?: Partial<SchedulingWeights>;
  readonly rules?: Partial<SchedulingRules>;
  /** Local search moves at most; default 200 per seat (at least 100,000). */
  readonly maxMoves?: number;
  /** Late acceptance history length; default moves per seat ÷ 20, between 1 and 1,000. */
  readonly lateAcceptance?: number;
}

/** One shift in a volunteer's personal schedule (Shanghai time). */
export interface ScheduledShift {
  readonly slot: string;
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly venue: string;
  /** Skill id of the requirement filled, or undefined for a general seat. */
  readonly skill?: string;
}

/** A volunteer's personal schedule. */
export interface VolunteerSchedule {
  readonly volunteer: string;
  readonly minutes: number;
  readonly target: number;
  readonly shifts: readonly ScheduledShift[];
}

/** Outcome: `complete` (no hard violation, every required seat filled), `understaffed`, or `infeasible` (hard violations left). */
export interface VolunteerSolveResult {
  readonly code: 'complete' | 'understaffed' | 'infeasible';
  readonly assignments: readonly VolunteerAssignment[];
  /** Reference score of the assignments, with every violation. */
  readonly score: ScheduleScore;
  readonly schedules: readonly VolunteerSchedule[];
  /** Required seats left empty and why. */
  readonly unfilled: readonly UnfilledSeats[];
  readonly search: LocalSearchStats & {
    readonly constructionHard: number;
    readonly constructionSoft: number;
  };
  readonly proof: Proof;
}

/** Validates, compiles and builds the incremental score state (no search): the solver's parts, for tests. */
export function prepareVolunteerSchedule(
  input: unknown,
  options: Pick<VolunteerSolveOptions, 'weights' | 'rules'> = {},
): ScoreState {
  const problem = parseVolunteerProblem(input);
  return new ScoreState(
    compileProblem(problem, resolveWeights(options.weights), resolveRules(options.rules)),
  );
}

/** A solver run in steps (construction, then search bursts), for benchmarks and interactive use. */
export interface VolunteerSearch {
  /** Seats (one per head a slot can take). */
  readonly seats: number;
  /** Current hard and soft totals (incremental). */
  readonly hard: number;
  readonly soft: number;
  /** Runs the construction heuristic on the empty seats. */
  construct(): void;
  /** Runs local search from the current schedule; `maxMoves` defaults to unlimited when a time budget is given. */
  search(options: Omit<VolunteerSolveOptions, 'weights' | 'rules'>): LocalSearchStats;
  /** The current schedule with its reference score and report. */
  result(): VolunteerSolveResult;
}

/** Validates and compiles a problem into a step-by-step solver (see VolunteerSearch). */
export function createVolunteerSearch(input: unknown, options: VolunteerSolveOptions = {}): VolunteerSearch {
  if (options.maxMoves !== undefined && !(options.maxMoves >= 0))
    throw new InvalidArgumentError('expected a non-negative number', ['maxMoves']);
  if (options.timeBudgetMs !== undefined && !(options.timeBudgetMs >= 0))
    throw new InvalidArgumentError('expected a non-negative number', ['timeBudgetMs']);
  const state = prepareVolunteerSchedule(input, options);
  const c = state.c;
  const rng = new Rng(options.seed ?? 1);
  let constructionHard = state.hard;
  let constructionSoft = state.soft;
  let stats: LocalSearchStats = { moves: 0, accepted: 0, improvements: 0 };
  return {
    seats: c.seatCount,
    get hard() {
      return state.hard;
    },
    get soft() {
      return state.soft;
    },
    construct() {
      throwIfAborted(options.signal);
      constructSchedule(state, rng);
      state.resum();
      constructionHard = state.hard;
      constructionSoft = state.soft;
    },
    search(o) {
      const maxMoves =
        o.maxMoves ??
        (o.timeBudgetMs === undefined ? Math.max(100_000, 200 * c.seatCount) : Number.POSITIVE_INFINITY);
      // A history long enough to escape local optima but short enough to converge within the
      // budget: ~1/20 of the moves per seat (a time budget is counted at ~1M moves per second).
      const planned = Number.isFinite(maxMoves) ? maxMoves : (o.timeBudgetMs ?? 0) * 1000;
      const lateAcceptance =
        o.lateAcceptance ?? Math.max(1, Math.min(1000, Math.floor(planned / Math.max(1, c.seatCount) / 20)));
      const s = localSearch(state, rng, { ...o, maxMoves, lateAcceptance });
      stats = {
        moves: stats.moves + s.moves,
        accepted: stats.accepted + s.accepted,
        improvements: stats.improvements + s.improvements,
      };
      return s;
    },
    result() {
      return resultOf(c, state.seatVolunteer, options, { ...stats, constructionHard, constructionSoft });
    },
  };
}

/** The assignments held by a seat array. */
export function assignmentsOf(c: CompiledProblem, seatVolunteer: Int32Array): VolunteerAssignment[] {
  const out: VolunteerAssignment[] = [];
  for (let s = 0; s < c.seatCount; s++) {
    const v = seatVolunteer[s] as number;
    if (v < 0) continue;
    const slot = c.problem.slots[c.slotInput[c.seatSlot[s] as number] as number]!;
    out.push({ volunteer: c.problem.volunteers[v]!.id, slot: slot.id, requirement: c.seatReq[s] as number });
  }
  return out;
}

/**
 * Puts volunteers on slots: construction (most constrained first), then late acceptance local
 * search with incremental scoring, within a move and a time budget. Returns the best schedule
 * found, its full score report, personal schedules and the empty seats with reasons.
 * Throws ValidationError on bad input and AbortedError when `signal` fires.
 */
export function solveVolunteerSchedule(
  input: unknown,
  options: VolunteerSolveOptions = {},
): VolunteerSolveResult {
  const solver = createVolunteerSearch(input, options);
  solver.construct();
  options.onProgress?.({ phase: 'construction', done: 1, total: 1 });
  solver.search(options);
  return solver.result();
}

function resultOf(
  c: CompiledProblem,
  seatVolunteer: Int32Array,
  options: VolunteerSolveOptions,
  search: VolunteerSolveResult['search'],
): VolunteerSolveResult {
  const problem: VolunteerProblem = c.problem;
  const assignments = assignmentsOf(c, seatVolunteer);
  const score = scoreVolunteerSchedule(problem, assignments, options);
  const shifts: ScheduledShift[][] = problem.volunteers.map(() => []);
  const minutes = new Float64Array(problem.volunteers.length);
  for (let s = 0; s < c.seatCount; s++) {
    const v = seatVolunteer[s] as number;
    if (v < 0) continue;
    const slotIdx = c.seatSlot[s] as number;
    const slot = problem.slots[c.slotInput[slotIdx] as number]!;
    const req = c.seatReq[s] as number;
    minutes[v] = (minutes[v] as number) + (c.slotMinutes[slotIdx] as number);
    const skill = slot.requirements[req]?.skill;
    (shifts[v] as ScheduledShift[]).push({
      slot: slot.id,
      label: slot.label,
      start: minutesToShanghaiDateTime(c.slotStart[slotIdx] as number),
      end: minutesToShanghaiDateTime(c.slotEnd[slotIdx] as number),
      venue: slot.location.venue,
      ...(skill === undefined ? {} : { skill }),
    });
  }
  const schedules = problem.volunteers.map((v, i) => ({
    volunteer: v.id,
    minutes: minutes[i] as number,
    target: c.target[i] as number,
    shifts: shifts[i] as ScheduledShift[],
  }));
  const unfilled = unfilledSeats(c, seatVolunteer);
  const code = score.hard > 0 ? 'infeasible' : unfilled.length > 0 ? 'understaffed' : 'complete';
  return {
    code,
    assignments,
    score,
    schedules,
    unfilled,
    search,
    proof: { code: 'none', reason: 'local search gives no bound' },
  };
}
