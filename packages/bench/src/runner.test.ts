// The parent side against real children (the built dist/child.js): a run over the cap is killed
// and reported, a broken request is an error, a normal one gives a summary.
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import type { MeasureRequest } from './protocol.js';
import { median, runChild } from './runner.js';

const base: MeasureRequest = {
  suite: 'assignment',
  case: 'dense-uniform',
  solver: 'munkres',
  n: 30,
  seed: 1,
  samples: 3,
  capMs: 20_000,
  warmupBelowMs: 1000,
  warmupMaxRuns: 5,
  microBelowMs: 20,
  microTimeMs: 20,
  tmpDir: os.tmpdir(),
};

describe('runChild', () => {
  it('measures a small run with tinybench and reports the objective', async () => {
    const r = await runChild(base, { capMs: 20_000, setupMs: 60_000 });
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.method).toBe('tinybench');
    expect(r.samples).toBeGreaterThanOrEqual(3);
    expect(r.minMs).toBeLessThanOrEqual(r.medianMs);
    expect(Number.isInteger(r.objective)).toBe(true);
  });

  it('kills a run that goes over the cap and says so', async () => {
    const r = await runChild(
      { ...base, solver: 'munkres-js', n: 400, capMs: 30 },
      { capMs: 30, setupMs: 60_000 },
    );
    expect(r).toMatchObject({ status: 'over-cap', note: 'over 0.03 s' });
  });

  it('reports a failing child as an error with its message', async () => {
    const r = await runChild({ ...base, solver: 'no-such-solver' }, { capMs: 20_000, setupMs: 60_000 });
    expect(r.status).toBe('error');
    expect(r.status === 'error' && r.note).toContain('unknown solver no-such-solver');
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
