import type { FieldPath, InputIssue } from '../core/errors.js';
import { DISTRICTS } from '../model/districts.js';
import { EDUCATION_LEVELS } from '../model/education.js';
import {
  DRINKING_VALUES,
  MARITAL_HISTORY_VALUES,
  SMOKING_VALUES,
  WANTS_CHILDREN_VALUES,
} from '../model/lifestyle.js';
import { OCCUPATION_KINDS } from '../model/occupations.js';

// Lookup tables of the encoding and the collector of validation issues it reports.

/**
 * Bit offsets of the one-hot word: occupation kinds at 0–15, then three bits each for smoking,
 * drinking, marital history and wanting children. A member misses a set criterion exactly when
 * `onehot[b] & ~prefAccept[a]` has a bit in that criterion's field.
 */
export const ONEHOT_SHIFT = { occupation: 0, smoking: 16, drinking: 19, marital: 22, children: 25 } as const;

const indexOf = <T extends string>(values: readonly T[]): ReadonlyMap<string, number> =>
  new Map(values.map((v, i) => [v as string, i]));

/** Catalogue position of each value. */
export const DISTRICT_INDEX: ReadonlyMap<string, number> = new Map(DISTRICTS.map((d, i) => [d.code, i]));
export const EDUCATION_INDEX = indexOf(EDUCATION_LEVELS);
export const OCCUPATION_INDEX = indexOf(OCCUPATION_KINDS);
export const SMOKING_INDEX = indexOf(SMOKING_VALUES);
export const DRINKING_INDEX = indexOf(DRINKING_VALUES);
export const MARITAL_INDEX = indexOf(MARITAL_HISTORY_VALUES);
export const CHILDREN_INDEX = indexOf(WANTS_CHILDREN_VALUES);

/** An absent range bound: no value reaches it. */
export const NO_LIMIT = 0x7fff;

/** Collects issues for the member being encoded (paths `members[i]…`). */
export class IssueSink {
  readonly issues: InputIssue[] = [];
  member = 0;

  /** Records a problem with a field of the current member. */
  add(path: FieldPath, message: string): void {
    this.issues.push({ path: ['members', this.member, ...path], message });
  }

  /** The position of `value` in `map`, or 0 after recording an unknown-value issue at `field`. */
  lookup(map: ReadonlyMap<string, number>, value: string, field: string, what: string): number {
    const v = map.get(value);
    if (v === undefined) this.add([field], `unknown ${what} ${JSON.stringify(value)}`);
    return v ?? 0;
  }
}
