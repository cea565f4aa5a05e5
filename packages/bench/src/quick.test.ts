// Runs the CLI's quick mode for every suite, as CI does: catches a broken suite, adapter or
// report. Asserts shape and agreement of objectives, never speed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hugePageMode } from './machine.js';
import type { BenchRecord, ResultsFile } from './record.js';
import { objectivesAgree } from './run.js';
import { SUITES } from './suites/index.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

describe('bench --quick (all suites)', () => {
  let out: string;
  let run: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    out = mkdtempSync(join(os.tmpdir(), 'redthread-bench-quick-'));
    run = spawnSync(process.execPath, [CLI, '--quick', '--out', out], { encoding: 'utf8', timeout: 120_000 });
  }, 130_000);

  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  it('exits 0', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('writes one results file per suite with machine facts and well-formed records', () => {
    for (const suite of SUITES) {
      const file = JSON.parse(readFileSync(join(out, `${suite.name}.json`), 'utf8')) as ResultsFile;
      expect(file.suite).toBe(suite.name);
      expect(file.settings.quick).toBe(true);
      expect(file.machine.cores).toBeGreaterThan(0);
      expect(file.machine.node).toBe(process.version);
      expect(file.machine.hugePages).toBe(hugePageMode());
      expect(file.machine.memoryLatencyNs).toBeGreaterThan(0);
      expect(file.finishedAt).not.toBeNull();
      expect(file.records.length).toBeGreaterThan(0);
      for (const r of file.records) {
        expectRecordShape(r);
        // A broken adapter shows up as an error; nothing tiny may hit the cap.
        expect(['ok', 'skipped', 'unavailable'], `${r.case} ${r.solver}: ${r.note}`).toContain(r.status);
      }
      // Every case ran, and its engine measured something.
      for (const c of suite.cases) {
        const engine = file.records.filter((r) => r.case === c.name && r.role === 'engine');
        expect(engine.length, `${suite.name}/${c.name} engine records`).toBeGreaterThan(0);
        for (const r of engine) expect(r.status, `${suite.name}/${c.name}: ${r.note}`).toBe('ok');
      }
    }
  });

  it('every exact peer reaches the engine objective on the same instance', () => {
    for (const suite of SUITES) {
      const file = JSON.parse(readFileSync(join(out, `${suite.name}.json`), 'utf8')) as ResultsFile;
      for (const r of file.records) {
        if (r.role === 'engine' || !r.exact || r.status !== 'ok') continue;
        const engine = file.records.find((e) => e.case === r.case && e.n === r.n && e.role === 'engine');
        expect(engine?.objective, `${r.case} n=${r.n}`).not.toBeNull();
        const tolerance = r.solver === 'highs-lp' ? 1e-6 : 1e-9;
        expect(
          objectivesAgree(r.objective!, engine!.objective!, tolerance),
          `${r.case} n=${r.n} ${r.solver}`,
        ).toBe(true);
        expect(r.note).not.toContain('DISAGREES');
        expect(r.vsEngine).toBeGreaterThan(0);
      }
    }
  });

  it('builds the report in the --out directory, not the package', () => {
    const report = readFileSync(join(out, 'REPORT.md'), 'utf8');
    for (const suite of SUITES) expect(report).toContain(`## ${suite.name}`);
    expect(report).toContain('quick mode');
    expect(existsSync(join(out, 'charts'))).toBe(true);
  });
});

function expectRecordShape(r: BenchRecord): void {
  expect(typeof r.suite).toBe('string');
  expect(typeof r.case).toBe('string');
  expect(typeof r.solver).toBe('string');
  expect(Number.isInteger(r.n) && r.n > 0).toBe(true);
  expect(typeof r.note).toBe('string');
  expect(['ok', 'over-cap', 'skipped', 'error', 'unavailable']).toContain(r.status);
  if (r.status === 'ok') {
    expect(r.samples).toBeGreaterThan(0);
    expect(r.minMs!).toBeLessThanOrEqual(r.medianMs!);
    expect(r.medianMs!).toBeLessThanOrEqual(r.maxMs!);
    expect(r.minMs!).toBeGreaterThanOrEqual(0);
    expect(r.peakRssMiB!).toBeGreaterThan(0);
    expect(Number.isFinite(r.objective)).toBe(true);
  } else {
    expect(r.medianMs).toBeNull();
    expect(r.objective).toBeNull();
    expect(r.note).not.toBe('');
  }
}
