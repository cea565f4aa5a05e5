import { Rng } from '../core/rng.js';
import { type SolveOptions, throwIfAborted } from '../core/solve-options.js';
import { addDays, type IsoDate } from '../model/dates.js';
import type { Introduction } from '../model/history.js';
import type { Gender } from '../model/lifestyle.js';
import type { Member } from '../model/member.js';
import type { Pool } from '../model/pool.js';
import { type Quantiles, quantiles } from './quantiles.js';
import type { RoundPolicyInput } from './round-policy.js';
import { EMPTY_ROUND_STATE, type RoundState } from './round-state.js';
import { runRound } from './run-round.js';
import {
  DEFAULT_OUTCOME_MODEL,
  datingWeek,
  introductionFate,
  type OutcomeModel,
} from './simulated-outcomes.js';

/** A simulation of weekly rounds with simulated outcomes, members joining and leaving. */
export interface SimulationSpec {
  readonly pool: Pool;
  /** Date of the first round; later rounds follow every 7 days. */
  readonly startDate: IsoDate;
  readonly weeks: number;
  /** The round policy without its date (each round takes its own). */
  readonly policy: Omit<RoundPolicyInput, 'date'>;
  /** Members who join over time, in order: `joinPerWeek` of them before each round. */
  readonly newcomers?: readonly Member[];
  readonly joinPerWeek?: number;
  readonly outcomes?: OutcomeModel;
  /** Rounds per "month" for the monthly share (default 4). */
  readonly weeksPerMonth?: number;
}

/** One week of a simulation. */
export interface SimulatedWeek {
  readonly week: number;
  readonly date: IsoDate;
  /** Members in the pool at the round. */
  readonly members: number;
  readonly introductions: number;
  /** Introduced / with candidates, per gender. */
  readonly coverage: Readonly<Record<Gender, number>>;
  readonly meetings: number;
  readonly newCouples: number;
  readonly marriages: number;
}

/** Fairness over time on one side. */
export interface SideFairness {
  /** Rounds waited (while available with a candidate) before each introduction after the first round. */
  readonly waits: Quantiles | undefined;
  /** Waits still open at the end (members with candidates not introduced since): lower bounds. */
  readonly openWaits: Quantiles | undefined;
  /** Mean wait a perfect rotation would give: members with candidates / introductions the side gets per round, minus 1. */
  readonly idealWait: number;
  /** Mean members with a candidate per round. */
  readonly withCandidates: number;
  /** Share of the members who ever had a candidate that got at least one introduction. */
  readonly everIntroduced: number;
  /** Share of members with a candidate in a month who got at least one introduction that month: mean, min, max over months. */
  readonly monthlyShare: { readonly mean: number; readonly min: number; readonly max: number };
}

/** What a simulation shows. */
export interface SimulationReport {
  readonly weeks: readonly SimulatedWeek[];
  readonly fairness: Readonly<Record<Gender, SideFairness>>;
  readonly totals: {
    readonly introductions: number;
    readonly meetings: number;
    readonly couples: number;
    readonly marriages: number;
    readonly joined: number;
    readonly left: number;
  };
  /** The round state after the last week. */
  readonly state: RoundState;
}

interface Couple {
  readonly man: string;
  readonly woman: string;
  readonly score: number;
}

/**
 * Runs `weeks` weekly rounds on a pool: each introduction may lead to a meeting and dating
 * (probability rising with the score), dating couples are left out of rounds, may marry (and
 * leave the pool) or break up; newcomers join each week, a few members drop out. Reports, per
 * gender, the waits between introductions of members with candidates against a perfect rotation,
 * and the share of them introduced each month. Deterministic for `options.seed`.
 */
