import { describe, expect, it } from 'vitest';
import { parseCli, UsageError, usage } from './args.js';

describe('parseCli', () => {
  it('defaults to all suites, 3 samples, a 60 s cap and peers on', () => {
    const o = parseCli([]);
    expect(o).toMatchObject({
      suites: [],
      sizes: null,
      quick: false,
      samples: 3,
      capSeconds: 60,
      peers: true,
    });
    expect(o.outDir).toBeNull();
  });

  it('reads suites, sizes, cases and flags', () => {
    const o = parseCli([
      'assignment',
      '--sizes',
      '500, 1000',
      '--cases',
      'sparse',
      '--no-peers',
      '--cap',
      '2.5',
    ]);
    expect(o.suites).toEqual(['assignment']);
    expect(o.sizes).toEqual([500, 1000]);
    expect(o.cases).toEqual(['sparse']);
    expect(o.peers).toBe(false);
    expect(o.capSeconds).toBe(2.5);
  });

  it('quick mode takes 1 sample and a 20 s cap unless told otherwise', () => {
    expect(parseCli(['--quick'])).toMatchObject({ quick: true, samples: 1, capSeconds: 20 });
    expect(parseCli(['--quick', '--samples', '4'])).toMatchObject({ samples: 4 });
  });

  it('rejects unknown flags and malformed numbers with a UsageError', () => {
    expect(() => parseCli(['--fast'])).toThrow(UsageError);
    expect(() => parseCli(['--sizes', '500,abc'])).toThrow(/--sizes/);
    expect(() => parseCli(['--samples', '0'])).toThrow(/--samples/);
    expect(() => parseCli(['--cap', '-1'])).toThrow(/--cap/);
  });

  it('usage lists the suites', () => {
    expect(usage(['assignment', 'stable'])).toContain('Suites: assignment, stable');
  });
});
