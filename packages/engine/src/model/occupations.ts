import { z } from 'zod';

/** Kinds of occupation a member can state and a preference can name. */
export const OCCUPATION_KINDS = [
  'teacher',
  'doctor',
  'nurse',
  'engineer',
  'software',
  'civil_servant',
  'finance',
  'sales',
  'manufacturing',
  'logistics',
  'service',
  'construction',
  'research',
  'media',
  'self_employed',
  'other',
] as const;

/** One occupation kind. */
export type OccupationKind = (typeof OCCUPATION_KINDS)[number];

/** Chinese names of the occupation kinds, for explanations. */
export const OCCUPATION_NAMES: Readonly<Record<OccupationKind, string>> = {
  teacher: '教师',
  doctor: '医生',
  nurse: '护士',
  engineer: '工程师',
  software: '软件/互联网',
  civil_servant: '公务员/事业单位',
  finance: '金融',
  sales: '销售/市场',
  manufacturing: '制造业一线',
  logistics: '物流/运输',
  service: '服务业',
  construction: '建筑',
  research: '科研',
  media: '传媒/设计',
  self_employed: '个体经营',
  other: '其他',
};

/** zod schema of an occupation kind. */
export const occupationKindSchema = z.enum(OCCUPATION_KINDS);
