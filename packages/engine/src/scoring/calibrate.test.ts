import { describe, expect, it } from 'vitest';
import { Rng } from '../core/rng.js';
import { generatePool } from '../generate/pool-generator.js';
import type { Introduction } from '../model/history.js';
import type { Pool } from '../model/pool.js';
import { rocAuc } from './auc.js';
import { calibrate, pairFeatures } from './calibrate.js';
import { CRITERION_INDEX } from './criterion-bits.js';
import { fitLogistic } from './logistic-regression.js';
import { DEFAULT_SCORING_CONFIG } from './scoring-config.js';

const DATE = '2026-10-01';

/**
 * Planted history: random man–woman pairs of a generated pool whose outcome depends only on
 * how well hobbies and questionnaire answers agree (education and the rest play no part).
 */
function plantedHistory(pool: Pool, count: number, seed: number): Introduction[] {
  const rng = new Rng(seed);
  const men = pool.members.filter((m) => m.gender === 'M');
  const women = pool.members.filter((m) => m.gender === 'F');
  const out: Introduction[] = [];
  const hob = CRITERION_INDEX.hobbies;
  const q = CRITERION_INDEX.questionnaire;
  for (let i = 0; i < count; i++) {
    const a = rng.pick(men);
    const b = rng.pick(women);
    const x = pairFeatures(a, b, DEFAULT_SCORING_CONFIG, DATE);
    const z = -1.2 + 6 * x[hob]! + 6 * x[q]!;
    const p = 1 / (1 + Math.exp(-z));
    out.push({
      a: a.id,
      b: b.id,
      date: DATE,
      outcome: rng.chance(p) ? (rng.chance(0.3) ? 'dating' : 'met') : 'declined',
    });
  }
  return out;
}

describe('rocAuc', () => {
  it('is the share of positive–negative pairs ranked right, ties counted half', () => {
    expect(rocAuc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
    expect(rocAuc([1, 1, 1, 1], [0, 1, 0, 1])).toBe(0.5);
    expect(rocAuc([3, 2, 1], [1, 1, 0])).toBe(1);
    expect(rocAuc([1, 2], [1, 1])).toBeNaN();
  });
});

describe('fitLogistic', () => {
  it('recovers the coefficients of a simulated logistic model', () => {
    const rng = new Rng(5);
    const n = 4000;
    const x = new Float64Array(n * 2);
    const y = new Uint8Array(n);
    for (let r = 0; r < n; r++) {
      x[2 * r] = rng.next() * 2 - 1;
      x[2 * r + 1] = rng.next() * 2 - 1;
      const z = 0.5 + 2 * x[2 * r]! - 1 * x[2 * r + 1]!;
      y[r] = rng.chance(1 / (1 + Math.exp(-z))) ? 1 : 0;
    }
    const m = fitLogistic(x, y, n, 2, { l2: 1e-6, maxIterations: 50 });
    expect(m.intercept).toBeCloseTo(0.5, 0);
    expect(m.coefficients[0]).toBeGreaterThan(1.6);
    expect(m.coefficients[0]).toBeLessThan(2.4);
    expect(m.coefficients[1]).toBeGreaterThan(-1.4);
    expect(m.coefficients[1]).toBeLessThan(-0.6);
    expect(m.iterations).toBeLessThan(50);
  });
});

describe('calibrate', () => {
  const pool = generatePool('xihu');
  const history = [
    ...plantedHistory(pool, 6000, 11),
    { a: pool.members[0]!.id, b: pool.members[1]!.id, date: DATE, outcome: 'proposed' as const },
  ];
  const result = calibrate(pool, history);

  it('recovers a planted structure: hobbies and questionnaire drive success, education does not', () => {
    const w = result.config.criterionWeights;
    for (const c of ['age', 'height', 'education', 'smoking', 'maritalHistory', 'wantsChildren'] as const) {
      expect(w.hobbies).toBeGreaterThan(2 * w[c]);
      expect(w.questionnaire).toBeGreaterThan(2 * w[c]);
    }
    expect(w.education).toBeLessThan(0.5);
    expect(result.report.skipped).toBe(1);
    expect(result.report.n).toBe(6000);
    expect(result.report.nTrain + result.report.nTest).toBe(6000);
    expect(result.report.nTest).toBeGreaterThan(1500);
  });

  it('predicts held-out outcomes better than the uncalibrated defaults', () => {
    const r = result.report;
    expect(r.aucCalibrated).toBeGreaterThan(r.aucDefault + 0.05);
    expect(r.aucModel).toBeGreaterThan(0.6);
  });

  it('is deterministic and never touches hard criteria or levels', () => {
    const again = calibrate(pool, history);
    expect(again).toEqual(result);
    expect(result.config.importanceLevels).toEqual(DEFAULT_SCORING_CONFIG.importanceLevels);
    for (const v of Object.values(result.config.criterionWeights)) expect(v).toBeGreaterThanOrEqual(0);
  });
});
