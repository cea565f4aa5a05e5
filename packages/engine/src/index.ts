// The public API of @redthread/engine, as a table of contents. Nothing else is exported.

// core
export {
  AbortedError,
  type FieldPath,
  formatPath,
  type InputIssue,
  InvalidArgumentError,
  RedthreadError,
  ValidationError,
} from './core/errors.js';
export { Rng } from './core/rng.js';
export {
  type AbortSignalLike,
  type Progress,
  type Proof,
  type SolveOptions,
  throwIfAborted,
} from './core/solve-options.js';
