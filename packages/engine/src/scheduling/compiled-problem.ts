import { isoDateTimeToMinutes, isoDateToDays, SHANGHAI_OFFSET_MINUTES } from '../model/dates.js';
import type { VolunteerProblem } from '../model/volunteer-problem.js';
import { dayInfo } from './calendar.js';
import {
  FLAG_PLACES,
  FLAG_REQUESTS,
  FLAG_TIMES,
  FLAG_TYPE_LIMITS,
  SEAT_DAY,
  SEAT_DISTRICT,
  SEAT_END,
  SEAT_MIN_LEVEL,
  SEAT_MINUTES,
  SEAT_SERIES,
  SEAT_SKILL,
  SEAT_SLOT,
  SEAT_START,
  SEAT_STRIDE,
  SEAT_TYPE,
  SEAT_VENUE,
  SEAT_WEEK,
  SEAT_WEEKEND,
  VOL_FLAGS,
  VOL_HOME,
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
import type { SchedulingRules, SchedulingWeights } from './rules.js';

/**
 * A volunteer problem flattened into typed arrays for the solver. Slots are renumbered by start
 * time; each slot owns a run of seats (one per required head per skill, then general seats up to
 * minHeadcount, then extra seats up to maxHeadcount), so a seat index order is a time order.
 */
export interface CompiledProblem {
  readonly problem: VolunteerProblem;
  readonly weights: SchedulingWeights;
  readonly rules: SchedulingRules;
  readonly volunteerCount: number;
  readonly slotCount: number;
  readonly seatCount: number;
  /** Input index of each internal slot. */
  readonly slotInput: Int32Array;
  /** Minutes since the epoch. */
  readonly slotStart: Int32Array;
  readonly slotEnd: Int32Array;
  readonly slotMinutes: Int32Array;
  /** Shanghai day of the start, counted from the earliest slot's day. */
  readonly slotDay: Int32Array;
  /** Dense index of the slot's Monday-to-Sunday week. */
  readonly slotWeek: Int32Array;
  readonly slotWeekend: Uint8Array;
  readonly slotDistrict: Int32Array;
  readonly slotVenue: Int32Array;
  /** Series id or -1. */
  readonly slotSeries: Int32Array;
  /** Shift type id or -1. */
  readonly slotType: Int32Array;
  readonly slotSeatStart: Int32Array;
  readonly seatSlot: Int32Array;
  /** Requirement index within the slot, or -1 for a general seat. */
  readonly seatReq: Int32Array;
  readonly seatGroup: Int32Array;
  /** Soft penalty while the seat is empty (required seats). */
  readonly seatEmptyCost: Float64Array;
  /** Soft penalty while the seat is filled (extra seats). */
  readonly seatFillCost: Float64Array;
  readonly seatRequired: Uint8Array;
  /** A group is a slot's requirement (or its general seats): the volunteers eligible for it. */
  readonly groupSlot: Int32Array;
  readonly groupSkill: Int32Array;
  readonly groupMinLevel: Int32Array;
  /** Group g's candidates are groupCandidates[groupFirst[g] … groupFirst[g] + groupSize[g]). */
  readonly groupFirst: Int32Array;
  readonly groupSize: Int32Array;
  readonly groupCandidates: Int32Array;
  readonly skillCount: number;
  /** Level 0–3 of volunteer v in skill k at v × skillCount + k. */
  readonly skillLevel: Uint8Array;
  /** Bit (v, slot): the slot lies in an availability window and off no day off. */
  readonly available: Uint32Array;
  readonly availWords: number;
  readonly maxDay: Float64Array;
  readonly maxWeek: Float64Array;
  readonly maxShifts: Float64Array;
  readonly maxPerDay: Float64Array;
  readonly maxConsecutive: Float64Array;
  readonly minConsecutive: Float64Array;
  readonly minDaysOff: Float64Array;
  readonly maxWeekends: Float64Array;
  readonly minTotal: Float64Array;
  readonly maxTotal: Float64Array;
  readonly target: Float64Array;
  /** Soft constant of each volunteer: the weights of their `on` requests (paid back per assignment). */
  readonly onRequestTotal: Float64Array;
  readonly homeDistrict: Int32Array;
  /** Per volunteer [start, end, start, end…] minutes, sorted. */
  readonly preferredTimes: readonly Int32Array[];
  readonly undesiredTimes: readonly Int32Array[];
  /** Place ids (districts and venues share one id space). */
  readonly preferredPlaces: readonly Int32Array[];
  readonly undesiredPlaces: readonly Int32Array[];
  /** Per volunteer [slot or -1, day or -1, signed weight …]: `on` requests have negative weight. */
  readonly requests: readonly Float64Array[];
  /** Per volunteer [type, max, …]. */
  readonly typeLimits: readonly Int32Array[];
  readonly seriesCount: number;
  readonly typeCount: number;
  /** typeCount × typeCount: 1 where [earlier, later] on consecutive days is forbidden. */
  readonly forbidden: Uint8Array;
  readonly maxBuffer: number;
  readonly dayCount: number;
  /** Hot-path copy of each seat's facts, SEAT_STRIDE Int32 per seat (fields SEAT_*): one cache line per seat. */
  readonly seatData: Int32Array;
  /** Hot-path copy of each volunteer's limits, VOL_STRIDE Float64 per volunteer (fields VOL_*). */
  readonly volData: Float64Array;
}

function windowsOf(ws: readonly { start: string; end: string }[]): Int32Array {
  const pairs = ws.map((w) => [isoDateTimeToMinutes(w.start), isoDateTimeToMinutes(w.end)] as const);
  pairs.sort((a, b) => a[0] - b[0]);
  return Int32Array.from(pairs.flat());
}

function idsOf(map: Map<string, number>, key: string): number {
  let id = map.get(key);
  if (id === undefined) {
    id = map.size;
    map.set(key, id);
  }
  return id;
}

const dayOfMinute = (m: number): number => Math.floor((m + SHANGHAI_OFFSET_MINUTES) / 1440);

/** Flattens a validated problem for the solver (slots by start, seats, eligibility, limits). */
export function compileProblem(
  problem: VolunteerProblem,
  weights: SchedulingWeights,
  rules: SchedulingRules,
): CompiledProblem {
  const S = problem.slots.length;
  const V = problem.volunteers.length;
  const starts = problem.slots.map((s) => isoDateTimeToMinutes(s.start));
  const order = Array.from({ length: S }, (_, i) => i).sort(
    (a, b) => (starts[a] as number) - (starts[b] as number) || a - b,
  );
  const slotInput = Int32Array.from(order);
  const slotStart = new Int32Array(S);
  const slotEnd = new Int32Array(S);
  const slotMinutes = new Int32Array(S);
  const slotDay = new Int32Array(S);
  const slotWeek = new Int32Array(S);
  const slotWeekend = new Uint8Array(S);
  const slotDistrict = new Int32Array(S);
  const slotVenue = new Int32Array(S);
  const slotSeries = new Int32Array(S);
  const slotType = new Int32Array(S);
  const places = new Map<string, number>();
  const series = new Map<string, number>();
  const types = new Map<string, number>();
  const skills = new Map(problem.skills.map((s, i) => [s.id, i] as const));
  const slotByInput = new Int32Array(S);
  let firstDay = 0;
  if (S > 0) firstDay = dayOfMinute(starts[order[0] as number] as number);
  const weekKeys: number[] = [];
  for (let i = 0; i < S; i++) {
    const slot = problem.slots[order[i] as number]!;
    slotByInput[order[i] as number] = i;
    slotStart[i] = starts[order[i] as number] as number;
    slotEnd[i] = isoDateTimeToMinutes(slot.end);
    slotMinutes[i] = slotEnd[i]! - slotStart[i]!;
    const day = dayOfMinute(slotStart[i]!);
    slotDay[i] = day - firstDay;
    const info = dayInfo(day);
    slotWeekend[i] = info.weekend ? 1 : 0;
    weekKeys.push(info.weekKey);
    slotDistrict[i] = idsOf(places, slot.location.district);
    slotVenue[i] = idsOf(places, slot.location.venue);
    slotSeries[i] = slot.series === undefined ? -1 : idsOf(series, slot.series);
    slotType[i] = slot.shiftType === undefined ? -1 : idsOf(types, slot.shiftType);
  }
  const weekIndex = new Map([...new Set(weekKeys)].sort((a, b) => a - b).map((k, i) => [k, i] as const));
  for (let i = 0; i < S; i++) slotWeek[i] = weekIndex.get(weekKeys[i] as number) as number;
  const dayCount = S > 0 ? (slotDay[S - 1] as number) + 1 : 0;

  // Seats and groups.
  const seatSlotL: number[] = [];
  const seatReqL: number[] = [];
  const seatGroupL: number[] = [];
  const seatEmptyL: number[] = [];
  const seatFillL: number[] = [];
  const seatRequiredL: number[] = [];
  const groupSlotL: number[] = [];
  const groupSkillL: number[] = [];
  const groupLevelL: number[] = [];
  const slotSeatStart = new Int32Array(S + 1);
  let demand = 0;
  for (let i = 0; i < S; i++) {
    const slot = problem.slots[order[i] as number]!;
    slotSeatStart[i] = seatSlotL.length;
    const missing = weights.understaffing * (slot.priority + 1);
    let counted = 0;
    slot.requirements.forEach((r, ri) => {
      const g = groupSlotL.length;
      groupSlotL.push(i);
      groupSkillL.push(skills.get(r.skill) ?? -1);
      groupLevelL.push(r.minLevel);
      for (let k = 0; k < r.count; k++) {
        seatSlotL.push(i);
        seatReqL.push(ri);
        seatGroupL.push(g);
        seatEmptyL.push(r.missingWeight ?? missing);
        seatFillL.push(0);
        seatRequiredL.push(1);
      }
      counted += r.count;
    });
    const general = Math.max(0, slot.minHeadcount - counted);
    const extra = Math.max(0, slot.maxHeadcount - counted - general);
    demand += (counted + general) * (slotMinutes[i] as number);
    if (general + extra > 0) {
      const g = groupSlotL.length;
      groupSlotL.push(i);
      groupSkillL.push(-1);
      groupLevelL.push(0);
      for (let k = 0; k < general + extra; k++) {
        seatSlotL.push(i);
        seatReqL.push(-1);
        seatGroupL.push(g);
        seatEmptyL.push(k < general ? (slot.missingWeight ?? missing) : 0);
        seatFillL.push(k < general ? 0 : (slot.extraWeight ?? weights.overstaffing));
        seatRequiredL.push(k < general ? 1 : 0);
      }
    }
  }
  slotSeatStart[S] = seatSlotL.length;

  // Volunteers: skills, availability, limits, preferences.
  const K = problem.skills.length;
  const skillLevel = new Uint8Array(V * K);
  const availWords = (S + 31) >>> 5;
  const available = new Uint32Array(V * availWords);
  const f = (n: number) => new Float64Array(n);
  const maxDay = f(V);
  const maxWeek = f(V);
  const maxShifts = f(V);
  const maxPerDay = f(V);
  const maxConsecutive = f(V);
  const minConsecutive = f(V);
  const minDaysOff = f(V);
  const maxWeekends = f(V);
  const minTotal = f(V);
  const maxTotal = f(V);
  const target = f(V);
  const onRequestTotal = f(V);
  const homeDistrict = new Int32Array(V);
  const preferredTimes: Int32Array[] = [];
  const undesiredTimes: Int32Array[] = [];
  const preferredPlaces: Int32Array[] = [];
  const undesiredPlaces: Int32Array[] = [];
  const requests: Float64Array[] = [];
  const typeLimits: Int32Array[] = [];
  const slotIds = new Map(problem.slots.map((s, i) => [s.id, i] as const));
  const INF = Number.POSITIVE_INFINITY;
  const placeId = (p: string): number => places.get(p) ?? -1;
  problem.volunteers.forEach((vol, v) => {
    for (const s of vol.skills) {
      const k = skills.get(s.skill);
      if (k !== undefined) skillLevel[v * K + k] = Math.max(skillLevel[v * K + k] as number, s.level);
    }
    const off = new Set(vol.datesOff.map((d) => isoDateToDays(d)));
    const fixed = new Set(vol.fixedDaysOff ?? []);
    const wins = windowsOf(vol.availability);
    for (let w = 0; w < wins.length; w += 2) {
      const ws = wins[w] as number;
      const we = wins[w + 1] as number;
      let lo = 0;
      let hi = S;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((slotStart[mid] as number) < ws) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < S && (slotStart[i] as number) < we; i++) {
        if ((slotEnd[i] as number) > we) continue;
        const d0 = dayOfMinute(slotStart[i] as number);
        const d1 = dayOfMinute((slotEnd[i] as number) - 1);
        if (off.has(d0) || off.has(d1)) continue;
        if (fixed.size > 0 && (fixed.has(dayInfo(d0).isoWeekday) || fixed.has(dayInfo(d1).isoWeekday)))
          continue;
        const word = v * availWords + (i >>> 5);
        const bit = 1 << (i & 31);
        if (((available[word] as number) & bit) !== 0) continue;
        available[word] = (available[word] as number) | bit;
      }
    }
    maxDay[v] = vol.maxMinutesPerDay;
    maxWeek[v] = vol.maxMinutesPerWeek;
    maxShifts[v] = vol.maxShifts;
    maxPerDay[v] = vol.maxShiftsPerDay ?? rules.maxShiftsPerDay;
    maxConsecutive[v] = vol.maxConsecutiveDays ?? rules.maxConsecutiveDays;
    minConsecutive[v] = vol.minConsecutiveDays ?? 0;
    minDaysOff[v] = vol.minConsecutiveDaysOff ?? 0;
    maxWeekends[v] = vol.maxWeekends ?? INF;
    minTotal[v] = vol.minTotalMinutes ?? 0;
    maxTotal[v] = vol.maxTotalMinutes ?? INF;
    target[v] = vol.targetMinutes ?? (V > 0 ? demand / V : 0);
    homeDistrict[v] = placeId(vol.homeDistrict);
    preferredTimes.push(windowsOf(vol.preferredTimes));
    undesiredTimes.push(windowsOf(vol.undesiredTimes));
    preferredPlaces.push(Int32Array.from(vol.preferredPlaces.map(placeId)));
    undesiredPlaces.push(Int32Array.from(vol.undesiredPlaces.map(placeId)));
    const req: number[] = [];
    for (const r of vol.shiftRequests ?? []) {
      const slot = r.slot === undefined ? -1 : slotByInput[slotIds.get(r.slot) as number]!;
      const day = r.date === undefined ? -1 : isoDateToDays(r.date) - firstDay;
      if (r.kind === 'on') onRequestTotal[v] = (onRequestTotal[v] as number) + r.weight;
      req.push(slot, day, r.kind === 'on' ? -r.weight : r.weight);
    }
    requests.push(Float64Array.from(req));
    const lim: number[] = [];
    for (const t of vol.maxShiftsByType ?? []) {
      const id = types.get(t.shiftType);
      if (id !== undefined) lim.push(id, t.max);
    }
    typeLimits.push(Int32Array.from(lim));
  });

  const G = groupSlotL.length;
  // Availability depends only on a slot's start and end, so groups with the same times, skill and
  // level share one candidate list: a city event's 5,000 posts have a few dozen distinct lists,
  // small enough to stay in cache during the search.
  const groupFirst = new Int32Array(G);
  const groupSize = new Int32Array(G);
  const shared = new Map<string, readonly [number, number]>();
  const cands: number[] = [];
  for (let g = 0; g < G; g++) {
    const slot = groupSlotL[g] as number;
    const skill = groupSkillL[g] as number;
    const level = groupLevelL[g] as number;
    const key = `${slotStart[slot]},${slotEnd[slot]},${skill},${level}`;
    let range = shared.get(key);
    if (range === undefined) {
      const first = cands.length;
      const word = slot >>> 5;
      const bit = 1 << (slot & 31);
      for (let v = 0; v < V; v++) {
        if (((available[v * availWords + word] as number) & bit) === 0) continue;
        if (skill < 0 || (skillLevel[v * K + skill] as number) >= level) cands.push(v);
      }
      range = [first, cands.length - first];
      shared.set(key, range);
    }
    groupFirst[g] = range[0];
    groupSize[g] = range[1];
  }

  const seatCount = seatSlotL.length;
  const seatData = new Int32Array(seatCount * SEAT_STRIDE);
  for (let seat = 0; seat < seatCount; seat++) {
    const i = seatSlotL[seat] as number;
    const g = seatGroupL[seat] as number;
    const o = seat * SEAT_STRIDE;
    seatData[o + SEAT_START] = slotStart[i] as number;
    seatData[o + SEAT_END] = slotEnd[i] as number;
    seatData[o + SEAT_MINUTES] = slotMinutes[i] as number;
    seatData[o + SEAT_DAY] = slotDay[i] as number;
    seatData[o + SEAT_WEEK] = slotWeek[i] as number;
    seatData[o + SEAT_WEEKEND] = slotWeekend[i] as number;
    seatData[o + SEAT_DISTRICT] = slotDistrict[i] as number;
    seatData[o + SEAT_VENUE] = slotVenue[i] as number;
    seatData[o + SEAT_SERIES] = slotSeries[i] as number;
    seatData[o + SEAT_TYPE] = slotType[i] as number;
    seatData[o + SEAT_SLOT] = i;
    seatData[o + SEAT_SKILL] = groupSkillL[g] as number;
    seatData[o + SEAT_MIN_LEVEL] = groupLevelL[g] as number;
  }
  const volData = new Float64Array(V * VOL_STRIDE);
  for (let v = 0; v < V; v++) {
    const o = v * VOL_STRIDE;
    volData[o + VOL_MAX_DAY] = maxDay[v] as number;
    volData[o + VOL_MAX_WEEK] = maxWeek[v] as number;
    volData[o + VOL_MAX_SHIFTS] = maxShifts[v] as number;
    volData[o + VOL_MAX_PER_DAY] = maxPerDay[v] as number;
    volData[o + VOL_MAX_RUN] = maxConsecutive[v] as number;
    volData[o + VOL_MIN_RUN] = minConsecutive[v] as number;
    volData[o + VOL_MIN_OFF] = minDaysOff[v] as number;
    volData[o + VOL_MAX_WEEKENDS] = maxWeekends[v] as number;
    volData[o + VOL_MIN_TOTAL] = minTotal[v] as number;
    volData[o + VOL_MAX_TOTAL] = maxTotal[v] as number;
    volData[o + VOL_TARGET] = target[v] as number;
    volData[o + VOL_ON_REQUESTS] = onRequestTotal[v] as number;
    volData[o + VOL_HOME] = homeDistrict[v] as number;
    volData[o + VOL_FLAGS] =
      ((preferredTimes[v] as Int32Array).length + (undesiredTimes[v] as Int32Array).length > 0
        ? FLAG_TIMES
        : 0) |
      ((preferredPlaces[v] as Int32Array).length + (undesiredPlaces[v] as Int32Array).length > 0
        ? FLAG_PLACES
        : 0) |
      ((requests[v] as Float64Array).length > 0 ? FLAG_REQUESTS : 0) |
      ((typeLimits[v] as Int32Array).length > 0 ? FLAG_TYPE_LIMITS : 0);
  }
  const T = types.size;
  const forbidden = new Uint8Array(T * T);
  for (const [a, b] of rules.forbiddenSuccessions) {
    const ta = types.get(a);
    const tb = types.get(b);
    if (ta !== undefined && tb !== undefined) forbidden[ta * T + tb] = 1;
  }
  return {
    problem,
    weights,
    rules,
    volunteerCount: V,
    slotCount: S,
    seatCount,
    slotInput,
    slotStart,
    slotEnd,
    slotMinutes,
    slotDay,
    slotWeek,
    slotWeekend,
    slotDistrict,
    slotVenue,
    slotSeries,
    slotType,
    slotSeatStart,
    seatSlot: Int32Array.from(seatSlotL),
    seatReq: Int32Array.from(seatReqL),
    seatGroup: Int32Array.from(seatGroupL),
    seatEmptyCost: Float64Array.from(seatEmptyL),
    seatFillCost: Float64Array.from(seatFillL),
    seatRequired: Uint8Array.from(seatRequiredL),
    groupSlot: Int32Array.from(groupSlotL),
    groupSkill: Int32Array.from(groupSkillL),
    groupMinLevel: Int32Array.from(groupLevelL),
    groupFirst,
    groupSize,
    groupCandidates: Int32Array.from(cands),
    skillCount: K,
    skillLevel,
    available,
    availWords,
    maxDay,
    maxWeek,
    maxShifts,
    maxPerDay,
    maxConsecutive,
    minConsecutive,
    minDaysOff,
    maxWeekends,
    minTotal,
    maxTotal,
    target,
    onRequestTotal,
    homeDistrict,
    preferredTimes,
    undesiredTimes,
    preferredPlaces,
    undesiredPlaces,
    requests,
    typeLimits,
    seriesCount: series.size,
    typeCount: T,
    forbidden,
    maxBuffer: Math.max(rules.travelBufferSameDistrict, rules.travelBufferOtherDistrict),
    dayCount,
    seatData,
    volData,
  };
}
