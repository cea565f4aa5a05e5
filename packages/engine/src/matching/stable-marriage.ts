import type { SolveOptions } from '../core/solve-options.js';
import { proposeToCapacitatedReceivers } from './deferred-acceptance.js';
import { mutualLists, ownerCount, type PreferenceInput, readPreferenceLists } from './preference-lists.js';

/**
 * A stable marriage instance with incomplete lists: `left[i]` lists right-side indices that i
 * accepts, most preferred first; `right[j]` lists left-side indices. Lists are strict (no ties).
 * A pair is acceptable only if each lists the other; one-sided entries are ignored.
 */
export interface StableMarriageProblem {
  readonly left: PreferenceInput;
  readonly right: PreferenceInput;
}

/** Options of solveStableMarriage. */
export interface StableMarriageOptions extends SolveOptions {
  /** Which side proposes, and so gets its optimal stable matching. Default 'left'. */
  readonly proposing?: 'left' | 'right';
}

/** The stable matching optimal for the proposing side (and pessimal for the other). */
export interface StableMarriageResult {
  readonly code: 'stable';
  /** Right partner of each left index, -1 if unmatched. */
  readonly leftPartner: Int32Array;
  /** Left partner of each right index, -1 if unmatched. */
  readonly rightPartner: Int32Array;
  /** The side whose optimal stable matching this is. */
  readonly optimalFor: 'left' | 'right';
  /** Proposals made by the proposing side. */
  readonly proposals: number;
}

/**
 * Gale–Shapley deferred acceptance with incomplete strict lists, O(total list length): returns
 * the proposer-optimal stable matching. The result does not depend on the order in which free
 * proposers move, so it is unique for the input. Ties are not supported (break them beforehand).
 * Throws InvalidArgumentError for out-of-range, non-integer or repeated list entries.
 */
export function solveStableMarriage(
  problem: StableMarriageProblem,
  options?: StableMarriageOptions,
): StableMarriageResult {
  const leftCount = ownerCount(problem.left);
  const rightCount = ownerCount(problem.right);
  const left = readPreferenceLists(problem.left, rightCount, ['left']);
  const right = readPreferenceLists(problem.right, leftCount, ['right']);
  const leftMutual = mutualLists(left, right);
  const rightMutual = mutualLists(right, left);
  const proposing = options?.proposing ?? 'left';
  const [proposers, receivers] = proposing === 'left' ? [leftMutual, rightMutual] : [rightMutual, leftMutual];
  const run = proposeToCapacitatedReceivers(
    proposers,
    receivers,
    new Int32Array(receivers.count).fill(1),
    options,
    'stable-marriage',
  );
  const proposerPartner = run.proposerPartner;
  const receiverPartner = new Int32Array(receivers.count).fill(-1);
  for (let p = 0; p < proposerPartner.length; p++) {
    const r = proposerPartner[p]!;
    if (r >= 0) receiverPartner[r] = p;
  }
  return proposing === 'left'
    ? {
        code: 'stable',
        leftPartner: proposerPartner,
        rightPartner: receiverPartner,
        optimalFor: 'left',
        proposals: run.proposals,
      }
    : {
        code: 'stable',
        leftPartner: receiverPartner,
        rightPartner: proposerPartner,
        optimalFor: 'right',
        proposals: run.proposals,
      };
}
