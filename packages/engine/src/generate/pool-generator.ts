import { DISTRICT_CATALOGUE_VERSION } from '../model/districts.js';
import type { BlockedPair, Introduction } from '../model/history.js';
import type { Member } from '../model/member.js';
import type { Pool } from '../model/pool.js';
import { generateBlocked, generateHistory } from './history-generator.js';
import { generateMembers, poolContext } from './member-generator.js';
import { type PoolPresetName, type PoolSpec, resolvePoolSpec } from './pool-spec.js';

/** Streams of a generated pool, for sizes too large to hold (each call restarts from the seed). */
export interface PoolStreams {
  readonly members: () => Generator<Member, void, undefined>;
  readonly history: () => Generator<Introduction, void, undefined>;
  readonly blocked: () => Generator<BlockedPair, void, undefined>;
}

/** Streams members, history and blocked pairs of a preset or spec, one record at a time. */
export function poolStreams(spec: PoolPresetName | PoolSpec): PoolStreams {
  const ctx = poolContext(resolvePoolSpec(spec));
  return {
    members: () => generateMembers(ctx),
    history: () => generateHistory(ctx),
    blocked: () => generateBlocked(ctx),
  };
}

/** Generates a whole pool in memory: deterministic for the spec's seed. */
export function generatePool(spec: PoolPresetName | PoolSpec): Pool {
  const streams = poolStreams(spec);
  return {
    catalogueVersion: DISTRICT_CATALOGUE_VERSION,
    members: Array.from(streams.members()),
    history: Array.from(streams.history()),
    blocked: Array.from(streams.blocked()),
  };
}
