import { describe, expect, it } from 'vitest';
import { randomPool, TEST_REFERENCE_DATE } from '../scoring/random-members.js';
import { simulateRounds } from './simulation.js';

describe('simulateRounds', () => {
  const pool = randomPool(3, { size: 120, historyPerMember: 0.2 });
  const newcomers = randomPool(4, { size: 30, historyPerMember: 0 }).members.map((m) => ({
    ...m,
    id: `n${m.id}`,
  }));
  const spec = {
    pool,
    startDate: TEST_REFERENCE_DATE,
    weeks: 8,
    policy: { perMan: 2, perWoman: 1, minScore: 2000, maxIntroductions: 6 },
    newcomers,
    joinPerWeek: 3,
  };

  it('runs weekly rounds with outcomes, joins and departures, deterministically', () => {
    const a = simulateRounds(spec, { seed: 5 });
    expect(a.weeks).toHaveLength(8);
    expect(a.totals.joined).toBe(24);
    expect(a.weeks[1]!.date).toBe('2026-11-08');
    for (const w of a.weeks) expect(w.introductions).toBeLessThanOrEqual(6);
    expect(a.totals.introductions).toBe(a.weeks.reduce((s, w) => s + w.introductions, 0));
    expect(a.totals.meetings).toBeLessThanOrEqual(a.totals.introductions);
    expect(JSON.stringify(simulateRounds(spec, { seed: 5 }))).toBe(JSON.stringify(a));
  });

  it('shows the cap stretching waits: capped waits exceed uncapped ones', () => {
    const capped = simulateRounds(spec, { seed: 5 });
    const open = simulateRounds(
      { ...spec, policy: { ...spec.policy, maxIntroductions: undefined } },
      { seed: 5 },
    );
    expect(open.totals.introductions).toBeGreaterThan(capped.totals.introductions);
    expect(capped.fairness.F.idealWait).toBeGreaterThan(open.fairness.F.idealWait);
    expect(capped.fairness.F.monthlyShare.mean).toBeLessThan(open.fairness.F.monthlyShare.mean);
  });
});
