import { daysToIsoDate, type IsoDateTime } from '../model/dates.js';
import type { TimeWindow } from '../model/time-window.js';

/** Shanghai-time ISO date-time of a day number and minutes after local midnight. */
export function shanghaiAt(day: number, minutes: number): IsoDateTime {
  const d = day + Math.floor(minutes / 1440);
  const m = minutes - Math.floor(minutes / 1440) * 1440;
  const hh = String(Math.floor(m / 60)).padStart(2, '0');
  const mm = String(m % 60).padStart(2, '0');
  return `${daysToIsoDate(d)}T${hh}:${mm}:00+08:00`;
}

/** The window [from, to) minutes after midnight of a day (Shanghai time). */
export function dayWindow(day: number, from: number, to: number): TimeWindow {
  return { start: shanghaiAt(day, from), end: shanghaiAt(day, to) };
}

/** Day of the week of a day number: 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}
