import type { Gender } from '../model/lifestyle.js';
import { gini } from './gini.js';
import { type Quantiles, quantiles } from './quantiles.js';
import { UNMATCHED_REASONS, type UnmatchedReason } from './unmatched-reasons.js';

/** Counts on one side of the pool. */
export interface SideCoverage {
  /** Members on this side. */
  readonly members: number;
  /** Not paused, not in a relationship, under the monthly cap. */
  readonly eligible: number;
  /** Eligible with at least one candidate at or above the score floor. */
  readonly withCandidates: number;
  /** Members introduced this round. */
  readonly introduced: number;
  /** introduced / withCandidates (1 when nobody had a candidate). */
  readonly coverage: number;
}

/** A round's figures. */
export interface RoundStatistics {
  readonly introductions: number;
  readonly coverage: Readonly<Record<Gender, SideCoverage>>;
  /** Mutual scores (0..10000) of the introductions made. */
  readonly scores: Quantiles | undefined;
  /** Rounds the introduced members had waited before this round. */
  readonly waitedBeforeIntroduction: Quantiles | undefined;
  /** Rounds waited, after this round, by members with candidates who got none. */
  readonly stillWaiting: Quantiles | undefined;
  /** Gini of this round's introductions over the members with candidates. */
  readonly introductionsGini: number;
  /** Gini of all rounds' introductions (from the state) over the members with candidates. */
  readonly cumulativeGini: number;
  /** Unmatched members by reason and side. */
  readonly unmatched: Readonly<Record<UnmatchedReason, Readonly<Record<Gender, number>>>>;
}

/** Per-member facts of a round, aligned by member index. */
export interface RoundFacts {
  readonly genders: readonly Gender[];
  /** 1 when the member could be introduced (eligible). */
  readonly eligible: Uint8Array;
  /** 1 when eligible with a candidate at or above the floor. */
  readonly hadCandidate: Uint8Array;
  readonly introduced: Int32Array;
  /** Waits before the round and after it. */
  readonly waitedBefore: Int32Array;
  readonly waitedAfter: Int32Array;
  /** Introductions by rounds so far, this round included. */
  readonly totalAfter: Int32Array;
  readonly reasons: readonly (UnmatchedReason | undefined)[];
  /** Mutual scores of the introductions. */
  readonly scores: ArrayLike<number>;
}

/** Summarises a round: coverage by gender, score quantiles, waits, Gini of introductions, unmatched by reason. */
export function roundStatistics(f: RoundFacts): RoundStatistics {
  const n = f.genders.length;
  const side = { M: [0, 0, 0, 0], F: [0, 0, 0, 0] } as Record<Gender, number[]>;
  const waitedBefore: number[] = [];
  const stillWaiting: number[] = [];
  const roundCounts: number[] = [];
  const totals: number[] = [];
  const unmatched = {} as Record<UnmatchedReason, Record<Gender, number>>;
  for (const r of UNMATCHED_REASONS) unmatched[r] = { M: 0, F: 0 };
  for (let i = 0; i < n; i++) {
    const s = side[f.genders[i]!]!;
    s[0]!++;
    if (f.eligible[i]) s[1]!++;
    if (f.hadCandidate[i]) {
      s[2]!++;
      roundCounts.push(f.introduced[i]!);
      totals.push(f.totalAfter[i]!);
    }
    if (f.introduced[i]! > 0) {
      s[3]!++;
      waitedBefore.push(f.waitedBefore[i]!);
    } else if (f.hadCandidate[i]) stillWaiting.push(f.waitedAfter[i]!);
    const reason = f.reasons[i];
    if (reason !== undefined) unmatched[reason][f.genders[i]!]++;
  }
  const cov = (s: number[]): SideCoverage => ({
    members: s[0]!,
    eligible: s[1]!,
    withCandidates: s[2]!,
    introduced: s[3]!,
    coverage: s[2]! === 0 ? 1 : s[3]! / s[2]!,
  });
  return {
    introductions: f.scores.length,
    coverage: { M: cov(side.M), F: cov(side.F) },
    scores: quantiles(f.scores),
    waitedBeforeIntroduction: quantiles(waitedBefore),
    stillWaiting: quantiles(stillWaiting),
    introductionsGini: gini(roundCounts),
    cumulativeGini: gini(totals),
    unmatched,
  };
}
