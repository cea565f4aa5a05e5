import { z } from 'zod';

/** Version of the district catalogue; a pool names the version its codes come from. */
export const DISTRICT_CATALOGUE_VERSION = 'zj-2026.1';

/** Administrative kind: 街道 (street), 镇 (town), 度假区 (resort area), 区/县 (district), 市 (city). */
export type DistrictKind = 'street' | 'town' | 'area' | 'district' | 'city';

/** One place a member can live or work in, as the dating centre records it. */
export interface District {
  /** Stable code, e.g. `XH-SD`: two letters for the parent, two for the place. */
  readonly code: string;
  /** Chinese name, e.g. `三墩镇`. */
  readonly name: string;
  /** Pinyin name, e.g. `Sandun`. */
  readonly nameEn: string;
  readonly kind: DistrictKind;
  /** Parent (Chinese), e.g. `西湖区`, `杭州市`, `浙江省`. */
  readonly parent: string;
  /** Parent (pinyin), e.g. `Xihu District`. */
  readonly parentEn: string;
}

type Row = readonly [code: string, name: string, nameEn: string, kind: DistrictKind];

function group(parent: string, parentEn: string, rows: readonly Row[]): District[] {
  return rows.map(([code, name, nameEn, kind]) => ({ code, name, nameEn, kind, parent, parentEn }));
}

/** Xihu District (西湖区): its ten streets, two towns and the Zhijiang resort area. */
export const XIHU_DISTRICTS: readonly District[] = group('西湖区', 'Xihu District', [
  ['XH-BS', '北山街道', 'Beishan', 'street'],
  ['XH-XX', '西溪街道', 'Xixi', 'street'],
  ['XH-LY', '灵隐街道', 'Lingyin', 'street'],
  ['XH-CY', '翠苑街道', 'Cuiyuan', 'street'],
  ['XH-WX', '文新街道', 'Wenxin', 'street'],
  ['XH-GD', '古荡街道', 'Gudang', 'street'],
  ['XH-XH', '西湖街道', 'Xihu', 'street'],
  ['XH-LX', '留下街道', 'Liuxia', 'street'],
  ['XH-ZT', '转塘街道', 'Zhuantang', 'street'],
  ['XH-JC', '蒋村街道', 'Jiangcun', 'street'],
  ['XH-SD', '三墩镇', 'Sandun', 'town'],
  ['XH-SP', '双浦镇', 'Shuangpu', 'town'],
  ['XH-ZJ', '之江度假区', 'Zhijiang', 'area'],
]);

/** Shangcheng District (上城区), home of the Xiaoying (小营) station. */
export const SHANGCHENG_DISTRICTS: readonly District[] = group('上城区', 'Shangcheng District', [
  ['SC-XY', '小营街道', 'Xiaoying', 'street'],
  ['SC-HB', '湖滨街道', 'Hubin', 'street'],
  ['SC-QB', '清波街道', 'Qingbo', 'street'],
  ['SC-WJ', '望江街道', 'Wangjiang', 'street'],
  ['SC-NX', '南星街道', 'Nanxing', 'street'],
  ['SC-ZY', '紫阳街道', 'Ziyang', 'street'],
  ['SC-KX', '凯旋街道', 'Kaixuan', 'street'],
  ['SC-CH', '采荷街道', 'Caihe', 'street'],
  ['SC-ZN', '闸弄口街道', 'Zhanongkou', 'street'],
  ['SC-SJ', '四季青街道', 'Sijiqing', 'street'],
  ['SC-JQ', '笕桥街道', 'Jianqiao', 'street'],
  ['SC-PB', '彭埠街道', 'Pengbu', 'street'],
  ['SC-DL', '丁兰街道', 'Dinglan', 'street'],
  ['SC-JB', '九堡街道', 'Jiubao', 'street'],
]);

/** The other districts and counties of Hangzhou (杭州市), at district level. */
export const HANGZHOU_DISTRICTS: readonly District[] = group('杭州市', 'Hangzhou', [
  ['HZ-GS', '拱墅区', 'Gongshu', 'district'],
  ['HZ-BJ', '滨江区', 'Binjiang', 'district'],
  ['HZ-XS', '萧山区', 'Xiaoshan', 'district'],
  ['HZ-YH', '余杭区', 'Yuhang', 'district'],
  ['HZ-LP', '临平区', 'Linping', 'district'],
  ['HZ-QT', '钱塘区', 'Qiantang', 'district'],
  ['HZ-FY', '富阳区', 'Fuyang', 'district'],
  ['HZ-LA', '临安区', "Lin'an", 'district'],
  ['HZ-TL', '桐庐县', 'Tonglu', 'district'],
  ['HZ-CA', '淳安县', "Chun'an", 'district'],
  ['HZ-JD', '建德市', 'Jiande', 'district'],
]);

/** The other prefecture-level cities of Zhejiang (浙江省), at city level. */
export const ZHEJIANG_CITIES: readonly District[] = group('浙江省', 'Zhejiang', [
  ['ZJ-NB', '宁波市', 'Ningbo', 'city'],
  ['ZJ-WZ', '温州市', 'Wenzhou', 'city'],
  ['ZJ-JX', '嘉兴市', 'Jiaxing', 'city'],
  ['ZJ-HU', '湖州市', 'Huzhou', 'city'],
  ['ZJ-SX', '绍兴市', 'Shaoxing', 'city'],
  ['ZJ-JH', '金华市', 'Jinhua', 'city'],
  ['ZJ-QZ', '衢州市', 'Quzhou', 'city'],
  ['ZJ-ZS', '舟山市', 'Zhoushan', 'city'],
  ['ZJ-TZ', '台州市', 'Taizhou', 'city'],
  ['ZJ-LS', '丽水市', 'Lishui', 'city'],
]);

/** The whole catalogue, in a fixed order (Xihu, Shangcheng, Hangzhou, Zhejiang). */
export const DISTRICTS: readonly District[] = [
  ...XIHU_DISTRICTS,
  ...SHANGCHENG_DISTRICTS,
  ...HANGZHOU_DISTRICTS,
  ...ZHEJIANG_CITIES,
];

const BY_CODE: ReadonlyMap<string, District> = new Map(DISTRICTS.map((d) => [d.code, d]));

/** The catalogue entry of a code, or undefined if the code is unknown. */
export function districtByCode(code: string): District | undefined {
  return BY_CODE.get(code);
}

/** True if the code is in the catalogue. */
export function isDistrictCode(code: string): boolean {
  return BY_CODE.has(code);
}

/** zod schema of a district code that is in the catalogue, e.g. `XH-SD`. */
export const districtCodeSchema = z
  .string()
  .refine(isDistrictCode, { error: (iss) => `unknown district code ${JSON.stringify(iss.input)}` });
