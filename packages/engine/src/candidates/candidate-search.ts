import { type AbortSignalLike, type Progress, throwIfAborted } from '../core/solve-options.js';
import type { EncodedPool } from '../scoring/encoded-pool.js';
import { fuseSatisfactions } from '../scoring/fusion.js';
import type { PairScorer } from '../scoring/score-kernel.js';
import type { Dimension } from './dimensions.js';
import type { Exclusions } from './exclusions.js';
import { FilterCompiler, type FilterProgram } from './seeker-filter.js';
import type { SideIndex } from './side-index.js';
import { tieStart } from './tie-break.js';
import { TopKHeap } from './top-k-heap.js';

// Exact top-K per seeker without scoring every pair. Candidates are visited in the seeker's
// tie-break order (positions from a seeded word boundary up, then wrapping: tie-break.ts), through bitset filters at a budget level β: every
// criterion of either member (hard: must hold; soft: may lose at most β of its owner's total
// weight). A pair filtered out has one satisfaction below 1 − β, so its score is at most
// bound(β) = round(fuse(1 − β, 1) · S), S = integerScale.
//   1. the near pass, β = ε0, chosen so that bound(ε0) < S. It stops as soon as K pairs score
//      S: no candidate later in the order can beat them (ties go to the earlier one).
//   2. wider passes at the next level, until the K-th best exceeds the bound of the last pass;
//      the last level, 1, admits every pair that breaks no hard criterion, so the search
//      always ends exact.

/** Candidates gathered before they are scored in one scoreMany call. */
const BATCH = 64;

/** Counters of a search, summed over seekers. */
export interface SearchCounters {
  /** Pairs the index produced (distinct per seeker, excluded pairs not counted). */
  considered: number;
  /** Pairs scored by the kernel. */
  scored: number;
  /** Scored pairs that were acceptable to both sides. */
  acceptable: number;
  /** Seekers that needed at least one wider pass. */
  widened: number;
  /** Wider passes run. */
  passes: number;
}

/** Everything a search over one direction (men seeking women, or women seeking men) needs. */
export interface SearchContext {
  readonly enc: EncodedPool;
  readonly dims: readonly Dimension[];
  readonly scorer: PairScorer;
  /** Seekers (member indices, ascending). */
  readonly seekers: Int32Array;
  /** The candidate side's bitsets. */
  readonly side: SideIndex;
  /** Member index → position on the candidate side, −1 when not a candidate. */
  readonly positionOf: Int32Array;
  readonly exclusions: Exclusions;
  readonly excludeSameEmployer: boolean;
  /** Seed of the per-seeker rotation that orders equal scores (tie-break.ts). */
  readonly tieSeed: number;
  readonly k: number;
  readonly signal?: AbortSignalLike;
  readonly onProgress?: (progress: Progress) => void;
  readonly phase: string;
}

/** Each seeker's kept candidates: seeker s holds entries s·K … s·K + counts[s] − 1 (unordered). */
export interface SearchResult {
  readonly counts: Int32Array;
  readonly scores: Int32Array;
  /** Candidate positions. */
  readonly positions: Int32Array;
}

/** Largest integer score of a pair one of whose satisfactions is below 1 − budget (−1 for budget ≥ 1). */
export function boundOutside(budget: number, scale: number, fusion: 'geometric' | 'harmonic'): number {
  if (budget >= 1) return -1;
  // The margin covers rounding in the kernel's (total − loss) / total, a few ulps.
  return Math.round(fuseSatisfactions(Math.min(1, 1 - budget + 1e-12), 1, fusion) * scale);
}

/** The near budget ε0: the smallest share (up to a hair) whose bound is below S = scale. */
export function nearBudget(scale: number, fusion: 'geometric' | 'harmonic'): number {
  const q = (scale - 0.5) / scale;
  const tau = fusion === 'geometric' ? q * q : q / (2 - q);
  let eps = 1 - tau + 1e-10;
  while (boundOutside(eps, scale, fusion) >= scale) eps = eps * (1 + 1e-6) + 1e-12;
  return eps;
}

/** Budget levels of the search: ε0, then wider shares, then 1 (hard criteria only). */
export function budgetLevels(scale: number, fusion: 'geometric' | 'harmonic'): number[] {
  const eps0 = nearBudget(scale, fusion);
  return [eps0, ...[0.003, 0.01, 0.02, 0.04, 0.08, 0.15, 0.3].filter((b) => b > eps0), 1];
}

