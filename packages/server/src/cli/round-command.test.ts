import { generatePool, ValidationError } from '@redthread/engine';
import { describe, expect, it } from 'vitest';
import { policyFromFlags, runRoundCommand, XIHU_WEEKLY_CAP } from './round-command.js';

describe('round command', () => {
  it('builds a policy from flags with the Xihu defaults, validated by the engine', () => {
    expect(policyFromFlags({}, '2026-11-04')).toEqual({
      date: '2026-11-04',
      perMan: 2,
      perWoman: 1,
      maxIntroductions: XIHU_WEEKLY_CAP,
    });
    expect(policyFromFlags({ cap: 'none', 'min-score': '6000', growth: '50' }, '2026-11-04')).toEqual({
      date: '2026-11-04',
      perMan: 2,
      perWoman: 1,
      minScore: 6000,
      fairness: { growthPercent: 50, waitCap: 104 },
    });
    expect(() => policyFromFlags({ 'min-score': '20000' }, '2026-11-04')).toThrow(ValidationError);
    expect(() => policyFromFlags({ cap: 'lots' }, '2026-11-04')).toThrow(/--cap/);
  });

  it('prints a summary with the policy, samples, unmatched reasons, coverage, scores and proof', () => {
    const pool = generatePool({ size: 300, men: 100, women: 200, seed: 5, region: 'xihu' });
    const { result, summary } = runRoundCommand(
      'round on test',
      pool,
      policyFromFlags({ cap: '20' }, '2026-11-01'),
    );
    expect(result.introductions.length).toBeGreaterThan(0);
    expect(result.introductions.length).toBeLessThanOrEqual(20);
    for (const heading of [
      'pool',
      'policy',
      'introduced',
      'samples',
      'unmatched',
      'coverage',
      'scores',
      'solver',
      'time',
    ])
      expect(summary).toMatch(new RegExp(`^  ${heading}\\b`, 'm'));
    expect(summary).toMatch(/匹配度/);
    expect(summary).toMatch(/optimal/);
  });
});
