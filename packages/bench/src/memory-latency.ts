import { Rng } from '@redthread/engine';
import { shuffleRange } from './instances/shuffle.js';

/** Int32 slots per probe node: 64 bytes, so each node owns a cache line and every hop loads a new one. */
const NODE_INTS = 16;

/** Probe size: 4 Mi nodes of 64 bytes (256 MiB), beyond any last-level cache of these machines. */
const DEFAULT_NODES = 4 * 2 ** 20;
const DEFAULT_HOPS = 2_000_000;

/**
 * One cycle through `nodes` cache-line-sized nodes in a seeded random order: the first slot of
 * each node holds the offset (in Int32 slots) of the next. The order defeats the prefetchers, and
 * with 4 KiB pages nearly every hop misses the TLB as well, as the 1M-row solves do.
 */
export function randomCycle(nodes: number, seed: number): Int32Array {
  const perm = new Int32Array(nodes);
  for (let k = 0; k < nodes; k++) perm[k] = k;
  shuffleRange(new Rng(seed), perm, 0, nodes);
  const next = new Int32Array(nodes * NODE_INTS);
  for (let k = 0; k < nodes; k++) next[perm[k]! * NODE_INTS] = perm[(k + 1) % nodes]! * NODE_INTS;
  return next;
}

/** Options of the probe; the defaults are the bench's. */
export interface LatencyProbeOptions {
  readonly nodes?: number;
  readonly hops?: number;
}

/**
 * Mean time of one dependent load on a random walk over 256 MiB (nanoseconds, one decimal). The
 * large sparse cases are bound by such loads (at 1M rows a bounce waits on the bounced row's cache
 * and then the column's slots, both in memory; the 8 MB price arrays mostly stay in the last-level
 * cache), so this figure is what makes their times comparable between machines: machines of one
 * kind here differ by up to 1.8× at 1M rows.
 */
export function memoryLatencyNs(options: LatencyProbeOptions = {}): number {
  const next = randomCycle(options.nodes ?? DEFAULT_NODES, 1);
  const hops = options.hops ?? DEFAULT_HOPS;
  let at = 0;
  const start = performance.now();
  for (let h = 0; h < hops; h++) at = next[at]!;
  const ns = ((performance.now() - start) * 1e6) / hops;
  // Reading `at` keeps the walk from being optimised away; a cycle never leaves its nodes.
  if (at < 0 || at >= next.length) throw new Error('the latency probe left its cycle');
  return Math.round(ns * 10) / 10;
}
