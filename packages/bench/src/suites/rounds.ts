// End-to-end pairing rounds on the preset pools (candidates, exact b-matching, explanations), and
// the 52-week simulation whose fairness figures are written into the record's note.
import {
  generatePool,
  POOL_PRESETS,
  type Pool,
  type PoolPresetName,
  type RoundPolicyInput,
  type RoundResult,
  runRound,
  type SimulationReport,
  simulateRounds,
} from '@redthread/engine';
import { defineCase, type Solver, type Suite } from '../suite.js';

const PRESET_BY_SIZE = new Map<number, PoolPresetName>(
  Object.entries(POOL_PRESETS).map(([name, spec]) => [spec.size, name as PoolPresetName]),
);

/** A preset pool by its size, or a small Xihu-like pool (one man in three) for quick runs. */
function poolOfSize(n: number, seed: number): Pool {
  const preset = PRESET_BY_SIZE.get(n);
  if (preset !== undefined) return generatePool(preset);
  const men = Math.round(n * 0.34);
  return generatePool({ size: n, men, women: n - men, seed, region: 'xihu' });
}

const DATE = '2026-11-01';
/** Xihu's policy: 2 introductions a round per man, 1 per woman. */
const BASE: RoundPolicyInput = { date: DATE, perMan: 2, perWoman: 1 };
/** About 350 introductions a month: 81 a week. */
const WEEKLY_CAP = 81;

function roundSolver(policy: RoundPolicyInput): Solver<Pool> {
  return {
    name: 'engine',
    role: 'engine',
    exact: true,
    kind: 'in-process',
    prepare(pool) {
      let r: RoundResult | undefined;
      return {
        run: () => {
          r = runRound(pool, { rounds: 0, members: [] }, policy);
        },
        objective: () => r!.objective.weighted,
        note: () =>
          `${r!.introductions.length} introductions, ${r!.candidates.edges} candidate pairs, proof ${r!.proof.code}`,
      };
    },
  };
}

function fairnessNote(rep: SimulationReport): string {
  const side = (g: 'M' | 'F'): string => {
    const f = rep.fairness[g];
    const w = f.waits;
    return (
      `${g === 'M' ? 'men' : 'women'} waits mean ${w ? w.mean.toFixed(1) : '–'} p95 ${w?.p95 ?? '–'} ` +
      `max ${w?.max ?? '–'} (ideal ${f.idealWait.toFixed(1)}, open p95 ${f.openWaits?.p95 ?? 0} max ${f.openWaits?.max ?? 0}), ` +
      `ever introduced ${(100 * f.everIntroduced).toFixed(1)}%, monthly share ${(100 * f.monthlyShare.mean).toFixed(1)}%`
    );
  };
  const t = rep.totals;
  return `${side('M')}; ${side('F')}; ${t.introductions} intros, ${t.marriages} marriages`;
}

/** Newcomers of the simulation: 25 a week from a fresh Xihu-like pool, ids prefixed `n`. */
function newcomers(count: number): Pool['members'] {
  const men = Math.round(count * 0.34);
  return generatePool({
    size: count,
    men,
    women: count - men,
    seed: 1001,
    region: 'xihu',
    historyRate: 0,
  }).members.map((m) => ({ ...m, id: `n${m.id}` }));
}

/** A year of weeks on a real pool; 6 on the tiny pools of quick runs. */
const simulatedWeeks = (pool: Pool): number => (pool.members.length >= 1000 ? 52 : 6);

/** Newcomers a week: 0.5 % of the pool (25 at Xihu's 5,000). */
const joinPerWeek = (pool: Pool): number => Math.round(pool.members.length * 0.005);

function simulationSolver(cap: number | undefined): Solver<Pool> {
  return {
    name: 'engine',
    role: 'engine',
    exact: false,
    kind: 'in-process',
    prepare(pool) {
      let rep: SimulationReport | undefined;
      const { date: _date, ...policy } = { ...BASE, maxIntroductions: cap };
      const join = joinPerWeek(pool);
      const joining = newcomers(simulatedWeeks(pool) * join);
      return {
        run: () => {
          rep = simulateRounds(
            {
              pool,
              startDate: DATE,
              weeks: simulatedWeeks(pool),
              policy,
              newcomers: joining,
              joinPerWeek: join,
            },
            { seed: 1 },
          );
        },
        objective: () => rep!.totals.introductions,
        note: () => fairnessNote(rep!),
      };
    },
  };
}

export const roundsSuite: Suite = {
  name: 'rounds',
  description:
    'End-to-end weekly pairing rounds (candidates, exact b-matching, explanations) and a 52-week fairness simulation.',
  cases: [
    defineCase<Pool>({
      name: 'round',
      description:
        'One round on a preset pool (xihu 5k, xiaoying 10k, city 100k, province 1M): ≤ 2 per man, ≤ 1 per woman, no cap.',
      sizes: [5000, 10_000, 100_000, 1_000_000],
      quickSizes: [300],
      label: (n) => PRESET_BY_SIZE.get(n) ?? String(n),
      generate: poolOfSize,
      solvers: [roundSolver(BASE)],
    }),
    defineCase<Pool>({
      name: 'round-capped',
      description: `One round with the weekly cap of ${WEEKLY_CAP} introductions (≈ 350 a month): the best ${WEEKLY_CAP}, exactly.`,
      sizes: [5000, 10_000],
      quickSizes: [300],
      label: (n) => PRESET_BY_SIZE.get(n) ?? String(n),
      generate: poolOfSize,
      solvers: [roundSolver({ ...BASE, maxIntroductions: WEEKLY_CAP })],
    }),
    defineCase<Pool>({
      name: 'simulate-capped',
      description: `52 weekly rounds on xihu with simulated outcomes, weekly cap ${WEEKLY_CAP}; fairness figures in the note.`,
      sizes: [5000],
      quickSizes: [200],
      label: (n) => PRESET_BY_SIZE.get(n) ?? String(n),
      generate: poolOfSize,
      solvers: [simulationSolver(WEEKLY_CAP)],
    }),
    defineCase<Pool>({
      name: 'simulate-uncapped',
      description: '52 weekly rounds on xihu with simulated outcomes, no cap; fairness figures in the note.',
      sizes: [5000],
      quickSizes: [200],
      label: (n) => PRESET_BY_SIZE.get(n) ?? String(n),
      generate: poolOfSize,
      solvers: [simulationSolver(undefined)],
    }),
  ],
};
