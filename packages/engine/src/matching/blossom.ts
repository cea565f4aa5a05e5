import type { Proof, SolveOptions } from '../core/solve-options.js';
import { throwIfAborted } from '../core/solve-options.js';
import { type GeneralGraph, normalizeGeneralGraph } from './general-graph.js';

/** Options of solveMaxWeightMatching. */
export interface MaxWeightMatchingOptions extends SolveOptions {
  /** Maximise the weight among matchings of maximum size instead of over all matchings. Default false. */
  readonly maxCardinality?: boolean;
}

/**
 * A maximum-weight matching with its LP dual certificate. Vertex duals u ≥ 0 and nested blossom
 * duals z ≥ 0 satisfy u_i + u_j + Σ{z_B : i, j ∈ B} ≥ w_ij on every edge with equality on matched
 * edges; unmatched vertices have u = 0 and blossoms with z > 0 are full, so Σu + Σ z_B(|B|-1)/2
 * equals the total weight. With maxCardinality, u may be negative, shifted equally on unmatched
 * vertices; the duals then certify the weight among matchings of the same size.
 */
export interface MaxWeightMatchingResult {
  readonly code: 'solved';
  /** Partner of each vertex, -1 if unmatched. */
  readonly mate: Int32Array;
  /** Index (in input order) of the edge matching each vertex, -1 if unmatched. */
  readonly mateEdge: Int32Array;
  /** Sum of matched edge weights. */
  readonly total: number;
  /** Number of matched edges. */
  readonly cardinality: number;
  /** Vertex duals u. */
  readonly vertexDual: Float64Array;
  /** Blossom b's vertices are blossomVertices[blossomOffsets[b] .. blossomOffsets[b+1]). */
  readonly blossomOffsets: Int32Array;
  readonly blossomVertices: Int32Array;
  /** Blossom duals z. */
  readonly blossomDual: Float64Array;
  /** Smallest blossom strictly containing blossom b, -1 if none (the family is laminar). */
  readonly blossomParent: Int32Array;
  readonly proof: Proof;
}

/**
 * Maximum-weight matching on a general graph (Edmonds' blossom algorithm in Galil's O(n³)
 * primal–dual form, following the structure of Van Rantwijk's reference implementation) on
 * typed arrays: O(n·m) time for m edges, O(n + m) memory. Exact on integer weights (all duals
 * stay integers or halves); floats are exact up to rounding. Negative edges are never chosen
 * unless maxCardinality needs them. Deterministic: edges are scanned in input order and ties
 * keep the first candidate found. Throws InvalidArgumentError for malformed graphs and
 * AbortedError when cancelled.
 */
