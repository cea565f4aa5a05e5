import { describe, expect, it } from 'vitest';
import { ageOn, isoDateToDays } from '../model/dates.js';
import { educationRank } from '../model/education.js';
import type { Member } from '../model/member.js';
import { parsePool } from '../model/pool.js';
import { PREFERENCE_CRITERIA } from '../model/preferences.js';
import { generatePool, poolStreams } from './pool-generator.js';
import { POOL_PRESETS, resolvePoolSpec } from './pool-spec.js';

const REF = '2026-11-01';
const xihu = generatePool('xihu');

/** Whether `y` passes every hard criterion of `x` that a profile alone decides. */
function passesHard(x: Member, y: Member): boolean {
  const p = x.preferences;
  const age = ageOn(y.birthDate, REF);
  if (p.age?.hard && (age < p.age.min || age > p.age.max)) return false;
  if (p.height?.hard && (y.heightCm < p.height.min || y.heightCm > p.height.max)) return false;
  if (p.education?.hard && educationRank(y.education) < educationRank(p.education.min)) return false;
  if (p.districts?.hard && !p.districts.codes.includes(y.district)) return false;
  if (p.occupations?.hard && !p.occupations.kinds.includes(y.occupation)) return false;
  if (p.smoking?.hard && !p.smoking.accepted.includes(y.smoking)) return false;
  if (p.drinking?.hard && !p.drinking.accepted.includes(y.drinking)) return false;
  if (p.maritalHistory?.hard && !p.maritalHistory.accepted.includes(y.maritalHistory)) return false;
  if (p.wantsChildren?.hard && !p.wantsChildren.accepted.includes(y.wantsChildren)) return false;
  return true;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

describe('generatePool', () => {
  it('builds the Xihu centre: 5,000 members, 1,700 men and 3,300 women, valid', () => {
    expect(xihu.members).toHaveLength(5000);
    expect(xihu.members.filter((m) => m.gender === 'M')).toHaveLength(1700);
    expect(new Set(xihu.members.map((m) => m.id)).size).toBe(5000);
    expect(xihu.members[41]?.id).toBe('m00042');
    expect(() => parsePool(xihu)).not.toThrow();
  });

  it('draws ages 22–45 on the reference date and plausible heights', () => {
    const ages = xihu.members.map((m) => ageOn(m.birthDate, REF));
    expect(Math.min(...ages)).toBe(22);
    expect(Math.max(...ages)).toBe(45);
    const men = xihu.members.filter((m) => m.gender === 'M').map((m) => m.heightCm);
    const women = xihu.members.filter((m) => m.gender === 'F').map((m) => m.heightCm);
    expect(mean(men)).toBeGreaterThan(170);
    expect(mean(men)).toBeLessThan(175);
    expect(mean(women)).toBeGreaterThan(158);
    expect(mean(women)).toBeLessThan(163);
  });

  it('lives mostly in Xihu streets and towns', () => {
    const inXihu = xihu.members.filter((m) => m.district.startsWith('XH-')).length;
    expect(inXihu / 5000).toBeGreaterThan(0.8);
  });

  it('states a realistic mix: most criteria soft, 15–25% hard', () => {
    let hard = 0;
    let stated = 0;
    for (const m of xihu.members)
      for (const c of PREFERENCE_CRITERIA) {
        const criterion = m.preferences[c];
        if (criterion === undefined) continue;
        stated++;
        if (criterion.hard) hard++;
      }
    expect(stated / 5000).toBeGreaterThan(3);
    expect(hard / stated).toBeGreaterThan(0.15);
    expect(hard / stated).toBeLessThan(0.25);
  });

  it('has women asking for older men and men for younger women', () => {
    const offset = (g: 'M' | 'F') =>
      mean(
        xihu.members
          .filter((m) => m.gender === g && m.preferences.age)
          .map(
            (m) =>
              ((m.preferences.age?.min ?? 0) + (m.preferences.age?.max ?? 0)) / 2 - ageOn(m.birthDate, REF),
          ),
      );
    expect(offset('F')).toBeGreaterThan(1);
    expect(offset('M')).toBeLessThan(-1);
  });

  it('makes hard preferences mutually compatible often enough', () => {
    const men = xihu.members.filter((m) => m.gender === 'M').slice(0, 300);
    const women = xihu.members.filter((m) => m.gender === 'F').slice(0, 300);
    let ok = 0;
    const womenWithSomeone = new Set<string>();
    for (const man of men)
      for (const woman of women)
        if (passesHard(man, woman) && passesHard(woman, man)) {
          ok++;
          womenWithSomeone.add(woman.id);
        }
    expect(ok / (men.length * women.length)).toBeGreaterThan(0.2);
    expect(womenWithSomeone.size / women.length).toBeGreaterThan(0.95);
  });

  it('gives about 20% of members 1–5 past introductions, dated after both joined', () => {
    const byMember = new Map<string, number>();
    const pairs = new Set<string>();
    const byId = new Map(xihu.members.map((m) => [m.id, m]));
    for (const h of xihu.history) {
      byMember.set(h.a, (byMember.get(h.a) ?? 0) + 1);
      byMember.set(h.b, (byMember.get(h.b) ?? 0) + 1);
      const a = byId.get(h.a);
      const b = byId.get(h.b);
      expect(a?.gender).toBe('M');
      expect(b?.gender).toBe('F');
      expect(h.date >= (a?.joinedOn ?? '') && h.date >= (b?.joinedOn ?? '') && h.date < REF).toBe(true);
      pairs.add(`${h.a}|${h.b}`);
    }
    expect(pairs.size).toBe(xihu.history.length);
    expect(byMember.size / 5000).toBeGreaterThan(0.15);
    expect(byMember.size / 5000).toBeLessThan(0.25);
    for (const m of xihu.members)
      if (m.gender === 'M') expect(byMember.get(m.id) ?? 0).toBeLessThanOrEqual(5);
    const blockedFromHistory = xihu.blocked.every(
      (b) => pairs.has(`${b.by}|${b.other}`) || pairs.has(`${b.other}|${b.by}`),
    );
    expect(xihu.blocked.length).toBeGreaterThan(0);
    expect(blockedFromHistory).toBe(true);
  });

  it('joins members within four years before the reference date', () => {
    const ref = isoDateToDays(REF);
    for (const m of xihu.members) {
      const d = isoDateToDays(m.joinedOn);
      expect(d).toBeLessThan(ref);
      expect(d).toBeGreaterThanOrEqual(ref - 1461);
    }
  });

  it('streams the same records it returns in memory, and different seeds differ', () => {
    const spec = { size: 300, men: 120, women: 180, seed: 11, region: 'province' as const };
    const pool = generatePool(spec);
    const streams = poolStreams(spec);
    expect(Array.from(streams.members())).toEqual(pool.members);
    expect(Array.from(streams.history())).toEqual(pool.history);
    expect(Array.from(streams.blocked())).toEqual(pool.blocked);
    expect(generatePool({ ...spec, seed: 12 }).members).not.toEqual(pool.members);
    expect(() => parsePool(pool)).not.toThrow();
    expect(pool.members.filter((m) => m.district.startsWith('ZJ-')).length).toBeGreaterThan(150);
  });

  it('streams the first members of the million-member province preset', () => {
    const it = poolStreams('province').members();
    const first = Array.from({ length: 1000 }, () => it.next().value as Member);
    expect(first[999]?.id).toBe('m0001000');
    const men = first.filter((m) => m.gender === 'M').length;
    expect(Math.abs(men - 420)).toBeLessThanOrEqual(1);
  });
});

describe('resolvePoolSpec', () => {
  it('returns presets and fills defaults', () => {
    expect(resolvePoolSpec('city')).toBe(POOL_PRESETS.city);
    expect(POOL_PRESETS.province.size).toBe(1_000_000);
    expect(resolvePoolSpec({ size: 3, men: 1, women: 2, seed: 1 })).toEqual({
      size: 3,
      men: 1,
      women: 2,
      seed: 1,
      referenceDate: REF,
      region: 'xihu',
      historyRate: 0.2,
    });
  });

  it('rejects inconsistent specs, naming the field', () => {
    expect(() => resolvePoolSpec({ size: 10, men: 3, women: 3, seed: 1 })).toThrow(
      expect.objectContaining({ code: 'invalid_argument', path: ['size'] }),
    );
    expect(() => resolvePoolSpec({ size: 2, men: -1, women: 3, seed: 1 })).toThrow(
      expect.objectContaining({ path: ['men'] }),
    );
    expect(() =>
      resolvePoolSpec({ size: 2, men: 1, women: 1, seed: 1, referenceDate: '2026-02-30' }),
    ).toThrow(expect.objectContaining({ path: ['referenceDate'] }));
    expect(() => resolvePoolSpec({ size: 2, men: 1, women: 1, seed: 1, historyRate: 2 })).toThrow(
      expect.objectContaining({ path: ['historyRate'] }),
    );
    expect(() => resolvePoolSpec('nowhere' as 'xihu')).toThrow(expect.objectContaining({ path: ['preset'] }));
    expect(() => resolvePoolSpec('constructor' as 'xihu')).toThrow(
      expect.objectContaining({ path: ['preset'] }),
    );
  });
});
