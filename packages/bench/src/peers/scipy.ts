// scipy's linear_sum_assignment and min_weight_full_bipartite_matching, run by scipy_peer.py in a
// Python grandchild. The instance goes over as a little-endian binary file; scipy times itself.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CsrGraph } from '@redthread/engine';
import type { DenseInstance } from '../instances/dense.js';
import type { ExternalRequest, Solver } from '../suite.js';

/** Python interpreter for the scipy peers (override with REDTHREAD_PYTHON). */
export const PYTHON = process.env.REDTHREAD_PYTHON ?? '/usr/bin/python3';

// The script stays in src/ (tsc copies no .py); src/peers and dist/peers are equally deep.
const SCRIPT = fileURLToPath(new URL('../../src/peers/scipy_peer.py', import.meta.url));

let scipyCheck: string | undefined | null = null;

/** Why scipy cannot run here, or undefined when `python3 -c 'import scipy'` works. */
export function scipyUnavailable(): string | undefined {
  if (scipyCheck === null) {
    const r = spawnSync(PYTHON, ['-c', 'import scipy, numpy'], { stdio: 'ignore', timeout: 30_000 });
    scipyCheck = r.status === 0 ? undefined : `${PYTHON} with scipy not found (skipped)`;
  }
  return scipyCheck;
}

let fileCounter = 0;

function bytesOf(a: Float64Array | Int32Array): Uint8Array {
  // Typed arrays are little-endian on every platform Node runs on here (x86-64, arm64).
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function writeInstance(dir: string, parts: readonly (Float64Array | Int32Array)[]): string {
  const path = join(dir, `instance-${process.pid}-${fileCounter++}.bin`);
  const fd = openSync(path, 'w');
  try {
    for (const part of parts) {
      const bytes = bytesOf(part);
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    }
  } finally {
    closeSync(fd);
  }
  return path;
}

function request(
  solver: 'lsa' | 'mwfbm',
  format: 'dense' | 'csr',
  path: string,
  rows: number,
  cols: number,
  x: ExternalRequest,
): string[] {
  return [JSON.stringify({ solver, format, path, rows, cols, ...x })];
}

/** scipy.optimize.linear_sum_assignment on a dense matrix. */
export const scipyLsaDense: Solver<DenseInstance> = {
  name: 'scipy-lsa',
  role: 'peer',
  exact: true,
  kind: 'external',
  unavailable: scipyUnavailable,
  command(m, dir, x) {
    const path = writeInstance(dir, [m.costs]);
    return { file: SCRIPT, args: request('lsa', 'dense', path, m.rows, m.cols, x), instanceFile: path };
  },
};

/** scipy.sparse.csgraph.min_weight_full_bipartite_matching (LAPJVsp) on the complete graph. */
export const scipyMwfbmDense: Solver<DenseInstance> = {
  name: 'scipy-mwfbm',
  role: 'peer',
  exact: true,
  kind: 'external',
  unavailable: scipyUnavailable,
  command(m, dir, x) {
    const path = writeInstance(dir, [m.costs]);
    return { file: SCRIPT, args: request('mwfbm', 'dense', path, m.rows, m.cols, x), instanceFile: path };
  },
};

/** min_weight_full_bipartite_matching on a sparse graph (minimising the edge weights). */
export const scipyMwfbmSparse: Solver<CsrGraph> = {
  name: 'scipy-mwfbm',
  role: 'peer',
  exact: true,
  kind: 'external',
  unavailable: scipyUnavailable,
  command(g, dir, x) {
    const path = writeInstance(dir, [g.offsets, g.targets, g.weights]);
    return { file: SCRIPT, args: request('mwfbm', 'csr', path, g.rows, g.cols, x), instanceFile: path };
  },
};
