import { type FieldPath, InvalidArgumentError } from '../core/errors.js';
import type { HospitalResidentsProblem } from './hospital-residents.js';
import {
  mutualLists,
  ownerCount,
  type PreferenceLists,
  readCapacities,
  readPreferenceLists,
} from './preference-lists.js';
import type { StableMarriageProblem } from './stable-marriage.js';
import type { StableRoommatesProblem } from './stable-roommates.js';

/** A matching to check against its instance. Partners are -1 for unmatched. */
export type BlockingPairsInput =
  | {
      readonly kind: 'marriage';
      readonly problem: StableMarriageProblem;
      readonly leftPartner: ArrayLike<number>;
    }
  | {
      readonly kind: 'hospital-residents';
      readonly problem: HospitalResidentsProblem;
      readonly residentHospital: ArrayLike<number>;
    }
  | {
      readonly kind: 'roommates';
      readonly problem: StableRoommatesProblem;
      readonly partner: ArrayLike<number>;
    };

/**
 * A blocking pair: [left, right] for marriage, [resident, hospital] for hospital/residents,
 * [a, b] with a < b for roommates.
 */
export type BlockingPair = readonly [number, number];

/**
 * Lists the blocking pairs of a matching, sorted: mutually acceptable pairs, not matched
 * together, where each side is unmatched (a hospital: under capacity) or prefers the other to
 * its partner (a hospital: to its worst resident). Empty iff the matching is stable. Throws
 * InvalidArgumentError if the matching is malformed (wrong length, out of range, not mutual,
 * an unacceptable pair, over capacity) or the instance is. O(total list length).
 */
export function blockingPairs(input: BlockingPairsInput): BlockingPair[] {
  switch (input.kind) {
    case 'marriage':
      return marriagePairs(input.problem, input.leftPartner);
    case 'hospital-residents':
      return hospitalPairs(input.problem, input.residentHospital);
    case 'roommates':
      return roommatesPairs(input.problem, input.partner);
  }
}

function marriagePairs(problem: StableMarriageProblem, leftPartner: ArrayLike<number>): BlockingPair[] {
  const nl = ownerCount(problem.left);
  const nr = ownerCount(problem.right);
  const left = readPreferenceLists(problem.left, nr, ['problem', 'left']);
  const right = readPreferenceLists(problem.right, nl, ['problem', 'right']);
  const leftMutual = mutualLists(left, right);
  const rightPartner = new Int32Array(nr).fill(-1);
  checkLength(leftPartner, nl, ['leftPartner']);
  for (let i = 0; i < nl; i++) {
    const j = readPartner(leftPartner, i, nr, ['leftPartner', i]);
    if (j < 0) continue;
    if (rightPartner[j] !== -1)
      throw new InvalidArgumentError(`right ${j} is matched twice`, ['leftPartner', i]);
    if (left.rank(i, j) < 0 || right.rank(j, i) < 0) {
      throw new InvalidArgumentError(`left ${i} and right ${j} are not mutually acceptable`, [
        'leftPartner',
        i,
      ]);
    }
    rightPartner[j] = i;
  }
  const out: BlockingPair[] = [];
  forEachPair(leftMutual, (i, j) => {
    const mine = leftPartner[i]!;
    if (mine === j) return;
    const theirs = rightPartner[j]!;
    if (prefers(left, i, j, mine) && prefers(right, j, i, theirs)) out.push([i, j]);
  });
  return out;
}

