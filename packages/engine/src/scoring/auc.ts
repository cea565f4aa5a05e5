/**
 * Area under the ROC curve by the rank statistic (Mann–Whitney U), ties counted half: the chance
 * that a random positive scores above a random negative. NaN when either class is empty.
 */
export function rocAuc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => scores[i]! - scores[j]! || i - j);
  let positives = 0;
  let rankSum = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end + 1 < n && scores[order[end + 1]!] === scores[order[start]!]) end++;
    // Midrank of the tie group [start, end], ranks 1-based.
    const rank = (start + end) / 2 + 1;
    for (let t = start; t <= end; t++)
      if (labels[order[t]!] === 1) {
        positives++;
        rankSum += rank;
      }
    start = end + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
