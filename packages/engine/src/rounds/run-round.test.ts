import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AbortedError } from '../core/errors.js';
import { bruteForceBMatching } from '../matching/brute-force-b-matching.js';
import { csrFromEdges } from '../matching/csr-graph.js';
import type { Pool } from '../model/pool.js';
import { randomPool, TEST_REFERENCE_DATE } from '../scoring/random-members.js';
import { referencePairScore } from '../scoring/reference-score.js';
import { DEFAULT_SCORING_CONFIG } from '../scoring/scoring-config.js';
import { priorityWeight } from './priorities.js';
import { parseRoundPolicy, type RoundPolicyInput } from './round-policy.js';
import { EMPTY_ROUND_STATE, type RoundState } from './round-state.js';
import { runRound } from './run-round.js';

const DATE = TEST_REFERENCE_DATE;

/** Pairs a round may never propose: history, blocks either way, the same employer. */
function excludedPairs(pool: Pool): Set<string> {
  const out = new Set<string>();
  const add = (a: string, b: string) => {
    out.add(`${a}|${b}`);
    out.add(`${b}|${a}`);
  };
  for (const h of pool.history) add(h.a, h.b);
  for (const b of pool.blocked) add(b.by, b.other);
  for (const a of pool.members)
    for (const b of pool.members) if (a.employer !== '' && a.employer === b.employer) add(a.id, b.id);
  return out;
}

/** Every pair's score by the scalar reference, excluded and unavailable members left out. */
function referenceEdges(pool: Pool): { man: number; woman: number; score: number }[] {
  const excluded = excludedPairs(pool);
  const out: { man: number; woman: number; score: number }[] = [];
  pool.members.forEach((a, i) => {
    if (a.gender !== 'M' || a.paused || a.inRelationship) return;
    pool.members.forEach((b, j) => {
      if (b.gender !== 'F' || b.paused || b.inRelationship || excluded.has(`${a.id}|${b.id}`)) return;
      const s = referencePairScore(a, b, DEFAULT_SCORING_CONFIG, DATE);
      if (s.acceptable && s.scoreInt > 0) out.push({ man: i, woman: j, score: s.scoreInt });
    });
  });
  return out;
}

function checkInvariants(pool: Pool, policyInput: RoundPolicyInput, state: RoundState) {
  const policy = parseRoundPolicy(policyInput);
  const r = runRound(pool, state, policy, { explain: false });
  const byId = new Map(pool.members.map((m) => [m.id, m]));
  const excluded = excludedPairs(pool);
  const count = new Map<string, number>();
  const pairs = new Set<string>();
  for (const intro of r.introductions) {
    const man = byId.get(intro.man)!;
    const woman = byId.get(intro.woman)!;
    expect(man.gender).toBe('M');
    expect(woman.gender).toBe('F');
    for (const m of [man, woman]) {
      expect(m.paused ?? false).toBe(false);
      expect(m.inRelationship ?? false).toBe(false);
      count.set(m.id, (count.get(m.id) ?? 0) + 1);
    }
    expect(excluded.has(`${man.id}|${woman.id}`)).toBe(false);
    expect(pairs.has(`${man.id}|${woman.id}`)).toBe(false);
    pairs.add(`${man.id}|${woman.id}`);
    expect(intro.score).toBeGreaterThanOrEqual(policy.minScore);
  }
  for (const [id, c] of count) {
    const m = byId.get(id)!;
    expect(c).toBeLessThanOrEqual(m.gender === 'M' ? policy.perMan : policy.perWoman);
    if (policy.monthlyCap !== undefined) {
      const before = state.members.find((s) => s.id === id);
      const used = before && before.month === policy.date.slice(0, 7) ? before.thisMonth : 0;
      expect(used + c).toBeLessThanOrEqual(policy.monthlyCap);
    }
  }
  if (policy.maxIntroductions !== undefined)
    expect(r.introductions.length).toBeLessThanOrEqual(policy.maxIntroductions);
  // Every member is introduced or unmatched with a reason, never both.
  const unmatched = new Set(r.unmatched.map((u) => u.id));
  for (const m of pool.members) expect(unmatched.has(m.id)).toBe(!count.has(m.id));
  return { r, policy };
}

const policyArb = fc.record({
  perMan: fc.integer({ min: 0, max: 3 }),
  perWoman: fc.integer({ min: 0, max: 2 }),
  minScore: fc.integer({ min: 0, max: 9000 }),
  maxIntroductions: fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
  monthlyCap: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
});

