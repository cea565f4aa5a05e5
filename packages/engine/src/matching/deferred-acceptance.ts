// Gale–Shapley deferred acceptance on mutual preference lists, shared by stable marriage (all
// capacities 1) and hospital/residents. Internal: callers validate and make lists mutual first.
import type { SolveOptions } from '../core/solve-options.js';
import { throwIfAborted } from '../core/solve-options.js';
import type { PreferenceLists } from './preference-lists.js';

/** Outcome of a deferred-acceptance run: who each proposer got and how many proposals were made. */
export interface DeferredAcceptance {
  /** Receiver held by each proposer at the end, -1 if none. */
  readonly proposerPartner: Int32Array;
  /** Number of proposals made (each list entry is proposed to at most once). */
  readonly proposals: number;
}

// Abort is checked, and progress reported, once per this many proposals.
const CHECK_EVERY = 4096;
const PROGRESS_EVERY = 1 << 18;

/**
 * Proposers (capacity 1) propose down their lists; receiver r holds its best `capacity[r]`
 * proposals so far. Gives the proposer-optimal stable matching; which free proposer moves next
 * does not change the result. O(total list length).
 */
export function proposeToCapacitatedReceivers(
  proposers: PreferenceLists,
  receivers: PreferenceLists,
  capacity: Int32Array,
  options: SolveOptions | undefined,
  phase: string,
): DeferredAcceptance {
  const { signal, onProgress } = options ?? {};
  throwIfAborted(signal);
  const pOff = proposers.offsets;
  const pEnt = proposers.entries;
  const rOff = receivers.offsets;
  const rEnt = receivers.entries;
  const next = pOff.slice(0, proposers.count);
  const partner = new Int32Array(proposers.count).fill(-1);
  // held[pos] = 1 when the proposer at receivers.entries[pos] is held by that list's owner.
  const held = new Uint8Array(rEnt.length);
  const heldCount = new Int32Array(receivers.count);
  const worst = new Int32Array(receivers.count).fill(-1);
  const total = pEnt.length;
  let proposals = 0;
  for (let start = 0; start < proposers.count; start++) {
    let p = start;
    while (p >= 0) {
      const end = pOff[p + 1]!;
      let displaced = -1;
      while (next[p]! < end) {
        const r = pEnt[next[p]!]!;
        next[p]!++;
        if ((++proposals & (CHECK_EVERY - 1)) === 0) {
          throwIfAborted(signal);
          if (onProgress !== undefined && (proposals & (PROGRESS_EVERY - 1)) === 0) {
            onProgress({ phase, done: proposals, total });
          }
        }
        const cap = capacity[r]!;
        if (cap === 0) continue;
        const pos = rOff[r]! + receivers.rank(r, p);
        if (heldCount[r]! < cap) {
          held[pos] = 1;
          heldCount[r]!++;
          if (pos > worst[r]!) worst[r] = pos;
          partner[p] = r;
          break;
        }
        let w = worst[r]!;
        if (pos > w) continue;
        // Full and p beats the worst held: the worst is let go; the new worst is the next held
        // position up the list (monotone once full, so O(list length) over the whole run).
        displaced = rEnt[w]!;
        held[w] = 0;
        held[pos] = 1;
        partner[p] = r;
        partner[displaced] = -1;
        while (held[w] === 0) w--;
        worst[r] = w;
        break;
      }
      p = displaced;
    }
  }
  return { proposerPartner: partner, proposals };
}

/**
 * Proposers with capacities propose down their lists to receivers of capacity 1, each receiver
 * keeping its best offer. Gives the proposer-optimal stable matching. Proposers with free
 * places are served lowest index first. O(total list length).
 */
export function proposeFromCapacitatedProposers(
  proposers: PreferenceLists,
  receivers: PreferenceLists,
  capacity: Int32Array,
  options: SolveOptions | undefined,
  phase: string,
): { readonly receiverPartner: Int32Array; readonly proposals: number } {
  const { signal, onProgress } = options ?? {};
  throwIfAborted(signal);
  const pOff = proposers.offsets;
  const pEnt = proposers.entries;
  const next = pOff.slice(0, proposers.count);
  const filled = new Int32Array(proposers.count);
  const receiverPartner = new Int32Array(receivers.count).fill(-1);
  const total = pEnt.length;
  // Stack of proposers that may still have free places and untried entries.
  const stack = new Int32Array(proposers.count);
  const queued = new Uint8Array(proposers.count);
  let top = 0;
  for (let h = proposers.count - 1; h >= 0; h--) {
    stack[top++] = h;
    queued[h] = 1;
  }
  let proposals = 0;
  while (top > 0) {
    const h = stack[--top]!;
    queued[h] = 0;
    const end = pOff[h + 1]!;
    while (filled[h]! < capacity[h]! && next[h]! < end) {
      const r = pEnt[next[h]!]!;
      next[h]!++;
      if ((++proposals & (CHECK_EVERY - 1)) === 0) {
        throwIfAborted(signal);
        if (onProgress !== undefined && (proposals & (PROGRESS_EVERY - 1)) === 0) {
          onProgress({ phase, done: proposals, total });
        }
      }
      const current = receiverPartner[r]!;
      if (current >= 0 && receivers.rank(r, current) < receivers.rank(r, h)) continue;
      receiverPartner[r] = h;
      filled[h]!++;
      if (current >= 0) {
        filled[current]!--;
        if (queued[current] === 0) {
          stack[top++] = current;
          queued[current] = 1;
        }
      }
    }
  }
  return { receiverPartner, proposals };
}
