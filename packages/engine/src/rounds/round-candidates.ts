import { buildCandidateGraph, type CandidateStats } from '../candidates/candidate-graph.js';
import type { SolveOptions } from '../core/solve-options.js';
import type { CsrGraph } from '../matching/csr-graph.js';
import type { Pool } from '../model/pool.js';
import { encodeMembers } from '../scoring/encoded-pool.js';
import { createPairScorer } from '../scoring/score-kernel.js';
import type { ScoringConfig, ScoringConfigInput } from '../scoring/scoring-config.js';
import type { RoundPolicy } from './round-policy.js';

/** What the round reports about its candidate graph. */
export type CandidateSummary = CandidateStats;

/** A round's candidate graph: rows are men, columns women, as indices into pool.members. */
export interface RoundCandidates {
  readonly graph: CsrGraph;
  readonly men: Int32Array;
  readonly women: Int32Array;
  /** Per edge, the man's and the woman's own satisfaction (stable mode only). */
  readonly rowPreference?: Float64Array;
  readonly colPreference?: Float64Array;
  readonly config: ScoringConfig;
  readonly summary: CandidateSummary;
}

/**
 * Builds the round's candidate graph (top K per member, exclusions applied) with ages on the
 * round's date; progress is reported under phase 'candidates'. In stable mode it also scores
 * each side's own satisfaction per edge, since stable matching ranks by each side's view.
 */
export function roundCandidates(
  pool: Pool,
  policy: RoundPolicy,
  options: SolveOptions & { readonly scoring?: ScoringConfigInput },
): RoundCandidates {
  const onProgress = options.onProgress;
  const built = buildCandidateGraph(pool, {
    referenceDate: policy.date,
    k: policy.candidatesPerMember,
    tieSeed: policy.seed,
    ...(options.scoring ? { scoring: options.scoring } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(onProgress
      ? { onProgress: (p) => onProgress({ phase: 'candidates', done: p.done, total: p.total }) }
      : {}),
  });
  const base = {
    graph: built.graph,
    men: built.rowMembers,
    women: built.colMembers,
    config: built.config,
    summary: built.stats,
  };
  if (policy.mode !== 'stable') return base;
  const enc = encodeMembers(pool.members, built.config, policy.date);
  const scorer = createPairScorer(enc);
  const { rows, offsets, targets } = built.graph;
  const m = offsets[rows]!;
  const rowPreference = new Float64Array(m);
  const colPreference = new Float64Array(m);
  for (let r = 0; r < rows; r++) {
    const a = built.rowMembers[r]!;
    for (let e = offsets[r]!; e < offsets[r + 1]!; e++) {
      const b = built.colMembers[targets[e]!]!;
      rowPreference[e] = scorer.satisfaction(a, b);
      colPreference[e] = scorer.satisfaction(b, a);
    }
  }
  return { ...base, rowPreference, colPreference };
}
