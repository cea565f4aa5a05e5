/** A fitted logistic model: P(y = 1 | x) = σ(intercept + coefficients · x). */
export interface LogisticModel {
  readonly intercept: number;
  readonly coefficients: Float64Array;
  /** Newton steps taken. */
  readonly iterations: number;
}

/** Options of the fit. */
export interface LogisticOptions {
  /** L2 penalty λ on the coefficients (not the intercept): maximises loglik − λ/2 ‖β‖². */
  readonly l2: number;
  /** Most Newton steps (fixed upper bound: the fit is deterministic). */
  readonly maxIterations: number;
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Solves the symmetric positive definite system A x = b in place (Cholesky); A is d×d row-major. */
function solveSpd(A: Float64Array, b: Float64Array, d: number): Float64Array {
  const L = new Float64Array(d * d);
  for (let i = 0; i < d; i++)
    for (let j = 0; j <= i; j++) {
      let s = A[i * d + j]!;
      for (let k = 0; k < j; k++) s -= L[i * d + k]! * L[j * d + k]!;
      L[i * d + j] = i === j ? Math.sqrt(Math.max(s, 1e-300)) : s / L[j * d + j]!;
    }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= L[i * d + k]! * y[k]!;
    y[i] = s / L[i * d + i]!;
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < d; k++) s -= L[k * d + i]! * x[k]!;
    x[i] = s / L[i * d + i]!;
  }
  return x;
}

/**
 * L2-regularised logistic regression by Newton's method (IRLS) on `rows` examples of `d`
 * features (row-major `x`), labels 0/1. Deterministic: fixed order of operations, at most
 * `maxIterations` steps, stopping when a step moves no parameter by more than 1e-10.
 */
export function fitLogistic(
  x: Float64Array,
  y: ArrayLike<number>,
  rows: number,
  d: number,
  options: LogisticOptions,
): LogisticModel {
  const D = d + 1; // parameter 0 is the intercept
  const beta = new Float64Array(D);
  const H = new Float64Array(D * D);
  const g = new Float64Array(D);
  const row = new Float64Array(D);
  let it = 0;
  for (; it < options.maxIterations; it++) {
    H.fill(0);
    g.fill(0);
    for (let r = 0; r < rows; r++) {
      row[0] = 1;
      for (let j = 0; j < d; j++) row[j + 1] = x[r * d + j]!;
      let z = 0;
      for (let j = 0; j < D; j++) z += beta[j]! * row[j]!;
      const p = sigmoid(z);
      const w = p * (1 - p);
      const resid = y[r]! - p;
      for (let i = 0; i < D; i++) {
        g[i]! += resid * row[i]!;
        for (let j = 0; j <= i; j++) H[i * D + j]! += w * row[i]! * row[j]!;
      }
    }
    for (let i = 0; i < D; i++) for (let j = 0; j < i; j++) H[j * D + i] = H[i * D + j]!;
    // A hair of ridge on the intercept keeps H positive definite when one class is rare.
    H[0]! += 1e-9;
    for (let i = 1; i < D; i++) {
      H[i * D + i]! += options.l2;
      g[i]! -= options.l2 * beta[i]!;
    }
    const step = solveSpd(H, g, D);
    let largest = 0;
    for (let i = 0; i < D; i++) {
      beta[i]! += step[i]!;
      largest = Math.max(largest, Math.abs(step[i]!));
    }
    if (largest < 1e-10) {
      it++;
      break;
    }
  }
  return { intercept: beta[0]!, coefficients: beta.slice(1), iterations: it };
}

/** The model's linear predictor for one example. */
export function logisticPredictor(model: LogisticModel, x: ArrayLike<number>, offset = 0): number {
  let z = model.intercept;
  for (let j = 0; j < model.coefficients.length; j++) z += model.coefficients[j]! * x[offset + j]!;
  return z;
}
