import { z } from 'zod';
import { type IsoDateTime, isoDateTimeSchema, isoDateTimeToMinutes } from './dates.js';
import type { Agrees, Expect } from './schema-agrees.js';

/** A half-open interval of time [start, end). */
export interface TimeWindow {
  readonly start: IsoDateTime;
  readonly end: IsoDateTime;
}

/** zod schema of a TimeWindow; end must be after start. */
export const timeWindowSchema = z
  .strictObject({ start: isoDateTimeSchema, end: isoDateTimeSchema })
  .refine((w) => isoDateTimeToMinutes(w.end) > isoDateTimeToMinutes(w.start), {
    message: 'end must be after start',
    path: ['end'],
  });

type _TimeWindowAgrees = Expect<Agrees<z.output<typeof timeWindowSchema>, TimeWindow>>;
