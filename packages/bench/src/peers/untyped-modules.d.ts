// Types for the untyped CommonJS peers, written from their source in node_modules.

declare module 'hungarian-on3' {
  /** Minimises (or maximises with isProfit); returns [row, col] pairs, col -1 when unassigned. Costs must stay below 2^30. */
  function hungarianOn3(costMatrix: number[][], isProfit?: boolean): [number, number][];
  export = hungarianOn3;
}

declare module 'munkres-js' {
  /** Minimises; pads rectangular matrices with 0; returns [row, col] pairs. */
  function computeMunkres(costMatrix: number[][]): [number, number][];
  export = computeMunkres;
}

declare module 'edmonds-blossom-fixed' {
  /** Maximum-weight matching of a general graph from [u, v, weight] edges; returns mate[v] (-1 when single). */
  function blossom(edges: [number, number, number][], maxCardinality?: boolean): number[];
  export = blossom;
}
