import type { Proof, SolveOptions } from '../core/solve-options.js';
import { solveBMatching } from '../matching/b-matching.js';
import type { CsrGraph } from '../matching/csr-graph.js';
import { solveHospitalResidents } from '../matching/hospital-residents.js';
import type { PreferenceCsr } from '../matching/preference-lists.js';
import { limitPrefix } from './limit-pruning.js';
import { priorityWeight } from './priorities.js';
import type { RoundPolicy } from './round-policy.js';

/** A round reduced to arrays: rows are men, columns women, weights mutual integer scores 0..10000. */
export interface RoundGraph {
  /** Acceptable, not-excluded pairs with their mutual score (an integer). */
  readonly graph: CsrGraph;
  /** Introductions each man / woman may still get this round (0 for members left out). */
  readonly rowCapacity: Int32Array;
  readonly colCapacity: Int32Array;
  /** Rounds each man / woman has waited. */
  readonly rowWaited: Int32Array;
  readonly colWaited: Int32Array;
  /**
   * Per edge, the man's own satisfaction with the woman and hers with him (any scale): the stable
   * mode ranks by these. Without them both sides rank by the mutual weight.
   */
  readonly rowPreference?: Float64Array;
  readonly colPreference?: Float64Array;
}

/** The chosen pairs of a round. */
export interface RoundSolution {
  /** Indices into the round graph's edges, ascending. */
  readonly edges: Int32Array;
  /** Sum of the chosen pairs' priority weights (the optimised objective). */
  readonly weightedTotal: number;
  /** Sum of their mutual scores. */
  readonly scoreTotal: number;
  /** Optimal for the optimal mode; 'none' for the stable mode (stability, not weight, is its aim). */
  readonly proof: Proof;
}

type SolvePolicy = Pick<RoundPolicy, 'minScore' | 'maxIntroductions' | 'fairness' | 'mode'>;

/**
 * Picks the round's introductions on its graph. Optimal mode: the exact maximum priority-weighted
 * b-matching among pairs at or above the score floor, with the round's cap as flow limit (the best
 * set of that size, not a greedy cut). Stable mode: a stable matching (deferred acceptance, the
 * side limited to one introduction proposing), cut to the cap by weight.
 */
export function solveRoundGraph(
  rg: RoundGraph,
  policy: SolvePolicy,
  options: SolveOptions = {},
): RoundSolution {
  const { graph } = rg;
  const { rows, offsets, targets, weights } = graph;
  const m = offsets[rows]!;
  // Keep edges above the floor whose two sides have room, weighted by priority.
  const keep = new Int32Array(m);
  const subOffsets = new Int32Array(rows + 1);
  let k = 0;
  for (let i = 0; i < rows; i++) {
    if (rg.rowCapacity[i]! > 0) {
      for (let e = offsets[i]!, end = offsets[i + 1]!; e < end; e++) {
        const j = targets[e]!;
        if (weights[e]! >= policy.minScore && weights[e]! > 0 && rg.colCapacity[j]! > 0) keep[k++] = e;
      }
    }
    subOffsets[i + 1] = k;
  }
  const subTargets = new Int32Array(k);
  const subWeights = new Float64Array(k);
  for (let t = 0; t < k; t++) {
    const e = keep[t]!;
    subTargets[t] = targets[e]!;
  }
  for (let i = 0; i < rows; i++) {
    for (let t = subOffsets[i]!, end = subOffsets[i + 1]!; t < end; t++) {
      const e = keep[t]!;
      subWeights[t] = priorityWeight(
        weights[e]!,
        rg.rowWaited[i]!,
        rg.colWaited[targets[e]!]!,
        policy.fairness,
      );
    }
  }
  const sub: CsrGraph = {
    rows,
    cols: graph.cols,
    offsets: subOffsets,
    targets: subTargets,
    weights: subWeights,
  };
  let chosen: Int32Array;
  let proof: Proof;
  if (policy.mode === 'optimal') {
    // With a cap, solve on the prefix of heaviest edges that provably holds an optimum.
    const prefix = policy.maxIntroductions === undefined ? null : limitPrefix(sub, policy.maxIntroductions);
    const solveOn = prefix === null ? sub : subgraph(sub, prefix);
    const r = solveBMatching(
      {
        graph: solveOn,
        rowCapacity: rg.rowCapacity,
        colCapacity: rg.colCapacity,
        maxEdges: policy.maxIntroductions,
      },
      options,
    );
    chosen = prefix === null ? r.edges : r.edges.map((t) => prefix[t]!);
    proof = r.proof;
  } else {
    chosen = stableEdges(sub, rg, keep, options);
    if (policy.maxIntroductions !== undefined && chosen.length > policy.maxIntroductions) {
      const byWeight = Array.from(chosen).sort((a, b) => subWeights[b]! - subWeights[a]! || a - b);
      chosen = Int32Array.from(byWeight.slice(0, policy.maxIntroductions)).sort();
    }
    proof = { code: 'none', reason: 'stable mode: a stable matching, not a maximum-weight one' };
  }
  const edges = new Int32Array(chosen.length);
  let weightedTotal = 0;
  let scoreTotal = 0;
  for (let t = 0; t < chosen.length; t++) {
    const s = chosen[t]!;
    edges[t] = keep[s]!;
    weightedTotal += subWeights[s]!;
    scoreTotal += weights[keep[s]!]!;
  }
  return { edges, weightedTotal, scoreTotal, proof };
}

