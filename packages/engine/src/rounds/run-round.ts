import type { Proof, SolveOptions } from '../core/solve-options.js';
import { throwIfAborted } from '../core/solve-options.js';
import type { Introduction } from '../model/history.js';
import type { Gender } from '../model/lifestyle.js';
import type { Pool } from '../model/pool.js';
import type { PairExplanation } from '../scoring/explain.js';
import { explainPair } from '../scoring/explain.js';
import type { ScoringConfigInput } from '../scoring/scoring-config.js';
import { priorityWeight } from './priorities.js';
import { type CandidateSummary, roundCandidates } from './round-candidates.js';
import { parseRoundPolicy, type RoundPolicy, type RoundPolicyInput } from './round-policy.js';
import { type RoundSolution, solveRoundGraph } from './round-solve.js';
import { advanceRoundState, alignRoundState, type RoundState } from './round-state.js';
import { type RoundStatistics, roundStatistics } from './round-statistics.js';
import {
  countCandidates,
  STATUS_ELIGIBLE,
  STATUS_IN_RELATIONSHIP,
  STATUS_MONTHLY_CAP,
  STATUS_PAUSED,
  type UnmatchedReason,
  unmatchedReasons,
} from './unmatched-reasons.js';

/** Options of runRound: SolveOptions (progress phases 'candidates' | 'solve' | 'explain') and more. */
export interface RoundOptions extends SolveOptions {
  /** Explain each introduction (default true); simulations switch it off. */
  readonly explain?: boolean;
  /** Scoring configuration (defaults when left out). */
  readonly scoring?: ScoringConfigInput;
}

/** One introduction proposed by the round. */
export interface RoundIntroduction {
  readonly man: string;
  readonly woman: string;
  /** Mutual score 0..10000. */
  readonly score: number;
  /** Priority weight the solver maximised (score raised by both sides' waits). */
  readonly weight: number;
  /** Rounds the man / woman had waited. */
  readonly waited: readonly [number, number];
  /** Both sides' views and the sentence in Chinese and English (absent when explain is off). */
  readonly explanation?: PairExplanation;
}

/** A member who got no introduction, and why. */
export interface UnmatchedMember {
  readonly id: string;
  readonly gender: Gender;
  readonly reason: UnmatchedReason;
  /** Rounds waited, this one included when they had a candidate. */
  readonly waited: number;
}

/** Per-member facts aligned with pool.members (typed arrays, for simulations and servers). */
export interface RoundMemberFacts {
  /** 1 when the member was eligible with a candidate at or above the floor. */
  readonly hadCandidate: Uint8Array;
  readonly introduced: Int32Array;
  readonly waitedBefore: Int32Array;
}

/** A round's outcome: introductions, unmatched members, statistics and the next state. */
export interface RoundResult {
  readonly code: 'solved';
  readonly policy: RoundPolicy;
  readonly introductions: readonly RoundIntroduction[];
  /** The introductions as history records (outcome 'proposed') to append to the pool. */
  readonly history: readonly Introduction[];
  readonly unmatched: readonly UnmatchedMember[];
  readonly statistics: RoundStatistics;
  readonly candidates: CandidateSummary;
  /** Sum of priority weights (the objective) and of mutual scores. */
  readonly objective: { readonly weighted: number; readonly score: number };
  /** 'optimal' in optimal mode (exact b-matching); 'none' in stable mode. */
  readonly proof: Proof;
  /** The round state to store and pass to the next round. */
  readonly state: RoundState;
  readonly members: RoundMemberFacts;
}

/**
 * Runs one pairing round: candidate graph (exclusions: history, blocks, paused, in a relationship,
 * same employer), capacities from the policy and the monthly cap, priorities from the waits in
 * `state`, then the exact priority-weighted b-matching (or a stable matching), explanations and
 * statistics. Validates the policy (ValidationError); trusts `state` (parse it with
 * parseRoundState at the boundary). Deterministic for the pool, state, policy and seed.
 */
