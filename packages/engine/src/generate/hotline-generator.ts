import { InvalidArgumentError } from '../core/errors.js';
import type { Rng } from '../core/rng.js';
import { daysFromCivil, daysToIsoDate } from '../model/dates.js';
import { XIHU_DISTRICTS } from '../model/districts.js';
import type { SkillDef } from '../model/skill.js';
import type { Slot } from '../model/slot.js';
import type { TimeWindow } from '../model/time-window.js';
import type { Volunteer, VolunteerSkill } from '../model/volunteer.js';
import type { VolunteerProblem } from '../model/volunteer-problem.js';
import { SURNAMES } from './pool-catalogues.js';
import { subRng, WeightedTable } from './random.js';
import { dayWindow, shanghaiAt, weekday } from './time-helpers.js';

/**
 * The 18 service kinds of a union hotline for hardship families (便民服务: 水电服务、家电维修、
 * 医疗保健、法律服务 …), with relative demand, typical minutes, minimum level and head count.
 */
export const HOTLINE_SERVICES: readonly (readonly [
  skill: SkillDef,
  demand: number,
  minutes: number,
  minLevel: number,
  heads: number,
])[] = [
  [{ id: 'plumbing_electrics', name: '水电维修', nameEn: 'Plumbing and electrics' }, 16, 90, 1, 1],
  [{ id: 'appliance_repair', name: '家电维修', nameEn: 'Appliance repair' }, 12, 90, 1, 1],
  [{ id: 'health_care', name: '医疗保健', nameEn: 'Health care' }, 10, 60, 2, 1],
  [{ id: 'legal_advice', name: '法律咨询', nameEn: 'Legal advice' }, 6, 60, 2, 1],
  [{ id: 'pipe_unblocking', name: '管道疏通', nameEn: 'Drain unblocking' }, 7, 60, 1, 1],
  [{ id: 'gas_stove_repair', name: '燃气灶维修', nameEn: 'Gas stove repair' }, 4, 60, 2, 1],
  [{ id: 'lock_repair', name: '开锁换锁', nameEn: 'Locks' }, 3, 60, 1, 1],
  [{ id: 'door_window_repair', name: '门窗维修', nameEn: 'Doors and windows' }, 4, 120, 1, 1],
  [{ id: 'furniture_repair', name: '家具维修', nameEn: 'Furniture repair' }, 3, 120, 1, 1],
  [{ id: 'housekeeping', name: '家政保洁', nameEn: 'Housekeeping' }, 7, 120, 1, 2],
  [{ id: 'elderly_care', name: '助老陪护', nameEn: 'Elderly care' }, 8, 180, 1, 1],
  [{ id: 'rehabilitation', name: '康复理疗', nameEn: 'Physiotherapy' }, 4, 60, 2, 1],
  [{ id: 'psych_counselling', name: '心理疏导', nameEn: 'Counselling' }, 3, 60, 2, 1],
  [{ id: 'tutoring', name: '学业辅导', nameEn: 'Tutoring' }, 5, 120, 1, 1],
  [{ id: 'computer_repair', name: '电脑维修', nameEn: 'Computer repair' }, 2, 90, 1, 1],
  [{ id: 'haircut', name: '上门理发', nameEn: 'Haircuts at home' }, 3, 60, 1, 1],
  [{ id: 'moving', name: '搬运', nameEn: 'Moving and carrying' }, 2, 120, 1, 2],
  [{ id: 'tailoring', name: '缝补', nameEn: 'Mending clothes' }, 1, 60, 1, 1],
];

/** Options of generateHotlineProblem. */
export interface HotlineOptions {
  readonly seed?: number;
  /** Volunteers on the team. Default 200. */
  readonly volunteers?: number;
  /** Month of call-outs `YYYY-MM`. Default `2026-07`. */
  readonly month?: string;
  /** Average call-outs per day. Default 20. */
  readonly callsPerDay?: number;
  /** Households served. Default 75. */
  readonly households?: number;
}

type Profile = 'retired' | 'worker' | 'professional';

function availability(rng: Rng, profile: Profile, first: number, days: number): TimeWindow[] {
  const windows: TimeWindow[] = [];
  const fixedDays = [rng.int(0, 6), rng.int(0, 6)];
  for (let d = first; d < first + days; d++) {
    const wd = weekday(d);
    if (profile === 'retired') {
      if (wd < 5 || rng.chance(0.3)) windows.push(dayWindow(d, 8 * 60 + 30, 17 * 60));
    } else if (profile === 'worker') {
      if (wd < 5) {
        if (rng.chance(0.6)) windows.push(dayWindow(d, 18 * 60, 21 * 60));
      } else if (rng.chance(0.7)) windows.push(dayWindow(d, 9 * 60, 18 * 60));
    } else if (fixedDays.includes(wd)) {
      windows.push(dayWindow(d, 9 * 60, 12 * 60));
    }
  }
  return windows;
}

