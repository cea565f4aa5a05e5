import type { Rng } from '@redthread/engine';

/** Shuffles a[from, to) in place (Fisher–Yates, from the end), drawing one number from `rng` per position. */
export function shuffleRange(rng: Rng, a: Int32Array, from: number, to: number): void {
  for (let i = to - 1; i > from; i--) {
    const j = from + Math.floor(rng.next() * (i - from + 1));
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
}
