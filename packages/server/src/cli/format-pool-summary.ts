import { districtByCode, EDUCATION_NAMES, type PoolSummary } from '@redthread/engine';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** Renders a pool summary as a short text report for a terminal. */
export function formatPoolSummary(title: string, s: PoolSummary): string {
  const top = s.byDistrict
    .slice(0, 6)
    .map(([code, n]) => `${districtByCode(code)?.name ?? code} ${n}`)
    .join(', ');
  const edu = s.byEducation
    .filter(([, n]) => n > 0)
    .map(([level, n]) => `${EDUCATION_NAMES[level]} ${pct(n / Math.max(1, s.members))}`)
    .join(', ');
  const [a0, a25, a50, a75, a100] = s.ageQuantiles;
  return [
    title,
    `  members      ${s.members.toLocaleString('en')} (${s.men.toLocaleString('en')} men, ${s.women.toLocaleString('en')} women); ${s.active.toLocaleString('en')} can be introduced now`,
    `  ages         ${a0}–${a100} years (quartiles ${a25} / ${a50} / ${a75})`,
    `  districts    ${top}${s.byDistrict.length > 6 ? `, … (${s.byDistrict.length} in all)` : ''}`,
    `  education    ${edu}`,
    `  preferences  ${s.criteriaPerMember.toFixed(2)} criteria per member, ${pct(s.hardShare)} of them hard (dealbreakers)`,
    `  history      ${s.introductions.toLocaleString('en')} past introductions involving ${s.membersWithHistory.toLocaleString('en')} members; ${s.blockedPairs} blocked pairs`,
  ].join('\n');
}
