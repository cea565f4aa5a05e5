import {
  type Pool,
  parseRoundPolicy,
  type RoundPolicyInput,
  type RoundResult,
  runRound,
} from '@redthread/engine';
import { formatRoundSummary } from './format-round-summary.js';
import { ProgressBar } from './progress-bar.js';

/** Flags of `round` and `simulate`, as parseArgs gives them (strings). */
export interface RoundFlags {
  readonly on?: string;
  readonly 'per-man'?: string;
  readonly 'per-woman'?: string;
  readonly 'min-score'?: string;
  readonly cap?: string;
  readonly 'monthly-cap'?: string;
  readonly growth?: string;
  readonly mode?: string;
  readonly seed?: string;
}

/** Xihu's weekly capacity: about 350 introductions a month is 350 × 12 / 52 ≈ 81 a week. */
export const XIHU_WEEKLY_CAP = 81;

function num(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new Error(`--${flag} expects an integer, got ${value}`);
  return n;
}

/**
 * A round policy from command-line flags, validated with the engine's schema. Defaults for the
 * Xihu centre: 2 introductions per man and 1 per woman a round, the weekly cap of 81 (`--cap none`
 * lifts it).
 */
export function policyFromFlags(flags: RoundFlags, date: string): RoundPolicyInput {
  const cap = flags.cap === 'none' ? undefined : (num(flags.cap, 'cap') ?? XIHU_WEEKLY_CAP);
  const growth = num(flags.growth, 'growth');
  const input: Record<string, unknown> = {
    date,
    perMan: num(flags['per-man'], 'per-man') ?? 2,
    perWoman: num(flags['per-woman'], 'per-woman') ?? 1,
    minScore: num(flags['min-score'], 'min-score'),
    maxIntroductions: cap,
    monthlyCap: num(flags['monthly-cap'], 'monthly-cap'),
    mode: flags.mode,
    seed: num(flags.seed, 'seed'),
    ...(growth === undefined ? {} : { fairness: { growthPercent: growth, waitCap: 104 } }),
  };
  for (const key of Object.keys(input)) if (input[key] === undefined) delete input[key];
  parseRoundPolicy(input); // fail early, naming the field
  return input as RoundPolicyInput;
}

/** Runs one round in-process with a progress bar and renders the summary. */
export function runRoundCommand(
  title: string,
  pool: Pool,
  policy: RoundPolicyInput,
): { result: RoundResult; summary: string } {
  const bar = new ProgressBar();
  const start = performance.now();
  const state = { rounds: 0, members: [] };
  const result = runRound(pool, state, policy, { onProgress: bar.update });
  const totalMs = performance.now() - start;
  const phaseMs = bar.finish();
  const summary = formatRoundSummary({ title, members: pool.members.length, phaseMs, totalMs }, result);
  return { result, summary };
}
