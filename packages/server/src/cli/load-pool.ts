import { readFile } from 'node:fs/promises';
import { generatePool, POOL_PRESETS, type Pool, type PoolPresetName, parsePool } from '@redthread/engine';

/** Where a pool comes from: a preset generated on demand, or a JSON file validated at the boundary. */
export type PoolSource =
  | { readonly kind: 'preset'; readonly name: PoolPresetName }
  | { readonly kind: 'file'; readonly path: string };

/** Reads `xihu`, `xiaoying`, `city`, `province` as presets and anything else as a file path. */
export function poolSourceOf(arg: string): PoolSource {
  return arg in POOL_PRESETS ? { kind: 'preset', name: arg as PoolPresetName } : { kind: 'file', path: arg };
}

/** Loads a pool; a file is parsed with the engine's schema, so bad records fail naming member and field. */
export async function loadPool(source: PoolSource): Promise<Pool> {
  if (source.kind === 'preset') return generatePool(source.name);
  const text = await readFile(source.path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${source.path}: not valid JSON (${(err as Error).message})`);
  }
  return parsePool(json);
}