/** A union hotline team's month: ~200 volunteers across 18 service kinds, ~20 call-outs a day. */
export function generateHotlineProblem(options: HotlineOptions = {}): VolunteerProblem {
  const seed = options.seed ?? 1;
  const volunteerCount = options.volunteers ?? 200;
  const month = options.month ?? '2026-07';
  const callsPerDay = options.callsPerDay ?? 20;
  const householdCount = options.households ?? 75;
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12)
    throw new InvalidArgumentError('expected YYYY-MM', ['month']);
  if (!Number.isInteger(volunteerCount) || volunteerCount < 1)
    throw new InvalidArgumentError('expected a positive integer', ['volunteers']);
  if (!Number.isInteger(householdCount) || householdCount < 1)
    throw new InvalidArgumentError('expected a positive integer', ['households']);
  if (!(callsPerDay >= 0)) throw new InvalidArgumentError('expected a non-negative number', ['callsPerDay']);
  const year = Number(m[1]);
  const mon = Number(m[2]);
  const first = daysFromCivil(year, mon, 1);
  const days = daysFromCivil(mon === 12 ? year + 1 : year, mon === 12 ? 1 : mon + 1, 1) - first;

  const rng = subRng(seed, 0x686f746c);
  const service = new WeightedTable(HOTLINE_SERVICES.map((s, i) => [i, s[1]] as const));
  const district = new WeightedTable(XIHU_DISTRICTS.map((d, i) => [d.code, i < 12 ? 10 : 3] as const));
  const surname = new WeightedTable(SURNAMES);
  const profile = new WeightedTable<Profile>([
    ['retired', 45],
    ['worker', 40],
    ['professional', 15],
  ]);

  const volunteers: Volunteer[] = [];
  for (let v = 0; v < volunteerCount; v++) {
    const kind = profile.pick(rng);
    const skills: VolunteerSkill[] = [];
    for (const idx of service.pickDistinct(rng, rng.chance(0.35) ? 2 : 1)) {
      const def = HOTLINE_SERVICES[idx];
      if (def) skills.push({ skill: def[0].id, level: Math.max(def[3], rng.int(1, 3)) });
    }
    const home = district.pick(rng);
    const datesOff = rng.chance(0.4)
      ? [...new Set([rng.int(0, days - 1), rng.int(0, days - 1)])]
          .sort((a, b) => a - b)
          .map((d) => daysToIsoDate(first + d))
      : [];
    volunteers.push({
      id: `v${String(v + 1).padStart(4, '0')}`,
      displayName: `${surname.pick(rng)}师傅`,
      skills,
      homeDistrict: home,
      availability: availability(rng, kind, first, days),
      datesOff,
      maxMinutesPerDay: kind === 'retired' ? 360 : 240,
      maxMinutesPerWeek: kind === 'retired' ? 1200 : 600,
      maxShifts: rng.int(6, 16),
      preferredTimes: [],
      undesiredTimes: [],
      preferredPlaces: rng.chance(0.5) ? [home] : [],
      undesiredPlaces: rng.chance(0.1) ? [district.pick(rng)].filter((d) => d !== home) : [],
    });
  }

  const households = Array.from({ length: householdCount }, (_, h) => ({
    venue: `困难职工家庭 H${String(h + 1).padStart(3, '0')}`,
    district: district.pick(rng),
  }));
  const slots: Slot[] = [];
  for (let d = 0; d < days; d++) {
    const calls = Math.max(
      0,
      Math.round(callsPerDay * (weekday(first + d) < 5 ? 1.1 : 0.75) + rng.int(-3, 3)),
    );
    for (let c = 0; c < calls; c++) {
      const def = HOTLINE_SERVICES[service.pick(rng)];
      if (def === undefined) continue;
      const [skill, , minutes, minLevel, heads] = def;
      const house = rng.pick(households);
      const start = rng.int(16, 38) * 30; // 08:00 … 19:00
      const urgent =
        skill.id === 'plumbing_electrics' || skill.id === 'health_care' || skill.id === 'gas_stove_repair';
      slots.push({
        id: `call-${daysToIsoDate(first + d)}-${String(c + 1).padStart(2, '0')}`,
        label: skill.name,
        start: shanghaiAt(first + d, start),
        end: shanghaiAt(first + d, start + minutes),
        location: { district: house.district, venue: house.venue },
        requirements: [{ skill: skill.id, minLevel, count: heads }],
        minHeadcount: heads,
        maxHeadcount: heads + 1,
        priority: urgent ? 3 : rng.int(1, 2),
      });
    }
  }
  return {
    name: `西湖区总工会志愿服务热线 ${month}`,
    skills: HOTLINE_SERVICES.map((s) => s[0]),
    volunteers,
    slots,
  };
}
