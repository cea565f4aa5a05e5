import { InvalidArgumentError } from '../core/errors.js';
import type { AbortSignalLike, Progress } from '../core/solve-options.js';
import type { CsrGraph } from '../matching/csr-graph.js';
import type { IsoDate } from '../model/dates.js';
import type { Pool } from '../model/pool.js';
import { type EncodedPool, encodeMembers } from '../scoring/encoded-pool.js';
import { createPairScorer } from '../scoring/score-kernel.js';
import {
  resolveScoringConfig,
  type ScoringConfig,
  type ScoringConfigInput,
} from '../scoring/scoring-config.js';
import { allocateViews } from '../scoring/typed-arena.js';
import { budgetLevels, type SearchCounters, type SearchResult, searchTopK } from './candidate-search.js';
import { unionOfTopK } from './candidate-union.js';
import { dimensionsFor } from './dimensions.js';
import { buildExclusions, type Exclusions } from './exclusions.js';
import { buildSideIndex, planSideIndex } from './side-index.js';
import { tieStart } from './tie-break.js';
import { TopKHeap } from './top-k-heap.js';

/** Options of a candidate graph. */
export interface CandidateOptions {
  /** The round's date: ages are taken on it (never "today", so results are reproducible). */
  readonly referenceDate: IsoDate;
  /** Candidates kept per member, best first by integer mutual score. Default 50. */
  readonly k?: number;
  /** Scoring configuration (missing fields take the defaults). */
  readonly scoring?: ScoringConfigInput;
  /** Exclude pairs whose employers are the same text (blank employers never match). Default true. */
  readonly excludeSameEmployer?: boolean;
  /**
   * Seed of the tie-break: equal scores go to the candidate met first in a seeded, per-seeker
   * rotation of the other side (see tie-break.ts). Default 1.
   */
  readonly tieSeed?: number;
  readonly signal?: AbortSignalLike;
  readonly onProgress?: (progress: Progress) => void;
}

/** What the candidate generation did. */
export interface CandidateStats {
  /** Eligible men (rows) and women (columns): not paused, not in a relationship. */
  readonly men: number;
  readonly women: number;
  /** men × women: the pairs a full scan would score. */
  readonly allPairs: number;
  /** Pairs the indexes produced, both directions (a pair can count once per side). */
  readonly pairsConsidered: number;
  /** Pairs scored by the kernel, both directions. */
  readonly pairsScored: number;
  /** pairsScored / (2 · allPairs): the share of the seeker–candidate evaluations a full scan of both sides would do. */
  readonly scoredShare: number;
  /** Scored pairs that were acceptable to both sides. */
  readonly acceptablePairs: number;
  /** Members whose top K needed passes beyond the near pass. */
  readonly widenedSearches: number;
  readonly edges: number;
}

/**
 * Candidate pairs as a sparse bipartite graph. Row r is member `rowMembers[r]` (a man), column c
 * is `colMembers[c]` (a woman), both indices into `pool.members`, ascending. An edge is kept when
 * it is among the man's K best or the woman's K best; ties in score follow each seeker's seeded
 * rotation of the other side (tie-break.ts), so equal scores spread over the pool.
 */
export interface CandidateGraph {
  /** Weights are integer mutual scores in 0..integerScale. */
  readonly graph: CsrGraph;
  readonly rowMembers: Int32Array;
  readonly colMembers: Int32Array;
  readonly config: ScoringConfig;
  readonly stats: CandidateStats;
}

/** How the top-K lists are found: through the indexes, or by scoring every pair (the reference). */
export type CandidateMethod = 'indexed' | 'brute-force';

interface Prepared {
  readonly enc: EncodedPool;
  readonly men: Int32Array;
  readonly women: Int32Array;
  readonly exclusions: Exclusions;
  readonly k: number;
  readonly excludeSameEmployer: boolean;
  readonly tieSeed: number;
}

function prepare(pool: Pool, options: CandidateOptions): Prepared {
  const k = options.k ?? 50;
  const tieSeed = options.tieSeed ?? 1;
  if (!Number.isInteger(tieSeed))
    throw new InvalidArgumentError(`tieSeed must be an integer, got ${tieSeed}`, ['tieSeed']);
  if (!Number.isInteger(k) || k < 0 || k > 1_000_000)
    throw new InvalidArgumentError(`k must be an integer in [0, 1e6], got ${k}`, ['k']);
  const config = resolveScoringConfig(options.scoring);
  const enc = encodeMembers(pool.members, config, options.referenceDate);
  // Only ids named by history or blocks need a lookup: a map of every id would cost a million
  // entries at province scale. (Duplicate ids are parsePool's to reject.)
  const named = new Set<string>();
  for (const h of pool.history) named.add(h.a).add(h.b);
  for (const b of pool.blocked) named.add(b.by).add(b.other);
  const indexOf = new Map<string, number>();
  pool.members.forEach((m, i) => {
    if (named.has(m.id) && !indexOf.has(m.id)) indexOf.set(m.id, i);
  });
  const exclusions = buildExclusions(pool, indexOf);
  const men: number[] = [];
  const women: number[] = [];
  for (let i = 0; i < enc.size; i++) if (enc.available[i]) (enc.gender[i] === 0 ? men : women).push(i);
  return {
    enc,
    men: Int32Array.from(men),
    women: Int32Array.from(women),
    exclusions,
    k,
    excludeSameEmployer: options.excludeSameEmployer ?? true,
    tieSeed,
  };
}

function positions(size: number, members: Int32Array): Int32Array {
  const out = new Int32Array(size).fill(-1);
  members.forEach((m, p) => {
    out[m] = p;
  });
  return out;
}

