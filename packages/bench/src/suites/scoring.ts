// The pair-scoring kernel: integer mutual scores per second on one core, over the typed-array
// encoding, against the scalar reference on member objects (which must give the same sum).
import {
  createPairScorer,
  DEFAULT_SCORING_CONFIG,
  type EncodedPool,
  encodeMembers,
  generatePool,
  type Member,
  type Pool,
  Rng,
  referencePairScore,
} from '@redthread/engine';
import { defineCase, type Solver, type Suite } from '../suite.js';

const DATE = '2026-11-01';

/** n pairs of a pool to score, as member indices (a[i], b[i]): a man and a woman each. */
interface KernelInstance {
  readonly pool: Pool;
  readonly a: Int32Array;
  readonly b: Int32Array;
}

function sides(pool: Pool): { men: number[]; women: number[] } {
  const men: number[] = [];
  const women: number[] = [];
  pool.members.forEach((m, i) => {
    (m.gender === 'M' ? men : women).push(i);
  });
  return { men, women };
}

/** Every man against every woman in order, repeated until n pairs: the candidate scan's access pattern. */
function sweep(pool: Pool, n: number): KernelInstance {
  const { men, women } = sides(pool);
  const a = new Int32Array(n);
  const b = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const k = i % (men.length * women.length);
    a[i] = men[Math.floor(k / women.length)]!;
    b[i] = women[k % women.length]!;
  }
  return { pool, a, b };
}

/** n uniformly random man–woman pairs: the cache-unfriendly extreme. */
function randomPairs(pool: Pool, n: number, seed: number): KernelInstance {
  const { men, women } = sides(pool);
  const rng = new Rng(seed);
  const a = new Int32Array(n);
  const b = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    a[i] = rng.pick(men);
    b[i] = rng.pick(women);
  }
  return { pool, a, b };
}

const kernel: Solver<KernelInstance> = {
  name: 'engine',
  role: 'engine',
  exact: true,
  kind: 'in-process',
  prepare(inst) {
    const enc: EncodedPool = encodeMembers(inst.pool.members, DEFAULT_SCORING_CONFIG, DATE);
    const scorer = createPairScorer(enc);
    const { a, b } = inst;
    let sum = 0;
    let acceptable = 0;
    return {
      run() {
        sum = 0;
        acceptable = 0;
        for (let i = 0; i < a.length; i++) {
          const s = scorer.mutualInt(a[i]!, b[i]!);
          if (s >= 0) {
            sum += s;
            acceptable++;
          }
        }
      },
      objective: () => sum,
      note: () => `${a.length} pair scores per run (${acceptable} acceptable); throughput = n / time`,
    };
  },
};

/** The scalar reference on Member objects: same sum of scores, far slower. */
const reference: Solver<KernelInstance> = {
  name: 'reference',
  role: 'peer',
  exact: true,
  maxN: 1_000_000,
  kind: 'in-process',
  prepare(inst) {
    const members: readonly Member[] = inst.pool.members;
    const { a, b } = inst;
    let sum = 0;
    return {
      run() {
        sum = 0;
        for (let i = 0; i < a.length; i++) {
          const r = referencePairScore(members[a[i]!]!, members[b[i]!]!, DEFAULT_SCORING_CONFIG, DATE);
          if (r.acceptable) sum += r.scoreInt;
        }
      },
      objective: () => sum,
    };
  },
};

const millions = (n: number): string => `${n / 1e6}M pairs`;

export const scoringSuite: Suite = {
  name: 'scoring',
  description:
    'Pair-scoring kernel throughput (integer mutual scores, one core) on the typed-array encoding, against the scalar reference.',
  cases: [
    defineCase<KernelInstance>({
      name: 'kernel-sweep',
      description:
        'n pair scores sweeping every man of the xihu pool (1,700 men × 3,300 women) against every woman, in order.',
      sizes: [1_000_000, 10_000_000],
      quickSizes: [20_000],
      label: millions,
      generate: (n) => sweep(generatePool('xihu'), n),
      solvers: [kernel, reference],
    }),
    defineCase<KernelInstance>({
      name: 'kernel-random',
      description:
        'n uniformly random man–woman pairs of the city pool (100,000 members): cache misses included.',
      sizes: [1_000_000, 10_000_000],
      quickSizes: [20_000],
      label: millions,
      generate: (n, seed) => randomPairs(generatePool(n >= 1_000_000 ? 'city' : 'xihu'), n, seed),
      solvers: [kernel, reference],
    }),
  ],
};
