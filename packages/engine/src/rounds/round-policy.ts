import { z } from 'zod';
import { isoDateSchema } from '../model/dates.js';
import { countSchema } from '../model/id.js';
import { parseWith } from '../model/parse.js';

/** zod schema of the fairness settings: how a member's priority grows while they wait. */
export const fairnessSchema = z.strictObject({
  /** Percent added to a pair's weight per round each side has waited (0 = no fairness weighting). */
  growthPercent: z.number().int().min(0).max(1000).default(25),
  /** Waits beyond this many rounds stop adding priority (keeps weights bounded). */
  waitCap: z.number().int().min(0).max(520).default(104),
});

/**
 * zod schema of a round's policy (validated at the boundary; the server reuses it). Defaults:
 * one introduction per member per round, mutual score ≥ 5000 of 10000, no monthly cap, no cap on
 * the round's total, fairness growth 25 % per waited round (up to 104 rounds: longer than any wait a weekly cap makes, so the longest-waiting stay first), exact optimal mode.
 */
export const roundPolicySchema = z
  .strictObject({
    /** Date of the round: ages are taken on it and the monthly cap counts its calendar month. */
    date: isoDateSchema,
    /** At most this many introductions per man / per woman in this round. */
    perMan: countSchema.max(50).default(1),
    perWoman: countSchema.max(50).default(1),
    /** Minimum mutual score (0..10000) of an introduction. */
    minScore: z.number().int().min(0).max(10_000).default(5000),
    /** At most this many introductions per member in a calendar month, this round included. */
    monthlyCap: countSchema.max(1000).optional(),
    /** At most this many introductions in the round (the staff's meeting capacity). */
    maxIntroductions: countSchema.optional(),
    fairness: fairnessSchema.default({ growthPercent: 25, waitCap: 104 }),
    /** 'optimal': exact max priority-weighted b-matching; 'stable': men-proposing stable matching. */
    mode: z.enum(['optimal', 'stable']).default('optimal'),
    /**
     * Candidates kept per member before solving (top K by score). 20 by default: on the xihu and
     * city pools the round's optimum is the same for every K from 10 to 60, and each halving of K
     * halves the graph the solver works on.
     */
    candidatesPerMember: z.number().int().min(1).max(500).default(20),
    /** Seed of any tie-breaking. */
    seed: z.number().int().default(1),
  })
  .superRefine((p, ctx) => {
    if (p.mode === 'stable' && p.perMan > 1 && p.perWoman > 1)
      ctx.addIssue({
        code: 'custom',
        message: 'stable mode needs one side limited to 1 introduction per round',
        path: ['perWoman'],
      });
  });

/** A validated round policy, defaults filled in. */
export type RoundPolicy = z.output<typeof roundPolicySchema>;
/** A round policy as callers write it (defaults may be left out). */
export type RoundPolicyInput = z.input<typeof roundPolicySchema>;
/** Fairness settings of a policy. */
export type FairnessPolicy = RoundPolicy['fairness'];

/** Validates a round policy and fills in defaults; throws ValidationError naming the field. */
export function parseRoundPolicy(input: unknown): RoundPolicy {
  return parseWith(roundPolicySchema, input, { single: 'round policy' });
}
