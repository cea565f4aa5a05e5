import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../core/rng.js';
import { PREFERENCE_CRITERIA } from '../model/preferences.js';
import * as bits from './criterion-bits.js';
import { CRITERION_INDEX } from './criterion-bits.js';
import { encodeMembers } from './encoded-pool.js';
import { randomMember, TEST_REFERENCE_DATE } from './random-members.js';
import { referencePairScore } from './reference-score.js';
import { createPairScorer } from './score-kernel.js';
import { resolveScoringConfig, type ScoringConfigInput } from './scoring-config.js';

const common = {
  ageToleranceYears: fc.constantFrom(0, 1, 3, 2.5),
  heightToleranceCm: fc.constantFrom(0, 5, 7),
  educationToleranceLevels: fc.constantFrom(0, 1, 2),
  hobbiesToleranceCount: fc.constantFrom(0, 1, 2, 3),
  questionnaireTolerance: fc.constantFrom(0, 0.1, 0.25),
  fusion: fc.constantFrom('geometric' as const, 'harmonic' as const),
  importanceLevels: fc.constantFrom([0, 1, 10, 50, 250], [0, 2, 3, 4, 5], [1, 1, 1, 1, 1]),
};
const criteria = fc.constantFrom(...PREFERENCE_CRITERIA);
/** Random configurations, both normalisations (stated ones with multipliers ≤ 1). */
const configArb: fc.Arbitrary<ScoringConfigInput> = fc.oneof(
  fc.record({ ...common, criterionWeights: fc.dictionary(criteria, fc.constantFrom(0, 0.5, 2, 3.7)) }),
  fc.record({
    ...common,
    weightNormalisation: fc.constant('stated' as const),
    criterionWeights: fc.dictionary(criteria, fc.constantFrom(0, 0.3, 0.5, 1)),
  }),
);

describe('criterion positions', () => {
  it('match PREFERENCE_CRITERIA order', () => {
    const named = [
      bits.C_AGE,
      bits.C_HEIGHT,
      bits.C_EDUCATION,
      bits.C_DISTRICTS,
      bits.C_OCCUPATIONS,
      bits.C_HOBBIES,
      bits.C_SMOKING,
      bits.C_DRINKING,
      bits.C_MARITAL,
      bits.C_CHILDREN,
      bits.C_QUESTIONNAIRE,
    ];
    expect(named).toEqual(PREFERENCE_CRITERIA.map((c) => CRITERION_INDEX[c]));
  });
});

describe('score kernel', () => {
  it('agrees bit for bit with the scalar reference on random pairs', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        configArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, input, stated) => {
          const rng = new Rng(seed);
          const options = { statedShare: 0.3 + 0.7 * stated, hardShare: 0.2 };
          const members = Array.from({ length: 6 }, (_, i) => randomMember(rng, `m${i}`, options));
          const config = resolveScoringConfig(input);
          const enc = encodeMembers(members, config, TEST_REFERENCE_DATE);
          const kernel = createPairScorer(enc);
          for (let a = 0; a < members.length; a++)
            for (let b = 0; b < members.length; b++) {
              if (a === b) continue;
              const ref = referencePairScore(members[a]!, members[b]!, config, TEST_REFERENCE_DATE);
              const sab = ref.ab.acceptable ? ref.ab.satisfaction : -1;
              expect(kernel.satisfaction(a, b)).toBe(sab);
              expect(kernel.mutual(a, b)).toBe(ref.acceptable ? ref.score : -1);
              expect(kernel.mutualInt(a, b)).toBe(ref.acceptable ? ref.scoreInt : -1);
            }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('scores one member against many (scoreMany) as the reference does, bit for bit', () => {
    const seen = { unacceptable: 0, partial: 0, full: 0 };
    fc.assert(
      fc.property(
        fc.integer(),
        configArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(6, 48),
        (seed, input, stated, districts) => {
          const rng = new Rng(seed);
          const options = { statedShare: 0.3 + 0.7 * stated, hardShare: 0.15, districts };
          const n = 10;
          const members = Array.from({ length: n }, (_, i) => randomMember(rng, `m${i}`, options));
          const config = resolveScoringConfig(input);
          const enc = encodeMembers(members, config, TEST_REFERENCE_DATE);
          const kernel = createPairScorer(enc);
          // Partners in a shuffled order, repeats allowed, scored over a sub-range of the list.
          const bs = Int32Array.from({ length: 2 * n }, () => rng.int(0, n - 1));
          const out = new Int32Array(bs.length);
          for (let a = 0; a < n; a++) {
            const from = rng.int(0, 3);
            const to = bs.length - rng.int(0, 3);
            out.fill(-7);
            kernel.scoreMany(a, bs, from, to, out);
            for (let i = 0; i < bs.length; i++) {
              if (i < from || i >= to) {
                expect(out[i]).toBe(-7);
                continue;
              }
              const b = bs[i]!;
              const ref = referencePairScore(members[a]!, members[b]!, config, TEST_REFERENCE_DATE);
              const want = ref.acceptable ? ref.scoreInt : -1;
              expect(out[i]).toBe(want);
              expect(out[i]).toBe(kernel.mutualInt(a, b));
              if (want < 0) seen.unacceptable++;
              else if (want < config.integerScale) seen.partial++;
              else seen.full++;
            }
          }
        },
      ),
      { numRuns: 300 },
    );
    // The draws must exercise every outcome.
    expect(seen.unacceptable).toBeGreaterThan(100);
    expect(seen.partial).toBeGreaterThan(100);
    expect(seen.full).toBeGreaterThan(10);
  });

  it('is symmetric in the pair', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rng = new Rng(seed);
        const members = Array.from({ length: 5 }, (_, i) => randomMember(rng, `m${i}`));
        const kernel = createPairScorer(encodeMembers(members, resolveScoringConfig(), TEST_REFERENCE_DATE));
        for (let a = 0; a < 5; a++)
          for (let b = 0; b < 5; b++) expect(kernel.mutual(a, b)).toBe(kernel.mutual(b, a));
      }),
      { numRuns: 100 },
    );
  });
});
