import { InvalidArgumentError } from '../core/errors.js';
import { type IsoDate, isIsoDate } from '../model/dates.js';
import type { PoolRegion } from './pool-catalogues.js';

/** How to generate a pool. `men + women` must equal `size`. */
export interface PoolSpec {
  readonly size: number;
  readonly men: number;
  readonly women: number;
  readonly seed: number;
  /** Date ages, join dates and history are relative to. Default `2026-11-01`. */
  readonly referenceDate?: IsoDate;
  /** Where members live. Default `xihu`. */
  readonly region?: PoolRegion;
  /** Share of men with 1–5 past introductions (women get theirs from those). Default 0.2. */
  readonly historyRate?: number;
}

/** A PoolSpec with every default filled in. */
export type ResolvedPoolSpec = Required<PoolSpec>;

/** Names of the preset pools. */
export type PoolPresetName = 'xihu' | 'xiaoying' | 'city' | 'province';

/** Default reference date of generated data. */
export const DEFAULT_REFERENCE_DATE: IsoDate = '2026-11-01';

/**
 * Preset pools: the Xihu centre (5,000: 1,700 men, 3,300 women), the Xiaoying station (10,000),
 * a city (100,000) and a province (1,000,000).
 */
export const POOL_PRESETS: Readonly<Record<PoolPresetName, ResolvedPoolSpec>> = {
  xihu: {
    size: 5000,
    men: 1700,
    women: 3300,
    seed: 1,
    referenceDate: DEFAULT_REFERENCE_DATE,
    region: 'xihu',
    historyRate: 0.2,
  },
  xiaoying: {
    size: 10_000,
    men: 3400,
    women: 6600,
    seed: 2,
    referenceDate: DEFAULT_REFERENCE_DATE,
    region: 'xiaoying',
    historyRate: 0.2,
  },
  city: {
    size: 100_000,
    men: 40_000,
    women: 60_000,
    seed: 3,
    referenceDate: DEFAULT_REFERENCE_DATE,
    region: 'city',
    historyRate: 0.2,
  },
  province: {
    size: 1_000_000,
    men: 420_000,
    women: 580_000,
    seed: 4,
    referenceDate: DEFAULT_REFERENCE_DATE,
    region: 'province',
    historyRate: 0.2,
  },
};

/** Fills in defaults and checks a spec (or looks up a preset); throws InvalidArgumentError naming the field. */
export function resolvePoolSpec(spec: PoolPresetName | PoolSpec): ResolvedPoolSpec {
  if (typeof spec === 'string') {
    const preset = Object.hasOwn(POOL_PRESETS, spec) ? POOL_PRESETS[spec] : undefined;
    if (preset === undefined)
      throw new InvalidArgumentError(`unknown pool preset ${JSON.stringify(spec)}`, ['preset']);
    return preset;
  }
  for (const key of ['size', 'men', 'women'] as const) {
    const v = spec[key];
    if (!Number.isInteger(v) || v < 0)
      throw new InvalidArgumentError('expected a non-negative integer', [key]);
  }
  if (spec.men + spec.women !== spec.size)
    throw new InvalidArgumentError('men + women must equal size', ['size']);
  if (!Number.isInteger(spec.seed)) throw new InvalidArgumentError('expected an integer seed', ['seed']);
  const referenceDate = spec.referenceDate ?? DEFAULT_REFERENCE_DATE;
  if (!isIsoDate(referenceDate)) throw new InvalidArgumentError('expected YYYY-MM-DD', ['referenceDate']);
  const historyRate = spec.historyRate ?? 0.2;
  if (!(historyRate >= 0 && historyRate <= 1))
    throw new InvalidArgumentError('expected a share in [0, 1]', ['historyRate']);
  const region = spec.region ?? 'xihu';
  if (!['xihu', 'xiaoying', 'city', 'province'].includes(region))
    throw new InvalidArgumentError(`unknown region ${JSON.stringify(region)}`, ['region']);
  return {
    size: spec.size,
    men: spec.men,
    women: spec.women,
    seed: spec.seed,
    referenceDate,
    region,
    historyRate,
  };
}

/** True if member `index` of a resolved spec is a man: men are spread evenly through the indices. */
export function isManAt(spec: ResolvedPoolSpec, index: number): boolean {
  return Math.floor(((index + 1) * spec.men) / spec.size) > Math.floor((index * spec.men) / spec.size);
}

/** The id of member `index`: `m` and the 1-based number, zero-padded to at least five digits. */
export function memberIdAt(spec: ResolvedPoolSpec, index: number): string {
  return `m${String(index + 1).padStart(Math.max(5, String(spec.size).length), '0')}`;
}
