import { type InputIssue, ValidationError } from '../core/errors.js';
import type { Pool } from '../model/pool.js';

/** Partners each member must not be offered: past introductions and blocks either way (CSR by member index). */
export interface Exclusions {
  readonly offsets: Int32Array;
  readonly partners: Int32Array;
}

/**
 * Collects the excluded pairs of a pool (history and blocked pairs, both directions) by member
 * index. Throws ValidationError when an entry names an unknown member (path `history[i].a` …).
 */
export function buildExclusions(pool: Pool, indexOf: ReadonlyMap<string, number>): Exclusions {
  const n = pool.members.length;
  const issues: InputIssue[] = [];
  const pairs: number[] = [];
  const add = (x: string, y: string, path: readonly (string | number)[], xKey: string, yKey: string) => {
    const a = indexOf.get(x);
    const b = indexOf.get(y);
    if (a === undefined)
      issues.push({ path: [...path, xKey], message: `unknown member ${JSON.stringify(x)}` });
    if (b === undefined)
      issues.push({ path: [...path, yKey], message: `unknown member ${JSON.stringify(y)}` });
    if (a !== undefined && b !== undefined && a !== b) pairs.push(a, b);
  };
  pool.history.forEach((h, i) => {
    add(h.a, h.b, ['history', i], 'a', 'b');
  });
  pool.blocked.forEach((b, i) => {
    add(b.by, b.other, ['blocked', i], 'by', 'other');
  });
  if (issues.length > 0) {
    const first = issues[0]!.path;
    throw new ValidationError(
      issues,
      `${first[0] === 'history' ? 'introduction' : 'blocked pair'} #${first[1]}`,
    );
  }
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < pairs.length; k += 2) {
    offsets[pairs[k]! + 1]!++;
    offsets[pairs[k + 1]! + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const cursor = offsets.slice(0, n);
  const partners = new Int32Array(offsets[n]!);
  for (let k = 0; k < pairs.length; k += 2) {
    const a = pairs[k]!;
    const b = pairs[k + 1]!;
    partners[cursor[a]!++] = b;
    partners[cursor[b]!++] = a;
  }
  return { offsets, partners };
}
