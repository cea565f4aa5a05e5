import { execFileSync } from 'node:child_process';
import os from 'node:os';
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

/** CPU, cores, memory, Node version, git commit and date of this run. */
export function machineFacts(repoDir: string, python: string | null): MachineFacts {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    totalMemoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    commit: tryRun('git', ['rev-parse', 'HEAD'], repoDir),
    date: new Date().toISOString(),
    python,
  };
}
