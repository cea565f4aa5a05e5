// Maximum-weight matching on general (non-bipartite) graphs: roommates-style pairings where
// anyone may pair with anyone. Peer: edmonds-blossom-fixed.
import {
  type MaxWeightMatchingResult,
  solveMaxWeightMatching,
  verifyMaxWeightMatching,
} from '@redthread/engine';
import { type GeneralGraphInstance, randomGeneralGraph } from '../instances/general-graph.js';
import { edmondsBlossomPeer } from '../peers/edmonds-blossom.js';
import { defineCase, type Solver, type Suite } from '../suite.js';

/** Edge probability of the random graphs: dense-ish, average degree n/10. */
export const DENSITY = 0.1;

const engine: Solver<GeneralGraphInstance> = {
  name: 'engine',
  role: 'engine',
  exact: true,
  kind: 'in-process',
  prepare(g) {
    let r: MaxWeightMatchingResult | undefined;
    return {
      run: () => {
        r = solveMaxWeightMatching(g);
      },
      objective: () => {
        // The dual certificate is checked untimed: a wrong answer is an error, not a number.
        const check = verifyMaxWeightMatching(g, r!);
        if (check.code !== 'valid') throw new Error(`blossom certificate invalid: ${JSON.stringify(check)}`);
        return r!.total;
      },
      note: () => (r!.proof.code === 'optimal' ? '' : `proof: ${r!.proof.code}`),
    };
  },
};

export const blossomSuite: Suite = {
  name: 'blossom',
  description: 'Maximum-weight matching on general graphs (Edmonds’ blossom algorithm).',
  cases: [
    defineCase<GeneralGraphInstance>({
      name: 'random-general',
      description: `G(n, p = ${DENSITY}) with integer weights uniform in [1, 1000].`,
      sizes: [200, 500, 1000],
      quickSizes: [40],
      generate: (n, seed) => randomGeneralGraph(n, DENSITY, 1, 1000, seed),
      solvers: [engine, edmondsBlossomPeer],
    }),
  ],
};
