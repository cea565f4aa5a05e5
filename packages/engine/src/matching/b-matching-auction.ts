import { AbortedError } from '../core/errors.js';
import type { AbortSignalLike } from '../core/solve-options.js';
import type { SspWarmStart } from './b-matching-ssp.js';
import type { CsrGraph } from './csr-graph.js';

/** Input of the auction: effective capacities, as for the SSP core. */
export interface AuctionInput {
  readonly graph: CsrGraph;
  readonly rowCap: Int32Array;
  readonly colCap: Int32Array;
  readonly deadline: number;
  readonly signal: AbortSignalLike | undefined;
}

/** Largest number of units a row places per bid; the rest wait for its next turn. */
const MAX_UNITS_PER_BID = 8;
/** Evictions allowed per unit of row capacity before the auction hands over to the SSP. */
const MAX_EVICTIONS_PER_UNIT = 6;
const CHECK_EVERY = 4096;

/**
 * Warm start for the SSP core: an auction with zero increment ("augmenting row reduction", as in
 * LAPJV) generalised to capacities. Each column's b slots carry their own prices, and the column
 * price is its cheapest slot (0 while a slot is free). A row bids for its best t columns at once,
 * raising each won slot so that the row becomes indifferent with its (t+1)-th option (or 0).
 * With row price u = that option, every step keeps exact complementary slackness (u_i + v_j ≥ w on
 * unchosen edges, ≤ w on chosen ones, v_j = 0 on columns with a free slot), so the SSP can start
 * from the result. A tie that would evict without raising a price is skipped, so prices strictly
 * rise on every eviction; after a budget of evictions the remaining units are left to the SSP.
 * Returns null when there is nothing to match.
 */
export function auctionWarmStart(input: AuctionInput): SspWarmStart | null {
  const { graph, rowCap, colCap, deadline, signal } = input;
  const { rows, cols, offsets, targets, weights } = graph;
  const m = offsets[rows]!;
  let units = 0;
  for (let i = 0; i < rows; i++) units += rowCap[i]!;
  if (units === 0) return null;

  const colStart = new Int32Array(cols + 1);
  for (let j = 0; j < cols; j++) colStart[j + 1] = colStart[j]! + colCap[j]!;
  const nSlots = colStart[cols]!;
  const slotRow = new Int32Array(nSlots).fill(-1);
  const slotEdge = new Int32Array(nSlots);
  const slotPrice = new Float64Array(nSlots);
  const colMin = new Float64Array(cols);
  const colMinSlot = new Int32Array(cols);
  for (let j = 0; j < cols; j++) colMinSlot[j] = colStart[j]!;
  const chosen = new Uint8Array(m);
  const free = new Int32Array(rows);
  const queue = new Int32Array(rows + 1);
  const queued = new Uint8Array(rows);
  let head = 0;
  let tail = 0;
  const enqueue = (i: number): void => {
    if (queued[i] !== 0) return;
    queued[i] = 1;
    queue[tail] = i;
    tail = tail === rows ? 0 : tail + 1;
  };
  const candEdge = new Int32Array(MAX_UNITS_PER_BID + 1);
  const candProfit = new Float64Array(MAX_UNITS_PER_BID + 1);

  for (let i = 0; i < rows; i++) {
    free[i] = rowCap[i]!;
    if (free[i]! > 0) enqueue(i);
  }
  let evictions = 0;
  const maxEvictions = MAX_EVICTIONS_PER_UNIT * units;
  let tick = 0;
  while (head !== tail && evictions <= maxEvictions) {
    const i = queue[head]!;
    head = head === rows ? 0 : head + 1;
    queued[i] = 0;
    if (++tick === CHECK_EVERY) {
      tick = 0;
      if (signal?.aborted) {
        const reason = signal.reason;
        throw new AbortedError(reason instanceof Error ? reason.message : undefined);
      }
      if (Date.now() > deadline) break;
    }
    const t = Math.min(free[i]!, MAX_UNITS_PER_BID);
    // The t+1 most profitable columns the row does not hold, best first (ties: lower edge).
    let found = 0;
    for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
      if (chosen[e] !== 0) continue;
      const w = weights[e]!;
      if (!(w > 0)) continue;
      const j = targets[e]!;
      if (colCap[j] === 0) continue;
      const profit = w - colMin[j]!;
      if (found === t + 1 && profit <= candProfit[t]!) continue;
      let at = found < t + 1 ? found++ : t;
      while (at > 0 && candProfit[at - 1]! < profit) {
        candProfit[at] = candProfit[at - 1]!;
        candEdge[at] = candEdge[at - 1]!;
        at--;
      }
      candProfit[at] = profit;
      candEdge[at] = e;
    }
    const next = found > t ? Math.max(0, candProfit[t]!) : 0;
    let placed = 0;
    for (let c = 0; c < Math.min(t, found); c++) {
      const profit = candProfit[c]!;
      if (!(profit > 0)) break;
      const e = candEdge[c]!;
      const j = targets[e]!;
      const s = colMinSlot[j]!;
      const old = slotRow[s]!;
      if (profit > next) {
        slotPrice[s] = weights[e]! - next;
      } else if (old >= 0) {
        continue; // a tie: evicting without raising the price could cycle
      }
      if (old >= 0) {
        chosen[slotEdge[s]!] = 0;
        free[old]!++;
        enqueue(old);
        evictions++;
      }
      slotRow[s] = i;
      slotEdge[s] = e;
      chosen[e] = 1;
      placed++;
      let best = colStart[j]!;
      for (let q = best + 1, end = colStart[j + 1]!; q < end; q++) {
        if (slotPrice[q]! < slotPrice[best]!) best = q;
      }
      colMinSlot[j] = best;
      colMin[j] = slotPrice[best]!;
    }
    free[i]! -= placed;
    // Units without a placement wait for the SSP; a row cut by the per-bid cap bids again.
    if (placed === t && free[i]! > 0) enqueue(i);
  }
  return { chosen, colPrice: colMin };
}
