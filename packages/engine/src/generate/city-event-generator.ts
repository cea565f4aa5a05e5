import { InvalidArgumentError } from '../core/errors.js';
import type { Rng } from '../core/rng.js';
import { isIsoDate, isoDateToDays } from '../model/dates.js';
import type { SkillDef } from '../model/skill.js';
import type { SkillRequirement, Slot } from '../model/slot.js';
import type { TimeWindow } from '../model/time-window.js';
import type { Volunteer, VolunteerSkill } from '../model/volunteer.js';
import type { VolunteerProblem } from '../model/volunteer-problem.js';
import { SURNAMES } from './pool-catalogues.js';
import { subRng, WeightedTable } from './random.js';
import { dayWindow, shanghaiAt, weekday } from './time-helpers.js';

/** Skills a city event's posts ask for. */
export const CITY_EVENT_SKILLS: readonly SkillDef[] = [
  { id: 'english', name: '英语', nameEn: 'English' },
  { id: 'first_aid', name: '急救', nameEn: 'First aid' },
  { id: 'guiding', name: '引导', nameEn: 'Guiding' },
  { id: 'sign_language', name: '手语', nameEn: 'Sign language' },
  { id: 'japanese', name: '日语', nameEn: 'Japanese' },
  { id: 'korean', name: '韩语', nameEn: 'Korean' },
  { id: 'crowd_management', name: '秩序维护', nameEn: 'Crowd management' },
];

/** Sites of the event's posts, with their district codes. */
const SITES: readonly (readonly [string, string])[] = [
  ['断桥', 'XH-BS'],
  ['湖滨步行街', 'SC-HB'],
  ['武林广场', 'HZ-GS'],
  ['杭州东站', 'SC-PB'],
  ['杭州站', 'SC-ZY'],
  ['黄龙体育中心', 'XH-XX'],
  ['奥体中心', 'HZ-BJ'],
  ['西溪湿地', 'XH-JC'],
  ['灵隐寺', 'XH-LY'],
  ['河坊街', 'SC-QB'],
  ['西湖文化广场', 'HZ-GS'],
  ['钱江新城', 'SC-SJ'],
  ['萧山国际机场', 'HZ-XS'],
  ['浙大紫金港', 'XH-SD'],
  ['城西银泰', 'XH-WX'],
  ['苏堤', 'XH-XH'],
  ['雷峰塔', 'XH-XH'],
  ['龙井村', 'XH-XH'],
  ['中国美院象山校区', 'XH-ZT'],
  ['之江文化中心', 'XH-ZJ'],
  ['运河广场', 'HZ-GS'],
  ['城站广场', 'SC-ZY'],
  ['滨江龙湖天街', 'HZ-BJ'],
  ['西湖博物馆', 'XH-BS'],
  ['南宋御街', 'SC-ZY'],
  ['黄龙洞', 'XH-BS'],
  ['九溪', 'XH-XH'],
  ['良渚古城遗址', 'HZ-YH'],
  ['梦想小镇', 'HZ-YH'],
  ['湘湖', 'HZ-XS'],
];

/** Post kinds: label, requirements, head counts, priority. */
const POSTS: readonly {
  readonly label: string;
  readonly requirements: readonly SkillRequirement[];
  readonly min: number;
  readonly max: number;
  readonly priority: number;
}[] = [
  {
    label: '问询服务台',
    requirements: [
      { skill: 'english', minLevel: 1, count: 1 },
      { skill: 'guiding', minLevel: 1, count: 1 },
    ],
    min: 2,
    max: 3,
    priority: 2,
  },
  {
    label: '急救点',
    requirements: [{ skill: 'first_aid', minLevel: 2, count: 1 }],
    min: 1,
    max: 2,
    priority: 3,
  },
  { label: '引导', requirements: [{ skill: 'guiding', minLevel: 1, count: 2 }], min: 2, max: 4, priority: 1 },
  {
    label: '外语翻译',
    requirements: [{ skill: 'english', minLevel: 2, count: 1 }],
    min: 1,
    max: 2,
    priority: 2,
  },
  {
    label: '无障碍服务',
    requirements: [{ skill: 'sign_language', minLevel: 1, count: 1 }],
    min: 1,
    max: 2,
    priority: 2,
  },
  {
    label: '秩序维护',
    requirements: [{ skill: 'crowd_management', minLevel: 1, count: 2 }],
    min: 2,
    max: 5,
    priority: 1,
  },
];

/** Daily shifts, minutes after midnight. */
const SHIFTS: readonly (readonly [number, number])[] = [
  [7 * 60 + 30, 11 * 60 + 30],
  [11 * 60 + 30, 15 * 60 + 30],
  [15 * 60 + 30, 19 * 60 + 30],
  [19 * 60, 22 * 60],
];

/** Options of generateCityEventProblem. */
export interface CityEventOptions {
  readonly seed?: number;
  /** Volunteers. Default 2,000. */
  readonly volunteers?: number;
  /** Slots (post shifts). Default 5,000. */
  readonly slots?: number;
  /** First day. Default `2026-09-19`. */
  readonly start?: string;
  /** Days. Default 7. */
  readonly days?: number;
}

type Profile = 'student' | 'worker' | 'retired';

const PROFILE_SKILLS: Readonly<Record<Profile, readonly (readonly [string, number])[]>> = {
  student: [
    ['english', 10],
    ['guiding', 8],
    ['first_aid', 3],
    ['japanese', 1.5],
    ['korean', 1.5],
    ['sign_language', 1],
    ['crowd_management', 3],
  ],
  worker: [
    ['english', 4],
    ['guiding', 5],
    ['first_aid', 5],
    ['sign_language', 1],
    ['crowd_management', 6],
  ],
  retired: [
    ['guiding', 8],
    ['crowd_management', 7],
    ['first_aid', 3],
    ['english', 1],
  ],
};