describe('runRound', () => {
  it('never exceeds capacities, repeats a pair or introduces an excluded member', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 2, max: 40 }),
        policyArb,
        (seed, size, p) => {
          const pool = randomPool(seed, { size, historyPerMember: 1, blockedPerMember: 0.3 });
          const state: RoundState = {
            rounds: 1,
            members: pool.members
              .filter((_, i) => i % 3 === 0)
              .map((m, i) => ({
                id: m.id,
                waited: i % 4,
                month: DATE.slice(0, 7),
                thisMonth: i % 3,
                total: i % 3,
              })),
          };
          checkInvariants(pool, { date: DATE, ...p }, state);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reaches the brute-force optimum of the priority-weighted objective on small pools', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 2, max: 9 }),
        policyArb,
        (seed, size, p) => {
          const pool = randomPool(seed, { size, historyPerMember: 0.3, blockedPerMember: 0.1 });
          const edges = referenceEdges(pool).filter((e) => e.score >= p.minScore);
          if (edges.length > 16) return;
          checked++;
          const waited = (i: number) => (i * 7 + seed) % 5;
          const state: RoundState = {
            rounds: 2,
            members: pool.members.map((m, i) => ({
              id: m.id,
              waited: waited(i),
              month: '2026-10',
              thisMonth: 0,
              total: 0,
            })),
          };
          const { r, policy } = checkInvariants(pool, { date: DATE, ...p, monthlyCap: undefined }, state);
          expect(r.proof.code).toBe('optimal');
          const men = [...new Set(edges.map((e) => e.man))];
          const women = [...new Set(edges.map((e) => e.woman))];
          const graph = csrFromEdges(
            men.length,
            women.length,
            edges.map((e) => [
              men.indexOf(e.man),
              women.indexOf(e.woman),
              priorityWeight(e.score, waited(e.man), waited(e.woman), policy.fairness),
            ]),
          );
          const best = bruteForceBMatching({
            graph,
            rowCapacity: policy.perMan,
            colCapacity: policy.perWoman,
            maxEdges: policy.maxIntroductions,
          });
          expect(r.objective.weighted).toBe(best.total);
        },
      ),
      { numRuns: 150 },
    );
    expect(checked).toBeGreaterThan(50);
  });

  it('explains each introduction in Chinese and English and is deterministic', () => {
    const pool = randomPool(7, { size: 60 });
    const policy = { date: DATE, perMan: 2, minScore: 3000 };
    const a = runRound(pool, EMPTY_ROUND_STATE, policy);
    expect(a.introductions.length).toBeGreaterThan(0);
    for (const intro of a.introductions) {
      expect(intro.explanation?.text.zh).toMatch(/匹配度/);
      expect(intro.explanation?.text.en.length).toBeGreaterThan(10);
    }
    expect(JSON.stringify(runRound(pool, EMPTY_ROUND_STATE, policy))).toBe(JSON.stringify(a));
    expect(a.history.every((h) => h.outcome === 'proposed' && h.date === DATE)).toBe(true);
  });

  it('gives priority to members who waited: a waiting man wins a tie', () => {
    const pool = randomPool(11, { size: 80 });
    const base = runRound(
      pool,
      EMPTY_ROUND_STATE,
      { date: DATE, minScore: 2000, maxIntroductions: 5 },
      { explain: false },
    );
    const waitedMen = base.unmatched.filter((u) => u.gender === 'M' && u.reason === 'round_cap');
    expect(waitedMen.length).toBeGreaterThan(0);
    const state: RoundState = {
      rounds: 1,
      members: waitedMen.map((u) => ({ id: u.id, waited: 20, month: '2026-11', thisMonth: 0, total: 0 })),
    };
    const next = runRound(
      pool,
      state,
      { date: DATE, minScore: 2000, maxIntroductions: 5 },
      { explain: false },
    );
    const waiting = new Set(waitedMen.map((u) => u.id));
    expect(next.introductions.some((i) => waiting.has(i.man))).toBe(true);
  });
});

describe('runRound in stable mode', () => {
  it('keeps the invariants and reports no optimality proof', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 2, max: 40 }),
        policyArb,
        (seed, size, p) => {
          const pool = randomPool(seed, { size, historyPerMember: 1, blockedPerMember: 0.3 });
          const { r } = checkInvariants(
            pool,
            { date: DATE, ...p, perWoman: Math.min(1, p.perWoman), mode: 'stable' },
            EMPTY_ROUND_STATE,
          );
          expect(r.proof.code).toBe('none');
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('runRound options', () => {
  it('reports the phases candidates, solve, explain in order, and stops on an aborted signal', () => {
    const pool = randomPool(5, { size: 40 });
    const phases: string[] = [];
    runRound(
      pool,
      EMPTY_ROUND_STATE,
      { date: DATE, minScore: 1000 },
      {
        onProgress: (p) => {
          if (phases.at(-1) !== p.phase) phases.push(p.phase);
        },
      },
    );
    expect(phases).toEqual(['candidates', 'solve', 'explain']);
    expect(() =>
      runRound(
        pool,
        EMPTY_ROUND_STATE,
        { date: DATE },
        { signal: { aborted: true, reason: new Error('stop') } },
      ),
    ).toThrow(AbortedError);
  });
});
