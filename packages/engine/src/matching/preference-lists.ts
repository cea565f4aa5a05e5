import { type FieldPath, InvalidArgumentError } from '../core/errors.js';

/**
 * Strict preference lists in compressed sparse row form: owner i's list is
 * `entries[offsets[i] .. offsets[i+1])`, most preferred first. Anyone not listed is unacceptable.
 */
export interface PreferenceCsr {
  /** Length owners+1; offsets[0] = 0, non-decreasing, last = entries.length. */
  readonly offsets: Int32Array;
  /** Indices on the other side (or of other people, for roommates), most preferred first. */
  readonly entries: Int32Array;
}

/**
 * Preference lists as callers give them: one list per owner (most preferred first), or CSR.
 * Lists are strict (no ties) and may be incomplete; an index appears at most once per list.
 */
export type PreferenceInput = readonly ArrayLike<number>[] | PreferenceCsr;

// Dense rank tables cost owners×targets Int32s; above this (and when lists are sparse) ranks are
// looked up by binary search in per-owner sorted copies instead, so memory stays O(entries).
const DENSE_RANK_LIMIT = 1 << 22;

/**
 * Validated preference lists with rank lookup: `rank(i, j)` is j's position in i's list (0 = first
 * choice) or -1 when i does not list j. O(1) for dense tables, O(log list length) otherwise.
 */
export class PreferenceLists implements PreferenceCsr {
  readonly count: number;
  readonly targetCount: number;
  readonly offsets: Int32Array;
  readonly entries: Int32Array;
  private readonly dense: Int32Array | null;
  // Sparse lookup: per owner, listed targets ascending (same CSR offsets) and their positions.
  private readonly sortedTargets: Int32Array | null;
  private readonly sortedRanks: Int32Array | null;

  constructor(count: number, targetCount: number, offsets: Int32Array, entries: Int32Array) {
    this.count = count;
    this.targetCount = targetCount;
    this.offsets = offsets;
    this.entries = entries;
    const cells = count * targetCount;
    if (cells <= DENSE_RANK_LIMIT || cells <= 4 * entries.length) {
      const dense = new Int32Array(cells).fill(-1);
      for (let i = 0; i < count; i++) {
        const start = offsets[i]!;
        const end = offsets[i + 1]!;
        const row = i * targetCount;
        for (let p = start; p < end; p++) dense[row + entries[p]!] = p - start;
      }
      this.dense = dense;
      this.sortedTargets = null;
      this.sortedRanks = null;
    } else {
      this.dense = null;
      const targets = new Int32Array(entries.length);
      const ranks = new Int32Array(entries.length);
      let longest = 0;
      for (let i = 0; i < count; i++) longest = Math.max(longest, offsets[i + 1]! - offsets[i]!);
      // Sort each row by target through one numeric key (target·longest + position): exact in doubles.
      const keys = new Float64Array(entries.length);
      for (let i = 0; i < count; i++) {
        const start = offsets[i]!;
        const end = offsets[i + 1]!;
        for (let p = start; p < end; p++) keys[p] = entries[p]! * longest + (p - start);
        const row = keys.subarray(start, end).sort();
        for (let q = 0; q < row.length; q++) {
          const key = row[q]!;
          const target = Math.floor(key / longest);
          targets[start + q] = target;
          ranks[start + q] = key - target * longest;
        }
      }
      this.sortedTargets = targets;
      this.sortedRanks = ranks;
    }
  }

