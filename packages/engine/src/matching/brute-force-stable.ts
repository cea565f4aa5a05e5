// Exhaustive reference enumerations for tests only (not exported from index.ts): slow, obviously
// correct, and independent of the solvers (own rank tables, no shared helpers). Keep sizes ≤ 8–10.

type Lists = readonly (readonly number[])[];

/** rank[i][j] = position of j in i's list, -1 if absent. */
function rankTable(lists: Lists, targets: number): number[][] {
  return lists.map((list) => {
    const row = new Array<number>(targets).fill(-1);
    list.forEach((j, k) => {
      row[j] = k;
    });
    return row;
  });
}

const better = (row: readonly number[], candidate: number, current: number): boolean =>
  current < 0 || row[candidate]! < row[current]!;

/** Every stable matching of a marriage instance, as leftPartner arrays (-1 unmatched). */
export function allStableMarriages(left: Lists, right: Lists): Int32Array[] {
  const nl = left.length;
  const nr = right.length;
  const rl = rankTable(left, nr);
  const rr = rankTable(right, nl);
  const ok = (i: number, j: number): boolean => rl[i]![j]! >= 0 && rr[j]![i]! >= 0;
  const lp = new Int32Array(nl).fill(-1);
  const rp = new Int32Array(nr).fill(-1);
  const out: Int32Array[] = [];
  // A pair (a, b) with a decided and b already matched can no longer change: prune if it blocks.
  const blocks = (a: number, b: number): boolean =>
    ok(a, b) && lp[a] !== b && better(rl[a]!, b, lp[a]!) && better(rr[b]!, a, rp[b]!);
  const doomed = (upTo: number, onlyMatched: boolean): boolean => {
    for (let a = 0; a <= upTo; a++) {
      for (let b = 0; b < nr; b++) {
        if (onlyMatched && rp[b]! < 0) continue;
        if (blocks(a, b)) return true;
      }
    }
    return false;
  };
  const visit = (i: number): void => {
    if (i === nl) {
      if (!doomed(nl - 1, false)) out.push(lp.slice());
      return;
    }
    for (let j = -1; j < nr; j++) {
      if (j >= 0 && (!ok(i, j) || rp[j]! >= 0)) continue;
      lp[i] = j;
      if (j >= 0) rp[j] = i;
      if (!doomed(i, true)) visit(i + 1);
      if (j >= 0) rp[j] = -1;
      lp[i] = -1;
    }
  };
  visit(0);
  return out;
}

/** Every stable matching of a hospital/residents instance, as residentHospital arrays. */
export function allStableHospitalResidents(
  residents: Lists,
  hospitals: Lists,
  capacities: readonly number[],
): Int32Array[] {
  const nr = residents.length;
  const nh = hospitals.length;
  const rr = rankTable(residents, nh);
  const rh = rankTable(hospitals, nr);
  const ok = (r: number, h: number): boolean => rr[r]![h]! >= 0 && rh[h]![r]! >= 0;
  const assigned = new Int32Array(nr).fill(-1);
  const filled = new Int32Array(nh);
  const out: Int32Array[] = [];
  const worstOf = (h: number): number => {
    let worst = -1;
    for (let r = 0; r < nr; r++)
      if (assigned[r] === h && (worst < 0 || rh[h]![r]! > rh[h]![worst]!)) worst = r;
    return worst;
  };
  const blocks = (r: number, h: number): boolean => {
    if (!ok(r, h) || assigned[r] === h || !better(rr[r]!, h, assigned[r]!)) return false;
    if (filled[h]! < capacities[h]!) return true;
    const worst = worstOf(h);
    return worst >= 0 && better(rh[h]!, r, worst);
  };
  // Once a hospital is full its set is final, so blocking pairs with decided residents are final.
  const doomed = (upTo: number, onlyFull: boolean): boolean => {
    for (let r = 0; r <= upTo; r++) {
      for (let h = 0; h < nh; h++) {
        if (onlyFull && filled[h]! < capacities[h]!) continue;
        if (blocks(r, h)) return true;
      }
    }
    return false;
  };
  const visit = (r: number): void => {
    if (r === nr) {
      if (!doomed(nr - 1, false)) out.push(assigned.slice());
      return;
    }
    for (let h = -1; h < nh; h++) {
      if (h >= 0 && (!ok(r, h) || filled[h]! >= capacities[h]!)) continue;
      assigned[r] = h;
      if (h >= 0) filled[h]!++;
      if (!doomed(r, true)) visit(r + 1);
      if (h >= 0) filled[h]!--;
      assigned[r] = -1;
    }
  };
  visit(0);
  return out;
}

/** Every stable matching of a roommates instance, as partner arrays. */
export function allStableRoommates(preferences: Lists): Int32Array[] {
  const n = preferences.length;
  const rank = rankTable(preferences, n);
  const ok = (a: number, b: number): boolean => a !== b && rank[a]![b]! >= 0 && rank[b]![a]! >= 0;
  const out: Int32Array[] = [];
  forEachMatching(n, ok, (partner) => {
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        if (
          ok(a, b) &&
          partner[a] !== b &&
          better(rank[a]!, b, partner[a]!) &&
          better(rank[b]!, a, partner[b]!)
        ) {
          return;
        }
      }
    }
    out.push(partner.slice());
  });
  return out;
}

/** Calls `visit(partner)` for every matching of the graph on n vertices whose edges `ok` accepts. */
function forEachMatching(
  n: number,
  ok: (a: number, b: number) => boolean,
  visit: (partner: Int32Array) => void,
): void {
  const partner = new Int32Array(n).fill(-1);
  const decided = new Uint8Array(n);
  const go = (v: number): void => {
    while (v < n && decided[v] === 1) v++;
    if (v === n) {
      visit(partner);
      return;
    }
    decided[v] = 1;
    go(v + 1);
    for (let u = v + 1; u < n; u++) {
      if (decided[u] === 1 || !ok(v, u)) continue;
      decided[u] = 1;
      partner[v] = u;
      partner[u] = v;
      go(v + 1);
      partner[v] = -1;
      partner[u] = -1;
      decided[u] = 0;
    }
    decided[v] = 0;
  };
  go(0);
}

/** Best matching found by enumeration: weight and size. */
export interface BruteForceGeneralMatching {
  readonly total: number;
  readonly cardinality: number;
}

/**
 * Maximum-weight matching of a general graph by enumerating every matching (parallel edges
 * allowed). With `maxCardinality`, the heaviest among the matchings of maximum size.
 */
export function bruteForceGeneralMatching(
  n: number,
  edges: Int32Array,
  weights: Float64Array,
  maxCardinality: boolean,
): BruteForceGeneralMatching {
  const m = weights.length;
  const used = new Uint8Array(n);
  let bestTotal = 0;
  let bestSize = 0;
  const go = (e: number, total: number, size: number): void => {
    if (e === m) {
      const wins = maxCardinality
        ? size > bestSize || (size === bestSize && total > bestTotal)
        : total > bestTotal || (total === bestTotal && size > bestSize);
      if (wins) {
        bestTotal = total;
        bestSize = size;
      }
      return;
    }
    go(e + 1, total, size);
    const u = edges[2 * e]!;
    const v = edges[2 * e + 1]!;
    if (used[u] === 0 && used[v] === 0) {
      used[u] = 1;
      used[v] = 1;
      go(e + 1, total + weights[e]!, size + 1);
      used[u] = 0;
      used[v] = 0;
    }
  };
  go(0, 0, 0);
  return { total: bestTotal, cardinality: bestSize };
}
