import type { Progress } from '@redthread/engine';

/** A one-line progress bar on a terminal (stderr); on a pipe, one line per phase. */
export class ProgressBar {
  private phase = '';
  private lastDraw = 0;
  private readonly started = performance.now();
  /** Milliseconds spent in each phase, in order of appearance. */
  readonly phaseMs = new Map<string, number>();
  private phaseStart = performance.now();

  constructor(
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly width = 28,
  ) {}

  /** Progress callback to hand to the engine. */
  readonly update = (p: Progress): void => {
    const now = performance.now();
    if (p.phase !== this.phase) {
      this.closePhase(now);
      this.phase = p.phase;
      this.phaseStart = now;
      if (!this.out.isTTY) this.out.write(`  ${p.phase}…\n`);
    }
    if (!this.out.isTTY || (now - this.lastDraw < 50 && p.done < p.total)) return;
    this.lastDraw = now;
    const share = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
    const filled = Math.round(share * this.width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(this.width - filled)}`;
    const secs = ((now - this.started) / 1000).toFixed(1);
    this.out.write(`\r  ${bar} ${p.phase.padEnd(10)} ${(share * 100).toFixed(0).padStart(3)}%  ${secs} s `);
  };

  /** Ends the bar (clears the line on a terminal) and returns the phase timings. */
  finish(): Map<string, number> {
    this.closePhase(performance.now());
    this.phase = '';
    if (this.out.isTTY) this.out.write('\r\x1b[2K');
    return this.phaseMs;
  }

  private closePhase(now: number): void {
    if (this.phase === '') return;
    this.phaseMs.set(this.phase, (this.phaseMs.get(this.phase) ?? 0) + now - this.phaseStart);
  }
}