  /** Position of `target` in `owner`'s list (0 = most preferred), or -1 if `owner` does not list it. */
  rank(owner: number, target: number): number {
    if (this.dense !== null) return this.dense[owner * this.targetCount + target]!;
    const targets = this.sortedTargets!;
    let lo = this.offsets[owner]!;
    let hi = this.offsets[owner + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const t = targets[mid]!;
      if (t === target) return this.sortedRanks![mid]!;
      if (t < target) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Length of `owner`'s list. */
  length(owner: number): number {
    return this.offsets[owner + 1]! - this.offsets[owner]!;
  }
}

/** Number of owners of lists in either form (0 for a malformed shape, which readPreferenceLists reports). */
export function ownerCount(input: PreferenceInput): number {
  if (Array.isArray(input)) return input.length;
  const offsets = (input as { offsets?: unknown } | null)?.offsets;
  return offsets instanceof Int32Array ? Math.max(0, offsets.length - 1) : 0;
}

/**
 * Validates preference lists over `targetCount` targets and copies them into a PreferenceLists.
 * Throws InvalidArgumentError (path under `path`) for out-of-range or non-integer entries,
 * duplicates within a list, malformed CSR offsets, or — when `noSelf` — an owner listing itself.
 */
export function readPreferenceLists(
  input: PreferenceInput,
  targetCount: number,
  path: FieldPath,
  noSelf = false,
): PreferenceLists {
  if (Array.isArray(input))
    return fromArrays(input as readonly ArrayLike<number>[], targetCount, path, noSelf);
  if (input === null || typeof input !== 'object') {
    throw new InvalidArgumentError('expected an array of lists or { offsets, entries }', path);
  }
  const csr = input as PreferenceCsr;
  if (!(csr.offsets instanceof Int32Array) || !(csr.entries instanceof Int32Array)) {
    throw new InvalidArgumentError('CSR preference lists need Int32Array offsets and entries', path);
  }
  const count = csr.offsets.length - 1;
  if (count < 0) throw new InvalidArgumentError('offsets must have length owners+1', [...path, 'offsets']);
  if (csr.offsets[0] !== 0) throw new InvalidArgumentError('offsets[0] must be 0', [...path, 'offsets', 0]);
  for (let i = 0; i < count; i++) {
    if (csr.offsets[i + 1]! < csr.offsets[i]!) {
      throw new InvalidArgumentError('offsets must be non-decreasing', [...path, 'offsets', i + 1]);
    }
  }
  if (csr.offsets[count] !== csr.entries.length) {
    throw new InvalidArgumentError('offsets[owners] must equal entries.length', [...path, 'offsets', count]);
  }
  const offsets = csr.offsets.slice();
  const entries = csr.entries.slice();
  const seen = new Int32Array(targetCount).fill(-1);
  for (let i = 0; i < count; i++) {
    for (let p = offsets[i]!; p < offsets[i + 1]!; p++) {
      checkEntry(entries[p]!, i, targetCount, seen, noSelf, [...path, 'entries', p]);
    }
  }
  return new PreferenceLists(count, targetCount, offsets, entries);
}

function fromArrays(
  lists: readonly ArrayLike<number>[],
  targetCount: number,
  path: FieldPath,
  noSelf: boolean,
): PreferenceLists {
  const count = lists.length;
  const offsets = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) {
    const list = lists[i];
    if (list === null || typeof list !== 'object' || typeof list.length !== 'number') {
      throw new InvalidArgumentError('expected a list of indices', [...path, i]);
    }
    offsets[i + 1] = offsets[i]! + list.length;
  }
  const entries = new Int32Array(offsets[count]!);
  const seen = new Int32Array(targetCount).fill(-1);
  for (let i = 0; i < count; i++) {
    const list = lists[i]!;
    const base = offsets[i]!;
    for (let k = 0; k < list.length; k++) {
      const x = list[k]!;
      checkEntry(x, i, targetCount, seen, noSelf, [...path, i, k]);
      entries[base + k] = x;
    }
  }
  return new PreferenceLists(count, targetCount, offsets, entries);
}

function checkEntry(
  x: number,
  owner: number,
  targetCount: number,
  seen: Int32Array,
  noSelf: boolean,
  path: FieldPath,
): void {
  if (!Number.isInteger(x) || x < 0 || x >= targetCount) {
    throw new InvalidArgumentError(`entry ${x} is out of range [0, ${targetCount})`, path);
  }
  if (noSelf && x === owner) throw new InvalidArgumentError(`${owner} lists itself`, path);
  if (seen[x] === owner) throw new InvalidArgumentError(`${x} appears twice in the list of ${owner}`, path);
  seen[x] = owner;
}

/**
 * Keeps only mutually acceptable pairs: j stays in owner i's list of `a` iff `b` lists i in j's
 * list. Order is preserved. For roommates pass the same lists twice.
 */
export function mutualLists(a: PreferenceLists, b: PreferenceLists): PreferenceLists {
  const offsets = new Int32Array(a.count + 1);
  const kept = new Int32Array(a.entries.length);
  let out = 0;
  for (let i = 0; i < a.count; i++) {
    for (let p = a.offsets[i]!; p < a.offsets[i + 1]!; p++) {
      const j = a.entries[p]!;
      if (b.rank(j, i) >= 0) kept[out++] = j;
    }
    offsets[i + 1] = out;
  }
  if (out === a.entries.length) return a;
  return new PreferenceLists(a.count, a.targetCount, offsets, kept.slice(0, out));
}

/** Reads capacities given as one number for all or one per owner; throws on negative or non-integer values. */
export function readCapacities(
  input: number | ArrayLike<number>,
  count: number,
  path: FieldPath,
): Int32Array {
  const out = new Int32Array(count);
  if (typeof input === 'number') {
    if (!Number.isInteger(input) || input < 0 || input > 0x7fffffff) {
      throw new InvalidArgumentError(`capacity ${input} must be a non-negative integer`, path);
    }
    out.fill(input);
    return out;
  }
  if (input === null || typeof input !== 'object' || input.length !== count) {
    throw new InvalidArgumentError(`expected ${count} capacities`, path);
  }
  for (let i = 0; i < count; i++) {
    const c = input[i]!;
    if (!Number.isInteger(c) || c < 0 || c > 0x7fffffff) {
      throw new InvalidArgumentError(`capacity ${c} must be a non-negative integer`, [...path, i]);
    }
    out[i] = c;
  }
  return out;
}
