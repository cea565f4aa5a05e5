import { getISODay, getISOWeek, getISOWeekYear } from 'date-fns';
import { civilFromDays } from '../model/dates.js';

/** Calendar facts about a Shanghai day that the scheduling rules need. */
export interface DayInfo {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly isoWeekday: number;
  readonly weekend: boolean;
  /** ISO week key `year × 100 + week`, equal for days of the same Monday-to-Sunday week. */
  readonly weekKey: number;
}

/**
 * Calendar facts of a day number (days since 1970-01-01, Shanghai calendar). date-fns reads the
 * process's local time zone, so the day is built as a local noon: weekday and ISO week of a
 * civil date then do not depend on where the code runs (no zone moves noon across a date line).
 */
export function dayInfo(days: number): DayInfo {
  const [y, m, d] = civilFromDays(days);
  const date = new Date(y, m - 1, d, 12);
  const isoWeekday = getISODay(date);
  return { isoWeekday, weekend: isoWeekday >= 6, weekKey: getISOWeekYear(date) * 100 + getISOWeek(date) };
}
