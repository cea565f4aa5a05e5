import { InvalidArgumentError } from '../core/errors.js';
import type { Rng } from '../core/rng.js';
import type { Activity, CampSession, Child, Counsellor, SiblingGroup, Venue } from '../model/camp.js';
import type { CampProblem } from '../model/camp-problem.js';
import { daysFromCivil, daysToIsoDate } from '../model/dates.js';
import type { SkillDef } from '../model/skill.js';
import { SURNAMES } from './pool-catalogues.js';
import { subRng, WeightedTable } from './random.js';

/** Counsellor skills of a summer camp. */
export const CAMP_SKILLS: readonly SkillDef[] = [
  { id: 'first_aid', name: '急救', nameEn: 'First aid' },
  { id: 'lifeguard', name: '救生员', nameEn: 'Lifeguard' },
  { id: 'art', name: '美术手工', nameEn: 'Art and crafts' },
  { id: 'music', name: '音乐', nameEn: 'Music' },
  { id: 'sports', name: '体育', nameEn: 'Sports' },
  { id: 'english', name: '英语', nameEn: 'English' },
  { id: 'science', name: '科学', nameEn: 'Science' },
  { id: 'psychology', name: '心理辅导', nameEn: 'Psychology' },
];

const SKILL_SHARE: readonly (readonly [string, number])[] = [
  ['first_aid', 0.5],
  ['lifeguard', 0.12],
  ['art', 0.2],
  ['music', 0.15],
  ['sports', 0.25],
  ['english', 0.25],
  ['science', 0.15],
  ['psychology', 0.1],
];

/** Camp sites: community centres where migrant workers' families live. */
const SITES: readonly (readonly [string, string])[] = [
  ['三墩', 'XH-SD'],
  ['蒋村', 'XH-JC'],
  ['转塘', 'XH-ZT'],
  ['留下', 'XH-LX'],
  ['文新', 'XH-WX'],
  ['翠苑', 'XH-CY'],
  ['双浦', 'XH-SP'],
];

const ACTIVITIES: readonly Activity[] = [
  {
    id: 'a01',
    name: '游泳',
    durationMinutes: 90,
    venueKind: 'pool',
    minAge: 8,
    maxAge: 14,
    requiredSkills: ['lifeguard'],
    timesPerSession: 2,
  },
  {
    id: 'a02',
    name: '手工',
    durationMinutes: 90,
    venueKind: 'classroom',
    minAge: 6,
    maxAge: 12,
    requiredSkills: ['art'],
    timesPerSession: 2,
  },
  {
    id: 'a03',
    name: '合唱',
    durationMinutes: 60,
    venueKind: 'music_room',
    minAge: 6,
    maxAge: 14,
    requiredSkills: ['music'],
    timesPerSession: 2,
  },
  {
    id: 'a04',
    name: '篮球',
    durationMinutes: 90,
    venueKind: 'sports_hall',
    minAge: 9,
    maxAge: 14,
    requiredSkills: ['sports'],
    timesPerSession: 2,
  },
  {
    id: 'a05',
    name: '参观西湖博物馆',
    durationMinutes: 90,
    venueKind: 'museum',
    minAge: 6,
    maxAge: 14,
    requiredSkills: [],
    timesPerSession: 1,
  },
  {
    id: 'a06',
    name: '消防安全教育',
    durationMinutes: 90,
    venueKind: 'outdoor',
    minAge: 6,
    maxAge: 14,
    requiredSkills: ['first_aid'],
    timesPerSession: 1,
  },
  {
    id: 'a07',
    name: '科学实验',
    durationMinutes: 90,
    venueKind: 'classroom',
    minAge: 8,
    maxAge: 14,
    requiredSkills: ['science'],
    timesPerSession: 1,
  },
  {
    id: 'a08',
    name: '英语角',
    durationMinutes: 60,
    venueKind: 'classroom',
    minAge: 8,
    maxAge: 14,
    requiredSkills: ['english'],
    timesPerSession: 2,
  },
  {
    id: 'a09',
    name: '心理团辅',
    durationMinutes: 60,
    venueKind: 'classroom',
    minAge: 6,
    maxAge: 14,
    requiredSkills: ['psychology'],
    timesPerSession: 1,
  },
  {
    id: 'a10',
    name: '龙井茶文化体验',
    durationMinutes: 90,
    venueKind: 'outdoor',
    minAge: 9,
    maxAge: 14,
    requiredSkills: [],
    timesPerSession: 1,
  },
  {
    id: 'a11',
    name: '作业辅导',
    durationMinutes: 90,
    venueKind: 'classroom',
    minAge: 6,
    maxAge: 14,
    requiredSkills: [],
    timesPerSession: 3,
  },
];

