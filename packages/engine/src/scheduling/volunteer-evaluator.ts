import type { CompiledProblem } from './compiled-problem.js';
import {
  FLAG_TYPE_LIMITS,
  SEAT_DAY,
  SEAT_DISTRICT,
  SEAT_END,
  SEAT_MINUTES,
  SEAT_SERIES,
  SEAT_START,
  SEAT_STRIDE,
  SEAT_TYPE,
  SEAT_VENUE,
  SEAT_WEEK,
  SEAT_WEEKEND,
  VOL_FLAGS,
  VOL_MAX_DAY,
  VOL_MAX_PER_DAY,
  VOL_MAX_RUN,
  VOL_MAX_SHIFTS,
  VOL_MAX_TOTAL,
  VOL_MAX_WEEK,
  VOL_MAX_WEEKENDS,
  VOL_MIN_OFF,
  VOL_MIN_RUN,
  VOL_MIN_TOTAL,
  VOL_ON_REQUESTS,
  VOL_STRIDE,
  VOL_TARGET,
} from './packed-layout.js';

/**
 * The interaction terms of one volunteer's schedule (everything that depends on more than one of
 * their assignments): overlaps with travel buffers, rest, day/week/horizon minutes, shift counts,
 * consecutive days, weekends, successions, fairness, continuity. A move re-evaluates only the
 * volunteers it touches, on their sorted seat lists: O(shifts of that volunteer) per call.
 */
export class VolunteerEvaluator {
  /** Hard total of the last `evaluate`. */
  hard = 0;
  /** Soft total of the last `evaluate`. */
  soft = 0;
  private readonly c: CompiledProblem;
  private readonly seriesStamp: Int32Array;
  private readonly typeCounts: Int32Array;
  private stamp = 0;

  constructor(c: CompiledProblem) {
    this.c = c;
    this.seriesStamp = new Int32Array(c.seriesCount);
    this.typeCounts = new Int32Array(c.typeCount);
  }

