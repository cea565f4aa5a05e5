import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { memoryLatencyNs } from './memory-latency.js';
import type { MachineFacts } from './record.js';

function tryRun(cmd: string, args: string[], cwd?: string): string | null {
  try {
    return execFileSync(cmd, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 20_000,
    })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

/** Python and scipy versions, or null when `python` cannot import scipy. */
export function pythonScipyVersion(python: string): string | null {
  return tryRun(python, [
    '-c',
    'import sys, scipy, numpy; print("python %d.%d.%d / scipy %s / numpy %s" % (sys.version_info[:3] + (scipy.__version__, numpy.__version__)))',
  ]);
}

/** Where Linux shows its transparent huge page mode, as `always [madvise] never`. */
const HUGE_PAGE_MODE_FILE = '/sys/kernel/mm/transparent_hugepage/enabled';

/** The selected mode (the bracketed word) of a transparent huge page setting, or null. */
export function parseHugePageMode(text: string): string | null {
  return /\[(\w+)\]/.exec(text)?.[1] ?? null;
}

/**
 * The kernel's transparent huge page mode, or null where there is none to read. It moves the 1M
 * sparse b-matching by 5–11% (alternating runs): nearly every access there misses the TLB, and
 * under `madvise` Node's typed arrays get 4 KiB pages.
 */
export function hugePageMode(): string | null {
  try {
    return parseHugePageMode(readFileSync(HUGE_PAGE_MODE_FILE, 'utf8'));
  } catch {
    return null;
  }
}

/** CPU, cores, memory, huge page mode, memory latency, Node version, git commit and date of this run. */
export function machineFacts(repoDir: string, python: string | null): MachineFacts {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    totalMemoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    hugePages: hugePageMode(),
    memoryLatencyNs: memoryLatencyNs(),
    node: process.version,
    commit: tryRun('git', ['rev-parse', 'HEAD'], repoDir),
    date: new Date().toISOString(),
    python,
  };
}
