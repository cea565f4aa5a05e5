import { CRITERION_COUNT } from '../scoring/criterion-bits.js';
import type { EncodedPool } from '../scoring/encoded-pool.js';
import { popcount32 } from '../scoring/score-kernel.js';
import { type Dimension, hobbiesWithin, unconstrained } from './dimensions.js';

// Bitsets over one side's candidates (one gender's eligible members, in member-index order, so
// bit order is tie-break order). Per dimension:
//   forward: which candidates have a value (≤ v for ordinal dimensions, = v for sets), to test a
//            seeker's preference on the candidates' attributes;
//   reverse: which candidates' own criterion accepts a seeker value x at each budget level: the
//            criterion is hard and met, or soft and loses at most that share of the candidate's
//            total weight. The last level is 1: hard criteria only.
// And for shared hobbies (a pair property): one bitset per hobby tag, and per level and per
// s = 0, 1, 2 the candidates whose hobbies criterion holds with s hobbies shared.
// All bitsets live in one Uint32Array; bitset id i occupies words [i·words, (i+1)·words).

/** Where one dimension's bitsets are. */
export interface DimensionBitsets {
  /** Candidate values span [lo, hi] (set dimensions: 0..cardinality−1). */
  readonly lo: number;
  readonly hi: number;
  /** Bitset id of value lo: LE(v) for ordinal dimensions, EQ(v) for sets; v − lo added. */
  readonly forward: number;
  /** Seeker values span [xlo, xhi]; outside it nothing is stored (no seeker has such a value). */
  readonly xlo: number;
  readonly xhi: number;
  /** Bitset id of reverse(level 0, xlo); add level · (xhi − xlo + 1) + x − xlo. */
  readonly reverse: number;
}

/** The candidates of one side and their bitsets. */
export interface SideIndex {
  /** Position → member index, ascending. */
  readonly members: Int32Array;
  readonly count: number;
  /** 32-bit words per bitset. */
  readonly words: number;
  readonly bits: Uint32Array;
  /** 1 when a bitset holds every candidate (a filter on it can be skipped). */
  readonly full: Uint8Array;
  /** Share of the candidates each bitset holds (orders a seeker's clauses, sparsest first). */
  readonly density: Float64Array;
  readonly dims: readonly DimensionBitsets[];
  /** Budget levels of the reverse bitsets, ascending; the last is 1 (hard criteria only). */
  readonly levels: readonly number[];
  /** Bitset id of hobby tag 0 (tag t at tagBase + t), −1 when the vocabulary is too large to index. */
  readonly tagBase: number;
  /** Bitset id of "hobbies criterion holds with s shared" at level ℓ: hobbiesOkBase + 3ℓ + s (s = 0, 1, 2). */
  readonly hobbiesOkBase: number;
}

/** Hobby vocabularies larger than this are not indexed (the filter is then skipped). */
export const MAX_INDEXED_TAGS = 256;

function span(dim: Dimension, enc: EncodedPool, members: Int32Array): [number, number] {
  if (dim.kind === 'set') return [0, dim.cardinality - 1];
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let p = 0; p < members.length; p++) {
    const v = dim.value(enc, members[p]!);
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo > hi ? [0, 0] : [lo, hi];
}

/** Where every bitset of a side goes, before any is built. */
export interface SidePlan {
  readonly count: number;
  readonly words: number;
  /** Number of bitsets: the side needs `bitsets × words` 32-bit words. */
  readonly bitsets: number;
  readonly dims: readonly DimensionBitsets[];
  readonly tagBase: number;
  readonly hobbiesOkBase: number;
}

/** Lays out the bitsets of `candidates` for `seekers` with `levels` budget levels. */
export function planSideIndex(
  enc: EncodedPool,
  dims: readonly Dimension[],
  candidates: Int32Array,
  seekers: Int32Array,
  levels: number,
): SidePlan {
  const count = candidates.length;
  const words = Math.max(1, Math.ceil(count / 32));
  const layout: DimensionBitsets[] = [];
  let next = 0;
  for (const dim of dims) {
    const [lo, hi] = span(dim, enc, candidates);
    const [xlo, xhi] = span(dim, enc, seekers);
    const forward = next;
    next += hi - lo + 1;
    const reverse = next;
    next += levels * (xhi - xlo + 1);
    layout.push({ lo, hi, forward, xlo, xhi, reverse });
  }
  const tagBase = enc.hobbyTags.length <= MAX_INDEXED_TAGS ? next : -1;
  if (tagBase >= 0) next += enc.hobbyTags.length;
  const hobbiesOkBase = next;
  next += 3 * levels;
  return { count, words, bitsets: next, dims: layout, tagBase, hobbiesOkBase };
}

/**
 * Builds the bitsets of `candidates` (member indices, ascending) laid out by `plan`, with
 * reverse bitsets at the budget `levels` (ascending, ending with 1), into `bits`
 * (plan.bitsets × plan.words words, zero-filled).
 */
