import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, ValidationError } from '../core/errors.js';
import { generatePool } from '../generate/pool-generator.js';
import { validateCsrGraph } from '../matching/csr-graph.js';
import type { Pool } from '../model/pool.js';
import { randomPool, TEST_REFERENCE_DATE } from '../scoring/random-members.js';
import { referencePairScore } from '../scoring/reference-score.js';
import { resolveScoringConfig } from '../scoring/scoring-config.js';
import { buildCandidateGraph, type CandidateGraph, type CandidateOptions } from './candidate-graph.js';
import { tieStart } from './tie-break.js';

function edgesOf(g: CandidateGraph): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let r = 0; r < g.graph.rows; r++)
    for (let e = g.graph.offsets[r]!; e < g.graph.offsets[r + 1]!; e++)
      out.push([g.rowMembers[r]!, g.colMembers[g.graph.targets[e]!]!, g.graph.weights[e]!]);
  return out;
}

describe('candidate graph', () => {
  it('equals brute force on random small pools, exclusions included', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom('geometric' as const, 'harmonic' as const),
        fc.constantFrom(10_000, 100, 7),
        fc.boolean(),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        fc.constantFrom(undefined, { hobbies: 1, questionnaire: 0.8, education: 0, age: 0.3 }),
        (seed, size, k, fusion, integerScale, excludeSameEmployer, statedShare, calibrated) => {
          const pool = randomPool(seed, {
            size,
            statedShare,
            hardShare: 0.2,
            historyPerMember: 1,
            blockedPerMember: 0.3,
          });
          const options: CandidateOptions = {
            referenceDate: TEST_REFERENCE_DATE,
            k,
            scoring: calibrated
              ? { fusion, integerScale, criterionWeights: calibrated, weightNormalisation: 'stated' }
              : { fusion, integerScale },
            excludeSameEmployer,
          };
          const indexed = buildCandidateGraph(pool, options);
          const brute = buildCandidateGraph(pool, options, 'brute-force');
          validateCsrGraph(indexed.graph);
          expect(indexed.rowMembers).toEqual(brute.rowMembers);
          expect(indexed.colMembers).toEqual(brute.colMembers);
          expect(indexed.graph.offsets).toEqual(brute.graph.offsets);
          expect(indexed.graph.targets).toEqual(brute.graph.targets);
          expect(indexed.graph.weights).toEqual(brute.graph.weights);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('equals brute force on pools large enough for multi-word scans, abandoned near passes and wide passes', () => {
    const cases: [Pool, number][] = [
      [generatePool('xihu'), 50],
      [randomPool(99, { size: 3000, statedShare: 0.7, hardShare: 0.1, historyPerMember: 2 }), 40],
    ];
    for (const [pool, k] of cases) {
      const options: CandidateOptions = { referenceDate: TEST_REFERENCE_DATE, k };
      const indexed = buildCandidateGraph(pool, options);
      const brute = buildCandidateGraph(pool, options, 'brute-force');
      expect(indexed.stats.widenedSearches).toBeGreaterThan(0);
      expect(indexed.stats.pairsScored).toBeLessThan(brute.stats.pairsScored / 2);
      expect(indexed.graph.offsets).toEqual(brute.graph.offsets);
      expect(indexed.graph.targets).toEqual(brute.graph.targets);
      expect(indexed.graph.weights).toEqual(brute.graph.weights);
    }
  });

  it('keeps each member’s K best acceptable partners, ties by the seeker’s seeded rotation, and nothing excluded', () => {
    const pool = randomPool(7, { size: 80, statedShare: 0.4, historyPerMember: 1, blockedPerMember: 0.3 });
    const k = 3;
    const g = buildCandidateGraph(pool, { referenceDate: TEST_REFERENCE_DATE, k });
    const config = resolveScoringConfig();
    const excluded = new Set<string>();
    for (const h of pool.history) excluded.add(`${h.a}|${h.b}`).add(`${h.b}|${h.a}`);
    for (const b of pool.blocked) excluded.add(`${b.by}|${b.other}`).add(`${b.other}|${b.by}`);
    const edges = edgesOf(g);
    const inGraph = new Set(edges.map(([m, w]) => `${m}|${w}`));
    const allowed = (i: number, j: number) => {
      const a = pool.members[i]!;
      const b = pool.members[j]!;
      return (
        !excluded.has(`${a.id}|${b.id}`) &&
        (a.employer.trim() === '' || a.employer.trim() !== b.employer.trim())
      );
    };
    for (const [m, w, s] of edges) {
      expect(allowed(m, w)).toBe(true);
      const ref = referencePairScore(pool.members[m]!, pool.members[w]!, config, TEST_REFERENCE_DATE);
      expect(ref.acceptable).toBe(true);
      expect(s).toBe(ref.scoreInt);
    }
    // Each man's K best (by score, then position in his rotation of the women) are edges.
    const count = g.colMembers.length;
    for (const row of g.rowMembers) {
      const start = tieStart(1, row, count);
      const rank = (p: number) => (p < start ? p + count : p);
      const ranked = [...g.colMembers]
        .map((w, p) => ({ w, p }))
        .filter(({ w }) => allowed(row, w))
        .map(({ w, p }) => ({
          w,
          p,
          r: referencePairScore(pool.members[row]!, pool.members[w]!, config, TEST_REFERENCE_DATE),
        }))
        .filter((x) => x.r.acceptable)
        .sort((x, y) => y.r.scoreInt - x.r.scoreInt || rank(x.p) - rank(y.p))
        .slice(0, k);
      for (const x of ranked) expect(inGraph.has(`${row}|${x.w}`)).toBe(true);
    }
    for (const m of pool.members)
      if (m.paused || m.inRelationship)
        expect(edges.some(([a, b]) => pool.members[a] === m || pool.members[b] === m)).toBe(false);
    expect(g.stats.edges).toBe(edges.length);
  });

  it('spreads equal scores over the other side instead of piling them on the first members', () => {
    // Nobody states a preference: every acceptable pair scores the maximum, all ties.
    const pool = randomPool(11, { size: 400, statedShare: 0, historyPerMember: 0, blockedPerMember: 0 });
    const k = 5;
    const g = buildCandidateGraph(pool, {
      referenceDate: TEST_REFERENCE_DATE,
      k,
      excludeSameEmployer: false,
    });
    const onLists = new Int32Array(pool.members.length);
    for (const [m, w] of edgesOf(g)) {
      onLists[m]!++;
      onLists[w]!++;
    }
    const degrees = Array.from(onLists).filter((d) => d > 0);
    const mean = degrees.reduce((s, d) => s + d, 0) / degrees.length;
    // By index, the first k members of each side would sit on every list of the other side.
    expect(Math.max(...degrees)).toBeLessThan(4 * mean);
    expect(degrees.length).toBeGreaterThan(0.9 * (g.rowMembers.length + g.colMembers.length));
    // Another seed spreads them differently.
    const other = buildCandidateGraph(pool, {
      referenceDate: TEST_REFERENCE_DATE,
      k,
      excludeSameEmployer: false,
      tieSeed: 2,
    });
    expect(other.graph.targets).not.toEqual(g.graph.targets);
  });

  it('rejects an impossible preference naming the member and the field, without dropping the pool', () => {
    const pool = randomPool(3, { size: 20 });
    const bad = pool.members[5]!;
    const broken: Pool = {
      ...pool,
      members: pool.members.map((m) =>
        m === bad
          ? { ...m, preferences: { ...m.preferences, height: { hard: true, min: 185, max: 160 } } }
          : m,
      ),
    };
    let err: unknown;
    try {
      buildCandidateGraph(broken, { referenceDate: TEST_REFERENCE_DATE });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).record).toBe(`member ${bad.id}`);
    expect((err as ValidationError).path).toEqual(['members', 5, 'preferences', 'height', 'max']);
    // The valid pool goes through whole.
    const ok = buildCandidateGraph(pool, { referenceDate: TEST_REFERENCE_DATE });
    expect(ok.stats.men + ok.stats.women).toBe(
      pool.members.filter((m) => !m.paused && !m.inRelationship).length,
    );
  });

  it('rejects unknown district codes and history naming unknown members', () => {
    const pool = randomPool(4, { size: 10 });
    const withCode: Pool = {
      ...pool,
      members: pool.members.map((m, i) =>
        i === 2 ? { ...m, preferences: { districts: { hard: false, importance: 10, codes: ['XX-YY'] } } } : m,
      ),
    };
    expect(() => buildCandidateGraph(withCode, { referenceDate: TEST_REFERENCE_DATE })).toThrow(
      /unknown district code "XX-YY"/,
    );
    const withGhost: Pool = {
      ...pool,
      history: [{ a: pool.members[0]!.id, b: 'ghost', date: '2026-01-01', outcome: 'met' }],
    };
    expect(() => buildCandidateGraph(withGhost, { referenceDate: TEST_REFERENCE_DATE })).toThrow(
      /history\[0\]\.b: introduction #0: unknown member "ghost"/,
    );
    expect(() => buildCandidateGraph(pool, { referenceDate: TEST_REFERENCE_DATE, k: -1 })).toThrow(
      InvalidArgumentError,
    );
  });
});