export function runRound(
  pool: Pool,
  state: RoundState,
  policyInput: RoundPolicyInput,
  options: RoundOptions = {},
): RoundResult {
  const policy = parseRoundPolicy(policyInput);
  throwIfAborted(options.signal);
  const progress = options.onProgress;
  progress?.({ phase: 'candidates', done: 0, total: 1 });
  const built = roundCandidates(pool, policy, options);
  const { men, women } = built;
  progress?.({ phase: 'candidates', done: 1, total: 1 });

  const members = pool.members;
  const n = members.length;
  const ids = members.map((m) => m.id);
  const counters = alignRoundState(state, ids, policy.date);
  const status = new Uint8Array(n);
  const capOf = (i: number, perRound: number): number => {
    const m = members[i]!;
    if (m.paused) status[i] = STATUS_PAUSED;
    else if (m.inRelationship) status[i] = STATUS_IN_RELATIONSHIP;
    else if (policy.monthlyCap !== undefined && counters.thisMonth[i]! >= policy.monthlyCap)
      status[i] = STATUS_MONTHLY_CAP;
    if (status[i] !== STATUS_ELIGIBLE) return 0;
    const monthLeft = policy.monthlyCap === undefined ? perRound : policy.monthlyCap - counters.thisMonth[i]!;
    return Math.min(perRound, monthLeft);
  };
  for (let i = 0; i < n; i++) capOf(i, members[i]!.gender === 'M' ? policy.perMan : policy.perWoman);
  const rowCapacity = new Int32Array(men.length);
  const colCapacity = new Int32Array(women.length);
  const rowWaited = new Int32Array(men.length);
  const colWaited = new Int32Array(women.length);
  for (let r = 0; r < men.length; r++) {
    rowCapacity[r] = capOf(men[r]!, policy.perMan);
    rowWaited[r] = counters.waited[men[r]!]!;
  }
  for (let c = 0; c < women.length; c++) {
    colCapacity[c] = capOf(women[c]!, policy.perWoman);
    colWaited[c] = counters.waited[women[c]!]!;
  }
  const rg = {
    graph: built.graph,
    rowCapacity,
    colCapacity,
    rowWaited,
    colWaited,
    rowPreference: built.rowPreference,
    colPreference: built.colPreference,
  };

  throwIfAborted(options.signal);
  progress?.({ phase: 'solve', done: 0, total: 1 });
  const solution: RoundSolution = solveRoundGraph(rg, policy, {
    signal: options.signal,
    seed: options.seed ?? policy.seed,
    timeBudgetMs: options.timeBudgetMs,
    ...(progress ? { onProgress: (p) => progress({ phase: 'solve', done: p.done, total: p.total }) } : {}),
  });
  progress?.({ phase: 'solve', done: 1, total: 1 });

  const { offsets, targets, weights } = built.graph;
  const rowUsed = new Int32Array(men.length);
  const colUsed = new Int32Array(women.length);
  const introduced = new Int32Array(n);
  const chosenRows = new Int32Array(solution.edges.length);
  let row = 0;
  solution.edges.forEach((e, t) => {
    while (offsets[row + 1]! <= e) row++;
    chosenRows[t] = row;
    rowUsed[row]!++;
    colUsed[targets[e]!]!++;
    introduced[men[row]!]!++;
    introduced[women[targets[e]!]!]!++;
  });

  const counts = countCandidates(rg, policy.minScore);
  const rowReasons = unmatchedReasons(
    'rows',
    rg,
    rowStatus(status, men),
    counts,
    rowUsed,
    colUsed,
    policy.minScore,
  );
  const colReasons = unmatchedReasons(
    'cols',
    rg,
    rowStatus(status, women),
    counts,
    rowUsed,
    colUsed,
    policy.minScore,
  );
  const reasons: (UnmatchedReason | undefined)[] = new Array(n);
  const hadCandidate = new Uint8Array(n);
  for (let r = 0; r < men.length; r++) {
    reasons[men[r]!] = rowReasons[r];
    if (status[men[r]!] === STATUS_ELIGIBLE && counts.rowAboveFloor[r]! > 0) hadCandidate[men[r]!] = 1;
  }
  for (let c = 0; c < women.length; c++) {
    reasons[women[c]!] = colReasons[c];
    if (status[women[c]!] === STATUS_ELIGIBLE && counts.colAboveFloor[c]! > 0) hadCandidate[women[c]!] = 1;
  }
  // Members the candidate graph left out entirely (none, when it lists every member).
  for (let i = 0; i < n; i++) {
    if (reasons[i] !== undefined || introduced[i]! > 0) continue;
    reasons[i] =
      status[i] === STATUS_PAUSED
        ? 'paused'
        : status[i] === STATUS_IN_RELATIONSHIP
          ? 'in_relationship'
          : status[i] === STATUS_MONTHLY_CAP
            ? 'monthly_cap'
            : 'no_acceptable_candidate';
  }
  const next = advanceRoundState(ids, counters, introduced, hadCandidate, policy.date, state.rounds);
  const waitedAfter = new Int32Array(n);
  for (let i = 0; i < n; i++)
    waitedAfter[i] = introduced[i]! > 0 ? 0 : counters.waited[i]! + (hadCandidate[i] ? 1 : 0);
  const totalAfter = new Int32Array(n);
  for (let i = 0; i < n; i++) totalAfter[i] = counters.total[i]! + introduced[i]!;

  throwIfAborted(options.signal);
  const explain = options.explain ?? true;
  const introductions: RoundIntroduction[] = [];
  const history: Introduction[] = [];
  const scores = new Int32Array(solution.edges.length);
  const total = solution.edges.length;
  for (let t = 0; t < total; t++) {
    const e = solution.edges[t]!;
    const r = chosenRows[t]!;
    const c = targets[e]!;
    const man = members[men[r]!]!;
    const woman = members[women[c]!]!;
    const score = weights[e]!;
    scores[t] = score;
    const intro: RoundIntroduction = {
      man: man.id,
      woman: woman.id,
      score,
      weight: priorityWeight(score, rowWaited[r]!, colWaited[c]!, policy.fairness),
      waited: [rowWaited[r]!, colWaited[c]!],
      ...(explain ? { explanation: explainPair(man, woman, built.config, policy.date) } : {}),
    };
    introductions.push(intro);
    history.push({ a: man.id, b: woman.id, date: policy.date, outcome: 'proposed' });
    if (explain && progress && (t & 1023) === 1023) progress({ phase: 'explain', done: t + 1, total });
  }
  if (explain) progress?.({ phase: 'explain', done: total, total });

  const unmatched: UnmatchedMember[] = [];
  for (let i = 0; i < n; i++) {
    const reason = reasons[i];
    if (reason === undefined || introduced[i]! > 0) continue;
    unmatched.push({ id: ids[i]!, gender: members[i]!.gender, reason, waited: waitedAfter[i]! });
  }
  const statistics = roundStatistics({
    genders: members.map((m) => m.gender),
    eligible: Uint8Array.from(status, (s) => (s === STATUS_ELIGIBLE ? 1 : 0)),
    hadCandidate,
    introduced,
    waitedBefore: counters.waited,
    waitedAfter,
    totalAfter,
    reasons: reasons.map((r, i) => (introduced[i]! > 0 ? undefined : r)),
    scores,
  });
  return {
    code: 'solved',
    policy,
    introductions,
    history,
    unmatched,
    statistics,
    candidates: built.summary,
    objective: { weighted: solution.weightedTotal, score: solution.scoreTotal },
    proof: solution.proof,
    state: next,
    members: { hadCandidate, introduced, waitedBefore: counters.waited },
  };
}

function rowStatus(status: Uint8Array, index: Int32Array): Uint8Array {
  const out = new Uint8Array(index.length);
  for (let k = 0; k < index.length; k++) out[k] = status[index[k]!]!;
  return out;
}
