import type { CompiledProblem } from './compiled-problem.js';
import {
  FLAG_PLACES,
  FLAG_REQUESTS,
  FLAG_TIMES,
  SEAT_DAY,
  SEAT_DISTRICT,
  SEAT_END,
  SEAT_MIN_LEVEL,
  SEAT_SKILL,
  SEAT_SLOT,
  SEAT_START,
  SEAT_STRIDE,
  SEAT_VENUE,
  VOL_FLAGS,
  VOL_HOME,
  VOL_STRIDE,
} from './packed-layout.js';

/** Hard violations of volunteer v on seat: 1 if not available then (windows, days off), +1 if short of the skill; O(1). */
export function seatViolations(c: CompiledProblem, v: number, seat: number): number {
  const o = seat * SEAT_STRIDE;
  const slot = c.seatData[o + SEAT_SLOT] as number;
  let n = ((c.available[v * c.availWords + (slot >>> 5)] as number) & (1 << (slot & 31))) === 0 ? 1 : 0;
  const skill = c.seatData[o + SEAT_SKILL] as number;
  if (
    skill >= 0 &&
    (c.skillLevel[v * c.skillCount + skill] as number) < (c.seatData[o + SEAT_MIN_LEVEL] as number)
  )
    n++;
  return n;
}

/** True if volunteer v may take seat (skill level, availability, days off); O(1). */
export function seatEligible(c: CompiledProblem, v: number, seat: number): boolean {
  return seatViolations(c, v, seat) === 0;
}

/** Soft cost of volunteer v on a seat's slot (travel, preferences, requests), independent of other assignments. */
export function pairCost(c: CompiledProblem, v: number, seat: number): number {
  const w = c.weights;
  const o = seat * SEAT_STRIDE;
  const district = c.seatData[o + SEAT_DISTRICT] as number;
  let cost = c.volData[v * VOL_STRIDE + VOL_HOME] !== district ? w.travel : 0;
  const flags = c.volData[v * VOL_STRIDE + VOL_FLAGS] as number;
  if (flags === 0) return cost;
  if ((flags & FLAG_TIMES) !== 0) {
    const st = c.seatData[o + SEAT_START] as number;
    const en = c.seatData[o + SEAT_END] as number;
    const und = c.undesiredTimes[v] as Int32Array;
    for (let i = 0; i < und.length; i += 2) {
      if ((und[i] as number) < en && (und[i + 1] as number) > st) {
        cost += w.undesiredTime;
        break;
      }
    }
    const pref = c.preferredTimes[v] as Int32Array;
    if (pref.length > 0) {
      let inside = false;
      for (let i = 0; i < pref.length; i += 2) {
        if ((pref[i] as number) <= st && (pref[i + 1] as number) >= en) {
          inside = true;
          break;
        }
      }
      if (!inside) cost += w.preferredTimeMissed;
    }
  }
  if ((flags & FLAG_PLACES) !== 0) {
    const venue = c.seatData[o + SEAT_VENUE] as number;
    const up = c.undesiredPlaces[v] as Int32Array;
    for (let i = 0; i < up.length; i++) {
      if (up[i] === district || up[i] === venue) {
        cost += w.undesiredPlace;
        break;
      }
    }
    const pp = c.preferredPlaces[v] as Int32Array;
    if (pp.length > 0) {
      let hit = false;
      for (let i = 0; i < pp.length; i++) if (pp[i] === district || pp[i] === venue) hit = true;
      if (!hit) cost += w.preferredPlaceMissed;
    }
  }
  if ((flags & FLAG_REQUESTS) !== 0) {
    const slot = c.seatData[o + SEAT_SLOT] as number;
    const day = c.seatData[o + SEAT_DAY] as number;
    const req = c.requests[v] as Float64Array;
    for (let i = 0; i < req.length; i += 3) {
      if (req[i] === slot || req[i + 1] === day) cost += req[i + 2] as number;
    }
  }
  return cost;
}
