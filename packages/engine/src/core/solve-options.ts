import { AbortedError } from './errors.js';

/** The part of AbortSignal the engine reads; a DOM or Node AbortSignal fits it. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/** Progress of a long run: `done` out of `total` units of work (a solver says which). */
export interface Progress {
  readonly phase: string;
  readonly done: number;
  readonly total: number;
}

/** Options every solver accepts. */
export interface SolveOptions {
  /** Cancels the run; the solver throws AbortedError at its next check. */
  readonly signal?: AbortSignalLike;
  /** Time budget in milliseconds; anytime solvers return their best so far when it runs out. */
  readonly timeBudgetMs?: number;
  /** Called now and then during long runs; never on every inner step. */
  readonly onProgress?: (progress: Progress) => void;
  /** Seed for any randomised choice (tie-breaking, local search). Default 1. */
  readonly seed?: number;
}

/** What a solver could prove about its answer. */
export type Proof =
  | { readonly code: 'optimal' }
  | { readonly code: 'gap'; readonly lowerBound: number; readonly upperBound: number }
  | { readonly code: 'none'; readonly reason: string };

/** Throws AbortedError if the signal has fired. Cheap enough to call every few thousand steps. */
export function throwIfAborted(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted) {
    const reason = signal.reason;
    throw new AbortedError(reason instanceof Error ? reason.message : undefined);
  }
}
