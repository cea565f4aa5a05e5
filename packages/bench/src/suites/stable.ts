// Stable matchings: Gale–Shapley on complete and incomplete lists, hospital/residents with
// capacities, and stable roommates (Irving). No npm peer is worth measuring here, so these are
// the engine's own scale curves; correctness is tested in the engine.
import {
  Rng,
  type StableMarriageResult,
  solveHospitalResidents,
  solveStableMarriage,
  solveStableRoommates,
} from '@redthread/engine';
import { completeLists, incompleteTwoSided, type PreferenceCsrInstance } from '../instances/preferences.js';
import { defineCase, type Prepared, type Solver, type Suite } from '../suite.js';

interface TwoSided {
  readonly left: PreferenceCsrInstance;
  readonly right: PreferenceCsrInstance;
}

interface HospitalInstance {
  readonly residents: PreferenceCsrInstance;
  readonly hospitals: PreferenceCsrInstance;
  readonly capacity: number;
}

/** Lists per resident and residents per hospital place in the hospital/residents case. */
const HR_LIST = 10;
const RESIDENTS_PER_HOSPITAL = 50;
const HR_CAPACITY = 60;

function matchedPairs(partner: Int32Array): number {
  let k = 0;
  for (const p of partner) if (p >= 0) k++;
  return k;
}

/** Mean rank (0 = first choice) of the proposers' partners: how well the proposing side did. */
function meanProposerRank(lists: PreferenceCsrInstance, partner: Int32Array): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < partner.length; i++) {
    const p = partner[i]!;
    if (p < 0) continue;
    for (let k = lists.offsets[i]!; k < lists.offsets[i + 1]!; k++) {
      if (lists.entries[k] === p) {
        sum += k - lists.offsets[i]!;
        count++;
        break;
      }
    }
  }
  return count === 0 ? 0 : sum / count;
}

const marriageEngine: Solver<TwoSided> = {
  name: 'engine',
  role: 'engine',
  exact: true,
  kind: 'in-process',
  prepare(inst): Prepared {
    let r: StableMarriageResult | undefined;
    return {
      run: () => {
        r = solveStableMarriage({ left: inst.left, right: inst.right });
      },
      objective: () => matchedPairs(r!.leftPartner),
      note: () =>
        `${r!.proposals} proposals; mean proposer rank ${meanProposerRank(inst.left, r!.leftPartner).toFixed(2)}`,
    };
  },
};

const hospitalsEngine: Solver<HospitalInstance> = {
  name: 'engine',
  role: 'engine',
  exact: true,
  kind: 'in-process',
  prepare(inst): Prepared {
    let assigned = 0;
    let proposals = 0;
    return {
      run: () => {
        const r = solveHospitalResidents({
          residents: inst.residents,
          hospitals: inst.hospitals,
          capacities: inst.capacity,
        });
        assigned = r.residentHospital.length - r.unassigned.length;
        proposals = r.proposals;
      },
      objective: () => assigned,
      note: () => `${proposals} proposals`,
    };
  },
};

const roommatesEngine: Solver<PreferenceCsrInstance> = {
  name: 'engine',
  role: 'engine',
  exact: true,
  kind: 'in-process',
  prepare(inst): Prepared {
    let pairs = 0;
    let note = '';
    return {
      run: () => {
        const r = solveStableRoommates({ preferences: inst });
        pairs = r.code === 'stable' ? matchedPairs(r.partner) / 2 : 0;
        note =
          r.code === 'stable'
            ? `stable; ${r.rotations} rotations eliminated`
            : `no stable matching (person ${r.person}); ${r.rotations} rotations eliminated`;
      },
      objective: () => pairs,
      note: () => note,
    };
  },
};

export const stableSuite: Suite = {
  name: 'stable',
  description:
    'Stable matchings: Gale–Shapley (men propose), hospital/residents and stable roommates. Engine only (no npm peer); objective = matched pairs.',
  cases: [
    defineCase<TwoSided>({
      name: 'marriage-complete',
      description: 'n men × n women, each ranking all of the other side in uniformly random order.',
      sizes: [1000, 5000],
      quickSizes: [30],
      generate: (n, seed) => {
        const rng = new Rng(seed);
        return { left: completeLists(rng, n, n), right: completeLists(rng, n, n) };
      },
      solvers: [marriageEngine],
    }),
    defineCase<TwoSided>({
      name: 'marriage-incomplete',
      description:
        'n men × n women; each man lists 50 random women, each woman lists exactly the men who listed her; random orders.',
      sizes: [1000, 10_000, 100_000, 1_000_000],
      quickSizes: [200],
      generate: (n, seed) => incompleteTwoSided(new Rng(seed), n, n, 50),
      solvers: [marriageEngine],
    }),
    defineCase<HospitalInstance>({
      name: 'hospital-residents',
      description: `n residents (children) × n/${RESIDENTS_PER_HOSPITAL} hospitals (camp groups) of capacity ${HR_CAPACITY}; each resident lists ${HR_LIST} random hospitals, hospitals rank their applicants randomly.`,
      sizes: [1000, 10_000, 100_000],
      quickSizes: [200],
      generate: (n, seed) => {
        const hospitals = Math.max(1, Math.round(n / RESIDENTS_PER_HOSPITAL));
        const lists = incompleteTwoSided(new Rng(seed), n, hospitals, HR_LIST);
        return { residents: lists.left, hospitals: lists.right, capacity: HR_CAPACITY };
      },
      solvers: [hospitalsEngine],
    }),
    defineCase<PreferenceCsrInstance>({
      name: 'roommates-complete',
      description:
        'n people, each ranking all n−1 others in uniformly random order (a stable matching may not exist).',
      sizes: [500, 1000, 2000],
      quickSizes: [30],
      generate: (n, seed) => completeLists(new Rng(seed), n, n, true),
      solvers: [roommatesEngine],
    }),
  ],
};
