// The pair-scoring kernel: integer mutual scores per second on one core, over the typed-array
// encoding, against the scalar reference on member objects (which must give the same sum).
import {
  createPairScorer,
  DEFAULT_SCORING_CONFIG,
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
  /** The same pairs as rows (sweep only): men[r] against women[0 … ], cycling until n pairs. */
  readonly rows?: { readonly men: Int32Array; readonly women: Int32Array };
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
  return { pool, a, b, rows: { men: Int32Array.from(men), women: Int32Array.from(women) } };
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

/** The batch kernel: one man against every woman per call (scoreMany), the candidate scan's form. */
const rowKernel: Solver<KernelInstance> = {
  name: 'engine',
  role: 'engine',
  exact: true,
  kind: 'in-process',
  prepare(inst) {
    if (!inst.rows) throw new Error('the row kernel needs a sweep instance');
    const scorer = createPairScorer(encodeMembers(inst.pool.members, DEFAULT_SCORING_CONFIG, DATE));
    const { men, women } = inst.rows;
    const n = inst.a.length;
    const row = new Int32Array(women.length);
    let sum = 0;
    let acceptable = 0;
    // The row is summed without branches (s & ~(s >> 31) is s, or 0 for −1): a branch on
    // acceptability here mispredicts about every other pair, a tenth of the time. (After a
    // per-pair call the same branch follows the kernel's own and is predicted: no gain there.)
    return {
      run() {
        sum = 0;
        acceptable = 0;
        for (let done = 0, r = 0; done < n; r = r + 1 === men.length ? 0 : r + 1) {
          const len = Math.min(women.length, n - done);
          scorer.scoreMany(men[r]!, women, 0, len, row);
          for (let j = 0; j < len; j++) {
            const s = row[j]!;
            sum += s & ~(s >> 31);
            acceptable += ~s >>> 31;
          }
          done += len;
        }
      },
      objective: () => sum,
      note: () =>
        `${n} pair scores per run in rows of ${women.length} (scoreMany; ${acceptable} acceptable); throughput = n / time`,
    };
  },
};

/** The per-pair kernel call (mutualInt) on each pair in turn. */
function pairKernel(name: string): Solver<KernelInstance> {
  return {
    name,
    role: 'engine',
    exact: true,
    kind: 'in-process',
    prepare(inst) {
      const scorer = createPairScorer(encodeMembers(inst.pool.members, DEFAULT_SCORING_CONFIG, DATE));
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
        note: () =>
          `${a.length} pair scores per run, one mutualInt call each (${acceptable} acceptable); throughput = n / time`,
      };
    },
  };
}

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
        'n pair scores sweeping every man of the xihu pool (1,700 men × 3,300 women) against every woman, in order: engine = one scoreMany call per man, engine-per-pair = one mutualInt call per pair.',
      sizes: [1_000_000, 10_000_000],
      quickSizes: [20_000],
      label: millions,
      generate: (n) => sweep(generatePool('xihu'), n),
      solvers: [rowKernel, pairKernel('engine-per-pair'), reference],
    }),
    defineCase<KernelInstance>({
      name: 'kernel-random',
      description:
        'n uniformly random man–woman pairs of the city pool (100,000 members): cache misses included.',
      sizes: [1_000_000, 10_000_000],
      quickSizes: [20_000],
      label: millions,
      generate: (n, seed) => randomPairs(generatePool(n >= 1_000_000 ? 'city' : 'xihu'), n, seed),
      // No two pairs share a member, so there is no row to batch: the per-pair call is the kernel.
      solvers: [pairKernel('engine'), reference],
    }),
  ],
};
