import type { SolveOptions } from '../core/solve-options.js';
import { throwIfAborted } from '../core/solve-options.js';
import { mutualLists, ownerCount, type PreferenceInput, readPreferenceLists } from './preference-lists.js';

/**
 * A stable roommates instance with incomplete lists: `preferences[i]` lists the people i accepts,
 * most preferred first (strict, no self). A pair is acceptable only if each lists the other.
 */
export interface StableRoommatesProblem {
  readonly preferences: PreferenceInput;
}

/** Result of solveStableRoommates: a stable matching, or the report that none exists. */
export type StableRoommatesResult =
  | {
      readonly code: 'stable';
      /** Partner of each person, -1 if unmatched (the same people are unmatched in every stable matching). */
      readonly partner: Int32Array;
      /** Unmatched people, ascending. */
      readonly unmatched: Int32Array;
      readonly proposals: number;
      /** Rotations eliminated in phase 2. */
      readonly rotations: number;
    }
  | {
      readonly code: 'no_stable_matching';
      readonly reason: string;
      /** The person whose reduced list became empty, which proves that no stable matching exists. */
      readonly person: number;
      readonly proposals: number;
      readonly rotations: number;
    };

const CHECK_EVERY = 4096;

/**
 * Irving's algorithm (1985) for stable roommates with incomplete lists (Gusfield & Irving 1989,
 * §4.5.2): phase 1 proposals reduce the lists; people whose lists empty are unmatched in every
 * stable matching; phase 2 eliminates exposed rotations until every list has at most one entry,
 * and an emptied list proves that no stable matching exists. O(total list length) amortised.
 * Deterministic: rotations are sought from the lowest-indexed person with two or more entries
 * left, continuing the walk of the previous search (Irving's tail reuse), so the same input
 * always yields the same stable matching. Throws InvalidArgumentError for malformed lists.
 */
export function solveStableRoommates(
  problem: StableRoommatesProblem,
  options?: SolveOptions,
): StableRoommatesResult {
  const input = problem.preferences;
  const n = ownerCount(input);
  const given = readPreferenceLists(input, n, ['preferences'], true);
  const lists = mutualLists(given, given);
  const signal = options?.signal;
  const onProgress = options?.onProgress;
  throwIfAborted(signal);
  const off = lists.offsets;
  const ent = lists.entries;
  const alive = new Uint8Array(ent.length).fill(1);
  const size = new Int32Array(n);
  const head = off.slice(0, n);
  const second = new Int32Array(n);
  const tail = new Int32Array(n);
  for (let x = 0; x < n; x++) {
    size[x] = off[x + 1]! - off[x]!;
    second[x] = off[x]! + 1;
    tail[x] = off[x + 1]! - 1;
  }
  let emptied = -1;

  const first = (x: number): number => {
    const end = off[x + 1]!;
    let h = head[x]!;
    while (h < end && alive[h] === 0) h++;
    head[x] = h;
    return h < end ? ent[h]! : -1;
  };
  const secondOf = (x: number): number => {
    const end = off[x + 1]!;
    first(x);
    let s = Math.max(second[x]!, head[x]! + 1);
    while (s < end && alive[s] === 0) s++;
    second[x] = s;
    return s < end ? ent[s]! : -1;
  };
  const last = (x: number): number => {
    const start = off[x]!;
    let t = tail[x]!;
    while (t >= start && alive[t] === 0) t--;
    tail[x] = t;
    return t >= start ? ent[t]! : -1;
  };
  // Deletes every entry after `keep` from y's list, and y from each deleted person's list.
  const deleteSuccessors = (y: number, keep: number): void => {
    const keepAt = off[y]! + lists.rank(y, keep);
    for (let t = tail[y]!; t > keepAt; t--) {
      if (alive[t] === 0) continue;
      const z = ent[t]!;
      alive[t] = 0;
      const back = off[z]! + lists.rank(z, y);
      alive[back] = 0;
      if (--size[y]! === 0 && emptied < 0) emptied = y;
      if (--size[z]! === 0 && emptied < 0) emptied = z;
    }
    tail[y] = keepAt;
  };

  // Phase 1: each free person proposes to the head of its list; the receiver holds the proposal
  // and drops everyone it likes less (including whoever it held, who proposes again).
  // y only ever hears from people it ranks above the one it holds: the others are already deleted.
  const holder = new Int32Array(n).fill(-1);
  let proposals = 0;
  for (let start = 0; start < n; start++) {
    let p = start;
    while (p >= 0) {
      const y = first(p);
      if (y < 0) break;
      if ((++proposals & (CHECK_EVERY - 1)) === 0) throwIfAborted(signal);
      const dropped = holder[y]!;
      holder[y] = p;
      deleteSuccessors(y, p);
      p = dropped;
    }
  }
  // People with empty lists now are unmatched in every stable matching; phase 2 must not empty more.
  emptied = -1;

  throwIfAborted(signal);
  // Phase 2: rotation elimination. `stack` holds the walk p0, p1, ... with p(i+1) = last(second(p(i))).
  const stack = new Int32Array(n);
  const stackIndex = new Int32Array(n).fill(-1);
  const cycleQ = new Int32Array(n);
  let top = 0;
  let rotations = 0;
  for (let x = 0; x < n && emptied < 0; x++) {
    while (size[x]! >= 2 && emptied < 0) {
      if (top === 0) {
        stack[top++] = x;
        stackIndex[x] = 0;
      }
      const p = stack[top - 1]!;
      if (size[p]! < 2) {
        stackIndex[p] = -1;
        top--;
        continue;
      }
      const next = last(secondOf(p));
      const at = stackIndex[next]!;
      if (at < 0) {
        stackIndex[next] = top;
        stack[top++] = next;
        continue;
      }
      // A cycle p(at) .. p(top-1) closes. Links pushed before earlier eliminations may be stale;
      // keep the walk up to the first stale link and carry on from there.
      let stale = -1;
      for (let i = at; i < top - 1 && stale < 0; i++) {
        const pi = stack[i]!;
        if (size[pi]! < 2 || last(secondOf(pi)) !== stack[i + 1]) stale = i;
      }
      if (stale >= 0) {
        while (top > stale + 1) stackIndex[stack[--top]!] = -1;
        continue;
      }
      const length = top - at;
      for (let i = 0; i < length; i++) cycleQ[i] = secondOf(stack[at + i]!);
      for (let i = 0; i < length; i++) deleteSuccessors(cycleQ[i]!, stack[at + i]!);
      while (top > at) stackIndex[stack[--top]!] = -1;
      rotations++;
      if ((rotations & 255) === 0) {
        throwIfAborted(signal);
        onProgress?.({ phase: 'stable-roommates', done: x, total: n });
      }
    }
  }
  if (emptied >= 0) {
    return {
      code: 'no_stable_matching',
      reason: `the list of person ${emptied} became empty while eliminating rotations, so every matching has a blocking pair`,
      person: emptied,
      proposals,
      rotations,
    };
  }
  const partner = new Int32Array(n).fill(-1);
  let unmatchedCount = 0;
  for (let x = 0; x < n; x++) {
    if (size[x] === 1) partner[x] = first(x);
    else unmatchedCount++;
  }
  const unmatched = new Int32Array(unmatchedCount);
  for (let x = 0, u = 0; x < n; x++) if (partner[x]! < 0) unmatched[u++] = x;
  return { code: 'stable', partner, unmatched, proposals, rotations };
}
