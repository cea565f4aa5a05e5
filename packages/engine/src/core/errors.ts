/** A path into the input, as zod reports it: keys and array indices. */
export type FieldPath = readonly (string | number)[];

/** One problem found in the input: where it is and what is wrong. */
export interface InputIssue {
  /** Path of the offending field, e.g. `['members', 12, 'preferences', 'age', 'min']`. */
  readonly path: FieldPath;
  readonly message: string;
}

/**
 * Base class of every error the engine throws. Errors are for bad input only; expected outcomes
 * (infeasible, unmatched) are data in results. `code` is stable and safe to switch on.
 */
export class RedthreadError extends Error {
  readonly code: string;
  readonly path: FieldPath;

  constructor(code: string, message: string, path: FieldPath = []) {
    super(path.length > 0 ? `${formatPath(path)}: ${message}` : message);
    this.name = new.target.name;
    this.code = code;
    this.path = path;
  }
}

/** Input failed schema validation; `issues` lists every problem, `path` is the first one's. */
export class ValidationError extends RedthreadError {
  readonly issues: readonly InputIssue[];
  /** The record the first problem belongs to (e.g. `member m00042`), when known. */
  readonly record: string | undefined;

  constructor(issues: readonly InputIssue[], record?: string) {
    const first = issues[0] ?? { path: [], message: 'invalid input' };
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super('invalid_input', `${record ? `${record}: ` : ''}${first.message}${more}`, first.path);
    this.issues = issues;
    this.record = record;
  }
}

/** Arguments to a solver are malformed: NaN or infinite weights, indices out of range, negative capacities. */
export class InvalidArgumentError extends RedthreadError {
  constructor(message: string, path: FieldPath = []) {
    super('invalid_argument', message, path);
  }
}

/** A solver was cancelled through its AbortSignal. */
export class AbortedError extends RedthreadError {
  constructor(message = 'the operation was aborted') {
    super('aborted', message);
  }
}

/** Renders a path as `members[12].preferences.age.min`. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}
