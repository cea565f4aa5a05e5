// Runs the cases of a suite size by size: the engine first, then each peer and baseline on the
// same seed (hence the same instance), each in its own child. Compares objectives and times with
// the engine's as the records come in.

import { instanceSeed } from './instances/seed.js';
import type { MeasureRequest } from './protocol.js';
import type { BenchRecord } from './record.js';
import { type ChildOutcome, type Limits, runChild } from './runner.js';
import { type BenchCase, type Solver, type Suite, sizeLabel } from './suite.js';

/** Settings of one run of the harness. */
export interface RunConfig {
  readonly quick: boolean;
  readonly samples: number;
  readonly capMs: number;
  readonly peers: boolean;
  readonly seed: number;
  /** Replaces every selected case's sizes when given. */
  readonly sizes: readonly number[] | null;
  /** Only these cases (by name) when given. */
  readonly cases: readonly string[] | null;
  readonly tmpDir: string;
  readonly log: (line: string) => void;
}

const ROLE_ORDER = { engine: 0, peer: 1, baseline: 2 } as const;
const unavailableCache = new WeakMap<object, string | undefined>();

function unavailableReason(s: Solver<unknown>): string | undefined {
  if (s.unavailable === undefined) return undefined;
  if (!unavailableCache.has(s)) unavailableCache.set(s, s.unavailable());
  return unavailableCache.get(s);
}

/** Runs every selected case of `suite`; `onRecord` sees each record as soon as it exists. */
export async function runSuite(
  suite: Suite,
  cfg: RunConfig,
  onRecord: (r: BenchRecord) => void,
): Promise<BenchRecord[]> {
  const all: BenchRecord[] = [];
  for (const c of suite.cases) {
    if (cfg.cases !== null && !cfg.cases.includes(c.name)) continue;
    await runCase(suite, c, cfg, (r) => {
      all.push(r);
      onRecord(r);
    });
  }
  return all;
}

async function runCase(
  suite: Suite,
  c: BenchCase<unknown>,
  cfg: RunConfig,
  onRecord: (r: BenchRecord) => void,
): Promise<void> {
  const sizes = [...(cfg.sizes ?? (cfg.quick ? c.quickSizes : c.sizes))].sort((a, b) => a - b);
  const solvers = [...c.solvers]
    .filter((s) => cfg.peers || s.role === 'engine')
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  const overCapAt = new Map<string, number>();
  const limits: Limits = { capMs: cfg.capMs, setupMs: Math.max(10 * cfg.capMs, 300_000) };
  for (const n of sizes) {
    const seed = instanceSeed(cfg.seed, c.name, n);
    const size = sizeLabel(c, n);
    cfg.log(`${suite.name} / ${c.name}  n = ${size}`);
    let reference: BenchRecord | undefined;
    for (const s of solvers) {
      const base = {
        suite: suite.name,
        case: c.name,
        solver: s.name,
        role: s.role,
        exact: s.exact,
        n,
        size,
        seed,
      };
      const skip = (status: 'skipped' | 'unavailable', note: string): BenchRecord => ({
        ...base,
        ...EMPTY,
        status,
        note,
      });
      let record: BenchRecord;
      const reason = unavailableReason(s);
      const overAt = overCapAt.get(s.name);
      if (reason !== undefined) record = skip('unavailable', reason);
      else if (s.maxN !== undefined && n > s.maxN) record = skip('skipped', `not run above n = ${s.maxN}`);
      else if (overAt !== undefined) record = skip('skipped', `over ${cfg.capMs / 1000} s at n = ${overAt}`);
      else {
        const req: MeasureRequest = {
          suite: suite.name,
          case: c.name,
          solver: s.name,
          n,
          seed,
          samples: cfg.samples,
          capMs: cfg.capMs,
          warmupBelowMs: 1000,
          warmupMaxRuns: cfg.quick ? 1 : 5,
          microBelowMs: 20,
          microTimeMs: cfg.quick ? 25 : 500,
          tmpDir: cfg.tmpDir,
        };
        const outcome = await runChild(req, limits, s.kind === 'external' ? 'python' : 'loop');
        if (outcome.status === 'over-cap') overCapAt.set(s.name, n);
        record = toRecord(base, outcome);
      }
      record = compare(record, s, reference);
      if (record.status === 'ok' && reference === undefined && (s.role === 'engine' || s.exact)) {
        reference = record;
      }
      cfg.log(formatLine(record));
      onRecord(record);
    }
  }
}

const EMPTY = {
  medianMs: null,
  minMs: null,
  maxMs: null,
  samples: 0,
  method: null,
  peakRssMiB: null,
  baseRssMiB: null,
  objective: null,
  vsEngine: null,
} as const;

function toRecord(
  base: Omit<BenchRecord, keyof typeof EMPTY | 'status' | 'note'>,
  o: ChildOutcome,
): BenchRecord {
  if (o.status === 'ok') {
    return {
      ...base,
      status: 'ok',
      medianMs: o.medianMs,
      minMs: o.minMs,
      maxMs: o.maxMs,
      samples: o.samples,
      method: o.method,
      peakRssMiB: o.peakRssMiB,
      baseRssMiB: o.baseRssMiB,
      objective: o.objective,
      vsEngine: null,
      note: o.note,
    };
  }
  return {
    ...base,
    ...EMPTY,
    baseRssMiB: o.status === 'over-cap' ? o.baseRssMiB : null,
    status: o.status,
    note: o.note,
  };
}

/** Whether two objectives agree within a relative tolerance. */
export function objectivesAgree(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

function compare(r: BenchRecord, s: Solver<unknown>, ref: BenchRecord | undefined): BenchRecord {
  if (r.status !== 'ok' || ref === undefined || r.objective === null || ref.objective === null) return r;
  const notes = r.note ? [r.note] : [];
  const vsEngine = ref.role === 'engine' && ref.medianMs ? r.medianMs! / ref.medianMs : null;
  if (ref.role !== 'engine') notes.push(`no engine result; objective checked against ${ref.solver}`);
  if (s.exact) {
    if (!objectivesAgree(r.objective, ref.objective, s.tolerance ?? 1e-9)) {
      notes.push(`OBJECTIVE DISAGREES: ${r.objective} vs ${ref.solver} ${ref.objective}`);
    }
  } else if (ref.objective !== 0) {
    notes.push(`objective ${((100 * r.objective) / ref.objective).toFixed(2)}% of ${ref.solver}'s`);
  }
  return { ...r, vsEngine, note: notes.join('; ') };
}

/** A console line for one record. */
export function formatLine(r: BenchRecord): string {
  const name = r.solver.padEnd(24);
  if (r.status !== 'ok') return `  ${name}${r.status}: ${r.note}`;
  const time = formatMs(r.medianMs!).padStart(10);
  const mem = `${r.peakRssMiB!.toFixed(0)} MiB`.padStart(10);
  const ratio = r.vsEngine !== null ? `  ×${formatRatio(r.vsEngine)}` : '';
  const note = r.note ? `  (${r.note})` : '';
  return `  ${name}${time}${mem}  obj ${r.objective}${ratio}${note}`;
}

/** Milliseconds in a readable unit. */
export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${(ms * 1000).toFixed(0)} µs`;
}

/** A ratio with sensible precision. */
export function formatRatio(x: number): string {
  if (x >= 100) return x.toFixed(0);
  if (x >= 10) return x.toFixed(1);
  return x.toFixed(2);
}