export function solveMaxWeightMatching(
  graph: GeneralGraph,
  options?: MaxWeightMatchingOptions,
): MaxWeightMatchingResult {
  const g = normalizeGeneralGraph(graph);
  const signal = options?.signal;
  const onProgress = options?.onProgress;
  const maxCardinality = options?.maxCardinality === true;
  throwIfAborted(signal);
  const n = g.n;
  const m = g.w.length;
  const twoN = 2 * n;
  // endpoint[2k] = u[k], endpoint[2k+1] = v[k]; p ^ 1 is the other end of the same edge.
  const endpoint = new Int32Array(2 * m);
  const w2 = new Float64Array(m);
  let maxWeight = 0;
  for (let k = 0; k < m; k++) {
    endpoint[2 * k] = g.u[k]!;
    endpoint[2 * k + 1] = g.v[k]!;
    w2[k] = 2 * g.w[k]!;
    if (g.w[k]! > maxWeight) maxWeight = g.w[k]!;
  }
  // Adjacency (CSR, edge order): for vertex x, the remote endpoint index p of each edge, and
  // copies of the remote vertex and doubled weight so that scans read memory sequentially.
  const adjOff = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) {
    adjOff[g.u[k]! + 1]!++;
    adjOff[g.v[k]! + 1]!++;
  }
  for (let x = 0; x < n; x++) adjOff[x + 1]! += adjOff[x]!;
  const adj = new Int32Array(2 * m);
  const adjVertex = new Int32Array(2 * m);
  const adjW2 = new Float64Array(2 * m);
  {
    const cursor = adjOff.slice(0, n);
    for (let k = 0; k < m; k++) {
      const a = cursor[g.u[k]!]!++;
      adj[a] = 2 * k + 1;
      adjVertex[a] = g.v[k]!;
      adjW2[a] = w2[k]!;
      const b = cursor[g.v[k]!]!++;
      adj[b] = 2 * k;
      adjVertex[b] = g.u[k]!;
      adjW2[b] = w2[k]!;
    }
  }

  // mate[x] = remote endpoint index of x's matched edge, -1 if single.
  const mate = new Int32Array(n).fill(-1);
  // label: 0 free, 1 S (outer), 2 T (inner); 5 marks blossoms during scanBlossom. Vertices and blossoms.
  const label = new Int32Array(twoN);
  const labelEnd = new Int32Array(twoN).fill(-1);
  const inBlossom = new Int32Array(n);
  for (let x = 0; x < n; x++) inBlossom[x] = x;
  const blossomParent = new Int32Array(twoN).fill(-1);
  const childs: (Int32Array | null)[] = new Array(twoN).fill(null);
  const endps: (Int32Array | null)[] = new Array(twoN).fill(null);
  const blossomBase = new Int32Array(twoN).fill(-1);
  for (let x = 0; x < n; x++) blossomBase[x] = x;
  const bestEdge = new Int32Array(twoN).fill(-1);
  const blossomBestEdges: (Int32Array | null)[] = new Array(twoN).fill(null);
  const unused = new Int32Array(n);
  let unusedTop = 0;
  for (let b = twoN - 1; b >= n; b--) unused[unusedTop++] = b;
  // dual[x] = 2·u_x for vertices, dual[b] = z_b for blossoms; slack(k) = dual[i] + dual[j] - 2w.
  const dual = new Float64Array(twoN);
  dual.fill(maxWeight, 0, n);
  // Tight-edge flags live per adjacency slot (both slots of an edge together) so that scans read
  // them sequentially; slotOf[p] is the slot holding endpoint p.
  const allowed = new Uint8Array(2 * m);
  const slotOf = new Int32Array(2 * m);
  for (let a = 0; a < 2 * m; a++) slotOf[adj[a]!] = a;
  const allow = (k: number): void => {
    allowed[slotOf[2 * k]!] = 1;
    allowed[slotOf[2 * k + 1]!] = 1;
  };
  const queue: number[] = [];
  const leafBuf = new Int32Array(n);
  const leafStack = new Int32Array(twoN);
  const bestEdgeTo = new Int32Array(twoN).fill(-1);

  const slack = (k: number): number => dual[endpoint[2 * k]!]! + dual[endpoint[2 * k + 1]!]! - w2[k]!;
  // Slack of bestEdge[t] memoised until the duals next change (epoch), keyed by the edge itself
  // so that any other update of bestEdge[t] simply misses the memo.
  const memoEdge = new Int32Array(twoN).fill(-1);
  const memoSlack = new Float64Array(twoN);
  const memoEpoch = new Int32Array(twoN).fill(-1);
  let epoch = 0;
  const bestSlackOf = (t: number, best: number): number => {
    if (memoEpoch[t] === epoch && memoEdge[t] === best) return memoSlack[t]!;
    const s = slack(best);
    memoEdge[t] = best;
    memoSlack[t] = s;
    memoEpoch[t] = epoch;
    return s;
  };
  const offerBest = (t: number, k: number, kSlack: number): void => {
    const best = bestEdge[t]!;
    if (best === -1 || kSlack < bestSlackOf(t, best)) {
      bestEdge[t] = k;
      memoEdge[t] = k;
      memoSlack[t] = kSlack;
      memoEpoch[t] = epoch;
    }
  };

  // Leaves of blossom b into leafBuf, depth-first in child order; returns the count.
  const leaves = (b: number): number => {
    if (b < n) {
      leafBuf[0] = b;
      return 1;
    }
    let count = 0;
    let top = 0;
    leafStack[top++] = b;
    while (top > 0) {
      const t = leafStack[--top]!;
      if (t < n) {
        leafBuf[count++] = t;
        continue;
      }
      const c = childs[t]!;
      for (let i = c.length - 1; i >= 0; i--) leafStack[top++] = c[i]!;
    }
    return count;
  };

  const at = (list: Int32Array, j: number): number => list[j < 0 ? j + list.length : j]!;

  const assignLabel = (x: number, t: number, p: number): void => {
    for (;;) {
      const b = inBlossom[x]!;
      label[x] = t;
      label[b] = t;
      labelEnd[x] = p;
      labelEnd[b] = p;
      bestEdge[x] = -1;
      bestEdge[b] = -1;
      if (t === 1) {
        const count = leaves(b);
        for (let i = 0; i < count; i++) queue.push(leafBuf[i]!);
        return;
      }
      // T-blossom: its base is matched; the mate becomes S.
      const base = blossomBase[b]!;
      const mp = mate[base]!;
      x = endpoint[mp]!;
      t = 1;
      p = mp ^ 1;
    }
  };

  // Traces back from x and y to find a new blossom's base, or -1 for an augmenting path.
  const scanBlossom = (x0: number, y0: number): number => {
    let x = x0;
    let y = y0;
    const path: number[] = [];
    let base = -1;
    while (x !== -1 || y !== -1) {
      let b = inBlossom[x]!;
      if ((label[b]! & 4) !== 0) {
        base = blossomBase[b]!;
        break;
      }
      path.push(b);
      label[b] = 5;
      if (labelEnd[b] === -1) {
        x = -1;
      } else {
        x = endpoint[labelEnd[b]!]!;
        b = inBlossom[x]!;
        x = endpoint[labelEnd[b]!]!;
      }
      if (y !== -1) {
        const t = x;
        x = y;
        y = t;
      }
    }
    for (const b of path) label[b] = 1;
    return base;
  };

  const addBlossom = (base: number, k: number): void => {
    let x = endpoint[2 * k]!;
    let y = endpoint[2 * k + 1]!;
    const bb = inBlossom[base]!;
    let bx = inBlossom[x]!;
    let by = inBlossom[y]!;
    const b = unused[--unusedTop]!;
    blossomBase[b] = base;
    blossomParent[b] = -1;
    blossomParent[bb] = b;
    const path: number[] = [];
    const ends: number[] = [];
    while (bx !== bb) {
      blossomParent[bx] = b;
      path.push(bx);
      ends.push(labelEnd[bx]!);
      x = endpoint[labelEnd[bx]!]!;
      bx = inBlossom[x]!;
    }
    path.push(bb);
    path.reverse();
    ends.reverse();
    ends.push(2 * k);
    while (by !== bb) {
      blossomParent[by] = b;
      path.push(by);
      ends.push(labelEnd[by]! ^ 1);
      y = endpoint[labelEnd[by]!]!;
      by = inBlossom[y]!;
    }
    childs[b] = Int32Array.from(path);
    endps[b] = Int32Array.from(ends);
    label[b] = 1;
    labelEnd[b] = labelEnd[bb]!;
    dual[b] = 0;
    let count = leaves(b);
    for (let i = 0; i < count; i++) {
      const v = leafBuf[i]!;
      // T-vertices become S-vertices as part of an S-blossom: scan them.
      if (label[inBlossom[v]!] === 2) queue.push(v);
      inBlossom[v] = b;
    }
    // Least-slack edges from the new blossom to each neighbouring S-blossom.
    const touched: number[] = [];
    const consider = (e: number): void => {
      let j = endpoint[2 * e + 1]!;
      if (inBlossom[j] === b) j = endpoint[2 * e]!;
      const bj = inBlossom[j]!;
      if (bj !== b && label[bj] === 1) {
        const cur = bestEdgeTo[bj]!;
        if (cur === -1) {
          touched.push(bj);
          bestEdgeTo[bj] = e;
        } else if (slack(e) < slack(cur)) {
          bestEdgeTo[bj] = e;
        }
      }
    };
    for (const bv of path) {
      const list = blossomBestEdges[bv];
      if (list === null || list === undefined) {
        count = leaves(bv);
        for (let i = 0; i < count; i++) {
          const v = leafBuf[i]!;
          for (let a = adjOff[v]!; a < adjOff[v + 1]!; a++) consider(adj[a]! >> 1);
        }
      } else {
        for (let i = 0; i < list.length; i++) consider(list[i]!);
      }
      blossomBestEdges[bv] = null;
      bestEdge[bv] = -1;
    }
    const best = new Int32Array(touched.length);
    let bestK = -1;
    let bestSlack = 0;
    for (let i = 0; i < touched.length; i++) {
      const e = bestEdgeTo[touched[i]!]!;
      bestEdgeTo[touched[i]!] = -1;
      best[i] = e;
      const s = slack(e);
      if (bestK === -1 || s < bestSlack) {
        bestK = e;
        bestSlack = s;
      }
    }
    blossomBestEdges[b] = best;
    bestEdge[b] = bestK;
  };

  const expandBlossom = (b: number, endStage: boolean): void => {
    const c = childs[b]!;
    const ep = endps[b]!;
    for (let i = 0; i < c.length; i++) {
      const s = c[i]!;
      blossomParent[s] = -1;
      if (s < n) inBlossom[s] = s;
      else if (endStage && dual[s] === 0) expandBlossom(s, endStage);
      else {
        const count = leaves(s);
        for (let q = 0; q < count; q++) inBlossom[leafBuf[q]!] = s;
      }
    }
    // A T-blossom expanded mid-stage: relabel its sub-blossoms along the even path to the base.
    if (!endStage && label[b] === 2) {
      const entryChild = inBlossom[endpoint[labelEnd[b]! ^ 1]!]!;
      let j = c.indexOf(entryChild);
      let jStep: number;
      let endpTrick: number;
      if ((j & 1) !== 0) {
        j -= c.length;
        jStep = 1;
        endpTrick = 0;
      } else {
        jStep = -1;
        endpTrick = 1;
      }
      let p = labelEnd[b]!;
      while (j !== 0) {
        label[endpoint[p ^ 1]!] = 0;
        label[endpoint[at(ep, j - endpTrick) ^ endpTrick ^ 1]!] = 0;
        assignLabel(endpoint[p ^ 1]!, 2, p);
        allow(at(ep, j - endpTrick) >> 1);
        j += jStep;
        p = at(ep, j - endpTrick) ^ endpTrick;
        allow(p >> 1);
        j += jStep;
      }
      const bv = at(c, j);
      label[endpoint[p ^ 1]!] = 2;
      label[bv] = 2;
      labelEnd[endpoint[p ^ 1]!] = p;
      labelEnd[bv] = p;
      bestEdge[bv] = -1;
      j += jStep;
      while (at(c, j) !== entryChild) {
        const sub = at(c, j);
        if (label[sub] === 1) {
          j += jStep;
          continue;
        }
        const count = leaves(sub);
        let reached = -1;
        for (let q = 0; q < count; q++) {
          if (label[leafBuf[q]!] !== 0) {
            reached = leafBuf[q]!;
            break;
          }
        }
        if (reached >= 0) {
          label[reached] = 0;
          label[endpoint[mate[blossomBase[sub]!]!]!] = 0;
          assignLabel(reached, 2, labelEnd[reached]!);
        }
        j += jStep;
      }
    }
    label[b] = -1;
    labelEnd[b] = -1;
    childs[b] = null;
    endps[b] = null;
    blossomBase[b] = -1;
    blossomBestEdges[b] = null;
    bestEdge[b] = -1;
    unused[unusedTop++] = b;
  };

  // Swaps matched and unmatched edges on the even path from vertex x to blossom b's base.
  const augmentBlossom = (b: number, x: number): void => {
    let t = x;
    while (blossomParent[t] !== b) t = blossomParent[t]!;
    if (t >= n) augmentBlossom(t, x);
    const c = childs[b]!;
    const ep = endps[b]!;
    const i = c.indexOf(t);
    let j = i;
    let jStep: number;
    let endpTrick: number;
    if ((i & 1) !== 0) {
      j -= c.length;
      jStep = 1;
      endpTrick = 0;
    } else {
      jStep = -1;
      endpTrick = 1;
    }
    while (j !== 0) {
      j += jStep;
      t = at(c, j);
      const p = at(ep, j - endpTrick) ^ endpTrick;
      if (t >= n) augmentBlossom(t, endpoint[p]!);
      j += jStep;
      t = at(c, j);
      if (t >= n) augmentBlossom(t, endpoint[p ^ 1]!);
      mate[endpoint[p]!] = p ^ 1;
      mate[endpoint[p ^ 1]!] = p;
    }
    // Rotate so that the new base comes first.
    const len = c.length;
    const rc = new Int32Array(len);
    const re = new Int32Array(len);
    for (let q = 0; q < len; q++) {
      rc[q] = c[(i + q) % len]!;
      re[q] = ep[(i + q) % len]!;
    }
    childs[b] = rc;
    endps[b] = re;
    blossomBase[b] = blossomBase[rc[0]!]!;
  };

  const augmentMatching = (k: number): void => {
    for (let side = 0; side < 2; side++) {
      let s = endpoint[2 * k + side]!;
      let p = 2 * k + 1 - side;
      for (;;) {
        const bs = inBlossom[s]!;
        if (bs >= n) augmentBlossom(bs, s);
        mate[s] = p;
        if (labelEnd[bs] === -1) break;
        const t = endpoint[labelEnd[bs]!]!;
        const bt = inBlossom[t]!;
        s = endpoint[labelEnd[bt]!]!;
        const j = endpoint[labelEnd[bt]! ^ 1]!;
        if (bt >= n) augmentBlossom(bt, j);
        mate[j] = labelEnd[bt]!;
        p = labelEnd[bt]! ^ 1;
      }
    }
  };

  let matched = 0;
  let work = 0;
  for (let stage = 0; stage < n; stage++) {
    throwIfAborted(signal);
    label.fill(0);
    bestEdge.fill(-1);
    blossomBestEdges.fill(null, n);
    allowed.fill(0);
    queue.length = 0;
    for (let x = 0; x < n; x++) {
      if (mate[x] === -1 && label[inBlossom[x]!] === 0) assignLabel(x, 1, -1);
    }
    let augmented = false;
    for (;;) {
      while (queue.length > 0 && !augmented) {
        const x = queue.pop()!;
        const end = adjOff[x + 1]!;
        work += end - adjOff[x]!;
        if (work > 1 << 20) {
          work = 0;
          throwIfAborted(signal);
        }
        const dx = dual[x]!;
        for (let a = adjOff[x]!; a < end; a++) {
          const y = adjVertex[a]!;
          const by = inBlossom[y]!;
          if (inBlossom[x] === by) continue;
          const p = adj[a]!;
          const k = p >> 1;
          let kSlack = 0;
          let tight = allowed[a] === 1;
          if (!tight) {
            kSlack = dx + dual[y]! - adjW2[a]!;
            if (kSlack <= 0) {
              allow(k);
              tight = true;
            }
          }
          if (tight) {
            const lb = label[by]!;
            if (lb === 0) {
              assignLabel(y, 2, p ^ 1);
            } else if (lb === 1) {
              const base = scanBlossom(x, y);
              if (base >= 0) addBlossom(base, k);
              else {
                augmentMatching(k);
                augmented = true;
                break;
              }
            } else if (label[y] === 0) {
              label[y] = 2;
              labelEnd[y] = p ^ 1;
            }
          } else if (label[by] === 1) {
            offerBest(inBlossom[x]!, k, kSlack);
          } else if (label[y] === 0) {
            offerBest(y, k, kSlack);
          }
        }
      }
      if (augmented) break;
      // No augmenting path with tight edges: change the duals by the largest safe delta.
      let deltaType = -1;
      let delta = 0;
      let deltaEdge = -1;
      let deltaBlossom = -1;
      if (!maxCardinality) {
        deltaType = 1;
        delta = dual[0]!;
        for (let x = 1; x < n; x++) if (dual[x]! < delta) delta = dual[x]!;
      }
      for (let x = 0; x < n; x++) {
        if (label[inBlossom[x]!] === 0 && bestEdge[x] !== -1) {
          const d = slack(bestEdge[x]!);
          if (deltaType === -1 || d < delta) {
            delta = d;
            deltaType = 2;
            deltaEdge = bestEdge[x]!;
          }
        }
      }
      for (let b = 0; b < twoN; b++) {
        if (blossomParent[b] === -1 && label[b] === 1 && bestEdge[b] !== -1) {
          const d = slack(bestEdge[b]!) / 2;
          if (deltaType === -1 || d < delta) {
            delta = d;
            deltaType = 3;
            deltaEdge = bestEdge[b]!;
          }
        }
      }
      for (let b = n; b < twoN; b++) {
        if (
          blossomBase[b]! >= 0 &&
          blossomParent[b] === -1 &&
          label[b] === 2 &&
          (deltaType === -1 || dual[b]! < delta)
        ) {
          delta = dual[b]!;
          deltaType = 4;
          deltaBlossom = b;
        }
      }
      if (deltaType === -1) {
        // Max-cardinality mode with nothing left to grow: the optimum is reached.
        deltaType = 1;
        delta = dual[0]!;
        for (let x = 1; x < n; x++) if (dual[x]! < delta) delta = dual[x]!;
        if (delta < 0) delta = 0;
      }
      epoch++;
      for (let x = 0; x < n; x++) {
        const l = label[inBlossom[x]!]!;
        if (l === 1) dual[x]! -= delta;
        else if (l === 2) dual[x]! += delta;
      }
      for (let b = n; b < twoN; b++) {
        if (blossomBase[b]! >= 0 && blossomParent[b] === -1) {
          if (label[b] === 1) dual[b]! += delta;
          else if (label[b] === 2) dual[b]! -= delta;
        }
      }
      if (deltaType === 1) break;
      if (deltaType === 2) {
        allow(deltaEdge);
        let i = endpoint[2 * deltaEdge]!;
        if (label[inBlossom[i]!] === 0) i = endpoint[2 * deltaEdge + 1]!;
        queue.push(i);
      } else if (deltaType === 3) {
        allow(deltaEdge);
        queue.push(endpoint[2 * deltaEdge]!);
      } else {
        expandBlossom(deltaBlossom, false);
      }
    }
    if (!augmented) break;
    matched++;
    // S-blossoms whose dual reached zero are dissolved at the end of the stage.
    for (let b = n; b < twoN; b++) {
      if (blossomParent[b] === -1 && blossomBase[b]! >= 0 && label[b] === 1 && dual[b] === 0)
        expandBlossom(b, true);
    }
    if (onProgress !== undefined && (matched & 63) === 0) {
      onProgress({ phase: 'blossom', done: matched, total: n >> 1 });
    }
  }
  return collectResult(n, g.w, endpoint, mate, dual, blossomBase, blossomParent, childs);
}

