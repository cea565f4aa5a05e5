// The shape every bench suite has. A suite is a list of cases; a case generates one instance per
// size n and names the solvers that run on it. Each (case, n, solver) is measured in a fresh
// child process, so a suite file holds only generators and adapters, never timing code.

/** Who a solver is: the engine (the reference), an exact peer, or a baseline whose objective may differ. */
export type SolverRole = 'engine' | 'peer' | 'baseline';

/** A solver made ready on one instance: `run` is the timed part, the rest is not timed. */
export interface Prepared {
  /** Solves once; keep the answer in the closure for `objective`. Timed. */
  run(): void;
  /** Objective of the last `run`, in the instance's own units (cost or gain). */
  objective(): number;
  /** Something worth recording about the last run (e.g. a proof that is not `optimal`); untimed. */
  note?(): string;
  /** Releases native memory (wasm models); called before the next prepare and at the end. */
  dispose?(): void;
}

/** A solver that runs in the measuring Node process. */
export interface InProcessSolver<I> {
  readonly kind: 'in-process';
  /** Untimed: converts the instance to the solver's native input (number[][], an LP model…). */
  prepare(instance: I): Prepared | Promise<Prepared>;
  /** Prepare again before every run: the solver mutates its input or would warm-start. */
  readonly freshInput?: boolean;
}

/** A solver in another process (scipy): it writes the instance and gets a command that measures itself. */
export interface ExternalSolver<I> {
  readonly kind: 'external';
  /** Writes the instance under `dir` (removed after the run) and returns the script and its arguments; it speaks the child protocol on stdout. */
  command(
    instance: I,
    dir: string,
    request: ExternalRequest,
  ): { file: string; args: string[]; instanceFile: string };
}

/** What an external solver's command is told about the measurement. */
export interface ExternalRequest {
  readonly samples: number;
  readonly capMs: number;
  readonly warmupBelowMs: number;
  readonly warmupMaxRuns: number;
  readonly microBelowMs: number;
  readonly microTimeMs: number;
}

/** One solver of a case. */
export type Solver<I> = {
  /** Short, stable name used in records, tables and charts (e.g. `engine`, `munkres`, `scipy-lsa`). */
  readonly name: string;
  readonly role: SolverRole;
  /** Exact solvers must reach the engine's objective; a disagreement is flagged. */
  readonly exact: boolean;
  /** Relative tolerance for the objective check (floating-point LP solvers); default 1e-9. */
  readonly tolerance?: number;
  /** Not run above this n (peers far too slow there); recorded as skipped. */
  readonly maxN?: number;
  /** Reason the solver cannot run on this machine, checked once in the parent; undefined = available. */
  readonly unavailable?: () => string | undefined;
} & (InProcessSolver<I> | ExternalSolver<I>);

/** A family of instances measured at several sizes. */
export interface BenchCase<I> {
  readonly name: string;
  /** One sentence for the report: what the instances are. */
  readonly description: string;
  /** Sizes of a full run (n is the case's main size: rows, people, vertices). */
  readonly sizes: readonly number[];
  /** Tiny sizes for `--quick` (CI smoke run). */
  readonly quickSizes: readonly number[];
  /** How the size reads in tables, e.g. `1700×3300`; default `n`. */
  readonly label?: (n: number) => string;
  /** Builds the instance deterministically from the seed; runs inside the child, so it may be large. */
  readonly generate: (n: number, seed: number) => I;
  readonly solvers: readonly Solver<I>[];
}

/** A named group of cases, run by `npm run bench -- <name>`. */
export interface Suite {
  readonly name: string;
  readonly description: string;
  readonly cases: readonly BenchCase<unknown>[];
}

/** Erases a case's instance type so that cases of different instance types share one list. */
export function defineCase<I>(c: BenchCase<I>): BenchCase<unknown> {
  return c as unknown as BenchCase<unknown>;
}

/** Label of a size in a case. */
export function sizeLabel(c: BenchCase<unknown>, n: number): string {
  return c.label ? c.label(n) : String(n);
}
