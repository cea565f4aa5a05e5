#!/usr/bin/env node
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatFixtureJson, RedthreadError, SMALL_FIXTURES, summarisePool } from '@redthread/engine';
import { formatPoolSummary } from './cli/format-pool-summary.js';
import { loadPool, poolSourceOf } from './cli/load-pool.js';

const USAGE = `redthread — matchmaking and scheduling engine, in-process (no Redis)

usage:
  redthread pool <xihu|xiaoying|city|province|file.json> [--on YYYY-MM-DD]
      summarise a member pool (a preset is generated deterministically on demand)
  redthread generate <xihu|xiaoying|city|province> --out <file.json>
      write a preset pool as JSON
  redthread fixtures [--dir fixtures]
      regenerate the small committed fixtures from their seeds
`;

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      on: { type: 'string', default: '2026-11-01' },
      out: { type: 'string' },
      dir: { type: 'string', default: 'fixtures' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, arg] = positionals;
  if (values.help || command === undefined) {
    process.stdout.write(USAGE);
    return;
  }
  switch (command) {
    case 'pool': {
      const source = poolSourceOf(arg ?? 'xihu');
      const pool = await loadPool(source);
      const title =
        source.kind === 'preset' ? `pool ${source.name} (generated, seeded)` : `pool ${source.path}`;
      process.stdout.write(`${formatPoolSummary(title, summarisePool(pool, values.on))}\n`);
      return;
    }
    case 'generate': {
      const source = poolSourceOf(arg ?? '');
      if (source.kind !== 'preset')
        throw new UsageError(`generate takes a preset name, not ${arg ?? 'nothing'}`);
      if (!values.out) throw new UsageError('generate needs --out <file.json>');
      await writeFile(values.out, formatFixtureJson(await loadPool(source)));
      process.stdout.write(`wrote ${values.out}\n`);
      return;
    }
    case 'fixtures': {
      for (const [name, make] of Object.entries(SMALL_FIXTURES)) {
        await writeFile(`${values.dir}/${name}`, formatFixtureJson(make()));
        process.stdout.write(`wrote ${values.dir}/${name}\n`);
      }
      return;
    }
    default:
      throw new UsageError(`unknown command ${command}`);
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError) process.stderr.write(`redthread: ${err.message}\n\n${USAGE}`);
  else if (err instanceof RedthreadError) process.stderr.write(`redthread: ${err.code}: ${err.message}\n`);
  else process.stderr.write(`redthread: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = err instanceof UsageError ? 2 : 1;
});
