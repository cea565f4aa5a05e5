import type { SolverRole } from './suite.js';

/** How a measurement ended. */
export type RecordStatus = 'ok' | 'over-cap' | 'skipped' | 'error' | 'unavailable';

/** One measurement: one solver on one generated instance. Times in ms, memory in MiB. */
export interface BenchRecord {
  readonly suite: string;
  readonly case: string;
  readonly solver: string;
  readonly role: SolverRole;
  readonly exact: boolean;
  readonly n: number;
  /** The size as the report prints it, e.g. `1700×3300`. */
  readonly size: string;
  readonly seed: number;
  readonly status: RecordStatus;
  /** Median / min / max of the timed runs (solve only, warm-up excluded); null unless ok. */
  readonly medianMs: number | null;
  readonly minMs: number | null;
  readonly maxMs: number | null;
  /** Timed runs behind the median. */
  readonly samples: number;
  /** `tinybench` (fast runs), `loop` (one by one) or `python` (timed inside the scipy script). */
  readonly method: string | null;
  /** Peak RSS of the measuring process (instance + solver), MiB. */
  readonly peakRssMiB: number | null;
  /** Peak RSS once the instance was generated, before the solver touched it, MiB. */
  readonly baseRssMiB: number | null;
  readonly objective: number | null;
  /** This solver's median over the engine's on the same instance (> 1: the engine is faster). */
  readonly vsEngine: number | null;
  /** Disagreements, caps, errors; empty when there is nothing to say. */
  readonly note: string;
}

/** Facts about the machine and checkout a results file was measured on. */
export interface MachineFacts {
  readonly cpuModel: string;
  readonly cores: number;
  readonly totalMemoryGiB: number;
  readonly platform: string;
  /** Transparent huge page mode (Linux: always, madvise or never); absent in older files. */
  readonly hugePages?: string | null;
  /** Nanoseconds per dependent load on a random walk over 256 MiB (memory-latency.ts); absent in older files. */
  readonly memoryLatencyNs?: number;
  readonly node: string;
  readonly commit: string | null;
  readonly date: string;
  /** `python x.y / scipy a.b` when the scipy peers were available. */
  readonly python: string | null;
}

/** The options a run was made with, kept so a results file explains itself. */
export interface RunSettings {
  readonly quick: boolean;
  readonly samples: number;
  readonly capSeconds: number;
  readonly peers: boolean;
  readonly seed: number;
  readonly sizes: readonly number[] | null;
  readonly cases: readonly string[] | null;
}

/** Contents of `results/<suite>.json`. */
export interface ResultsFile {
  readonly suite: string;
  readonly description: string;
  readonly machine: MachineFacts;
  readonly settings: RunSettings;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  /** Case descriptions for the report. */
  readonly cases: Readonly<Record<string, string>>;
  readonly records: readonly BenchRecord[];
}
