// A measuring child: `node dist/child.js '<MeasureRequest JSON>'`. Generates the instance, prepares
// the solver, times it and prints protocol events (protocol.ts) on stdout. One child measures one
// (case, n, solver), so no heap, JIT state or wasm memory carries over between measurements.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PYTHON } from './peers/scipy.js';
import { type ChildEvent, formatEvent, type MeasureRequest } from './protocol.js';
import { measure, peakRssMiB } from './sampler.js';
import { findSolver } from './suites/index.js';

function emit(e: ChildEvent): void {
  process.stdout.write(formatEvent(e));
}

async function main(): Promise<void> {
  const raw = process.argv[2];
  if (raw === undefined) throw new Error('usage: child.js <MeasureRequest JSON>');
  const req = JSON.parse(raw) as MeasureRequest;
  const { benchCase, solver } = findSolver(req.suite, req.case, req.solver);
  const instance = benchCase.generate(req.n, req.seed);
  const baseRssMiB = peakRssMiB();
  if (solver.kind === 'external') {
    const { file, args, instanceFile } = solver.command(instance, req.tmpDir, req);
    emit({ type: 'ready', baseRssMiB });
    // The script prints its own protocol events straight to our stdout.
    const code = await new Promise<number>((resolve, reject) => {
      const p = spawn(PYTHON, [file, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
      p.on('error', reject);
      p.on('exit', (c, signal) => resolve(c ?? (signal ? 128 : 1)));
    });
    rmSync(instanceFile, { force: true });
    process.exitCode = code;
    return;
  }
  await measure(() => solver.prepare(instance), solver.freshInput ?? false, req, emit, baseRssMiB);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  });
}