/** Runs the search for every seeker of the context into `out` (counts per seeker, K entries each). */
export function searchTopK(ctx: SearchContext, counters: SearchCounters, out: SearchResult): SearchResult {
  const { enc, scorer, seekers, side, positionOf, exclusions, k } = ctx;
  const { bits, words, count, members } = side;
  const scale = enc.config.integerScale;
  const fusion = enc.config.fusion;
  const levels = side.levels;
  const top = levels.length - 1;
  const bounds = levels.map((b) => boundOutside(b, scale, fusion));
  const employer = enc.employer;
  const compiler = new FilterCompiler(enc, ctx.dims, side);
  const heap = new TopKHeap(k);
  const seen = new Int32Array(count);
  const scoreMany = scorer.scoreMany;
  const batchPositions = new Int32Array(BATCH + 32);
  const batchMembers = new Int32Array(BATCH + 32);
  const batchScores = new Int32Array(BATCH + 32);

  // Scores the first n gathered candidates of seeker `a` and pushes the acceptable ones; returns
  // acceptable | top-score count << 16 (n ≤ BATCH + 32).
  const scoreBatch = (n: number): number => {
    scoreMany(a, batchMembers, 0, n, batchScores);
    let acceptable = 0;
    let top = 0;
    for (let j = 0; j < n; j++) {
      const s = batchScores[j]!;
      if (s < 0) continue;
      acceptable++;
      if (s === scale) top++;
      heap.push(s, batchPositions[j]!);
    }
    return acceptable | (top << 16);
  };
  const { counts, scores, positions } = out;
  const lastMask = count % 32 === 0 ? -1 : (1 << (count % 32)) - 1;
  let stamp = 0;
  let a = 0;
  let employerA = -1;
  // The seeker's first word and its bits from the start up: passes scan from there and wrap
  // around, the tie-break order.
  let w0 = 0;
  let startMask = -1;

  // Scores the not-yet-seen candidates of one pass; stops early when `stopAtTop` and K pairs
  // reach the top score.
  // Returns false when a near pass gave up early (see below).
  const pass = (program: FilterProgram, stopAtTop: boolean): boolean => {
    if (program.empty || words === 0) return true;
    // The filter program evaluated word by word, its fields in locals: this loop is the search.
    const {
      singles,
      singleMasks,
      singleCount,
      code,
      length: end,
      tags,
      tagCount,
      need,
      ok0,
      ok1,
      ok2,
    } = program;
    const hobbies = need > 0 || ok0 >= 0;
    let considered = 0;
    let acceptable = 0;
    let top = 0;
    let complete = true;
    let batch = 0;
    // words + 1 steps: the seeker's first word is split, its part from the start bit up comes
    // first and the part below it last.
    for (let i = 0; i <= words; i++) {
      const w = i + w0 < words ? i + w0 : i + w0 - words;
      let m = (w === words - 1 ? lastMask : -1) & (i === 0 ? startMask : i === words ? ~startMask : -1);
      for (let j = 0; j < singleCount && m !== 0; j++) m &= bits[singles[j]! + w]! ^ singleMasks[j]!;
      for (let i = 0; i < end && m !== 0; ) {
        const head = code[i++]!;
        let x = bits[code[i++]! + w]!;
        for (let c = head >>> 1; c > 1; c--) x |= bits[code[i++]! + w]!;
        m &= head & 1 ? ~x : x;
      }
      if (m !== 0 && hobbies) {
        let ones = 0;
        let twos = 0;
        let threes = 0;
        for (let t = 0; t < tagCount; t++) {
          const x = bits[tags[t]! + w]!;
          threes |= twos & x;
          twos |= ones & x;
          ones |= x;
        }
        if (need > 0) m &= need === 1 ? ones : need === 2 ? twos : threes;
        if (ok0 >= 0) m &= bits[ok0 + w]! | (bits[ok1 + w]! & ones) | (bits[ok2 + w]! & twos) | threes;
      }
      while (m !== 0) {
        const low = m & -m;
        m ^= low;
        const p = (w << 5) | (31 - Math.clz32(low));
        if (seen[p] === stamp) continue;
        seen[p] = stamp;
        const b = members[p]!;
        if (employerA >= 0 && employer[b] === employerA) continue;
        batchPositions[batch] = p;
        batchMembers[batch++] = b;
      }
      // Candidates are scored in batches of up to BATCH (words hold few each), and always before
      // the early-stop tests below could read `top`: the same pairs are scored and pushed in the
      // same order as one at a time.
      if (batch >= BATCH || (stopAtTop && (top + batch >= k || (i & 63) === 63))) {
        const counts = scoreBatch(batch);
        acceptable += counts & 0xffff;
        top += counts >>> 16;
        considered += batch;
        batch = 0;
      }
      if (stopAtTop) {
        if (top >= k) break;
        // A seeker on course to find fewer than K top pairs in the whole side will need the wider
        // passes anyway, and the first of them rescans every word: stop scanning now.
        if ((i & 63) === 63 && (i + 1) * k > 2 * words * Math.max(top, 1)) {
          complete = false;
          break;
        }
      }
    }
    if (batch > 0) {
      const counts = scoreBatch(batch);
      acceptable += counts & 0xffff;
      considered += batch;
    }
    counters.considered += considered;
    counters.scored += considered;
    counters.acceptable += acceptable;
    return complete;
  };

  for (let si = 0; si < seekers.length; si++) {
    if ((si & 1023) === 0) {
      throwIfAborted(ctx.signal);
      ctx.onProgress?.({ phase: ctx.phase, done: si, total: seekers.length });
    }
    a = seekers[si]!;
    const start = tieStart(ctx.tieSeed, a, count);
    w0 = start >>> 5;
    startMask = -1 << (start & 31);
    heap.reset(start, count);
    if (k === 0) continue;
    stamp++;
    employerA = ctx.excludeSameEmployer ? employer[a]! : -1;
    for (let e = exclusions.offsets[a]!; e < exclusions.offsets[a + 1]!; e++) {
      const p = positionOf[exclusions.partners[e]!]!;
      if (p >= 0) seen[p] = stamp;
    }
    const nearComplete = pass(compiler.compile(a, 0), true);
    // Any candidate not seen so far scores at most `covered` (or ties the K-th best from a
    // higher position, after an early stop). A near pass that gave up covers nothing.
    let covered = nearComplete ? bounds[0]! : scale;
    let level = 0;
    while (!(heap.full && heap.worstScore > covered) && level < top) {
      if (level === 0) counters.widened++;
      // One level at a time: each pass usually lifts the K-th best enough to stop soon, and a
      // jump to the level the current K-th best implies scores far more pairs than needed.
      level++;
      counters.passes++;
      pass(compiler.compile(a, level), false);
      covered = Math.min(covered, bounds[level]!);
    }
    counts[si] = heap.drainInto(scores, positions, si * k);
  }
  ctx.onProgress?.({ phase: ctx.phase, done: seekers.length, total: seekers.length });
  return out;
}
