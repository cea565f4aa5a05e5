/**
 * Gini coefficient of non-negative counts (0 = all equal, → 1 = one holds everything); 0 for an
 * empty or all-zero list. O(n + max) by counting, since counts are small integers.
 */
export function gini(values: ArrayLike<number>): number {
  const n = values.length;
  if (n === 0) return 0;
  let max = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v > max) max = v;
    sum += v;
  }
  if (sum === 0) return 0;
  if (!Number.isInteger(max) || max > 1 << 20) return giniBySort(values, sum);
  const counts = new Float64Array(max + 1);
  for (let i = 0; i < n; i++) counts[values[i]!]!++;
  // G = Σ_i (2i − n − 1) x_(i) / (n Σx) over values sorted ascending, i from 1.
  let acc = 0;
  let rank = 0;
  for (let v = 0; v <= max; v++) {
    const c = counts[v]!;
    if (c === 0) continue;
    // ranks rank+1 .. rank+c share value v: Σ (2i − n − 1) = c(2rank + c + 1) − c(n + 1)
    acc += v * (c * (2 * rank + c + 1) - c * (n + 1));
    rank += c;
  }
  return acc / (n * sum);
}

function giniBySort(values: ArrayLike<number>, sum: number): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let acc = 0;
  for (let i = 0; i < n; i++) acc += (2 * (i + 1) - n - 1) * sorted[i]!;
  return acc / (n * sum);
}
