import { performance } from 'node:perf_hooks';
import { Bench } from 'tinybench';
import type { ChildEvent, MeasureRequest } from './protocol.js';
import type { Prepared } from './suite.js';

/** Warm-up of fast solvers: repeat until this much time went by (or `warmupMaxRuns` runs). */
const WARMUP_BUDGET_MS = 500;

/** Peak resident set size of this process so far, MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/**
 * Times `prepare().run()` the way the report expects. A first run under `warmupBelowMs` starts
 * a warm-up (repeated up to 0.5 s or `warmupMaxRuns` runs, so the JIT settles) that is
 * discarded; a slower first run counts. Then fast runs are measured with tinybench, slow ones one
 * by one until `samples` runs are done or the next would end past the cap budget. Events are
 * emitted as they happen so the parent can kill a run that goes over the cap.
 *
 * No forced GC between runs: measured here, `gc()` before each run made the engine's dense
 * solver 10–20× slower on the next run, which no real caller sees.
 */
export async function measure(
  prepare: () => Prepared | Promise<Prepared>,
  freshInput: boolean,
  req: MeasureRequest,
  emit: (e: ChildEvent) => void,
  baseRssMiB: number,
): Promise<void> {
  let current = await prepare();
  emit({ type: 'ready', baseRssMiB });
  let used = false;
  const renew = async (): Promise<void> => {
    current.dispose?.();
    current = await prepare();
  };
  const timeOnce = async (): Promise<number> => {
    if (freshInput && used) await renew();
    used = true;
    const t0 = performance.now();
    current.run();
    return performance.now() - t0;
  };

  let last = await timeOnce();
  const warm = last < req.warmupBelowMs;
  emit({ type: 'sample', ms: last, warmup: warm });
  const times = warm ? [] : [last];
  if (warm) {
    let warmSpent = last;
    for (let runs = 1; runs < req.warmupMaxRuns && warmSpent < WARMUP_BUDGET_MS; runs++) {
      last = await timeOnce();
      warmSpent += last;
      emit({ type: 'sample', ms: last, warmup: true });
    }
  }

  if (warm && last < req.microBelowMs && req.samples > 0) {
    const bench = new Bench({ time: req.microTimeMs, iterations: req.samples, warmup: false, throws: true });
    bench.add('run', () => current.run(), freshInput ? { beforeEach: renew } : {});
    const [task] = await bench.run();
    const r = task?.result;
    if (r && 'latency' in r) {
      emit({
        type: 'stats',
        medianMs: r.latency.p50,
        minMs: r.latency.min,
        maxMs: r.latency.max,
        samples: r.latency.samplesCount,
        method: 'tinybench',
      });
    }
  } else {
    let spent = times.reduce((a, b) => a + b, 0);
    while (times.length < req.samples && spent + last <= req.capMs) {
      last = await timeOnce();
      spent += last;
      times.push(last);
      emit({ type: 'sample', ms: last, warmup: false });
    }
  }
  const objective = current.objective();
  const note = current.note?.() ?? '';
  current.dispose?.();
  emit({ type: 'result', objective, peakRssMiB: peakRssMiB(), ...(note ? { note } : {}) });
}
