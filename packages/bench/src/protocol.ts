// The line protocol between the parent (runner.ts) and a measuring child (child.ts, or the scipy
// script): the child prints one `BENCH {json}` line per event on stdout; anything else a peer
// prints is ignored. Keep the Python side (peers/scipy_peer.py) in step with these types.

/** What the parent asks a child to measure. */
export interface MeasureRequest {
  readonly suite: string;
  readonly case: string;
  readonly solver: string;
  readonly n: number;
  readonly seed: number;
  /** Timed runs wanted (after the warm-up). */
  readonly samples: number;
  /** Per-run time cap in ms; also the budget after which no further sample starts. */
  readonly capMs: number;
  /** A first run faster than this starts a warm-up that is discarded. */
  readonly warmupBelowMs: number;
  /** Most warm-up runs (they also stop after 0.5 s); 1 in quick mode. */
  readonly warmupMaxRuns: number;
  /** Runs faster than this are measured with tinybench over `microTimeMs`. */
  readonly microBelowMs: number;
  readonly microTimeMs: number;
  /** Scratch directory for instance files handed to external solvers. */
  readonly tmpDir: string;
}

/** One event from a child. */
export type ChildEvent =
  | { readonly type: 'ready'; readonly baseRssMiB: number }
  | { readonly type: 'sample'; readonly ms: number; readonly warmup: boolean }
  | {
      readonly type: 'stats';
      readonly medianMs: number;
      readonly minMs: number;
      readonly maxMs: number;
      readonly samples: number;
      readonly method: string;
    }
  | {
      readonly type: 'result';
      readonly objective: number;
      readonly peakRssMiB: number;
      readonly note?: string;
    };

/** Prefix of protocol lines. */
export const EVENT_PREFIX = 'BENCH ';

/** Formats an event as one protocol line (with newline). */
export function formatEvent(e: ChildEvent): string {
  return `${EVENT_PREFIX}${JSON.stringify(e)}\n`;
}

/** Parses a protocol line; undefined for any other output. */
export function parseEvent(line: string): ChildEvent | undefined {
  if (!line.startsWith(EVENT_PREFIX)) return undefined;
  try {
    const value = JSON.parse(line.slice(EVENT_PREFIX.length)) as { type?: unknown };
    return typeof value.type === 'string' ? (value as ChildEvent) : undefined;
  } catch {
    return undefined;
  }
}
