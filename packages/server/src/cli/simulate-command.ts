import {
  generatePool,
  type Member,
  POOL_PRESETS,
  type Pool,
  type PoolPresetName,
  type RoundPolicyInput,
  type SimulationReport,
  simulateRounds,
} from '@redthread/engine';
import { ProgressBar } from './progress-bar.js';

/** Newcomers for a simulation: a fresh pool of the preset's region and gender mix, ids prefixed `n`. */
export function newcomersFor(preset: PoolPresetName, count: number): Member[] {
  const spec = POOL_PRESETS[preset];
  const men = Math.round((count * spec.men) / spec.size);
  const reserve = generatePool({
    ...spec,
    size: count,
    men,
    women: count - men,
    seed: spec.seed + 1000,
    historyRate: 0,
  });
  return reserve.members.map((m) => ({ ...m, id: `n${m.id}` }));
}

/** One simulation run to report: its label and policy (without the date). */
export interface SimulationCase {
  readonly label: string;
  readonly policy: Omit<RoundPolicyInput, 'date'>;
}

/** Runs the weekly simulation for each case with a progress bar; returns the reports. */
export function runSimulations(
  pool: Pool,
  newcomers: readonly Member[],
  cases: readonly SimulationCase[],
  weeks: number,
  joinPerWeek: number,
  startDate: string,
): { label: string; report: SimulationReport; ms: number }[] {
  return cases.map((c) => {
    const bar = new ProgressBar();
    const start = performance.now();
    const report = simulateRounds(
      { pool, startDate, weeks, policy: c.policy, newcomers, joinPerWeek },
      { onProgress: bar.update, seed: 1 },
    );
    bar.finish();
    return { label: c.label, report, ms: performance.now() - start };
  });
}

const f1 = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '–');
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** Renders simulation reports: fairness over time per gender, against a perfect rotation. */
export function formatSimulations(
  title: string,
  runs: readonly { label: string; report: SimulationReport; ms: number }[],
): string {
  const lines = [title];
  for (const { label, report, ms } of runs) {
    const t = report.totals;
    lines.push(
      `  ${label}  (${(ms / 1000).toFixed(1)} s)`,
      `    totals     ${t.introductions} introductions, ${t.meetings} meetings, ${t.couples} couples dating, ${t.marriages} marriages; ${t.joined} joined, ${t.left} left`,
      '    side    with cand.  waits between introductions (rounds): mean  p95  max   ideal   still open: mean  p95  max   ever introduced   monthly share introduced: mean (min–max)',
    );
    for (const g of ['M', 'F'] as const) {
      const s = report.fairness[g];
      const w = s.waits;
      lines.push(
        `    ${g === 'M' ? 'men  ' : 'women'}   ${f1(s.withCandidates).padStart(8)}   ` +
          `${(w ? f1(w.mean) : '–').padStart(40)} ${String(w?.p95 ?? '–').padStart(4)} ${String(w?.max ?? '–').padStart(4)}   ${f1(s.idealWait).padStart(5)}   ` +
          `${(s.openWaits ? f1(s.openWaits.mean) : '–').padStart(16)} ${String(s.openWaits?.p95 ?? '–').padStart(4)} ${String(s.openWaits?.max ?? '–').padStart(4)}   ` +
          `${pct(s.everIntroduced).padStart(15)}   ${pct(s.monthlyShare.mean).padStart(26)} (${pct(s.monthlyShare.min)}–${pct(s.monthlyShare.max)})`,
      );
    }
  }
  return lines.join('\n');
}