function hospitalPairs(
  problem: HospitalResidentsProblem,
  residentHospital: ArrayLike<number>,
): BlockingPair[] {
  const nr = ownerCount(problem.residents);
  const nh = ownerCount(problem.hospitals);
  const residents = readPreferenceLists(problem.residents, nh, ['problem', 'residents']);
  const hospitals = readPreferenceLists(problem.hospitals, nr, ['problem', 'hospitals']);
  const capacity = readCapacities(problem.capacities, nh, ['problem', 'capacities']);
  const residentMutual = mutualLists(residents, hospitals);
  checkLength(residentHospital, nr, ['residentHospital']);
  const filled = new Int32Array(nh);
  // Rank (in h's list) of h's least preferred assigned resident.
  const worstRank = new Int32Array(nh).fill(-1);
  for (let r = 0; r < nr; r++) {
    const h = readPartner(residentHospital, r, nh, ['residentHospital', r]);
    if (h < 0) continue;
    const rank = hospitals.rank(h, r);
    if (residents.rank(r, h) < 0 || rank < 0) {
      throw new InvalidArgumentError(`resident ${r} and hospital ${h} are not mutually acceptable`, [
        'residentHospital',
        r,
      ]);
    }
    if (++filled[h]! > capacity[h]!) {
      throw new InvalidArgumentError(`hospital ${h} is over its capacity ${capacity[h]}`, [
        'residentHospital',
        r,
      ]);
    }
    if (rank > worstRank[h]!) worstRank[h] = rank;
  }
  const out: BlockingPair[] = [];
  forEachPair(residentMutual, (r, h) => {
    const mine = residentHospital[r]!;
    if (mine === h) return;
    if (!prefers(residents, r, h, mine)) return;
    if (filled[h]! < capacity[h]! || hospitals.rank(h, r) < worstRank[h]!) out.push([r, h]);
  });
  return out;
}

function roommatesPairs(problem: StableRoommatesProblem, partner: ArrayLike<number>): BlockingPair[] {
  const n = ownerCount(problem.preferences);
  const lists = readPreferenceLists(problem.preferences, n, ['problem', 'preferences'], true);
  const mutual = mutualLists(lists, lists);
  checkLength(partner, n, ['partner']);
  for (let a = 0; a < n; a++) {
    const b = readPartner(partner, a, n, ['partner', a]);
    if (b < 0) continue;
    if (b === a || partner[b] !== a) {
      throw new InvalidArgumentError(`partner of ${a} is ${b}, whose partner is not ${a}`, ['partner', a]);
    }
    if (lists.rank(a, b) < 0 || lists.rank(b, a) < 0) {
      throw new InvalidArgumentError(`${a} and ${b} are not mutually acceptable`, ['partner', a]);
    }
  }
  const out: BlockingPair[] = [];
  forEachPair(mutual, (a, b) => {
    if (b < a || partner[a] === b) return;
    if (prefers(lists, a, b, partner[a]!) && prefers(lists, b, a, partner[b]!)) out.push([a, b]);
  });
  return out;
}

/** Calls `visit(owner, target)` for every list entry, owners ascending and targets ascending. */
function forEachPair(lists: PreferenceLists, visit: (owner: number, target: number) => void): void {
  const row: number[] = [];
  for (let i = 0; i < lists.count; i++) {
    row.length = 0;
    for (let p = lists.offsets[i]!; p < lists.offsets[i + 1]!; p++) row.push(lists.entries[p]!);
    row.sort((x, y) => x - y);
    for (const j of row) visit(i, j);
  }
}

/** True if `owner` (matched to `current`, -1 for nobody) prefers `other`; `other` must be listed. */
function prefers(lists: PreferenceLists, owner: number, other: number, current: number): boolean {
  return current < 0 || lists.rank(owner, other) < lists.rank(owner, current);
}

function checkLength(partner: ArrayLike<number>, n: number, path: FieldPath): void {
  if (partner === null || typeof partner !== 'object' || partner.length !== n) {
    throw new InvalidArgumentError(`expected ${n} entries`, path);
  }
}

function readPartner(partner: ArrayLike<number>, i: number, range: number, path: FieldPath): number {
  const x = partner[i]!;
  if (!Number.isInteger(x) || x < -1 || x >= range) {
    throw new InvalidArgumentError(`partner ${x} is out of range [-1, ${range})`, path);
  }
  return x;
}