/** Options of generateCampProblem. */
export interface CampOptions {
  readonly seed?: number;
  /** Sessions. Default 21 (seven sites over three weeks). */
  readonly sessions?: number;
  /** Children. Default 2,050. */
  readonly children?: number;
  /** Year; sessions run Monday to Friday from the first Monday of July. Default 2026. */
  readonly year?: number;
}

const AGE_BANDS: readonly (readonly [number, number])[] = [
  [6, 10],
  [8, 12],
  [10, 14],
];

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

function birthDateFor(rng: Rng, campStart: number, age: number): string {
  // Age `age` on the first camp day: born between age+1 years and age years before it.
  return daysToIsoDate(campStart - Math.floor(age * 365.25) - rng.int(1, 364));
}

/** 小候鸟夏令营: 21 sessions for 2,000+ children of migrant workers, with siblings, counsellors, activities and venues. */
export function generateCampProblem(options: CampOptions = {}): CampProblem {
  const seed = options.seed ?? 1;
  const sessionCount = options.sessions ?? 21;
  const childCount = options.children ?? 2050;
  const year = options.year ?? 2026;
  for (const [key, v] of [
    ['sessions', sessionCount],
    ['children', childCount],
    ['year', year],
  ] as const)
    if (!Number.isInteger(v) || v < 1) throw new InvalidArgumentError('expected a positive integer', [key]);
  const rng = subRng(seed, 0x63616d70);
  const surname = new WeightedTable(SURNAMES);
  const siteCount = Math.min(SITES.length, sessionCount);
  const july1 = daysFromCivil(year, 7, 1);
  const firstMonday = july1 + ((7 - ((july1 + 3) % 7)) % 7);
  const groupSize = 15;
  const capacity = Math.ceil((childCount * 1.08) / sessionCount / groupSize) * groupSize;

  const venues: Venue[] = [];
  const siteVenues: string[][] = [];
  for (let s = 0; s < siteCount; s++) {
    const [name, district] = SITES[s] as readonly [string, string];
    const ids: string[] = [];
    const add = (kind: string, label: string, cap: number) => {
      const id = `v${pad(venues.length + 1, 2)}`;
      venues.push({ id, name: `${name}${label}`, kind, capacity: cap, district });
      ids.push(id);
    };
    add('classroom', '社区学校教室一', 40);
    add('classroom', '社区学校教室二', 40);
    add('classroom', '社区学校教室三', 40);
    add('music_room', '文化家园音乐室', 40);
    add('sports_hall', '职工活动中心体育馆', 60);
    add('outdoor', '社区广场', 120);
    siteVenues.push(ids);
  }
  const shared: string[] = [];
  for (const [name, kind, cap, district] of [
    ['黄龙游泳馆', 'pool', 40, 'XH-XX'],
    ['西溪游泳馆', 'pool', 40, 'XH-JC'],
    ['之江游泳馆', 'pool', 40, 'XH-ZJ'],
    ['西湖博物馆', 'museum', 150, 'XH-BS'],
  ] as const) {
    const id = `v${pad(venues.length + 1, 2)}`;
    venues.push({ id, name, kind, capacity: cap, district });
    shared.push(id);
  }

  const sessions: CampSession[] = [];
  for (let i = 0; i < sessionCount; i++) {
    const site = i % siteCount;
    const week = Math.floor(i / siteCount);
    const [minAge, maxAge] = AGE_BANDS[(site + week) % AGE_BANDS.length] as readonly [number, number];
    const start = firstMonday + 7 * week;
    sessions.push({
      id: `s${pad(i + 1, 2)}`,
      name: `小候鸟夏令营·${(SITES[site] as readonly [string, string])[0]}第${week + 1}期`,
      start: daysToIsoDate(start),
      end: daysToIsoDate(start + 4),
      capacity,
      minAge,
      maxAge,
      groupSize,
      venues: [...(siteVenues[site] ?? []), ...shared],
    });
  }

  const children: Child[] = [];
  const siblingGroups: SiblingGroup[] = [];
  const familySize = new WeightedTable<number>([
    [1, 75],
    [2, 20],
    [3, 5],
  ]);
  while (children.length < childCount) {
    const size = Math.min(familySize.pick(rng), childCount - children.length);
    const site = rng.int(0, siteCount - 1);
    const [, district] = SITES[site] as readonly [string, string];
    const family = surname.pick(rng);
    const eldest = rng.int(6 + (size - 1) * 2, 14);
    const ages = [eldest];
    for (let k = 1; k < size; k++) ages.push(Math.max(6, (ages[k - 1] ?? eldest) - rng.int(1, 3)));
    // The family asks for sessions at its site whose age band fits the eldest, most often 1–2 of them.
    const fitting = sessions.filter(
      (s, i) => i % siteCount === site && (ages[0] ?? 0) >= s.minAge && (ages[0] ?? 0) <= s.maxAge,
    );
    const prefs = rng.chance(0.15) ? [] : rng.sample(fitting, rng.int(1, 2)).map((s) => s.id);
    const groupId = size > 1 ? `f${pad(siblingGroups.length + 1, 4)}` : undefined;
    const ids: string[] = [];
    for (const age of ages) {
      const id = `c${pad(children.length + 1, 4)}`;
      ids.push(id);
      const gender = rng.chance(0.52) ? 'M' : 'F';
      children.push({
        id,
        displayName: `${family}${gender === 'M' ? '小弟' : '小妹'}`,
        birthDate: birthDateFor(rng, firstMonday, age),
        gender,
        ...(groupId ? { siblingGroup: groupId } : {}),
        sessionPreferences: prefs,
        district,
      });
    }
    if (groupId) siblingGroups.push({ id: groupId, children: ids });
  }

  const groups = sessionCount * (capacity / groupSize);
  const counsellorsPerGroup = 2;
  const counsellorCount = Math.ceil((groups * counsellorsPerGroup * 1.1) / 2.4);
  const counsellors: Counsellor[] = [];
  for (let k = 0; k < counsellorCount; k++) {
    const site = k % siteCount;
    const skills = SKILL_SHARE.filter(([, p]) => rng.chance(p)).map(([s]) => s);
    const sites = rng.chance(0.3) ? [site, (site + 1) % siteCount] : [site];
    const gender = rng.chance(0.4) ? 'M' : 'F';
    counsellors.push({
      id: `k${pad(k + 1, 3)}`,
      displayName: `${surname.pick(rng)}老师`,
      gender,
      skills,
      maxGroups: rng.int(2, 3),
      availableSessions: sessions.filter((_, i) => sites.includes(i % siteCount)).map((s) => s.id),
    });
  }

  return {
    name: `西湖区小候鸟夏令营 ${year}`,
    skills: CAMP_SKILLS,
    sessions,
    children,
    siblingGroups,
    counsellors,
    activities: ACTIVITIES,
    venues,
    dailyPeriods: [
      { id: 'p1', start: '09:00', end: '10:30' },
      { id: 'p2', start: '10:45', end: '12:15' },
      { id: 'p3', start: '14:00', end: '15:30' },
      { id: 'p4', start: '15:45', end: '17:15' },
    ],
    counsellorsPerGroup,
    requiredSkillsPerGroup: ['first_aid'],
  };
}
