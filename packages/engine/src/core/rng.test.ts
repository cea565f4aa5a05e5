import { describe, expect, it } from 'vitest';
import { Rng } from './rng.js';

describe('Rng', () => {
  it('gives the same stream for the same seed', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const xs = Array.from({ length: 100 }, () => a.nextUint32());
    expect(Array.from({ length: 100 }, () => b.nextUint32())).toEqual(xs);
  });

  it('pins the first values so a change to the generator is noticed', () => {
    const r = new Rng(1);
    expect([r.nextUint32(), r.nextUint32(), r.nextUint32()]).toMatchInlineSnapshot(`
      [
        1828152527,
        3394835397,
        2967886022,
      ]
    `);
  });

  it('gives different streams for different seeds and stays in range', () => {
    const a = new Rng(1);
    const b = new Rng(2);
    expect(a.nextUint32()).not.toBe(b.nextUint32());
    for (let i = 0; i < 1000; i++) {
      const x = a.int(3, 7);
      expect(x).toBeGreaterThanOrEqual(3);
      expect(x).toBeLessThanOrEqual(7);
      const f = a.next();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
    }
  });
});
