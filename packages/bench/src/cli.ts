#!/usr/bin/env node
// `npm run bench -- [suite ...] [options]`: runs the suites, writes results/<suite>.json and
// rebuilds REPORT.md with its charts. See packages/bench/README.md.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CliOptions, parseCli, UsageError, usage } from './args.js';
import { machineFacts, pythonScipyVersion } from './machine.js';
import { PYTHON, scipyUnavailable } from './peers/scipy.js';
import type { BenchRecord, ResultsFile } from './record.js';
import { writeReport } from './report/report.js';
import { runSuite } from './run.js';
import { findSuite, SUITES } from './suites/index.js';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const REPO_DIR = resolve(PACKAGE_DIR, '..', '..');

/** Where a run writes: results, report and charts. */
export interface OutputPaths {
  readonly resultsDir: string;
  readonly reportPath: string;
  readonly chartsDir: string;
}

/** Default paths in the package, or everything under `--out`. */
export function outputPaths(outDir: string | null): OutputPaths {
  if (outDir === null) {
    return {
      resultsDir: join(PACKAGE_DIR, 'results'),
      reportPath: join(PACKAGE_DIR, 'REPORT.md'),
      chartsDir: join(PACKAGE_DIR, 'charts'),
    };
  }
  const dir = resolve(outDir);
  return { resultsDir: dir, reportPath: join(dir, 'REPORT.md'), chartsDir: join(dir, 'charts') };
}

async function runAll(opts: CliOptions, paths: OutputPaths): Promise<BenchRecord[]> {
  const names = opts.suites.length > 0 ? opts.suites : SUITES.map((s) => s.name);
  const suites = names.map((name) => findSuite(name)!);
  mkdirSync(paths.resultsDir, { recursive: true });
  const tmpDir = mkdtempSync(join(os.tmpdir(), 'redthread-bench-'));
  const python = opts.peers && scipyUnavailable() === undefined ? pythonScipyVersion(PYTHON) : null;
  const machine = machineFacts(REPO_DIR, python);
  const all: BenchRecord[] = [];
  try {
    for (const suite of suites) {
      const records: BenchRecord[] = [];
      const startedAt = new Date().toISOString();
      const save = (finishedAt: string | null): void => {
        const file: ResultsFile = {
          suite: suite.name,
          description: suite.description,
          machine,
          settings: {
            quick: opts.quick,
            samples: opts.samples,
            capSeconds: opts.capSeconds,
            peers: opts.peers,
            seed: opts.seed,
            sizes: opts.sizes,
            cases: opts.cases,
          },
          startedAt,
          finishedAt,
          cases: Object.fromEntries(suite.cases.map((c) => [c.name, c.description])),
          records,
        };
        writeFileSync(join(paths.resultsDir, `${suite.name}.json`), `${JSON.stringify(file, null, 2)}\n`);
      };
      await runSuite(
        suite,
        {
          quick: opts.quick,
          samples: opts.samples,
          capMs: opts.capSeconds * 1000,
          peers: opts.peers,
          seed: opts.seed,
          sizes: opts.sizes,
          cases: opts.cases,
          tmpDir,
          log: (line) => process.stdout.write(`${line}\n`),
        },
        (r) => {
          records.push(r);
          all.push(r);
          // Saved after every measurement, so a long run that dies keeps what it measured.
          save(null);
        },
      );
      save(new Date().toISOString());
    }
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  return all;
}

async function main(argv: readonly string[]): Promise<number> {
  const names = SUITES.map((s) => s.name);
  let opts: CliOptions;
  try {
    opts = parseCli(argv);
    const unknown = opts.suites.filter((s) => findSuite(s) === undefined);
    if (unknown.length > 0) {
      throw new UsageError(
        `unknown suite${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; the suites are: ${names.join(', ')}`,
      );
    }
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`bench: ${err.message}\n\n${usage(names)}\n`);
    return 2;
  }
  if (opts.help) {
    process.stdout.write(`${usage(names)}\n`);
    return 0;
  }
  const paths = outputPaths(opts.outDir);
  let exitCode = 0;
  if (!opts.reportOnly) {
    const records = await runAll(opts, paths);
    const disagree = records.filter((r) => r.note.includes('DISAGREES'));
    const engineErrors = records.filter((r) => r.role === 'engine' && r.status === 'error');
    const errors = records.filter((r) => r.status === 'error');
    process.stdout.write(
      `\n${records.length} measurements: ${disagree.length} objective disagreement(s), ${errors.length} error(s).\n`,
    );
    for (const r of [...disagree, ...errors]) {
      process.stdout.write(`  ${r.suite}/${r.case} n=${r.size} ${r.solver}: ${r.note}\n`);
    }
    if (disagree.length > 0 || engineErrors.length > 0) exitCode = 1;
  }
  const { charts } = writeReport(paths.resultsDir, paths.reportPath, paths.chartsDir);
  process.stdout.write(`Report: ${paths.reportPath} (${charts} charts in ${paths.chartsDir})\n`);
  return exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
