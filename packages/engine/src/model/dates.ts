import { z } from 'zod';

// Pure calendar arithmetic (proleptic Gregorian, no Date object, no time zone database): the
// engine must give the same answer in every runtime and on every machine.

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;
/** An instant as `YYYY-MM-DDTHH:MM[:SS]` with an explicit offset, e.g. `2026-07-01T08:30:00+08:00`. */
export type IsoDateTime = string;

/** Offset of Asia/Shanghai from UTC in minutes (no daylight saving since 1991). */
export const SHANGHAI_OFFSET_MINUTES = 480;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))$/;

/** Days from 1970-01-01 to the given civil date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date `[year, month, day]` of a day number (days since 1970-01-01). */
export function civilFromDays(days: number): [number, number, number] {
  const z0 = days + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function daysInMonth(year: number, month: number): number {
  return (
    daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    daysFromCivil(year, month, 1)
  );
}

/** True if `s` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** Day number (days since 1970-01-01) of an ISO date; assumes `isIsoDate(s)`. */
export function isoDateToDays(s: IsoDate): number {
  return daysFromCivil(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The ISO date `YYYY-MM-DD` of a day number (days since 1970-01-01). */
export function daysToIsoDate(days: number): IsoDate {
  const [y, m, d] = civilFromDays(days);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** Adds whole days to an ISO date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return daysToIsoDate(isoDateToDays(date) + days);
}

/** Age in completed years on the date `on` of someone born on `birthDate`. */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const by = Number(birthDate.slice(0, 4));
  const oy = Number(on.slice(0, 4));
  // Compare MM-DD as strings: a birthday not yet reached this year means one year less.
  return oy - by - (on.slice(5) < birthDate.slice(5) ? 1 : 0);
}

/** True if `s` is an ISO date-time with an explicit offset and valid fields. */
export function isIsoDateTime(s: string): boolean {
  const m = DATE_TIME_RE.exec(s);
  if (!m) return false;
  if (!isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return false;
  const hh = Number(m[4]);
  const mm = Number(m[5]);
  const ss = m[6] === undefined ? 0 : Number(m[6]);
  if (hh > 23 || mm > 59 || ss > 59) return false;
  if (m[7] !== 'Z' && (Number(m[9]) > 14 || Number(m[10]) > 59)) return false;
  return true;
}

/** Minutes since 1970-01-01T00:00Z of an ISO date-time (seconds are dropped); assumes `isIsoDateTime(s)`. */
export function isoDateTimeToMinutes(s: IsoDateTime): number {
  const m = DATE_TIME_RE.exec(s);
  if (!m) return Number.NaN;
  const days = daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
  let offset = 0;
  if (m[7] !== 'Z') offset = (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  return days * 1440 + Number(m[4]) * 60 + Number(m[5]) - offset;
}

/** Formats minutes since the epoch (UTC) as a Shanghai-time ISO date-time `YYYY-MM-DDTHH:MM:00+08:00`. */
export function minutesToShanghaiDateTime(minutes: number): IsoDateTime {
  const local = minutes + SHANGHAI_OFFSET_MINUTES;
  const days = Math.floor(local / 1440);
  const rest = local - days * 1440;
  return `${daysToIsoDate(days)}T${pad(Math.floor(rest / 60), 2)}:${pad(rest % 60, 2)}:00+08:00`;
}

/** The Shanghai-time calendar date of an ISO date-time (whatever offset it was written with). */
export function shanghaiDateOf(s: IsoDateTime): IsoDate {
  return daysToIsoDate(Math.floor((isoDateTimeToMinutes(s) + SHANGHAI_OFFSET_MINUTES) / 1440));
}

/** zod schema of an ISO calendar date `YYYY-MM-DD`. */
export const isoDateSchema = z.string().refine(isIsoDate, { message: 'expected a calendar date YYYY-MM-DD' });

/** zod schema of an ISO date-time with offset, e.g. `2026-07-01T08:30:00+08:00`. */
export const isoDateTimeSchema = z
  .string()
  .refine(isIsoDateTime, { message: 'expected a date-time YYYY-MM-DDTHH:MM[:SS]±HH:MM' });

/** zod schema of a local clock time `HH:MM` (00:00–24:00). */
export const clockTimeSchema = z
  .string()
  .refine((s) => /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/.test(s), { message: 'expected a clock time HH:MM' });

/** Minutes after midnight of a clock time `HH:MM`. */
export function clockTimeToMinutes(s: string): number {
  return Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5));
}
