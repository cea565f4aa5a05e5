import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  ageOn,
  civilFromDays,
  clockTimeToMinutes,
  daysFromCivil,
  daysToIsoDate,
  isIsoDate,
  isIsoDateTime,
  isoDateTimeToMinutes,
  isoDateToDays,
  minutesToShanghaiDateTime,
  shanghaiDateOf,
} from './dates.js';

describe('calendar arithmetic', () => {
  it('round-trips day numbers through civil dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 800_000 }), (days) => {
        const [y, m, d] = civilFromDays(days);
        expect(daysFromCivil(y, m, d)).toBe(days);
      }),
    );
  });

  it('agrees with the known epoch, leap days and weekdays', () => {
    expect(isoDateToDays('1970-01-01')).toBe(0);
    expect(isoDateToDays('2000-03-01') - isoDateToDays('2000-02-28')).toBe(2);
    expect(isoDateToDays('1900-03-01') - isoDateToDays('1900-02-28')).toBe(1);
    expect(daysToIsoDate(isoDateToDays('2026-11-01'))).toBe('2026-11-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-4-01')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
  });

  it('counts completed years, birthdays included', () => {
    expect(ageOn('1990-11-01', '2026-11-01')).toBe(36);
    expect(ageOn('1990-11-02', '2026-11-01')).toBe(35);
    expect(ageOn('2004-02-29', '2026-02-28')).toBe(21);
    expect(ageOn('2004-02-29', '2026-03-01')).toBe(22);
  });

  it('reads date-times with any offset as the same instant', () => {
    expect(isoDateTimeToMinutes('2026-07-01T08:00:00+08:00')).toBe(isoDateTimeToMinutes('2026-07-01T00:00Z'));
    expect(isoDateTimeToMinutes('2026-07-01T00:00:00-05:30')).toBe(
      isoDateTimeToMinutes('2026-07-01T05:30:00Z'),
    );
    expect(isIsoDateTime('2026-07-01T08:00:00')).toBe(false);
    expect(isIsoDateTime('2026-07-01T24:00:00+08:00')).toBe(false);
    expect(isIsoDateTime('2026-02-30T08:00:00+08:00')).toBe(false);
    expect(shanghaiDateOf('2026-06-30T20:00:00Z')).toBe('2026-07-01');
    expect(clockTimeToMinutes('10:45')).toBe(645);
  });

  it('formats Shanghai date-times that parse back to the same minute', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), (minutes) => {
        const s = minutesToShanghaiDateTime(minutes);
        expect(isIsoDateTime(s)).toBe(true);
        expect(isoDateTimeToMinutes(s)).toBe(minutes);
      }),
    );
  });
});
