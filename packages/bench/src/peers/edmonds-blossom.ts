// `edmonds-blossom-fixed`: van Rantwijk's O(n³) maximum-weight matching ported to JavaScript.
// Input is an array of [u, v, weight] triples (built untimed); output is mate[v], -1 when single.
import { type GeneralGraphInstance, mateWeight } from '../instances/general-graph.js';
import type { Solver } from '../suite.js';

export const edmondsBlossomPeer: Solver<GeneralGraphInstance> = {
  name: 'edmonds-blossom-fixed',
  role: 'peer',
  exact: true,
  kind: 'in-process',
  async prepare(g) {
    const { default: blossom } = await import('edmonds-blossom-fixed');
    const edges: [number, number, number][] = new Array(g.weights.length);
    for (let k = 0; k < g.weights.length; k++)
      edges[k] = [g.edges[2 * k]!, g.edges[2 * k + 1]!, g.weights[k]!];
    let mate: number[] = [];
    return {
      run: () => {
        mate = blossom(edges, false);
      },
      objective: () => mateWeight(g, mate),
    };
  },
};