export function simulateRounds(spec: SimulationSpec, options: SolveOptions = {}): SimulationReport {
  const rng = new Rng((options.seed ?? 1) ^ 0x5eed);
  const model = spec.outcomes ?? DEFAULT_OUTCOME_MODEL;
  const perMonth = spec.weeksPerMonth ?? 4;
  const joinPerWeek = spec.joinPerWeek ?? 0;
  const newcomers = spec.newcomers ?? [];
  let members: Member[] = spec.pool.members.slice();
  let history: Introduction[] = spec.pool.history.slice();
  let blocked = spec.pool.blocked.slice();
  let state: RoundState = EMPTY_ROUND_STATE;
  let couples: Couple[] = [];
  let joined = 0;
  let left = 0;
  const weeks: SimulatedWeek[] = [];
  const totals = { introductions: 0, meetings: 0, couples: 0, marriages: 0 };
  const waits: Record<Gender, number[]> = { M: [], F: [] };
  const withCandidatesSum: Record<Gender, number> = { M: 0, F: 0 };
  const introducedSum: Record<Gender, number> = { M: 0, F: 0 };
  const monthShares: Record<Gender, number[]> = { M: [], F: [] };
  const everHad = new Map<string, Gender>();
  const everGot = new Set<string>();
  let monthHad = new Map<string, Gender>();
  let monthGot = new Set<string>();

  for (let week = 0; week < spec.weeks; week++) {
    throwIfAborted(options.signal);
    const date = addDays(spec.startDate, 7 * week);
    for (let k = 0; k < joinPerWeek && joined < newcomers.length; k++) {
      members.push({ ...newcomers[joined]!, joinedOn: date });
      joined++;
    }
    const pool: Pool = { catalogueVersion: spec.pool.catalogueVersion, members, history, blocked };
    const result = runRound(
      pool,
      state,
      { ...spec.policy, date },
      { signal: options.signal, seed: (options.seed ?? 1) + week, explain: false },
    );
    state = result.state;
    const facts = result.members;
    for (let i = 0; i < members.length; i++) {
      const g = members[i]!.gender;
      if (facts.hadCandidate[i]) {
        withCandidatesSum[g]++;
        monthHad.set(members[i]!.id, g);
        everHad.set(members[i]!.id, g);
      }
      if (facts.introduced[i]! > 0) {
        introducedSum[g]++;
        monthGot.add(members[i]!.id);
        everGot.add(members[i]!.id);
        if (week > 0) waits[g].push(facts.waitedBefore[i]!);
      }
    }
    if ((week + 1) % perMonth === 0 || week === spec.weeks - 1) {
      for (const g of ['M', 'F'] as const) {
        let had = 0;
        let got = 0;
        for (const [id, gg] of monthHad) {
          if (gg !== g) continue;
          had++;
          if (monthGot.has(id)) got++;
        }
        if (had > 0) monthShares[g].push(got / had);
      }
      monthHad = new Map();
      monthGot = new Set();
    }

    // Outcomes of this week's introductions, then of the couples already dating.
    const dating = new Set<string>();
    for (const c of couples) {
      dating.add(c.man);
      dating.add(c.woman);
    }
    let meetings = 0;
    let newCouples = 0;
    const nextCouples: Couple[] = [];
    for (const intro of result.introductions) {
      const fate = introductionFate(rng, intro.score, model);
      let outcome: Introduction['outcome'] = fate === 'declined' ? 'declined' : 'met';
      if (fate !== 'declined') meetings++;
      if (fate === 'dating' && !dating.has(intro.man) && !dating.has(intro.woman)) {
        outcome = 'dating';
        dating.add(intro.man);
        dating.add(intro.woman);
        nextCouples.push({ man: intro.man, woman: intro.woman, score: intro.score });
        newCouples++;
      }
      history.push({ a: intro.man, b: intro.woman, date, outcome });
    }
    let marriages = 0;
    const leaving = new Set<string>();
    const single = new Set<string>();
    for (const c of couples) {
      const step = datingWeek(rng, c.score, model);
      if (step === 'married') {
        marriages++;
        leaving.add(c.man);
        leaving.add(c.woman);
      } else if (step === 'broke_up') {
        single.add(c.man);
        single.add(c.woman);
      } else nextCouples.push(c);
    }
    couples = nextCouples;
    const inCouple = new Set<string>();
    for (const c of couples) {
      inCouple.add(c.man);
      inCouple.add(c.woman);
    }
    const kept: Member[] = [];
    for (const m of members) {
      if (leaving.has(m.id)) continue;
      if (!inCouple.has(m.id) && rng.chance(model.dropOut)) {
        leaving.add(m.id);
        continue;
      }
      const rel = inCouple.has(m.id);
      kept.push((m.inRelationship ?? false) === rel ? m : { ...m, inRelationship: rel });
    }
    left += leaving.size;
    members = kept;
    // Members who left take their history with them (a pool names only its members).
    if (leaving.size > 0) {
      blocked = blocked.filter((b) => !leaving.has(b.by) && !leaving.has(b.other));
      history = history.filter((h) => !leaving.has(h.a) && !leaving.has(h.b));
    }
    totals.introductions += result.introductions.length;
    totals.meetings += meetings;
    totals.couples += newCouples;
    totals.marriages += marriages;
    weeks.push({
      week,
      date,
      members: pool.members.length,
      introductions: result.introductions.length,
      coverage: { M: result.statistics.coverage.M.coverage, F: result.statistics.coverage.F.coverage },
      meetings,
      newCouples,
      marriages,
    });
    options.onProgress?.({ phase: 'simulate', done: week + 1, total: spec.weeks });
  }

  const openWaits: Record<Gender, number[]> = { M: [], F: [] };
  const genderOf = new Map(members.map((m) => [m.id, m.gender] as const));
  for (const s of state.members) {
    const g = genderOf.get(s.id);
    if (g !== undefined && s.waited > 0) openWaits[g].push(s.waited);
  }
  const side = (g: Gender): SideFairness => {
    const rounds = Math.max(1, weeks.length);
    const withCandidates = withCandidatesSum[g] / rounds;
    const perRound = introducedSum[g] / rounds;
    const shares = monthShares[g];
    let had = 0;
    let got = 0;
    for (const [id, gg] of everHad) {
      if (gg !== g) continue;
      had++;
      if (everGot.has(id)) got++;
    }
    return {
      everIntroduced: had === 0 ? 0 : got / had,
      waits: quantiles(waits[g]),
      openWaits: quantiles(openWaits[g]),
      idealWait: perRound > 0 ? Math.max(0, withCandidates / perRound - 1) : Number.NaN,
      withCandidates,
      monthlyShare: {
        mean: shares.length === 0 ? 0 : shares.reduce((a, b) => a + b, 0) / shares.length,
        min: shares.length === 0 ? 0 : Math.min(...shares),
        max: shares.length === 0 ? 0 : Math.max(...shares),
      },
    };
  };
  return {
    weeks,
    fairness: { M: side('M'), F: side('F') },
    totals: { ...totals, joined, left },
    state,
  };
}
