import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValidationError } from '@redthread/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPool, poolSourceOf } from './load-pool.js';

const smallFixture = new URL('../../../../fixtures/pool-small.json', import.meta.url);

describe('loadPool', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'redthread-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('tells presets from file paths', () => {
    expect(poolSourceOf('xihu')).toEqual({ kind: 'preset', name: 'xihu' });
    expect(poolSourceOf('pools/week-48.json')).toEqual({ kind: 'file', path: 'pools/week-48.json' });
  });

  it('reads and validates the committed small fixture', async () => {
    const pool = await loadPool({ kind: 'file', path: smallFixture.pathname });
    expect(pool.members).toHaveLength(200);
  });

  it('rejects a file with a bad member, naming the member and the field', async () => {
    const json = JSON.parse(await readFile(smallFixture, 'utf8'));
    json.members[3].heightCm = 20;
    const path = join(dir, 'bad.json');
    await writeFile(path, JSON.stringify(json));
    const err = await loadPool({ kind: 'file', path }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).path).toEqual(['members', 3, 'heightCm']);
    expect((err as ValidationError).record).toBe(`member ${json.members[3].id}`);
  });

  it('says when a file is not JSON', async () => {
    const path = join(dir, 'broken.json');
    await writeFile(path, '{"members": [');
    await expect(loadPool({ kind: 'file', path })).rejects.toThrow(/not valid JSON/);
  });
});
