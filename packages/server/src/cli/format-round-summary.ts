import type { RoundResult, UnmatchedReason } from '@redthread/engine';
import { UNMATCHED_REASONS } from '@redthread/engine';

const int = (n: number): string => n.toLocaleString('en');
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const ms = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);

const REASON_TEXT: Readonly<Record<UnmatchedReason, string>> = {
  no_acceptable_candidate: 'no acceptable candidate at all',
  below_score_floor: 'candidates all below the score floor',
  candidates_taken: 'candidates all taken by others',
  round_cap: "stopped by the round's cap",
  monthly_cap: 'monthly cap reached',
  paused: 'paused',
  in_relationship: 'in a relationship',
};

/** What the summary needs besides the round's result. */
export interface RoundSummaryContext {
  readonly title: string;
  readonly members: number;
  /** Milliseconds per phase (candidates, solve, explain) and in all. */
  readonly phaseMs: ReadonlyMap<string, number>;
  readonly totalMs: number;
  /** Sample introductions shown with their sentences. */
  readonly samples?: number;
}

/** Renders a round's result as a readable text report for a terminal. */
export function formatRoundSummary(ctx: RoundSummaryContext, r: RoundResult): string {
  const p = r.policy;
  const s = r.statistics;
  const lines: string[] = [ctx.title];
  const cm = s.coverage.M;
  const cf = s.coverage.F;
  lines.push(
    `  pool         ${int(ctx.members)} members (${int(cm.members)} men, ${int(cf.members)} women); eligible ${int(cm.eligible)} men, ${int(cf.eligible)} women`,
    `  policy       ${p.date}; ≤ ${p.perMan} per man, ≤ ${p.perWoman} per woman; score ≥ ${p.minScore}; ` +
      `${p.maxIntroductions === undefined ? 'no cap on the round' : `round cap ${p.maxIntroductions}`}` +
      `${p.monthlyCap === undefined ? '' : `; ≤ ${p.monthlyCap} a month each`}; ` +
      `fairness +${p.fairness.growthPercent}% per waited round (≤ ${p.fairness.waitCap}); mode ${p.mode}`,
    `  candidates   ${int(r.candidates.edges)} acceptable pairs kept (top ${p.candidatesPerMember} per member)`,
    `  introduced   ${int(s.introductions)} introductions; total score ${int(r.objective.score)}, priority-weighted ${int(r.objective.weighted)}`,
  );
  const samples = [...r.introductions].sort((a, b) => b.score - a.score || (a.man < b.man ? -1 : 1));
  const pick =
    samples.length <= 3
      ? samples
      : [samples[0]!, samples[Math.floor(samples.length / 2)]!, samples[samples.length - 1]!];
  if (pick.length > 0) lines.push('  samples');
  for (const intro of pick.slice(0, ctx.samples ?? 3)) {
    lines.push(
      `    ${intro.man} × ${intro.woman}  score ${intro.score}  (waited ${intro.waited[0]} / ${intro.waited[1]} rounds)`,
    );
    if (intro.explanation) {
      lines.push(`      ${intro.explanation.text.zh}`, `      ${intro.explanation.text.en}`);
    }
  }
  lines.push('  unmatched    (men / women)');
  for (const reason of UNMATCHED_REASONS) {
    const u = s.unmatched[reason];
    if (u.M + u.F === 0) continue;
    lines.push(`    ${REASON_TEXT[reason].padEnd(38)} ${int(u.M).padStart(7)} / ${int(u.F)}`);
  }
  lines.push(
    `  coverage     men ${pct(cm.coverage)} (${int(cm.introduced)} of ${int(cm.withCandidates)} with candidates), ` +
      `women ${pct(cf.coverage)} (${int(cf.introduced)} of ${int(cf.withCandidates)})`,
  );
  const q = s.scores;
  if (q)
    lines.push(
      `  scores       min ${q.min}  p10 ${q.p10}  p25 ${q.p25}  median ${q.p50}  p75 ${q.p75}  p90 ${q.p90}  max ${q.max}`,
    );
  const w = s.stillWaiting;
  lines.push(
    `  waiting      ${w ? `${int(w.count)} with candidates still waiting: mean ${w.mean.toFixed(1)}, p95 ${w.p95}, max ${w.max} rounds` : 'nobody with candidates is waiting'}; ` +
      `Gini of introductions ${s.introductionsGini.toFixed(3)} (cumulative ${s.cumulativeGini.toFixed(3)})`,
  );
  const phases = [...ctx.phaseMs].map(([phase, t]) => `${phase} ${ms(t)}`).join(', ');
  const proof =
    r.proof.code === 'optimal'
      ? 'optimal (exact b-matching, dual certificate)'
      : r.proof.code === 'gap'
        ? `gap [${r.proof.lowerBound}, ${r.proof.upperBound}]`
        : `none (${r.proof.reason})`;
  lines.push(`  solver       ${proof}`, `  time         ${ms(ctx.totalMs)} in all: ${phases}`);
  return lines.join('\n');
}
