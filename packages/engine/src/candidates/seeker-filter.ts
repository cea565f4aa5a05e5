import type { EncodedPool } from '../scoring/encoded-pool.js';
import { type Dimension, hobbiesWithin, unconstrained, withinBudget } from './dimensions.js';
import type { SideIndex } from './side-index.js';

// A seeker's filter over the candidate bitsets, compiled to a flat program of clauses. A clause
// is an OR of bitsets, possibly negated; a candidate passes when every clause holds. Clauses of
// one bitset (most of them) are `singles`: word offsets (bitset id × words) with a mask to XOR
// (−1 negates). The others are in `code`: for each, a header (count << 1 | negated) then `count`
// word offsets. Every clause is a necessary condition for the pair to score above the pass's
// bound, so filtering never drops a pair the search needs.

/** A compiled filter; `empty` when no candidate can pass (a hard criterion nobody meets). */
export interface FilterProgram {
  readonly singles: Int32Array;
  readonly singleMasks: Int32Array;
  readonly singleCount: number;
  readonly code: Int32Array;
  readonly length: number;
  readonly empty: boolean;
  /** Word offsets of the seeker's hobby-tag bitsets (first `tagCount`). */
  readonly tags: Int32Array;
  readonly tagCount: number;
  /** Hobbies the pair must share for the seeker's criterion (0 = no filter; 3 means at least 3). */
  readonly need: number;
  /** Word offsets of the candidates' "holds with 0, 1, 2 shared" bitsets; −1 = no reverse filter. */
  readonly ok0: number;
  readonly ok1: number;
  readonly ok2: number;
}

/** Reusable scratch for compiling programs without allocating per seeker. */
export class FilterCompiler {
  private readonly code: Int32Array;
  private readonly singles: Int32Array;
  private readonly singleMasks: Int32Array;
  private n = 0;
  private ns = 0;
  private pending: { density: number; negated: boolean; ids: readonly number[] }[] = [];
  private readonly allowed: Uint8Array;
  private readonly tags: Int32Array;

  constructor(
    private readonly enc: EncodedPool,
    private readonly dims: readonly Dimension[],
    private readonly side: SideIndex,
  ) {
    let maxValues = 0;
    let room = 0;
    side.dims.forEach((d, i) => {
      const values = d.hi - d.lo + 1;
      maxValues = Math.max(maxValues, values);
      // Worst case per dimension: two ordinal clauses, or a set clause over half its values, and
      // one reverse clause.
      room += 4 + (dims[i]!.kind === 'set' ? values + 1 : 0) + 2;
    });
    this.code = new Int32Array(room);
    this.singles = new Int32Array(room);
    this.singleMasks = new Int32Array(room);
    this.allowed = new Uint8Array(maxValues);
    this.tags = new Int32Array(enc.hobbyTags.length);
  }

  // Clauses are collected, then emitted sparsest first: a word usually drops to zero after the
  // first clause or two, and evaluation stops there.
  private clause(negated: boolean, ids: readonly number[]): void {
    const d = this.side.density;
    let density = 0;
    for (const id of ids) density = negated ? Math.max(density, d[id]!) : density + d[id]!;
    this.pending.push({ density: negated ? 1 - density : Math.min(1, density), negated, ids });
  }

  private emit(): void {
    this.pending.sort((x, y) => x.density - y.density);
    const W = this.side.words;
    for (const c of this.pending) {
      if (c.ids.length === 1) {
        this.singles[this.ns] = c.ids[0]! * W;
        this.singleMasks[this.ns++] = c.negated ? -1 : 0;
        continue;
      }
      this.code[this.n++] = (c.ids.length << 1) | (c.negated ? 1 : 0);
      for (const id of c.ids) this.code[this.n++] = id * W;
    }
    this.pending = [];
  }

  /**
   * Compiles seeker `a`'s filter at budget level `level` of the side: each criterion of `a` and
   * of the candidate may lose at most that share of its owner's weight (level 1: hard only).
   */
  compile(a: number, level: number): FilterProgram {
    const { enc, dims, side } = this;
    const budget = side.levels[level]!;
    this.n = 0;
    this.ns = 0;
    this.pending = [];
    const reverse: number[] = [];
    for (let di = 0; di < dims.length; di++) {
      const dim = dims[di]!;
      const L = side.dims[di]!;
      const x = dim.value(enc, a);
      const rid = L.reverse + level * (L.xhi - L.xlo + 1) + x - L.xlo;
      if (x >= L.xlo && x <= L.xhi && side.full[rid] === 0) reverse.push(rid);
      if (unconstrained(dim, enc, a)) continue;
      let first = -1;
      let last = -1;
      let count = 0;
      for (let v = L.lo; v <= L.hi; v++) {
        const ok = withinBudget(dim, enc, a, v, budget);
        this.allowed[v - L.lo] = ok ? 1 : 0;
        if (ok) {
          if (first < 0) first = v;
          last = v;
          count++;
        }
      }
      if (count === 0) return this.emptyProgram();
      const values = L.hi - L.lo + 1;
      if (count === values) continue;
      if (dim.kind !== 'set') {
        // The hull [first, last] of the allowed values (they are contiguous: loss grows with
        // distance from the preferred range), as LE(last) ∧ ¬LE(first − 1).
        if (last < L.hi) this.clause(false, [L.forward + last - L.lo]);
        if (first > L.lo) this.clause(true, [L.forward + first - 1 - L.lo]);
        continue;
      }
      const negated = count > values / 2;
      const ids: number[] = [];
      for (let v = L.lo; v <= L.hi; v++)
        if ((this.allowed[v - L.lo] === 1) !== negated) ids.push(L.forward + v - L.lo);
      this.clause(negated, ids);
    }
    for (const rid of reverse) this.clause(false, [rid]);
    this.emit();
    // Shared hobbies, counted per word from the seeker's tag bitsets (capped at 3: "at least
    // 3" is a necessary condition for any larger minimum).
    let tagCount = 0;
    let need = 0;
    let ok0 = -1;
    let ok1 = -1;
    let ok2 = -1;
    if (side.tagBase >= 0) {
      const HW = enc.hobbyWords;
      const W = side.words;
      for (let t = 0; t < enc.hobbyTags.length; t++)
        if ((enc.hobbies[a * HW + (t >>> 5)]! >>> (t & 31)) & 1)
          this.tags[tagCount++] = (side.tagBase + t) * W;
      while (need < 3 && !hobbiesWithin(enc, a, need, budget)) need++;
      if (need > tagCount) return this.emptyProgram();
      const ok = side.hobbiesOkBase + 3 * level;
      if (side.full[ok] === 0) {
        ok0 = ok * W;
        ok1 = (ok + 1) * W;
        ok2 = (ok + 2) * W;
      }
    }
    return {
      singles: this.singles,
      singleMasks: this.singleMasks,
      singleCount: this.ns,
      code: this.code,
      length: this.n,
      empty: false,
      tags: this.tags,
      tagCount,
      need,
      ok0,
      ok1,
      ok2,
    };
  }

  private emptyProgram(): FilterProgram {
    return {
      singles: this.singles,
      singleMasks: this.singleMasks,
      singleCount: 0,
      code: this.code,
      length: 0,
      empty: true,
      tags: this.tags,
      tagCount: 0,
      need: 0,
      ok0: -1,
      ok1: -1,
      ok2: -1,
    };
  }
}
