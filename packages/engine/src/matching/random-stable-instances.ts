// Seeded random instances for the stable-matching and blossom tests (not exported from index.ts).
import { Rng } from '../core/rng.js';

/** Sizes and density of a random instance; `seed` drives everything else. */
export interface RandomInstanceSpec {
  readonly seed: number;
  /** Probability that an owner lists a given target (1 = complete lists). */
  readonly density: number;
}

/** For each of `owners`, a random subset of `targets` (each kept with probability `density`) in random order. */
export function randomLists(
  rng: Rng,
  owners: number,
  targets: number,
  density: number,
  noSelf = false,
): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < owners; i++) {
    const list: number[] = [];
    for (let j = 0; j < targets; j++) if (!(noSelf && i === j) && rng.chance(density)) list.push(j);
    out.push(rng.shuffle(list));
  }
  return out;
}

/** A random marriage instance: lists may be one-sided (asymmetric acceptability). */
export function randomMarriage(
  spec: RandomInstanceSpec & { readonly leftCount: number; readonly rightCount: number },
): { left: number[][]; right: number[][] } {
  const rng = new Rng(spec.seed);
  return {
    left: randomLists(rng, spec.leftCount, spec.rightCount, spec.density),
    right: randomLists(rng, spec.rightCount, spec.leftCount, spec.density),
  };
}

/** A random hospital/residents instance with capacities in [0, maxCapacity]. */
export function randomHospitalResidents(
  spec: RandomInstanceSpec & {
    readonly residentCount: number;
    readonly hospitalCount: number;
    readonly maxCapacity: number;
  },
): { residents: number[][]; hospitals: number[][]; capacities: number[] } {
  const rng = new Rng(spec.seed);
  const residents = randomLists(rng, spec.residentCount, spec.hospitalCount, spec.density);
  const hospitals = randomLists(rng, spec.hospitalCount, spec.residentCount, spec.density);
  const capacities = hospitals.map(() => rng.int(0, spec.maxCapacity));
  return { residents, hospitals, capacities };
}

/** A random roommates instance over `count` people. */
export function randomRoommates(spec: RandomInstanceSpec & { readonly count: number }): number[][] {
  return randomLists(new Rng(spec.seed), spec.count, spec.count, spec.density, true);
}

/**
 * A random general graph: each pair is an edge with probability `density` (and, with `parallel`,
 * sometimes twice); weights are integers in [minWeight, maxWeight], or uniform floats there.
 */
export function randomGraph(
  spec: RandomInstanceSpec & {
    readonly n: number;
    readonly minWeight: number;
    readonly maxWeight: number;
    readonly integer: boolean;
    readonly parallel?: boolean;
  },
): { n: number; edges: Int32Array; weights: Float64Array } {
  const rng = new Rng(spec.seed);
  const edges: number[] = [];
  const weights: number[] = [];
  const draw = (): number =>
    spec.integer
      ? rng.int(spec.minWeight, spec.maxWeight)
      : spec.minWeight + rng.next() * (spec.maxWeight - spec.minWeight);
  for (let u = 0; u < spec.n; u++) {
    for (let v = u + 1; v < spec.n; v++) {
      if (!rng.chance(spec.density)) continue;
      const copies = spec.parallel === true && rng.chance(0.2) ? 2 : 1;
      for (let c = 0; c < copies; c++) {
        if (rng.chance(0.5)) edges.push(u, v);
        else edges.push(v, u);
        weights.push(draw());
      }
    }
  }
  return { n: spec.n, edges: Int32Array.from(edges), weights: Float64Array.from(weights) };
}
