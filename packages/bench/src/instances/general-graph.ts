import { Rng } from '@redthread/engine';

/** An undirected graph on 0..n-1 as an edge list: edge k joins edges[2k] and edges[2k+1] (the engine's GeneralEdgeList). */
export interface GeneralGraphInstance {
  readonly n: number;
  readonly edges: Int32Array;
  readonly weights: Float64Array;
}

/** G(n, p) with integer weights uniform in [minWeight, maxWeight]; no loops, no parallel edges. */
export function randomGeneralGraph(
  n: number,
  density: number,
  minWeight: number,
  maxWeight: number,
  seed: number,
): GeneralGraphInstance {
  const rng = new Rng(seed);
  const capacity = Math.ceil(((n * (n - 1)) / 2) * Math.min(1, density * 1.2 + 0.01)) + 16;
  let edges = new Int32Array(2 * capacity);
  let weights = new Float64Array(capacity);
  let m = 0;
  const span = maxWeight - minWeight + 1;
  for (let u = 0; u < n; u++) {
    for (let v = u + 1; v < n; v++) {
      if (rng.next() >= density) continue;
      if (m === weights.length) {
        const grownEdges = new Int32Array(edges.length * 2);
        grownEdges.set(edges);
        edges = grownEdges;
        const grownWeights = new Float64Array(weights.length * 2);
        grownWeights.set(weights);
        weights = grownWeights;
      }
      edges[2 * m] = u;
      edges[2 * m + 1] = v;
      weights[m++] = minWeight + Math.floor(rng.next() * span);
    }
  }
  return { n, edges: edges.slice(0, 2 * m), weights: weights.slice(0, m) };
}

/** Total weight of a matching given as mate[v] (-1 when single); each pair counted once. */
export function mateWeight(g: GeneralGraphInstance, mate: ArrayLike<number>): number {
  const weightOf = new Map<number, number>();
  for (let k = 0; k < g.weights.length; k++) {
    const u = g.edges[2 * k]!;
    const v = g.edges[2 * k + 1]!;
    const key = Math.min(u, v) * g.n + Math.max(u, v);
    weightOf.set(key, Math.max(weightOf.get(key) ?? Number.NEGATIVE_INFINITY, g.weights[k]!));
  }
  let total = 0;
  for (let v = 0; v < mate.length; v++) {
    const u = mate[v]!;
    if (u > v) total += weightOf.get(v * g.n + u) ?? Number.NaN;
  }
  return total;
}
