import type { z } from 'zod';
import { type FieldPath, formatPath, type InputIssue, ValidationError } from '../core/errors.js';

/** What a record in each top-level collection is called in error messages. */
const RECORD_LABELS: Readonly<Record<string, string>> = {
  members: 'member',
  history: 'introduction',
  blocked: 'blocked pair',
  skills: 'skill',
  volunteers: 'volunteer',
  slots: 'slot',
  sessions: 'session',
  children: 'child',
  siblingGroups: 'sibling group',
  counsellors: 'counsellor',
  activities: 'activity',
  venues: 'venue',
  dailyPeriods: 'period',
};

function idOf(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/**
 * Names the record a path points into, e.g. `member m00042` for `['members', 41, 'heightCm']`, or
 * `member #41` when the record has no usable id. `single` names the input itself when it is one
 * record (e.g. `'member'` for parseMember).
 */
export function recordName(input: unknown, path: FieldPath, single?: string): string | undefined {
  if (single !== undefined) {
    const id = idOf(input);
    return id === undefined ? single : `${single} ${id}`;
  }
  const [key, index] = path;
  if (typeof key !== 'string' || typeof index !== 'number') return undefined;
  const label = RECORD_LABELS[key];
  if (label === undefined) return undefined;
  const list =
    typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[key] : undefined;
  const id = Array.isArray(list) ? idOf(list[index]) : undefined;
  return id === undefined ? `${label} #${index}` : `${label} ${id}`;
}

/** Converts zod issues to engine issues (paths with symbols made strings). */
export function issuesFromZod(error: z.ZodError): InputIssue[] {
  return error.issues.map((iss) => ({
    path: iss.path.map((k) => (typeof k === 'symbol' ? String(k) : k)),
    message: iss.message,
  }));
}

/** Options of parseWith. */
export interface ParseOptions<T> {
  /** The input is a single record of this kind (e.g. `'member'`), for naming it in errors. */
  readonly single?: string;
  /** Checks across records once the shape is valid; returns every problem found. */
  readonly crossCheck?: (value: T) => InputIssue[];
}

/**
 * Validates `input` with `schema`, then the cross-record checks; throws ValidationError listing
 * every issue, its `record` naming the first issue's record.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: ParseOptions<z.output<S>> = {},
): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const issues = issuesFromZod(result.error);
    throw new ValidationError(issues, recordName(input, issues[0]?.path ?? [], options.single));
  }
  const issues = options.crossCheck?.(result.data) ?? [];
  if (issues.length > 0) {
    throw new ValidationError(issues, recordName(input, issues[0]?.path ?? [], options.single));
  }
  return result.data;
}

/** Issues for records whose `id` repeats an earlier one in the same collection. */
export function duplicateIdIssues(
  collection: string,
  records: readonly { readonly id: string }[],
): InputIssue[] {
  const seen = new Map<string, number>();
  const issues: InputIssue[] = [];
  records.forEach((r, i) => {
    const first = seen.get(r.id);
    if (first === undefined) seen.set(r.id, i);
    else
      issues.push({
        path: [collection, i, 'id'],
        message: `duplicate id ${JSON.stringify(r.id)} (first at ${formatPath([collection, first])})`,
      });
  });
  return issues;
}

/** An issue for a reference to an id that no record of the named kind has. */
export function unknownRefIssue(path: FieldPath, kind: string, id: string): InputIssue {
  return { path, message: `unknown ${kind} ${JSON.stringify(id)}` };
}