/** The graph restricted to the edges `keep` (ascending indices); edge t of the result is keep[t]. */
function subgraph(g: CsrGraph, keep: Int32Array): CsrGraph {
  const offsets = new Int32Array(g.rows + 1);
  const targets = new Int32Array(keep.length);
  const weights = new Float64Array(keep.length);
  let row = 0;
  for (let t = 0; t < keep.length; t++) {
    const e = keep[t]!;
    while (g.offsets[row + 1]! <= e) row++;
    offsets[row + 1]!++;
    targets[t] = g.targets[e]!;
    weights[t] = g.weights[e]!;
  }
  for (let i = 0; i < g.rows; i++) offsets[i + 1]! += offsets[i]!;
  return { rows: g.rows, cols: g.cols, offsets, targets, weights };
}

/** Sorts each owner's candidate positions by preference (descending), ties by index. */
function listsFrom(
  count: number,
  ownerOf: (t: number) => number,
  otherOf: (t: number) => number,
  prefOf: (t: number) => number,
  edgeCount: number,
): { lists: PreferenceCsr; edgeOfEntry: Int32Array } {
  const offsets = new Int32Array(count + 1);
  for (let t = 0; t < edgeCount; t++) offsets[ownerOf(t) + 1]!++;
  for (let i = 0; i < count; i++) offsets[i + 1]! += offsets[i]!;
  const cursor = offsets.slice(0, count);
  const edgeOfEntry = new Int32Array(edgeCount);
  for (let t = 0; t < edgeCount; t++) edgeOfEntry[cursor[ownerOf(t)]!++] = t;
  for (let i = 0; i < count; i++) {
    const part = edgeOfEntry.subarray(offsets[i]!, offsets[i + 1]!);
    const sorted = Array.from(part).sort((a, b) => prefOf(b) - prefOf(a) || otherOf(a) - otherOf(b));
    part.set(sorted);
  }
  const entries = edgeOfEntry.map(otherOf);
  return { lists: { offsets, entries }, edgeOfEntry };
}

function stableEdges(sub: CsrGraph, rg: RoundGraph, keep: Int32Array, options: SolveOptions): Int32Array {
  const k = sub.targets.length;
  const rowOf = new Int32Array(k);
  for (let i = 0; i < sub.rows; i++) rowOf.fill(i, sub.offsets[i]!, sub.offsets[i + 1]!);
  const colOf = sub.targets;
  const rowPref = (t: number): number => rg.rowPreference?.[keep[t]!] ?? sub.weights[t]!;
  const colPref = (t: number): number => rg.colPreference?.[keep[t]!] ?? sub.weights[t]!;
  const men = listsFrom(
    sub.rows,
    (t) => rowOf[t]!,
    (t) => colOf[t]!,
    rowPref,
    k,
  );
  const women = listsFrom(
    sub.cols,
    (t) => colOf[t]!,
    (t) => rowOf[t]!,
    colPref,
    k,
  );
  let menSingle = true;
  for (let i = 0; i < sub.rows; i++) if (rg.rowCapacity[i]! > 1) menSingle = false;
  // The side limited to one introduction is the residents side and proposes.
  const residentsAreMen = menSingle;
  const r = solveHospitalResidents(
    {
      residents: residentsAreMen ? men.lists : women.lists,
      hospitals: residentsAreMen ? women.lists : men.lists,
      capacities: residentsAreMen ? rg.colCapacity : rg.rowCapacity,
    },
    options,
  );
  const residents = residentsAreMen ? men : women;
  const chosen: number[] = [];
  for (let res = 0; res < r.residentHospital.length; res++) {
    const h = r.residentHospital[res]!;
    if (h < 0) continue;
    const { offsets, entries } = residents.lists;
    for (let p = offsets[res]!; p < offsets[res + 1]!; p++) {
      if (entries[p] === h) {
        chosen.push(residents.edgeOfEntry[p]!);
        break;
      }
    }
  }
  return Int32Array.from(chosen).sort();
}
