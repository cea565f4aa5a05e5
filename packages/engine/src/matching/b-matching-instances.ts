// Random b-matching instances shared by the b-matching tests (not exported from index.ts).
import type { Rng } from '../core/rng.js';
import { type BMatchingProblem, effectiveCapacities } from './b-matching.js';
import { normalizeBMatchingProblem } from './b-matching-problem.js';
import { type ScalingInput, scalingFactor } from './b-matching-scaling.js';
import { csrFromEdges } from './csr-graph.js';

/** Shape of a random b-matching instance. */
export interface RandomBMatchingSpec {
  readonly rows: number;
  readonly cols: number;
  readonly edges: number;
  /** Capacities are uniform in [0, maxCapacity] per row/column (or this number for all when uniform). */
  readonly maxCapacity: number;
  readonly uniformCapacity?: boolean;
  /** Weights are uniform integers in [minWeight, maxWeight]; a small range gives many ties. */
  readonly minWeight: number;
  readonly maxWeight: number;
  /** Multiply weights by this (e.g. 0.37 for floats). Default 1. */
  readonly weightScale?: number;
  readonly maxEdges?: number;
  /** Allow repeated (row, col) pairs. Default false. */
  readonly parallel?: boolean;
}

/** A random b-matching problem: random endpoints (distinct pairs unless `parallel`), integer-valued weights. */
export function randomBMatchingProblem(rng: Rng, spec: RandomBMatchingSpec): BMatchingProblem {
  const { rows, cols } = spec;
  const triples: [number, number, number][] = [];
  const seen = new Set<number>();
  const want = spec.parallel ? spec.edges : Math.min(spec.edges, rows * cols);
  while (triples.length < want && rows > 0 && cols > 0) {
    const i = rng.int(0, rows - 1);
    const j = rng.int(0, cols - 1);
    if (!spec.parallel) {
      if (seen.has(i * cols + j)) continue;
      seen.add(i * cols + j);
    }
    triples.push([i, j, rng.int(spec.minWeight, spec.maxWeight) * (spec.weightScale ?? 1)]);
  }
  const capacity = (n: number): Int32Array | number => {
    if (spec.uniformCapacity) return rng.int(0, spec.maxCapacity);
    const out = new Int32Array(n);
    for (let k = 0; k < n; k++) out[k] = rng.int(0, spec.maxCapacity);
    return out;
  };
  const problem: BMatchingProblem = {
    graph: csrFromEdges(rows, cols, triples),
    rowCapacity: capacity(rows),
    colCapacity: capacity(cols),
  };
  return spec.maxEdges === undefined ? problem : { ...problem, maxEdges: spec.maxEdges };
}

/** The cost-scaling core's input for a problem (effective capacities, no deadline) and its scale factor. */
export function scalingInputOf(p: BMatchingProblem): {
  readonly input: ScalingInput;
  readonly alpha: number;
} {
  const usable = effectiveCapacities(p.graph, normalizeBMatchingProblem(p));
  const { rowEff, colEff } = usable;
  const input: ScalingInput = {
    graph: p.graph,
    rowCap: rowEff,
    colCap: colEff,
    deadline: Number.POSITIVE_INFINITY,
    signal: undefined,
    onProgress: undefined,
  };
  return { input, alpha: scalingFactor(p.graph, usable) };
}
