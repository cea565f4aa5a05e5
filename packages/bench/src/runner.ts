// Parent side of one measurement: spawns a fresh Node child (its own process group, so that a
// Python grandchild dies with it), restarts a cap timer at every event and kills the group when a
// run goes over the cap.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { type ChildEvent, type MeasureRequest, parseEvent } from './protocol.js';

/** Heap limit of measuring children: the 1M-row instances need far more than Node's default. */
export const CHILD_HEAP_MIB = 8192;

// Always the built child: src/ and dist/ are equally deep, so this holds from tests run on source too.
const CHILD_JS = fileURLToPath(new URL('../dist/child.js', import.meta.url));

/** What one child measured. */
export type ChildOutcome =
  | {
      readonly status: 'ok';
      readonly medianMs: number;
      readonly minMs: number;
      readonly maxMs: number;
      readonly samples: number;
      readonly method: string;
      readonly objective: number;
      readonly peakRssMiB: number;
      readonly baseRssMiB: number | null;
      readonly note: string;
    }
  | { readonly status: 'over-cap'; readonly baseRssMiB: number | null; readonly note: string }
  | { readonly status: 'error'; readonly note: string };

/** Timeouts of one measurement, ms. */
export interface Limits {
  /** Longest allowed gap between two events once the instance is ready (one run). */
  readonly capMs: number;
  /** Longest allowed time to generate and prepare the instance. */
  readonly setupMs: number;
}

/** Median of a non-empty list. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Runs one measurement in a fresh child and summarises its events. */
export function runChild(req: MeasureRequest, limits: Limits, method = 'loop'): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${CHILD_HEAP_MIB}`, CHILD_JS, JSON.stringify(req)],
      { detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const events: ChildEvent[] = [];
    let stderrTail = '';
    let killedFor: 'setup' | 'cap' | null = null;
    let timer: NodeJS.Timeout | undefined;
    const arm = (ms: number, why: 'setup' | 'cap'): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        killedFor = why;
        try {
          // Negative pid: the child's whole process group (it was spawned detached).
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, ms);
    };
    arm(limits.setupMs, 'setup');
    createInterface({ input: child.stdout }).on('line', (line) => {
      const e = parseEvent(line);
      if (e === undefined) return;
      events.push(e);
      if (e.type !== 'result') arm(limits.capMs, 'cap');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString()).slice(-4000);
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ status: 'error', note: `could not start the child: ${err.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve(summarise(events, code, signal, killedFor, limits, stderrTail, method));
    });
  });
}

function summarise(
  events: readonly ChildEvent[],
  code: number | null,
  signal: NodeJS.Signals | null,
  killedFor: 'setup' | 'cap' | null,
  limits: Limits,
  stderrTail: string,
  defaultMethod: string,
): ChildOutcome {
  let baseRssMiB: number | null = null;
  const times: number[] = [];
  let stats: Extract<ChildEvent, { type: 'stats' }> | undefined;
  let result: Extract<ChildEvent, { type: 'result' }> | undefined;
  for (const e of events) {
    if (e.type === 'ready') baseRssMiB = e.baseRssMiB;
    else if (e.type === 'sample' && !e.warmup) times.push(e.ms);
    else if (e.type === 'stats') stats = e;
    else if (e.type === 'result') result = e;
  }
  if (killedFor === 'cap') {
    return { status: 'over-cap', baseRssMiB, note: `over ${limits.capMs / 1000} s` };
  }
  if (killedFor === 'setup') {
    return { status: 'error', note: `instance setup took over ${limits.setupMs / 1000} s` };
  }
  if (result === undefined || code !== 0) {
    const how = signal ? `killed by ${signal}` : `exit code ${code}`;
    const why = errorLine(stderrTail);
    return { status: 'error', note: `child failed (${how})${why ? `: ${why}` : ''}` };
  }
  // A fast first run was a warm-up; with no other timed run, fall back to it.
  if (times.length === 0 && stats === undefined) {
    const first = events.find((e) => e.type === 'sample');
    if (first?.type === 'sample') times.push(first.ms);
  }
  const summary =
    stats !== undefined
      ? {
          medianMs: stats.medianMs,
          minMs: stats.minMs,
          maxMs: stats.maxMs,
          samples: stats.samples,
          method: stats.method,
        }
      : {
          medianMs: median(times),
          minMs: Math.min(...times),
          maxMs: Math.max(...times),
          samples: times.length,
          method: defaultMethod,
        };
  return {
    status: 'ok',
    ...summary,
    objective: result.objective,
    peakRssMiB: result.peakRssMiB,
    baseRssMiB,
    note: result.note ?? '',
  };
}

/** The line of a child's stderr that says what went wrong (an Error's message, or a fatal V8 line). */
function errorLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('at '));
  return (lines.find((l) => /error/i.test(l)) ?? lines.at(-1) ?? '').slice(0, 300);
}
