import { InvalidArgumentError } from '../core/errors.js';

/** Weights of the soft constraints; every soft penalty is weight × amount (units per field). */
export interface SchedulingWeights {
  /** Per missing volunteer on a required seat, multiplied by (slot priority + 1). */
  readonly understaffing: number;
  /** Per volunteer above a slot's required head count. */
  readonly overstaffing: number;
  /** Per assignment overlapping one of the volunteer's undesired times. */
  readonly undesiredTime: number;
  /** Per assignment at one of the volunteer's undesired places. */
  readonly undesiredPlace: number;
  /** Per assignment outside the volunteer's preferred times (only if the volunteer has some). */
  readonly preferredTimeMissed: number;
  /** Per assignment outside the volunteer's preferred places (only if the volunteer has some). */
  readonly preferredPlaceMissed: number;
  /** Per hour between a volunteer's minutes and their target. */
  readonly fairnessPerHour: number;
  /** Per distinct volunteer serving a series of recurring slots. */
  readonly continuity: number;
  /** Per assignment outside the volunteer's home district. */
  readonly travel: number;
  /** Per hour below a volunteer's minTotalMinutes. */
  readonly minTotalPerHour: number;
  /** Per day a working run is shorter than minConsecutiveDays. */
  readonly shortRun: number;
  /** Per day a break between runs is shorter than minConsecutiveDaysOff. */
  readonly shortBreak: number;
}

/** Hard rules that apply to every volunteer unless the volunteer's own field overrides them. */
export interface SchedulingRules {
  /** Minutes needed between two slots in the same district but at different venues. */
  readonly travelBufferSameDistrict: number;
  /** Minutes needed between two slots in different districts. */
  readonly travelBufferOtherDistrict: number;
  /** Least rest in minutes between shifts on different days (0 = no rule). */
  readonly minRestMinutes: number;
  /** Most consecutive working days. */
  readonly maxConsecutiveDays: number;
  /** Most shifts on one day (Infinity = no rule). */
  readonly maxShiftsPerDay: number;
  /** Pairs of shift types [earlier, later] that must not fall on consecutive days (a late then an early). */
  readonly forbiddenSuccessions: readonly (readonly [string, string])[];
}

/** Default soft weights: an empty seat always costs more than any preference or travel penalty. */
export const DEFAULT_WEIGHTS: SchedulingWeights = {
  understaffing: 100,
  overstaffing: 20,
  undesiredTime: 10,
  undesiredPlace: 10,
  preferredTimeMissed: 3,
  preferredPlaceMissed: 3,
  fairnessPerHour: 2,
  continuity: 5,
  travel: 2,
  minTotalPerHour: 5,
  shortRun: 5,
  shortBreak: 5,
};

/** Default hard rules. */
export const DEFAULT_RULES: SchedulingRules = {
  travelBufferSameDistrict: 15,
  travelBufferOtherDistrict: 30,
  minRestMinutes: 0,
  maxConsecutiveDays: 6,
  maxShiftsPerDay: Number.POSITIVE_INFINITY,
  forbiddenSuccessions: [],
};

/** Merges partial weights over the defaults; throws InvalidArgumentError on negative or non-finite ones. */
export function resolveWeights(partial: Partial<SchedulingWeights> = {}): SchedulingWeights {
  const out = { ...DEFAULT_WEIGHTS, ...partial };
  for (const [key, value] of Object.entries(out)) {
    if (!Number.isFinite(value) || value < 0)
      throw new InvalidArgumentError('expected a finite non-negative weight', ['weights', key]);
  }
  return out;
}

/** Merges partial rules over the defaults; throws InvalidArgumentError on malformed ones. */
export function resolveRules(partial: Partial<SchedulingRules> = {}): SchedulingRules {
  const out = { ...DEFAULT_RULES, ...partial };
  for (const key of [
    'travelBufferSameDistrict',
    'travelBufferOtherDistrict',
    'minRestMinutes',
    'maxConsecutiveDays',
    'maxShiftsPerDay',
  ] as const) {
    const value = out[key];
    if (Number.isNaN(value) || value < 0)
      throw new InvalidArgumentError('expected a non-negative number', ['rules', key]);
  }
  if (out.maxConsecutiveDays < 1)
    throw new InvalidArgumentError('expected at least 1', ['rules', 'maxConsecutiveDays']);
  return out;
}
