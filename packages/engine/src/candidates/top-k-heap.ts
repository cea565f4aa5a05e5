/**
 * The best K (score, position) entries seen so far, as a binary heap with the worst entry on top.
 * Order: higher score is better; on equal scores the position met first in the seeker's cyclic
 * order (from `start` up, then from 0) is better — the documented tie-break of candidate lists
 * (see tieStart). Reused across seekers: `reset` empties it without allocating.
 */
export class TopKHeap {
  readonly capacity: number;
  private readonly scores: Int32Array;
  private readonly positions: Int32Array;
  private n = 0;
  private start = 0;
  private count = 0;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.scores = new Int32Array(Math.max(1, capacity));
    this.positions = new Int32Array(Math.max(1, capacity));
  }

  /** Number of entries held. */
  get size(): number {
    return this.n;
  }

  /** True when K entries are held. */
  get full(): boolean {
    return this.n >= this.capacity;
  }

  /** Score of the worst entry held (the K-th best when full); −1 when empty. */
  get worstScore(): number {
    return this.n === 0 ? -1 : this.scores[0]!;
  }

  /** Position of the worst entry held; −1 when empty. */
  get worstPosition(): number {
    return this.n === 0 ? -1 : this.positions[0]!;
  }

  /** Empties the heap for a seeker whose ties rank positions from `start` of `count` up, cyclically. */
  reset(start = 0, count = 0): void {
    this.n = 0;
    this.start = start;
    this.count = count;
  }

  // a is worse than b: lower score, or equal score and later in the seeker's cyclic order.
  private worse(sa: number, pa: number, sb: number, pb: number): boolean {
    if (sa !== sb) return sa < sb;
    const st = this.start;
    return (pa < st ? pa + this.count : pa) > (pb < st ? pb + this.count : pb);
  }

  /** Offers an entry; keeps it if it is among the best K. */
  push(score: number, position: number): void {
    const s = this.scores;
    const p = this.positions;
    if (this.n < this.capacity) {
      let i = this.n++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(score, position, s[parent]!, p[parent]!)) break;
        s[i] = s[parent]!;
        p[i] = p[parent]!;
        i = parent;
      }
      s[i] = score;
      p[i] = position;
      return;
    }
    if (this.capacity === 0 || !this.worse(s[0]!, p[0]!, score, position)) return;
    // Replace the root and sift down.
    const n = this.n;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      if (r < n && this.worse(s[r]!, p[r]!, s[l]!, p[l]!)) c = r;
      if (!this.worse(s[c]!, p[c]!, score, position)) break;
      s[i] = s[c]!;
      p[i] = p[c]!;
      i = c;
    }
    s[i] = score;
    p[i] = position;
  }

  /** Copies the entries (unordered) into the given arrays at `offset`; returns the count. */
  drainInto(scores: Int32Array, positions: Int32Array, offset: number): number {
    for (let i = 0; i < this.n; i++) {
      scores[offset + i] = this.scores[i]!;
      positions[offset + i] = this.positions[i]!;
    }
    return this.n;
  }
}
