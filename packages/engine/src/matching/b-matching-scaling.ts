import { AbortedError } from '../core/errors.js';
import { PushRelabel } from './b-matching-push-relabel.js';
import { startRefine } from './b-matching-refine.js';
import { dischargeRow } from './b-matching-row-discharge.js';
import type { ScalingInput, ScalingState } from './b-matching-scaling-state.js';

export {
  createScalingState,
  epsFactorFor,
  type ScalingInput,
  type ScalingState,
  scalingFactor,
} from './b-matching-scaling-state.js';

const CHECK_EVERY = 2048;

/**
 * Exact max-weight b-matching by cost-scaling push–relabel (Goldberg–Tarjan) on the circulation
 * of ScalingState: ε shrinks by state.epsFactor from state.startEps to 1; each refinement
 * (b-matching-refine.ts) keeps the rows whose arcs are still ε-optimal and resets the others, and
 * push–relabel (b-matching-push-relabel.ts) discharges until no excess is left. After each phase
 * above ε = 1, `earlyStop` (given ε and the phase's row discharges) may prove the flow optimal and
 * end the run with exact potentials in the state. Returns false when stopped by the deadline; the
 * chosen edges are a feasible b-matching at every check.
 */
export function runBMatchingScaling(
  input: ScalingInput,
  state: ScalingState,
  earlyStop?: (eps: number, work: number) => boolean,
): boolean {
  const { deadline, signal, onProgress } = input;
  if (state.maxWeight === 0) return true;
  const run = new PushRelabel(input, state);
  run.load();
  const { stack, queued, excess } = run;
  const stopped = (): boolean => {
    if (signal?.aborted) {
      const reason = signal.reason;
      throw new AbortedError(reason instanceof Error ? reason.message : undefined);
    }
    return Date.now() > deadline;
  };

  let tick = 0;
  let phase = 0;
  const phases = Math.ceil(Math.log(state.startEps) / Math.log(state.epsFactor)) + 1;
  for (let eps = state.startEps * state.epsFactor; eps > 1; ) {
    eps = Math.max(1, Math.ceil(eps / state.epsFactor));
    run.eps = eps;
    onProgress?.({ phase: 'scale', done: phase++, total: phases });
    if (stopped()) {
      state.pH = run.pH;
      return false;
    }
    startRefine(run);
    let phaseWork = 0;
    for (;;) {
      while (run.top > 0) {
        const i = stack[--run.top]!;
        queued[i] = 0;
        if (excess[i]! > 0) {
          dischargeRow(run, i);
          phaseWork++;
        }
        if (++tick === CHECK_EVERY) {
          tick = 0;
          if (stopped()) {
            state.pH = run.pH;
            return false;
          }
        }
      }
      if (run.exH <= 0) break;
      run.dischargeHub();
    }
    if (eps > 1 && earlyStop !== undefined) {
      state.pH = run.pH;
      const done = earlyStop(eps, phaseWork);
      run.pH = state.pH;
      if (done) break;
    }
  }
  onProgress?.({ phase: 'scale', done: phases, total: phases });
  state.pH = run.pH;
  return true;
}
