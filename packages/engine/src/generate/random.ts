import { Rng } from '../core/rng.js';

// Helpers on top of core/rng.ts for the generators. Only +, *, floor and sqrt are used on floats
// (never log, cos or exp, whose last bit may differ between JavaScript engines), so the output is
// byte-identical everywhere.

/** Mixes two 32-bit words into one (murmur3 finaliser); a stateless hash for per-index draws. */
export function hash32(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x5bd1e995, 0x27d4eb2d) ^ b) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** A uniform float in [0, 1) from a hash of (seed, stream, index): random access without a stream. */
export function hashUnit(seed: number, stream: number, index: number): number {
  return hash32(hash32(seed, stream), index) / 4294967296;
}

/** An independent Rng for a named sub-stream of a seed (e.g. one per generator part). */
export function subRng(seed: number, stream: number): Rng {
  return new Rng(hash32(seed, stream));
}

/** An approximately normal draw (Irwin–Hall sum of four uniforms, scaled to unit variance). */
export function approxNormal(rng: Rng, mean: number, sd: number): number {
  const s = rng.next() + rng.next() + rng.next() + rng.next() - 2;
  return mean + sd * s * 1.7320508075688772;
}

/** Clamps x into [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, x));
}

/** A precomputed weighted choice among fixed items: O(items) per draw, no allocation. */
export class WeightedTable<T> {
  readonly items: readonly T[];
  private readonly cumulative: Float64Array;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map((e) => e[0]);
    this.cumulative = new Float64Array(entries.length);
    let total = 0;
    entries.forEach(([, w], i) => {
      total += w;
      this.cumulative[i] = total;
    });
  }

  /** One item with probability proportional to its weight. */
  pick(rng: Rng): T {
    const n = this.cumulative.length;
    const r = rng.next() * (this.cumulative[n - 1] ?? 0);
    for (let i = 0; i < n - 1; i++) if (r < (this.cumulative[i] ?? 0)) return this.items[i] as T;
    return this.items[n - 1] as T;
  }

  /** k distinct items, each drawn by weight among those not yet drawn (k ≤ items). */
  pickDistinct(rng: Rng, k: number): T[] {
    const out: T[] = [];
    for (let tries = 0; out.length < Math.min(k, this.items.length) && tries < 50 * k + 50; tries++) {
      const item = this.pick(rng);
      if (!out.includes(item)) out.push(item);
    }
    return out;
  }
}