export function buildSideIndex(
  enc: EncodedPool,
  dims: readonly Dimension[],
  candidates: Int32Array,
  plan: SidePlan,
  levels: readonly number[],
  bits: Uint32Array,
): SideIndex {
  const nl = levels.length;
  const { count, words, tagBase, hobbiesOkBase } = plan;
  const next = plan.bitsets;
  const layout = plan.dims;
  const tags = enc.hobbyTags.length;
  // Built word by word (32 candidates at a time) so that every bitset is written sequentially:
  // setting bits candidate by candidate scatters writes over the whole array.
  const HW = enc.hobbyWords;
  const ok = new Int32Array(3 * nl);
  const tagWords = new Int32Array(Math.max(0, tags));
  for (let w = 0; w < words; w++) {
    ok.fill(0);
    tagWords.fill(0);
    for (let j = 0; j < 32; j++) {
      const p = w * 32 + j;
      if (p >= count) break;
      const m = candidates[p]!;
      const bit = 1 << j;
      if (tagBase >= 0)
        for (let t = 0; t < tags; t++)
          if ((enc.hobbies[m * HW + (t >>> 5)]! >>> (t & 31)) & 1) tagWords[t]! |= bit;
      for (let level = 0; level < nl; level++)
        for (let shared = 0; shared < 3; shared++)
          if (hobbiesWithin(enc, m, shared, levels[level]!)) ok[3 * level + shared]! |= bit;
    }
    if (tagBase >= 0) for (let t = 0; t < tags; t++) bits[(tagBase + t) * words + w] = tagWords[t]!;
    for (let i = 0; i < 3 * nl; i++) bits[(hobbiesOkBase + i) * words + w] = ok[i]!;
  }

  dims.forEach((dim, di) => {
    const L = layout[di]!;
    const xs = L.xhi - L.xlo + 1;
    const values = L.hi - L.lo + 1;
    const crit = dim.criterion;
    // acc[(x − xlo)·nl + ℓ]: candidates of the word whose lowest admitting level for x is ℓ.
    const acc = new Int32Array(xs * nl);
    const eq = new Int32Array(values);
    for (let w = 0; w < words; w++) {
      acc.fill(0);
      eq.fill(0);
      let free = 0;
      for (let j = 0; j < 32; j++) {
        const p = w * 32 + j;
        if (p >= count) break;
        const m = candidates[p]!;
        const bit = 1 << j;
        eq[dim.value(enc, m) - L.lo]! |= bit;
        if (unconstrained(dim, enc, m)) {
          free |= bit;
          continue;
        }
        const hard = (enc.hardMask[m]! >>> crit) & 1;
        const weight = enc.weights[m * CRITERION_COUNT + crit]!;
        const total = enc.totalWeight[m]!;
        for (let x = L.xlo; x <= L.xhi; x++) {
          // The lowest level that admits x (withinBudget's test); every higher level admits it too.
          const share = dim.missShare(enc, m, x);
          let level = 0;
          if (share !== 0) {
            if (hard) continue;
            while (level < nl && levels[level]! < 1 && !(weight * share <= levels[level]! * total)) level++;
          }
          acc[(x - L.xlo) * nl + level]! |= bit;
        }
      }
      for (let v = 0; v < values; v++) bits[(L.forward + v) * words + w] = eq[v]!;
      for (let x = 0; x < xs; x++) {
        let run = free;
        for (let level = 0; level < nl; level++) {
          run |= acc[x * nl + level]!;
          bits[(L.reverse + level * xs + x) * words + w] = run;
        }
      }
    }
    // Ordinal dimensions: EQ(v) → LE(v) by prefix OR.
    if (dim.kind !== 'set')
      for (let v = L.lo + 1; v <= L.hi; v++) {
        const at = (L.forward + v - L.lo) * words;
        const prev = at - words;
        for (let w = 0; w < words; w++) bits[at + w]! |= bits[prev + w]!;
      }
  });

  const full = new Uint8Array(next);
  const density = new Float64Array(next);
  const lastMask = count % 32 === 0 ? 0xffffffff : (1 << (count % 32)) - 1;
  for (let id = 0; id < next; id++) {
    let all = count > 0;
    const at = id * words;
    for (let w = 0; w < words && all; w++) {
      const expect = w === words - 1 ? lastMask : 0xffffffff;
      if ((bits[at + w]! & expect) >>> 0 !== expect >>> 0) all = false;
    }
    full[id] = all ? 1 : 0;
    let ones = 0;
    for (let w = 0; w < words; w++) ones += popcount32(bits[at + w]!);
    density[id] = count === 0 ? 0 : ones / count;
  }
  return {
    members: candidates,
    count,
    words,
    bits,
    full,
    density,
    dims: layout,
    levels,
    tagBase,
    hobbiesOkBase,
  };
}
