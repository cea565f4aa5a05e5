import { repairPotentials } from './b-matching-potentials.js';
import type { ScalingInput, ScalingState } from './b-matching-scaling.js';

/** A phase whose push count is at least this share of the previous one's is "stuck". */
const STUCK_RATIO = 0.9;
/** Relaxations per arc and node an early proof may spend before it is abandoned. */
const EARLY_REPAIR_BUDGET = 8;

/**
 * Stops cost scaling before ε = 1 when the flow is already optimal. After a phase, the
 * label-correcting repair (b-matching-potentials.ts) is tried on a copy of the prices: it
 * succeeds only if the residual graph has no negative cycle, i.e. the flow is optimal, and then
 * leaves exact potentials. It is tried only where it pays: below one weight unit of ε (above, a
 * flow is rarely optimal) and when the phase pushed about as much as the one before, which is the
 * signature of ties (on distinct weights each finer phase pushes markedly less, and each further
 * phase is cheaper than a failed proof). The decision counts pushes, not time, so results stay
 * deterministic. `everyPhase` tries after every phase (tests).
 */
export class EarlyStop {
  /** True once a repair succeeded: the state holds an optimal flow and exact potentials. */
  repaired = false;
  /** Repairs tried, and those that failed (the prices were then restored). */
  attempts = 0;
  failures = 0;
  /** ε (scaled units) of the phase after which the repair succeeded, or 0. */
  stoppedAt = 0;
  private lastWork = Number.POSITIVE_INFINITY;
  private readonly savedRow: Float64Array;
  private readonly savedCol: Float64Array;

  constructor(
    private readonly input: ScalingInput,
    private readonly state: ScalingState,
    private readonly everyPhase = false,
  ) {
    this.savedRow = new Float64Array(state.pr.length);
    this.savedCol = new Float64Array(state.pc.length);
  }

  /** Called after the phase at `eps` (scaled units) with `work` row discharges; true = stop now. */
  readonly check = (eps: number, work: number): boolean => {
    const stuck = work >= STUCK_RATIO * this.lastWork;
    this.lastWork = work;
    if (!this.everyPhase && (eps >= this.state.alpha || !stuck)) return false;
    const { state } = this;
    this.savedRow.set(state.pr);
    this.savedCol.set(state.pc);
    const pH = state.pH;
    this.attempts++;
    if (repairPotentials(this.input, state, EARLY_REPAIR_BUDGET)) {
      this.repaired = true;
      this.stoppedAt = eps;
      return true;
    }
    this.failures++;
    state.pr.set(this.savedRow);
    state.pc.set(this.savedCol);
    state.pH = pH;
    return false;
  };
}