function collectResult(
  n: number,
  weights: Float64Array,
  endpoint: Int32Array,
  mateEnd: Int32Array,
  dual: Float64Array,
  blossomBase: Int32Array,
  parent: Int32Array,
  childs: readonly (Int32Array | null)[],
): MaxWeightMatchingResult {
  const mate = new Int32Array(n).fill(-1);
  const mateEdge = new Int32Array(n).fill(-1);
  let total = 0;
  let cardinality = 0;
  for (let x = 0; x < n; x++) {
    const p = mateEnd[x]!;
    if (p < 0) continue;
    mate[x] = endpoint[p]!;
    mateEdge[x] = p >> 1;
    if (x < mate[x]!) {
      total += weights[p >> 1]!;
      cardinality++;
    }
  }
  const vertexDual = new Float64Array(n);
  for (let x = 0; x < n; x++) vertexDual[x] = dual[x]! / 2;
  // Renumber live blossoms 0.. in id order; list each one's vertices.
  const id = new Int32Array(2 * n).fill(-1);
  let count = 0;
  for (let b = n; b < 2 * n; b++) if (blossomBase[b]! >= 0) id[b] = count++;
  const blossomOffsets = new Int32Array(count + 1);
  const blossomDual = new Float64Array(count);
  const blossomParent = new Int32Array(count).fill(-1);
  const vertices: number[] = [];
  const stack: number[] = [];
  for (let b = n; b < 2 * n; b++) {
    const i = id[b]!;
    if (i < 0) continue;
    blossomDual[i] = dual[b]!;
    if (parent[b]! >= 0) blossomParent[i] = id[parent[b]!]!;
    stack.push(b);
    while (stack.length > 0) {
      const t = stack.pop()!;
      if (t < n) vertices.push(t);
      else {
        const c = childs[t]!;
        for (let q = c.length - 1; q >= 0; q--) stack.push(c[q]!);
      }
    }
    blossomOffsets[i + 1] = vertices.length;
  }
  return {
    code: 'solved',
    mate,
    mateEdge,
    total,
    cardinality,
    vertexDual,
    blossomOffsets,
    blossomVertices: Int32Array.from(vertices),
    blossomDual,
    blossomParent,
    proof: { code: 'optimal' },
  };
}
