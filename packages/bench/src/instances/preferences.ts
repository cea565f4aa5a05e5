import type { Rng } from '@redthread/engine';
import { shuffleRange } from './shuffle.js';

/** Strict preference lists in CSR form (the engine's PreferenceCsr): owner i's list is entries[offsets[i]..offsets[i+1]). */
export interface PreferenceCsrInstance {
  readonly offsets: Int32Array;
  readonly entries: Int32Array;
}

/**
 * Complete random lists: each of `owners` ranks every one of `targets` in uniformly random order;
 * with `noSelf` (roommates, owners = targets) nobody lists themself.
 */
export function completeLists(
  rng: Rng,
  owners: number,
  targets: number,
  noSelf = false,
): PreferenceCsrInstance {
  const len = noSelf ? targets - 1 : targets;
  const offsets = new Int32Array(owners + 1);
  const entries = new Int32Array(owners * len);
  for (let i = 0; i < owners; i++) {
    const start = i * len;
    let k = start;
    for (let j = 0; j < targets; j++) if (!(noSelf && j === i)) entries[k++] = j;
    shuffleRange(rng, entries, start, start + len);
    offsets[i + 1] = start + len;
  }
  return { offsets, entries };
}

/**
 * Random incomplete two-sided lists over a random bipartite acceptability graph: each left owner
 * lists `degree` distinct random right targets in random order, and each right target lists
 * exactly the left owners that listed it, also in random order (so every listed pair is mutual).
 */
export function incompleteTwoSided(
  rng: Rng,
  left: number,
  right: number,
  degree: number,
): { left: PreferenceCsrInstance; right: PreferenceCsrInstance } {
  const d = Math.min(degree, right);
  const leftOffsets = new Int32Array(left + 1);
  const leftEntries = new Int32Array(left * d);
  const lastOwner = new Int32Array(right).fill(-1);
  const inDegree = new Int32Array(right);
  for (let i = 0; i < left; i++) {
    const start = i * d;
    for (let k = start; k < start + d; ) {
      const j = Math.floor(rng.next() * right);
      if (lastOwner[j] === i) continue;
      lastOwner[j] = i;
      leftEntries[k++] = j;
      inDegree[j]!++;
    }
    leftOffsets[i + 1] = start + d;
  }
  const rightOffsets = new Int32Array(right + 1);
  for (let j = 0; j < right; j++) rightOffsets[j + 1] = rightOffsets[j]! + inDegree[j]!;
  const cursor = rightOffsets.slice(0, right);
  const rightEntries = new Int32Array(left * d);
  for (let i = 0; i < left; i++) {
    for (let k = leftOffsets[i]!; k < leftOffsets[i + 1]!; k++) rightEntries[cursor[leftEntries[k]!]!++] = i;
  }
  for (let j = 0; j < right; j++) shuffleRange(rng, rightEntries, rightOffsets[j]!, rightOffsets[j + 1]!);
  return {
    left: { offsets: leftOffsets, entries: leftEntries },
    right: { offsets: rightOffsets, entries: rightEntries },
  };
}
