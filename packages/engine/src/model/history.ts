import { z } from 'zod';
import { type IsoDate, isoDateSchema } from './dates.js';
import { idSchema } from './id.js';
import type { Agrees, Expect } from './schema-agrees.js';

/**
 * How far an introduction (牵线) got: proposed to both, met, dating, married; or declined by one
 * side, or one side did not turn up (no_show). The latest known stage is recorded.
 */
export const INTRODUCTION_OUTCOMES = ['proposed', 'met', 'dating', 'married', 'declined', 'no_show'] as const;
export type IntroductionOutcome = (typeof INTRODUCTION_OUTCOMES)[number];
/** zod schema of an introduction outcome. */
export const introductionOutcomeSchema = z.enum(INTRODUCTION_OUTCOMES);

/** A past introduction between two members; the pair is never introduced again. */
export interface Introduction {
  /** First member's id (order carries no meaning). */
  readonly a: string;
  /** Second member's id. */
  readonly b: string;
  /** Date the introduction was proposed. */
  readonly date: IsoDate;
  readonly outcome: IntroductionOutcome;
}

/** zod schema of an Introduction (that both ids exist is a cross-record check). */
export const introductionSchema = z
  .strictObject({ a: idSchema, b: idSchema, date: isoDateSchema, outcome: introductionOutcomeSchema })
  .refine((r) => r.a !== r.b, { message: 'a member cannot be introduced to themself', path: ['b'] });

/** A member asked never to be introduced to another (one-way; the pool treats it as excluding the pair). */
export interface BlockedPair {
  /** The member who asked. */
  readonly by: string;
  /** The member they never want to be introduced to. */
  readonly other: string;
}

/** zod schema of a BlockedPair. */
export const blockedPairSchema = z
  .strictObject({ by: idSchema, other: idSchema })
  .refine((r) => r.by !== r.other, { message: 'a member cannot block themself', path: ['other'] });

type _IntroductionAgrees = Expect<Agrees<z.output<typeof introductionSchema>, Introduction>>;
type _BlockedAgrees = Expect<Agrees<z.output<typeof blockedPairSchema>, BlockedPair>>;