  /** Evaluates volunteer v with the first n seats of `seats` (ascending seat order = start order). */
  evaluate(v: number, seats: Int32Array, n: number): void {
    const c = this.c;
    const w = c.weights;
    const sd = c.seatData;
    const vd = c.volData;
    const vo = v * VOL_STRIDE;
    const bufSame = c.rules.travelBufferSameDistrict;
    const bufOther = c.rules.travelBufferOtherDistrict;
    const maxBuf = c.maxBuffer;
    const minRest = c.rules.minRestMinutes;
    const maxDay = vd[vo + VOL_MAX_DAY] as number;
    const maxWeek = vd[vo + VOL_MAX_WEEK] as number;
    const maxPerDay = vd[vo + VOL_MAX_PER_DAY] as number;
    const maxRun = vd[vo + VOL_MAX_RUN] as number;
    const minRun = vd[vo + VOL_MIN_RUN] as number;
    const minOff = vd[vo + VOL_MIN_OFF] as number;
    const typeLimited = ((vd[vo + VOL_FLAGS] as number) & FLAG_TYPE_LIMITS) !== 0;
    const T = c.typeCount;
    const forbidden = c.forbidden;
    const typeCounts = this.typeCounts;
    if (typeLimited) typeCounts.fill(0);
    const seriesStamp = this.seriesStamp;
    const stamp = ++this.stamp;

    let hard = 0;
    let soft = vd[vo + VOL_ON_REQUESTS] as number;
    const maxShifts = vd[vo + VOL_MAX_SHIFTS] as number;
    if (n > maxShifts) hard += n - maxShifts;
    let total = 0;
    let curDay = -2;
    let dayMin = 0;
    let dayShifts = 0;
    let curWeek = -1;
    let weekMin = 0;
    let run = 0;
    let weekends = 0;
    let lastWeekendWeek = -1;
    let distinctSeries = 0;
    for (let i = 0; i < n; i++) {
      const o = (seats[i] as number) * SEAT_STRIDE;
      const en = sd[o + SEAT_END] as number;
      const d = sd[o + SEAT_DAY] as number;
      const m = sd[o + SEAT_MINUTES] as number;
      total += m;
      // Overlaps, with the travel buffer between different places.
      const limit = en + maxBuf;
      for (let j = i + 1; j < n; j++) {
        const p = (seats[j] as number) * SEAT_STRIDE;
        const ts = sd[p + SEAT_START] as number;
        if (ts >= limit) break;
        const buf =
          sd[o + SEAT_VENUE] === sd[p + SEAT_VENUE]
            ? 0
            : sd[o + SEAT_DISTRICT] === sd[p + SEAT_DISTRICT]
              ? bufSame
              : bufOther;
        if (ts < en + buf) hard += 1;
      }
      if (i + 1 < n) {
        const p = (seats[i + 1] as number) * SEAT_STRIDE;
        const dt = sd[p + SEAT_DAY] as number;
        if (dt !== d) {
          if ((sd[p + SEAT_START] as number) - en < minRest) hard += 1;
          if (T > 0 && dt === d + 1) {
            const a = sd[o + SEAT_TYPE] as number;
            const b = sd[p + SEAT_TYPE] as number;
            if (a >= 0 && b >= 0 && forbidden[a * T + b] === 1) hard += 1;
          }
        }
      }
      if (d !== curDay) {
        if (dayMin > maxDay) hard += dayMin - maxDay;
        if (dayShifts > maxPerDay) hard += dayShifts - maxPerDay;
        if (d === curDay + 1) run++;
        else {
          if (run > 0) {
            if (run > maxRun) hard += run - maxRun;
            if (run < minRun) soft += w.shortRun * (minRun - run);
            const gap = d - curDay - 1;
            if (gap < minOff) soft += w.shortBreak * (minOff - gap);
          }
          run = 1;
        }
        curDay = d;
        dayMin = 0;
        dayShifts = 0;
        if (sd[o + SEAT_WEEKEND] === 1) {
          const wk = sd[o + SEAT_WEEK] as number;
          if (wk !== lastWeekendWeek) {
            weekends++;
            lastWeekendWeek = wk;
          }
        }
      }
      dayMin += m;
      dayShifts++;
      const wk = sd[o + SEAT_WEEK] as number;
      if (wk !== curWeek) {
        if (weekMin > maxWeek) hard += weekMin - maxWeek;
        curWeek = wk;
        weekMin = 0;
      }
      weekMin += m;
      const sr = sd[o + SEAT_SERIES] as number;
      if (sr >= 0 && seriesStamp[sr] !== stamp) {
        seriesStamp[sr] = stamp;
        distinctSeries++;
      }
      if (typeLimited) {
        const ty = sd[o + SEAT_TYPE] as number;
        if (ty >= 0) typeCounts[ty] = (typeCounts[ty] as number) + 1;
      }
    }
    if (dayMin > maxDay) hard += dayMin - maxDay;
    if (dayShifts > maxPerDay) hard += dayShifts - maxPerDay;
    if (weekMin > maxWeek) hard += weekMin - maxWeek;
    if (run > 0) {
      if (run > maxRun) hard += run - maxRun;
      if (run < minRun) soft += w.shortRun * (minRun - run);
    }
    const maxWeekends = vd[vo + VOL_MAX_WEEKENDS] as number;
    if (weekends > maxWeekends) hard += weekends - maxWeekends;
    const maxTotal = vd[vo + VOL_MAX_TOTAL] as number;
    if (total > maxTotal) hard += total - maxTotal;
    const minTotal = vd[vo + VOL_MIN_TOTAL] as number;
    if (total < minTotal) soft += (w.minTotalPerHour * (minTotal - total)) / 60;
    if (typeLimited) {
      const limits = c.typeLimits[v] as Int32Array;
      for (let i = 0; i < limits.length; i += 2) {
        const count = typeCounts[limits[i] as number] as number;
        const max = limits[i + 1] as number;
        if (count > max) hard += count - max;
      }
    }
    const dev = total - (vd[vo + VOL_TARGET] as number);
    soft += (w.fairnessPerHour * (dev < 0 ? -dev : dev)) / 60;
    soft += w.continuity * distinctSeries;
    this.hard = hard;
    this.soft = soft;
  }
}
