#!/usr/bin/env node
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatFixtureJson, RedthreadError, SMALL_FIXTURES, summarisePool } from '@redthread/engine';
import { formatPoolSummary } from './cli/format-pool-summary.js';
import { loadPool, poolSourceOf } from './cli/load-pool.js';
import { policyFromFlags, runRoundCommand, XIHU_WEEKLY_CAP } from './cli/round-command.js';
import { formatSimulations, newcomersFor, runSimulations } from './cli/simulate-command.js';

const USAGE = `redthread — matchmaking and scheduling engine, in-process (no Redis)

usage:
  redthread pool <xihu|xiaoying|city|province|file.json> [--on YYYY-MM-DD]
      summarise a member pool (a preset is generated deterministically on demand)
  redthread round <xihu|xiaoying|city|province|file.json> [--on YYYY-MM-DD] [--per-man 2]
        [--per-woman 1] [--min-score N] [--cap 81|none] [--monthly-cap N] [--growth 25]
        [--mode optimal|stable] [--seed 1]
      run one pairing round (exact b-matching) and print its summary
  redthread simulate [xihu] [--weeks 52] [--join 25] [round flags]
      52 weekly rounds with simulated outcomes: fairness over time, with the weekly cap and without
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
      'per-man': { type: 'string' },
      'per-woman': { type: 'string' },
      'min-score': { type: 'string' },
      cap: { type: 'string' },
      'monthly-cap': { type: 'string' },
      growth: { type: 'string' },
      mode: { type: 'string' },
      seed: { type: 'string' },
      weeks: { type: 'string', default: '52' },
      join: { type: 'string', default: '25' },
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
    case 'round': {
      const source = poolSourceOf(arg ?? 'xihu');
      const policy = policyFromFlags(values, values.on);
      const pool = await loadPool(source);
      const title =
        source.kind === 'preset' ? `round on ${source.name} (generated, seeded)` : `round on ${source.path}`;
      process.stdout.write(`${runRoundCommand(title, pool, policy).summary}\n`);
      return;
    }
    case 'simulate': {
      const source = poolSourceOf(arg ?? 'xihu');
      if (source.kind !== 'preset') throw new UsageError('simulate takes a preset name');
      const weeks = Number(values.weeks);
      const join = Number(values.join);
      if (!Number.isInteger(weeks) || weeks < 1) throw new UsageError('--weeks expects a positive integer');
      if (!Number.isInteger(join) || join < 0) throw new UsageError('--join expects a non-negative integer');
      const { date: _capped, ...capped } = policyFromFlags(values, values.on);
      const { date: _open, ...open } = policyFromFlags({ ...values, cap: 'none' }, values.on);
      const pool = await loadPool(source);
      const runs = runSimulations(
        pool,
        newcomersFor(source.name, weeks * join),
        [
          {
            label: `weekly cap ${capped.maxIntroductions ?? XIHU_WEEKLY_CAP} (≈ 350 a month)`,
            policy: capped,
          },
          { label: 'no cap', policy: open },
        ],
        weeks,
        join,
        values.on,
      );
      const title = `simulation: ${weeks} weekly rounds on ${source.name}, ${join} newcomers a week`;
      process.stdout.write(`${formatSimulations(title, runs)}\n`);
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
