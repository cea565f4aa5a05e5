import type { SolveOptions } from '../core/solve-options.js';
import { proposeFromCapacitatedProposers, proposeToCapacitatedReceivers } from './deferred-acceptance.js';
import {
  mutualLists,
  ownerCount,
  type PreferenceInput,
  type PreferenceLists,
  readCapacities,
  readPreferenceLists,
} from './preference-lists.js';

/**
 * A hospital/residents instance (e.g. children and camp sessions): `residents[r]` lists hospital
 * indices r accepts, `hospitals[h]` lists resident indices, most preferred first, strict and
 * possibly incomplete. A pair is acceptable only if each lists the other. Hospital h takes at
 * most `capacities[h]` residents (one number applies to all).
 */
export interface HospitalResidentsProblem {
  readonly residents: PreferenceInput;
  readonly hospitals: PreferenceInput;
  readonly capacities: number | ArrayLike<number>;
}

/** Options of solveHospitalResidents. */
export interface HospitalResidentsOptions extends SolveOptions {
  /** Which side proposes, and so gets its optimal stable matching. Default 'residents'. */
  readonly proposing?: 'residents' | 'hospitals';
}

/** The stable matching optimal for the proposing side. */
export interface HospitalResidentsResult {
  readonly code: 'stable';
  /** Hospital of each resident, -1 if unassigned. */
  readonly residentHospital: Int32Array;
  /** Hospital h's residents are hospitalResidents[hospitalOffsets[h] .. hospitalOffsets[h+1]). */
  readonly hospitalOffsets: Int32Array;
  /** Residents of each hospital in that hospital's order of preference. */
  readonly hospitalResidents: Int32Array;
  /** Unassigned residents, ascending. */
  readonly unassigned: Int32Array;
  /** The side whose optimal stable matching this is. */
  readonly optimalFor: 'residents' | 'hospitals';
  /** Proposals made by the proposing side. */
  readonly proposals: number;
}

/**
 * Stable hospital/residents matching by deferred acceptance, O(total list length). Resident-
 * proposing gives the resident-optimal stable matching, hospital-proposing the hospital-optimal
 * one; both are unique for the input. Throws InvalidArgumentError for malformed lists or
 * negative / non-integer capacities.
 */
export function solveHospitalResidents(
  problem: HospitalResidentsProblem,
  options?: HospitalResidentsOptions,
): HospitalResidentsResult {
  const residentCount = ownerCount(problem.residents);
  const hospitalCount = ownerCount(problem.hospitals);
  const residentLists = readPreferenceLists(problem.residents, hospitalCount, ['residents']);
  const hospitalLists = readPreferenceLists(problem.hospitals, residentCount, ['hospitals']);
  const capacities = readCapacities(problem.capacities, hospitalCount, ['capacities']);
  const residents = mutualLists(residentLists, hospitalLists);
  const hospitals = mutualLists(hospitalLists, residentLists);
  const proposing = options?.proposing ?? 'residents';
  let residentHospital: Int32Array;
  let proposals: number;
  if (proposing === 'residents') {
    const run = proposeToCapacitatedReceivers(
      residents,
      hospitals,
      capacities,
      options,
      'hospital-residents',
    );
    residentHospital = run.proposerPartner;
    proposals = run.proposals;
  } else {
    const run = proposeFromCapacitatedProposers(
      hospitals,
      residents,
      capacities,
      options,
      'hospital-residents',
    );
    residentHospital = run.receiverPartner;
    proposals = run.proposals;
  }
  return {
    code: 'stable',
    residentHospital,
    ...groupByHospital(residentHospital, hospitals),
    optimalFor: proposing,
    proposals,
  };
}

function groupByHospital(
  residentHospital: Int32Array,
  hospitals: PreferenceLists,
): { hospitalOffsets: Int32Array; hospitalResidents: Int32Array; unassigned: Int32Array } {
  const hospitalOffsets = new Int32Array(hospitals.count + 1);
  let assigned = 0;
  for (let r = 0; r < residentHospital.length; r++) if (residentHospital[r]! >= 0) assigned++;
  const hospitalResidents = new Int32Array(assigned);
  let out = 0;
  for (let h = 0; h < hospitals.count; h++) {
    for (let p = hospitals.offsets[h]!; p < hospitals.offsets[h + 1]!; p++) {
      const r = hospitals.entries[p]!;
      if (residentHospital[r] === h) hospitalResidents[out++] = r;
    }
    hospitalOffsets[h + 1] = out;
  }
  const unassigned = new Int32Array(residentHospital.length - assigned);
  let u = 0;
  for (let r = 0; r < residentHospital.length; r++) if (residentHospital[r]! < 0) unassigned[u++] = r;
  return { hospitalOffsets, hospitalResidents, unassigned };
}
