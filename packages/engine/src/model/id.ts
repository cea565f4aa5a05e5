import { z } from 'zod';

/** zod schema of a record id: 1–64 letters, digits, `_`, `-` or `.` (safe in URLs, keys and file names). */
export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,64}$/, { message: 'expected an id of 1–64 letters, digits, _ . or -' });

/** zod schema of a count: a non-negative integer. */
export const countSchema = z.number().int().nonnegative();
