import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AbortedError, InvalidArgumentError } from '../core/errors.js';
import { blockingPairs } from './blocking-pairs.js';
import { allStableHospitalResidents } from './brute-force-stable.js';
import { solveHospitalResidents } from './hospital-residents.js';
import { randomHospitalResidents } from './random-stable-instances.js';

const smallInstance = fc
  .record({
    seed: fc.integer(),
    residentCount: fc.integer({ min: 0, max: 8 }),
    hospitalCount: fc.integer({ min: 0, max: 4 }),
    maxCapacity: fc.integer({ min: 0, max: 3 }),
    density: fc.constantFrom(0.4, 0.7, 1),
  })
  .map(randomHospitalResidents);

const rankIn = (list: readonly number[], x: number): number =>
  x < 0 ? Number.POSITIVE_INFINITY : list.indexOf(x);

describe('solveHospitalResidents', () => {
  it('is stable and resident-optimal / hospital-optimal against brute force', () => {
    fc.assert(
      fc.property(
        smallInstance,
        fc.constantFrom('residents' as const, 'hospitals' as const),
        (p, proposing) => {
          const r = solveHospitalResidents(p, { proposing });
          expect(r.optimalFor).toBe(proposing);
          expect(
            blockingPairs({ kind: 'hospital-residents', problem: p, residentHospital: r.residentHospital }),
          ).toEqual([]);
          const all = allStableHospitalResidents(p.residents, p.hospitals, p.capacities);
          expect(all.map((m) => Array.from(m))).toContainEqual(Array.from(r.residentHospital));
          for (const m of all) {
            m.forEach((h, res) => {
              const mine = rankIn(p.residents[res]!, r.residentHospital[res]!);
              const other = rankIn(p.residents[res]!, h);
              // Resident-optimal when residents propose; resident-pessimal (= hospital-optimal) otherwise.
              if (proposing === 'residents') expect(mine).toBeLessThanOrEqual(other);
              else expect(mine).toBeGreaterThanOrEqual(other);
            });
          }
          // The grouped view agrees with residentHospital, in each hospital's order of preference.
          for (let h = 0; h < p.hospitals.length; h++) {
            const group = Array.from(
              r.hospitalResidents.subarray(r.hospitalOffsets[h], r.hospitalOffsets[h + 1]),
            );
            const expected = p.hospitals[h]!.filter((res) => r.residentHospital[res] === h);
            expect(group).toEqual(expected);
            expect(group.length).toBeLessThanOrEqual(p.capacities[h]!);
          }
          const unassigned = Array.from(r.residentHospital.keys()).filter(
            (res) => r.residentHospital[res] === -1,
          );
          expect(Array.from(r.unassigned)).toEqual(unassigned);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('solves the 11-resident, 5-hospital example of Gusfield & Irving (1989, §1.6.5)', () => {
    // Transcribed (0-based) from QuantEcon's Games.jl deferred-acceptance tests
    // (test/test_deferred_acceptance.jl, "From Gusfield and Irving (1989, Section 1.6.5)"); lists
    // stop where "unmatched" stands, later entries being unacceptable. That suite records the
    // resident-optimal matching and notes that the matching the book calls hospital-optimal is
    // not; its corrected hospital-optimal matching is the one expected below.
    const residents = [
      [2, 0, 4, 3],
      [0, 2, 3, 1, 4],
      [3, 4, 2, 0, 1],
      [2, 3, 0, 4],
      [0, 3, 1],
      [3, 2, 1, 0, 4],
      [1, 4, 0, 2],
      [0, 2, 1, 4, 3],
      [3, 0, 4],
      [2, 0, 4, 1, 3],
      [4, 3, 0, 2, 1],
    ];
    const hospitals = [
      [2, 6, 8, 10, 4, 3, 9, 7, 5, 0, 1],
      [4, 6, 9, 5, 7, 1, 2, 10],
      [10, 5, 7, 2, 1, 3, 6, 0, 9],
      [9, 0, 1, 10, 3, 8, 4, 2, 5, 7],
      [1, 3, 9, 6, 5, 0, 7, 2, 10, 8],
    ];
    const p = { residents, hospitals, capacities: [4, 1, 3, 2, 1] };
    const residentOptimal = [2, 0, 3, 2, 0, 2, 1, 0, 3, 0, 4];
    const hospitalOptimal = [3, 4, 2, 0, 0, 2, 1, 2, 0, 3, 0];
    const byResidents = solveHospitalResidents(p);
    expect(Array.from(byResidents.residentHospital)).toEqual(residentOptimal);
    expect(Array.from(byResidents.hospitalOffsets)).toEqual([0, 4, 5, 8, 10, 11]);
    expect(Array.from(byResidents.hospitalResidents.subarray(0, 4))).toEqual([4, 9, 7, 1]);
    const byHospitals = solveHospitalResidents(p, { proposing: 'hospitals' });
    expect(Array.from(byHospitals.residentHospital)).toEqual(hospitalOptimal);
    expect(Array.from(byHospitals.unassigned)).toEqual([]);
    const all = allStableHospitalResidents(residents, hospitals, p.capacities).map((m) => Array.from(m));
    expect(all).toContainEqual(residentOptimal);
    expect(all).toContainEqual(hospitalOptimal);
    // The book's matching is stable too, but hospital 4 gets resident 9 there instead of its first choice 1.
    expect(all).toContainEqual([3, 3, 2, 0, 0, 2, 1, 2, 0, 4, 0]);
  });

  it('treats zero capacity as closed and one number as every capacity', () => {
    const r = solveHospitalResidents({
      residents: [[0, 1], [0]],
      hospitals: [[1, 0], [0]],
      capacities: [0, 1],
    });
    expect(Array.from(r.residentHospital)).toEqual([1, -1]);
    expect(Array.from(r.unassigned)).toEqual([1]);
    const all = solveHospitalResidents({ residents: [[0], [0], [0]], hospitals: [[2, 0, 1]], capacities: 2 });
    expect(Array.from(all.hospitalResidents)).toEqual([2, 0]);
    expect(Array.from(all.unassigned)).toEqual([1]);
  });

  it('rejects negative, fractional or missing capacities and bad lists, with paths', () => {
    const path = (p: unknown): unknown => {
      try {
        solveHospitalResidents(p as never);
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidArgumentError);
        return (e as InvalidArgumentError).path;
      }
      throw new Error('expected InvalidArgumentError');
    };
    expect(path({ residents: [[0]], hospitals: [[0]], capacities: [-1] })).toEqual(['capacities', 0]);
    expect(path({ residents: [[0]], hospitals: [[0]], capacities: 1.5 })).toEqual(['capacities']);
    expect(path({ residents: [[0]], hospitals: [[0]], capacities: [] })).toEqual(['capacities']);
    expect(path({ residents: [[1]], hospitals: [[0]], capacities: 1 })).toEqual(['residents', 0, 0]);
    expect(path({ residents: [[0]], hospitals: [[0, 0]], capacities: 1 })).toEqual(['hospitals', 0, 1]);
  });

  it('checks the abort signal in both directions', () => {
    const n = 300;
    const order = Array.from({ length: n }, (_, j) => j);
    const p = {
      residents: Array.from({ length: n }, () => order),
      hospitals: Array.from({ length: n }, () => order),
      capacities: 1,
    };
    for (const proposing of ['residents', 'hospitals'] as const) {
      expect(() => solveHospitalResidents(p, { proposing, signal: { aborted: true } })).toThrow(AbortedError);
    }
  });
});
