import { z } from 'zod';
import type { InputIssue } from '../core/errors.js';
import { DISTRICT_CATALOGUE_VERSION } from './districts.js';
import { type BlockedPair, blockedPairSchema, type Introduction, introductionSchema } from './history.js';
import { type Member, memberSchema } from './member.js';
import { duplicateIdIssues, parseWith, unknownRefIssue } from './parse.js';
import type { Agrees, Expect } from './schema-agrees.js';

/** A dating centre's registry: members, past introductions and blocked pairs. */
export interface Pool {
  /** District catalogue version the members' codes come from. */
  readonly catalogueVersion: typeof DISTRICT_CATALOGUE_VERSION;
  readonly members: readonly Member[];
  /** Past introductions, in any order. */
  readonly history: readonly Introduction[];
  readonly blocked: readonly BlockedPair[];
}

/** zod schema of a Pool's shape (parsePool adds the cross-record checks). */
export const poolSchema = z.strictObject({
  catalogueVersion: z.literal(DISTRICT_CATALOGUE_VERSION, {
    error: `expected district catalogue version ${DISTRICT_CATALOGUE_VERSION}`,
  }),
  members: z.array(memberSchema),
  history: z.array(introductionSchema).default([]),
  blocked: z.array(blockedPairSchema).default([]),
});

type _PoolAgrees = Expect<Agrees<z.output<typeof poolSchema>, Pool>>;

/** Cross-record problems of a well-shaped pool: duplicate ids, history and blocks naming unknown members. */
export function poolIssues(pool: Pool): InputIssue[] {
  const issues = duplicateIdIssues('members', pool.members);
  const ids = new Set(pool.members.map((m) => m.id));
  pool.history.forEach((h, i) => {
    if (!ids.has(h.a)) issues.push(unknownRefIssue(['history', i, 'a'], 'member', h.a));
    if (!ids.has(h.b)) issues.push(unknownRefIssue(['history', i, 'b'], 'member', h.b));
  });
  pool.blocked.forEach((b, i) => {
    if (!ids.has(b.by)) issues.push(unknownRefIssue(['blocked', i, 'by'], 'member', b.by));
    if (!ids.has(b.other)) issues.push(unknownRefIssue(['blocked', i, 'other'], 'member', b.other));
  });
  return issues;
}

/** Validates a pool; throws ValidationError naming the record and field of every problem. */
export function parsePool(input: unknown): Pool {
  return parseWith(poolSchema, input, { crossCheck: poolIssues });
}