function emptyCounters(): SearchCounters {
  return { considered: 0, scored: 0, acceptable: 0, widened: 0, passes: 0 };
}

/** Scores every pair: the reference the indexed search must equal. */
function bruteForce(
  p: Prepared,
  seekers: Int32Array,
  candidates: Int32Array,
  positionOf: Int32Array,
  counters: SearchCounters,
): SearchResult {
  const { enc, k, exclusions } = p;
  const scorer = createPairScorer(enc);
  const heap = new TopKHeap(k);
  const excluded = new Int32Array(candidates.length).fill(-1);
  const row = new Int32Array(candidates.length);
  const { counts, scores, positionsOut } = allocateViews({
    counts: [Int32Array, seekers.length],
    scores: [Int32Array, seekers.length * k],
    positionsOut: [Int32Array, seekers.length * k],
  });
  seekers.forEach((a, si) => {
    heap.reset(tieStart(p.tieSeed, a, candidates.length), candidates.length);
    for (let e = exclusions.offsets[a]!; e < exclusions.offsets[a + 1]!; e++) {
      const q = positionOf[exclusions.partners[e]!]!;
      if (q >= 0) excluded[q] = si;
    }
    const employerA = p.excludeSameEmployer ? enc.employer[a]! : -1;
    // One row of scores per seeker; excluded pairs are scored too and then skipped.
    scorer.scoreMany(a, candidates, 0, candidates.length, row);
    for (let q = 0; q < candidates.length; q++) {
      if (excluded[q] === si || (employerA >= 0 && enc.employer[candidates[q]!] === employerA)) continue;
      counters.considered++;
      counters.scored++;
      const s = row[q]!;
      if (s < 0) continue;
      counters.acceptable++;
      heap.push(s, q);
    }
    counts[si] = heap.drainInto(scores, positionsOut, si * k);
  });
  return { counts, scores, positions: positionsOut };
}

/**
 * For every eligible member, the K best acceptable partners by integer mutual score, found
 * through bitset indexes with score bounds (exact: equal to scoring every pair), as a CSR graph.
 * Takes a Pool as parsePool returns it; it re-validates what scoring relies on and throws
 * ValidationError naming the member and field (e.g. `member m042`, `members[41].preferences.age.max`)
 * or the history/blocked entry naming an unknown member — it never drops members silently.
 * Excluded: paused members and members in a relationship, pairs introduced before, pairs blocked
 * by either side, and (by default) pairs with the same employer.
 */
export function buildCandidateGraph(
  pool: Pool,
  options: CandidateOptions,
  method: CandidateMethod = 'indexed',
): CandidateGraph {
  const p = prepare(pool, options);
  const { enc, men, women, k } = p;
  const posOfWoman = positions(enc.size, women);
  const posOfMan = positions(enc.size, men);
  const counters = emptyCounters();
  let byMen: SearchResult;
  let byWomen: SearchResult;
  if (method === 'brute-force') {
    byMen = bruteForce(p, men, women, posOfWoman, counters);
    byWomen = bruteForce(p, women, men, posOfMan, counters);
  } else {
    const dims = dimensionsFor(enc.config);
    const levels = budgetLevels(enc.config.integerScale, enc.config.fusion);
    const scorer = createPairScorer(enc);
    // Both sides' bitsets and top-K lists in one buffer (see typed-arena.ts: every large
    // allocation costs a full collection of the pool's objects).
    const planW = planSideIndex(enc, dims, women, men, levels.length);
    const planM = planSideIndex(enc, dims, men, women, levels.length);
    const mem = allocateViews({
      bitsW: [Uint32Array, planW.bitsets * planW.words],
      bitsM: [Uint32Array, planM.bitsets * planM.words],
      countsM: [Int32Array, men.length],
      scoresM: [Int32Array, men.length * k],
      positionsM: [Int32Array, men.length * k],
      countsW: [Int32Array, women.length],
      scoresW: [Int32Array, women.length * k],
      positionsW: [Int32Array, women.length * k],
    });
    const common = {
      enc,
      dims,
      scorer,
      exclusions: p.exclusions,
      excludeSameEmployer: p.excludeSameEmployer,
      tieSeed: p.tieSeed,
      k,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    };
    byMen = searchTopK(
      {
        ...common,
        seekers: men,
        side: buildSideIndex(enc, dims, women, planW, levels, mem.bitsW),
        positionOf: posOfWoman,
        phase: 'men',
      },
      counters,
      { counts: mem.countsM, scores: mem.scoresM, positions: mem.positionsM },
    );
    byWomen = searchTopK(
      {
        ...common,
        seekers: women,
        side: buildSideIndex(enc, dims, men, planM, levels, mem.bitsM),
        positionOf: posOfMan,
        phase: 'women',
      },
      counters,
      { counts: mem.countsW, scores: mem.scoresW, positions: mem.positionsW },
    );
  }
  const graph = unionOfTopK(byMen, byWomen, men.length, women.length, k);
  const allPairs = men.length * women.length;
  return {
    graph,
    rowMembers: men,
    colMembers: women,
    config: enc.config,
    stats: {
      men: men.length,
      women: women.length,
      allPairs,
      pairsConsidered: counters.considered,
      pairsScored: counters.scored,
      scoredShare: allPairs === 0 ? 0 : counters.scored / (2 * allPairs),
      acceptablePairs: counters.acceptable,
      widenedSearches: counters.widened,
      edges: graph.offsets[men.length]!,
    },
  };
}
