import { parseArgs } from 'node:util';

/** Parsed command line of the bench CLI. */
export interface CliOptions {
  readonly suites: readonly string[];
  readonly sizes: readonly number[] | null;
  readonly cases: readonly string[] | null;
  readonly quick: boolean;
  readonly samples: number;
  readonly capSeconds: number;
  readonly outDir: string | null;
  readonly peers: boolean;
  readonly reportOnly: boolean;
  readonly seed: number;
  readonly help: boolean;
}

/** A command-line mistake; the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Usage text; `suites` lists the registered suite names. */
export function usage(suites: readonly string[]): string {
  return `Usage: npm run bench -- [suite ...] [options]

Runs the engine and its peers on the same generated instances, each size in a fresh process,
writes results/<suite>.json and rebuilds REPORT.md with charts. No suite = all suites.

Suites: ${suites.join(', ')}

Options:
  --sizes <n,n,...>   replace every selected case's sizes (e.g. --sizes 500,1000)
  --cases <a,b,...>   run only these cases of the selected suites
  --quick             tiny sizes, 1 sample: a smoke run of every suite in seconds
  --samples <k>       timed runs per measurement (default 3, quick 1); median reported
  --cap <seconds>     per-run time cap (default 60, quick 20); a run over it is killed,
                      reported as "over N s", and that solver skips the larger sizes
  --out <dir>         results directory (default packages/bench/results); REPORT.md and
                      charts/ go into <dir> too when it is given
  --no-peers          run the engine only
  --seed <int>        base seed of the generated instances (default 1)
  --report-only       rebuild REPORT.md and charts from the results present; run nothing
  --help              print this text`;
}

function positiveInt(flag: string, raw: string): number {
  const v = Number(raw);
  if (!Number.isInteger(v) || v < 1) throw new UsageError(`${flag} needs a positive integer, got "${raw}"`);
  return v;
}

/** Parses argv (without node and script); throws UsageError on malformed input. */
export function parseCli(argv: readonly string[]): CliOptions {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const v = parsed.values;
  const quick = v.quick === true;
  const sizes =
    v.sizes === undefined ? null : v.sizes.split(',').map((s) => positiveInt('--sizes', s.trim()));
  const cap = v.cap === undefined ? (quick ? 20 : 60) : Number(v.cap);
  if (!(cap > 0) || !Number.isFinite(cap))
    throw new UsageError(`--cap needs a positive number of seconds, got "${v.cap}"`);
  return {
    suites: parsed.positionals,
    sizes,
    cases: v.cases === undefined ? null : v.cases.split(',').map((s) => s.trim()),
    quick,
    samples: v.samples === undefined ? (quick ? 1 : 3) : positiveInt('--samples', v.samples),
    capSeconds: cap,
    outDir: v.out ?? null,
    peers: v['no-peers'] !== true,
    reportOnly: v['report-only'] === true,
    seed: v.seed === undefined ? 1 : positiveInt('--seed', v.seed),
    help: v.help === true,
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      sizes: { type: 'string' },
      cases: { type: 'string' },
      quick: { type: 'boolean' },
      samples: { type: 'string' },
      cap: { type: 'string' },
      out: { type: 'string' },
      'no-peers': { type: 'boolean' },
      'report-only': { type: 'boolean' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