function availability(rng: Rng, profile: Profile, first: number, days: number): TimeWindow[] {
  const out: TimeWindow[] = [];
  for (let d = first; d < first + days; d++) {
    const weekend = weekday(d) >= 5;
    if (profile === 'student') {
      if (rng.chance(0.85)) out.push(dayWindow(d, 7 * 60, 22 * 60));
    } else if (profile === 'worker') {
      if (weekend) out.push(dayWindow(d, 7 * 60 + 30, 22 * 60));
      else if (rng.chance(0.5)) out.push(dayWindow(d, 18 * 60 + 30, 22 * 60));
    } else if (rng.chance(0.8)) out.push(dayWindow(d, 7 * 60, 16 * 60));
  }
  return out;
}

/** A week-long city event: ~2,000 volunteers for ~5,000 post shifts needing English, first aid, guiding. */
export function generateCityEventProblem(options: CityEventOptions = {}): VolunteerProblem {
  const seed = options.seed ?? 1;
  const volunteerCount = options.volunteers ?? 2000;
  const slotCount = options.slots ?? 5000;
  const startDate = options.start ?? '2026-09-19';
  const days = options.days ?? 7;
  for (const [key, v] of [
    ['volunteers', volunteerCount],
    ['slots', slotCount],
    ['days', days],
  ] as const)
    if (!Number.isInteger(v) || v < 1) throw new InvalidArgumentError('expected a positive integer', [key]);
  if (!isIsoDate(startDate)) throw new InvalidArgumentError('expected YYYY-MM-DD', ['start']);
  const first = isoDateToDays(startDate);
  const rng = subRng(seed, 0x63697479);
  const surname = new WeightedTable(SURNAMES);
  const profiles = new WeightedTable<Profile>([
    ['student', 60],
    ['worker', 25],
    ['retired', 15],
  ]);
  const sites = new WeightedTable(SITES.map((_, i) => [i, 1] as const));

  // Every (site, post kind, day, shift) is a candidate slot, with more posts per site if needed;
  // a seeded shuffle picks exactly slotCount of them.
  const perCombo = SITES.length * POSTS.length * days * SHIFTS.length;
  const copies = Math.ceil(slotCount / perCombo);
  const order = Array.from({ length: perCombo * copies }, (_, i) => i);
  rng.shuffle(order);
  const chosen = order.slice(0, slotCount).sort((a, b) => a - b);
  const slots: Slot[] = chosen.map((code) => {
    let rest = code;
    const shift = rest % SHIFTS.length;
    rest = Math.floor(rest / SHIFTS.length);
    const post = rest % POSTS.length;
    rest = Math.floor(rest / POSTS.length);
    const site = rest % SITES.length;
    rest = Math.floor(rest / SITES.length);
    const day = rest % days;
    const copy = Math.floor(rest / days);
    const [venue, district] = SITES[site] as readonly [string, string];
    const kind = POSTS[post] as (typeof POSTS)[number];
    const [from, to] = SHIFTS[shift] as readonly [number, number];
    return {
      id: `post-${String(site + 1).padStart(2, '0')}-${post + 1}${copy > 0 ? `-${copy + 1}` : ''}-d${day + 1}-s${shift + 1}`,
      label: `${venue}${kind.label}`,
      start: shanghaiAt(first + day, from),
      end: shanghaiAt(first + day, to),
      location: { district, venue },
      requirements: kind.requirements.map((r) => ({ ...r })),
      minHeadcount: kind.min,
      maxHeadcount: kind.max,
      priority: kind.priority,
    };
  });
  slots.sort((a, b) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );

  const volunteers: Volunteer[] = [];
  for (let v = 0; v < volunteerCount; v++) {
    const profile = profiles.pick(rng);
    const table = new WeightedTable(PROFILE_SKILLS[profile]);
    const skills: VolunteerSkill[] = table
      .pickDistinct(rng, rng.int(1, 3))
      .map((skill) => ({ skill, level: rng.int(1, 3) }));
    const [, home] = SITES[sites.pick(rng)] as readonly [string, string];
    const likes = rng.chance(0.3) ? [(SITES[sites.pick(rng)] as readonly [string, string])[0]] : [];
    const maxShifts = profile === 'student' ? rng.int(4, 7) : rng.int(2, 5);
    const eveningOff = profile !== 'student' && rng.chance(0.3);
    volunteers.push({
      id: `ev${String(v + 1).padStart(4, '0')}`,
      displayName: `${surname.pick(rng)}${profile === 'student' ? '同学' : '老师'}`,
      skills,
      homeDistrict: home,
      availability: availability(rng, profile, first, days),
      datesOff: [],
      maxMinutesPerDay: profile === 'student' ? 480 : 240,
      maxMinutesPerWeek: profile === 'student' ? 1680 : 960,
      maxShifts,
      preferredTimes: [],
      undesiredTimes: eveningOff
        ? Array.from({ length: days }, (_, d) => dayWindow(first + d, 19 * 60, 22 * 60))
        : [],
      preferredPlaces: likes,
      undesiredPlaces: [],
    });
  }
  return {
    name: `杭州城市志愿服务 ${startDate}（${days} 天）`,
    skills: CITY_EVENT_SKILLS,
    volunteers,
    slots,
  };
}
