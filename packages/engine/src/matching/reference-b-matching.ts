// A second, independent exact b-matching method for tests only (not exported from index.ts).
import type { BMatchingProblem } from './b-matching.js';
import { capacityAt } from './b-matching-problem.js';

/**
 * Max-weight b-matching as textbook min-cost flow: source → rows → columns → sink, augmenting one
 * unit at a time along a cheapest source–sink path found by Bellman–Ford (queue-based, no
 * potentials) while that path has negative cost and the limit allows. Slow (O(flow · V · E)) but
 * shares nothing with the Dijkstra/potential solver beyond the problem type. Returns the total
 * and the chosen edge indices, ascending.
 */
export function referenceBMatching(p: BMatchingProblem): { total: number; edges: Int32Array } {
  const { rows, cols, offsets, targets, weights } = p.graph;
  const m = offsets[rows]!;
  const source = rows + cols;
  const sink = source + 1;
  const n = sink + 1;
  // Arc list with paired reverse arcs at index ^ 1.
  const head: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const next: number[] = [];
  const first = new Array<number>(n).fill(-1);
  const addArc = (a: number, b: number, c: number, w: number): number => {
    const id = head.length;
    head.push(b, a);
    cap.push(c, 0);
    cost.push(w, -w);
    next.push(first[a]!, first[b]!);
    first[a] = id;
    first[b] = id + 1;
    return id;
  };
  for (let i = 0; i < rows; i++) addArc(source, i, Math.min(capacityAt(p.rowCapacity, i), m), 0);
  for (let j = 0; j < cols; j++) addArc(rows + j, sink, Math.min(capacityAt(p.colCapacity, j), m), 0);
  const edgeArc: number[] = [];
  for (let i = 0; i < rows; i++) {
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++)
      edgeArc[e] = addArc(i, rows + targets[e]!, 1, -weights[e]!);
  }
  const limit = p.maxEdges ?? Number.POSITIVE_INFINITY;
  let flow = 0;
  const dist = new Array<number>(n);
  const via = new Array<number>(n);
  const inQueue = new Array<boolean>(n);
  while (flow < limit) {
    dist.fill(Number.POSITIVE_INFINITY);
    via.fill(-1);
    inQueue.fill(false);
    dist[source] = 0;
    const queue = [source];
    inQueue[source] = true;
    for (let q = 0; q < queue.length; q++) {
      const a = queue[q]!;
      inQueue[a] = false;
      for (let id = first[a]!; id >= 0; id = next[id]!) {
        if (cap[id]! <= 0) continue;
        const b = head[id]!;
        const nd = dist[a]! + cost[id]!;
        if (nd < dist[b]! - 1e-12) {
          dist[b] = nd;
          via[b] = id;
          if (!inQueue[b]) {
            inQueue[b] = true;
            queue.push(b);
          }
        }
      }
    }
    if (!(dist[sink]! < -1e-12)) break;
    for (let v = sink; v !== source; v = head[via[v]! ^ 1]!) {
      cap[via[v]!]!--;
      cap[via[v]! ^ 1]!++;
    }
    flow++;
  }
  const chosen: number[] = [];
  let sum = 0;
  for (let e = 0; e < m; e++) {
    if (cap[edgeArc[e]!] === 0) {
      chosen.push(e);
      sum += weights[e]!;
    }
  }
  return { total: sum, edges: Int32Array.from(chosen) };
}
