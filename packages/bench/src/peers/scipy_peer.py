"""scipy peer of the redthread bench.

Reads an instance that the harness wrote as little-endian binary, solves it with scipy and prints
the harness's line protocol (packages/bench/src/protocol.ts) on stdout: `BENCH {json}` lines for
ready, each sample and the result. Only the solve is timed (time.perf_counter); reading the file
and building the sparse matrix are not.

usage: scipy_peer.py '<json request>'
  request: {"solver": "lsa" | "mwfbm", "format": "dense" | "csr", "path": ..., "rows": r,
            "cols": c, "samples": k, "capMs": ..., "warmupBelowMs": ..., "microBelowMs": ...}
  dense file: rows*cols float64; csr file: int32 offsets[rows+1], int32 targets[m], float64 weights[m]
"""

import gc
import json
import resource
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def emit(event):
    sys.stdout.write("BENCH " + json.dumps(event) + "\n")
    sys.stdout.flush()


def peak_rss_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def load(req):
    rows, cols, path = req["rows"], req["cols"], req["path"]
    if req["format"] == "dense":
        return np.fromfile(path, dtype="<f8", count=rows * cols).reshape(rows, cols), None
    offsets = np.fromfile(path, dtype="<i4", count=rows + 1)
    m = int(offsets[-1])
    targets = np.fromfile(path, dtype="<i4", count=m, offset=4 * (rows + 1))
    weights = np.fromfile(path, dtype="<f8", count=m, offset=4 * (rows + 1 + m))
    return None, (offsets, targets, weights)


def main():
    req = json.loads(sys.argv[1])
    rows, cols = req["rows"], req["cols"]
    dense, csr = load(req)

    if req["solver"] == "lsa":
        if dense is None:
            raise SystemExit("linear_sum_assignment needs a dense instance")
        costs = dense

        def solve():
            return linear_sum_assignment(costs)

        def objective(result):
            r, c = result
            return float(costs[r, c].sum())

    else:
        # min_weight_full_bipartite_matching treats explicit zeros as missing edges: shift every
        # weight to >= 1 (untimed) and take the shift back out of the objective.
        if dense is not None:
            weights = dense.ravel()
            indptr = np.arange(0, rows * cols + 1, cols, dtype=np.int32)
            indices = np.tile(np.arange(cols, dtype=np.int32), rows)
        else:
            indptr, indices, weights = csr
        shift = 1.0 - float(weights.min()) if weights.size else 0.0
        graph = csr_matrix((weights + shift, indices, indptr), shape=(rows, cols))
        matched = min(rows, cols)

        def solve():
            return min_weight_full_bipartite_matching(graph)

        def objective(result):
            r, c = result
            return float(np.asarray(graph[r, c]).sum()) - shift * matched

    emit({"type": "ready", "baseRssMiB": peak_rss_mib()})

    # As timeit does: collect once, then keep the cyclic collector out of the timed runs.
    gc.collect()
    gc.disable()

    def time_once():
        t0 = time.perf_counter()
        result = solve()
        return (time.perf_counter() - t0) * 1000.0, result

    last, result = time_once()
    warm = last < req["warmupBelowMs"]
    emit({"type": "sample", "ms": last, "warmup": warm})
    times = [] if warm else [last]
    if warm:
        # Same warm-up as the Node side: up to 0.5 s or warmupMaxRuns runs, discarded.
        warm_spent, runs = last, 1
        while runs < req.get("warmupMaxRuns", 5) and warm_spent < 500:
            last, result = time_once()
            warm_spent += last
            runs += 1
            emit({"type": "sample", "ms": last, "warmup": True})
    wanted = req["samples"]
    if warm and last < req["microBelowMs"]:
        # Fast runs: more samples for a stable median, as tinybench does on the Node side.
        wanted = max(wanted, min(100, int(req.get("microTimeMs", 500) / max(last, 1e-3))))
    spent = sum(times)
    while len(times) < wanted and spent + last <= req["capMs"]:
        last, result = time_once()
        spent += last
        times.append(last)
        emit({"type": "sample", "ms": last, "warmup": False})
    emit({"type": "result", "objective": objective(result), "peakRssMiB": peak_rss_mib()})


if __name__ == "__main__":
    main()
