import { describe, expect, it } from 'vitest';
import { memoryLatencyNs, randomCycle } from './memory-latency.js';

describe('randomCycle', () => {
  it('is one cycle through every node, each on its own cache line', () => {
    const nodes = 1000;
    const next = randomCycle(nodes, 7);
    expect(next.length).toBe(nodes * 16);
    const seen = new Set<number>();
    let at = 0;
    for (let k = 0; k < nodes; k++) {
      expect(at % 16).toBe(0);
      expect(seen.has(at)).toBe(false);
      seen.add(at);
      at = next[at]!;
    }
    expect(at).toBe(0);
    expect(seen.size).toBe(nodes);
  });

  it('depends on the seed alone', () => {
    expect(randomCycle(500, 3)).toEqual(randomCycle(500, 3));
    expect(randomCycle(500, 3)).not.toEqual(randomCycle(500, 4));
  });
});

describe('memoryLatencyNs', () => {
  it('measures a positive, finite time per hop', () => {
    const ns = memoryLatencyNs({ nodes: 4096, hops: 100_000 });
    expect(Number.isFinite(ns)).toBe(true);
    expect(ns).toBeGreaterThan(0);
  });
});
