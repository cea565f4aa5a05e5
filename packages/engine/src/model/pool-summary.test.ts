import { describe, expect, it } from 'vitest';
import { generatePool } from '../generate/pool-generator.js';
import { summarisePool } from './pool-summary.js';

describe('summarisePool', () => {
  it('counts the xihu preset as the centre reports it: 1,700 men and 3,300 women aged 22-45', () => {
    const s = summarisePool(generatePool('xihu'), '2026-11-01');
    expect(s.members).toBe(5000);
    expect(s.men).toBe(1700);
    expect(s.women).toBe(3300);
    expect(s.ageQuantiles[0]).toBeGreaterThanOrEqual(22);
    expect(s.ageQuantiles[4]).toBeLessThanOrEqual(45);
    expect(s.byDistrict.reduce((t, [, c]) => t + c, 0)).toBe(5000);
    expect(s.byEducation.reduce((t, [, c]) => t + c, 0)).toBe(5000);
    expect(s.hardShare).toBeGreaterThan(0);
    expect(s.hardShare).toBeLessThan(1);
    expect(s.membersWithHistory).toBeGreaterThan(0);
  });

  it('handles an empty pool', () => {
    const s = summarisePool(
      { catalogueVersion: 'zj-2026.1', members: [], history: [], blocked: [] },
      '2026-11-01',
    );
    expect(s).toMatchObject({ members: 0, men: 0, women: 0, criteriaPerMember: 0, hardShare: 0 });
  });
});
