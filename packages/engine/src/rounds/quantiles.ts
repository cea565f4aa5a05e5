/** Quantiles of a sample: min, p10, p25, median, p75, p90, p95, max and mean. */
export interface Quantiles {
  readonly count: number;
  readonly min: number;
  readonly p10: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p90: number;
  readonly p95: number;
  readonly max: number;
  readonly mean: number;
}

/** Nearest-rank quantile q ∈ [0, 1] of an ascending sample (the smallest value with ≥ q of the sample at or below it). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(q * n));
  return sorted[Math.min(n, rank) - 1]!;
}

/** Quantiles of a sample (any order); undefined when it is empty. */
export function quantiles(values: ArrayLike<number>): Quantiles | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const s = Float64Array.from(values).sort();
  let sum = 0;
  for (let i = 0; i < n; i++) sum += s[i]!;
  return {
    count: n,
    min: s[0]!,
    p10: quantileSorted(s, 0.1),
    p25: quantileSorted(s, 0.25),
    p50: quantileSorted(s, 0.5),
    p75: quantileSorted(s, 0.75),
    p90: quantileSorted(s, 0.9),
    p95: quantileSorted(s, 0.95),
    max: s[n - 1]!,
    mean: sum / n,
  };
}
