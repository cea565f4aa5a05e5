// The phrase catalogue of explanations: one clause per criterion, met or missed, in Chinese and
// English. Clauses are written from the point of view of the member whose criterion it is (the
// "seeker"), about the partner ("other"): 她的年龄在他的期望范围内 / her age is within his range.

import { districtByCode } from '../model/districts.js';
import { EDUCATION_NAMES, type EducationLevel } from '../model/education.js';
import { HOBBIES } from '../model/hobbies.js';
import type { Drinking, Gender, MaritalHistory, Smoking, WantsChildren } from '../model/lifestyle.js';
import { OCCUPATION_NAMES, type OccupationKind } from '../model/occupations.js';
import type { PreferenceCriterion } from '../model/preferences.js';

/** Pronouns of one person in both languages. */
export interface Pronouns {
  readonly zh: string;
  readonly subject: string;
  readonly possessive: string;
  readonly object: string;
}

/** 他/he for men, 她/she for women. */
export function pronounsOf(gender: Gender): Pronouns {
  return gender === 'M'
    ? { zh: '他', subject: 'he', possessive: 'his', object: 'him' }
    : { zh: '她', subject: 'she', possessive: 'her', object: 'her' };
}

/** A clause in both languages. */
export interface Phrase {
  readonly zh: string;
  readonly en: string;
}

/** A hobby tag's names. */
export function hobbyPhrase(tag: string): Phrase {
  return HOBBIES[tag] ?? { zh: tag, en: tag.replaceAll('_', ' ') };
}

const EDUCATION_EN: Readonly<Record<EducationLevel, string>> = {
  high_school: 'high school',
  vocational: 'vocational school',
  associate: 'an associate degree',
  bachelor: "a bachelor's degree",
  master: "a master's degree",
  doctorate: 'a doctorate',
};

const SMOKING: Readonly<Record<Smoking, Phrase>> = {
  never: { zh: '不吸烟', en: 'does not smoke' },
  sometimes: { zh: '偶尔吸烟', en: 'smokes sometimes' },
  often: { zh: '经常吸烟', en: 'smokes often' },
};
const DRINKING: Readonly<Record<Drinking, Phrase>> = {
  never: { zh: '不喝酒', en: 'does not drink' },
  socially: { zh: '应酬时喝酒', en: 'drinks socially' },
  often: { zh: '经常喝酒', en: 'drinks often' },
};
const MARITAL: Readonly<Record<MaritalHistory, Phrase>> = {
  never_married: { zh: '未婚', en: 'has never married' },
  divorced: { zh: '离异', en: 'is divorced' },
  widowed: { zh: '丧偶', en: 'is widowed' },
};
const CHILDREN: Readonly<Record<WantsChildren, Phrase>> = {
  yes: { zh: '想要孩子', en: 'wants children' },
  no: { zh: '不想要孩子', en: 'does not want children' },
  open: { zh: '对要孩子持开放态度', en: 'is open about children' },
};

/** What a clause needs to know about the partner's value and the miss. */
export interface ClauseFacts {
  readonly criterion: PreferenceCriterion;
  readonly met: boolean;
  readonly hard: boolean;
  /** Signed gap (CriterionEvaluation.gap). */
  readonly gap: number;
  readonly partnerAge: number;
  readonly partnerHeightCm: number;
  readonly partnerEducation: EducationLevel;
  readonly wantedEducation?: EducationLevel;
  readonly partnerDistrict: string;
  readonly partnerOccupation: OccupationKind;
  readonly partnerSmoking: Smoking;
  readonly partnerDrinking: Drinking;
  readonly partnerMarital: MaritalHistory;
  readonly partnerChildren: WantsChildren;
  readonly sharedHobbyCount: number;
  readonly similarity: number;
  readonly wantedSimilarity?: number;
}

const pct = (x: number) => Math.round(x * 100);
const round1 = (x: number) => Math.round(Math.abs(x) * 10) / 10;

/** The clause for one criterion: `seeker` is the member whose criterion it is, `other` the partner. */
export function criterionClause(f: ClauseFacts, seeker: Pronouns, other: Pronouns): Phrase {
  const S = seeker.zh;
  const O = other.zh;
  const n = round1(f.gap);
  const must = f.hard ? '硬性' : '';
  const mustEn = f.hard ? ' firm' : '';
  switch (f.criterion) {
    case 'age':
      if (f.met)
        return {
          zh: `${O}的年龄在${S}的期望范围内`,
          en: `${other.possessive} age is within ${seeker.possessive} range`,
        };
      return f.gap < 0
        ? {
            zh: `${O}比${S}期望的小${n}岁`,
            en: `${other.subject} is ${n} years younger than ${seeker.subject} would like`,
          }
        : {
            zh: `${O}比${S}期望的大${n}岁`,
            en: `${other.subject} is ${n} years older than ${seeker.subject} would like`,
          };
    case 'height':
      if (f.met)
        return {
          zh: `${O}的身高（${f.partnerHeightCm}厘米）符合${S}的期望`,
          en: `${other.possessive} height (${f.partnerHeightCm} cm) suits ${seeker.object}`,
        };
      return f.gap < 0
        ? {
            zh: `${O}比${S}期望的矮${n}厘米`,
            en: `${other.subject} is ${n} cm shorter than ${seeker.subject} would like`,
          }
        : {
            zh: `${O}比${S}期望的高${n}厘米`,
            en: `${other.subject} is ${n} cm taller than ${seeker.subject} would like`,
          };
    case 'education': {
      const has = EDUCATION_NAMES[f.partnerEducation];
      if (f.met)
        return {
          zh: `${O}的学历（${has}）达到${S}的要求`,
          en: `${other.possessive} education (${EDUCATION_EN[f.partnerEducation]}) meets ${seeker.possessive} minimum`,
        };
      const wanted = f.wantedEducation ?? f.partnerEducation;
      return {
        zh: `${O}的学历（${has}）低于${S}${must}要求的${EDUCATION_NAMES[wanted]}`,
        en: `${other.possessive} education (${EDUCATION_EN[f.partnerEducation]}) is below ${seeker.possessive}${mustEn} minimum of ${EDUCATION_EN[wanted]}`,
      };
    }
    case 'districts': {
      const d = districtByCode(f.partnerDistrict);
      const zh = d?.name ?? f.partnerDistrict;
      const en = d?.nameEn ?? f.partnerDistrict;
      return f.met
        ? {
            zh: `${O}住在${S}希望的${zh}`,
            en: `${other.subject} lives in ${en}, where ${seeker.subject} hoped`,
          }
        : {
            zh: `${O}住在${zh}，不在${S}希望的地区`,
            en: `${other.subject} lives in ${en}, outside ${seeker.possessive} preferred areas`,
          };
    }
    case 'occupations': {
      const zh = OCCUPATION_NAMES[f.partnerOccupation];
      const en = f.partnerOccupation.replaceAll('_', ' ');
      return f.met
        ? {
            zh: `${O}的职业（${zh}）正是${S}希望的`,
            en: `${other.possessive} work (${en}) is what ${seeker.subject} hoped for`,
          }
        : {
            zh: `${O}的职业（${zh}）不在${S}希望的范围内`,
            en: `${other.possessive} work (${en}) is not among ${seeker.possessive} preferences`,
          };
    }
    case 'hobbies':
      return f.met
        ? {
            zh: `${O}和${S}的共同爱好达到${S}的期望`,
            en: `they share as many hobbies as ${seeker.subject} hoped`,
          }
        : {
            zh: `${O}和${S}的共同爱好比${S}期望的少${n}个`,
            en: `they share ${n} ${n === 1 ? 'hobby' : 'hobbies'} fewer than ${seeker.subject} hoped`,
          };
    case 'smoking':
      return lifestyle(SMOKING[f.partnerSmoking], f.met, f.hard, seeker, other);
    case 'drinking':
      return lifestyle(DRINKING[f.partnerDrinking], f.met, f.hard, seeker, other);
    case 'maritalHistory':
      return lifestyle(MARITAL[f.partnerMarital], f.met, f.hard, seeker, other);
    case 'wantsChildren':
      return lifestyle(CHILDREN[f.partnerChildren], f.met, f.hard, seeker, other);
    case 'questionnaire': {
      const sim = pct(f.similarity);
      if (f.met)
        return {
          zh: `两人的价值观问卷相似度${sim}%，合${S}的期望`,
          en: `their questionnaire answers are ${sim}% alike, as ${seeker.subject} hoped`,
        };
      const want = pct(f.wantedSimilarity ?? f.similarity);
      return {
        zh: `两人的价值观问卷相似度${sim}%，低于${S}期望的${want}%`,
        en: `their questionnaire answers are ${sim}% alike, below ${seeker.possessive} ${want}%`,
      };
    }
  }
}

function lifestyle(value: Phrase, met: boolean, hard: boolean, seeker: Pronouns, other: Pronouns): Phrase {
  if (met)
    return {
      zh: `${other.zh}${value.zh}，合${seeker.zh}的心意`,
      en: `${other.subject} ${value.en}, as ${seeker.subject} wished`,
    };
  return {
    zh: `${other.zh}${value.zh}，不符合${seeker.zh}的${hard ? '硬性' : ''}要求`,
    en: `${other.subject} ${value.en}, against ${seeker.possessive}${hard ? ' firm' : ''} wish`,
  };
}

/** The score clause that opens a sentence; `score` in [0, 1]. */
export function scorePhrase(score: number, acceptable: boolean): Phrase {
  if (!acceptable) return { zh: '不宜介绍', en: 'Not a suitable introduction' };
  const points = Math.round(score * 100);
  return { zh: `匹配度${points}分`, en: `Match ${points}/100` };
}

/** The closing clause naming shared hobbies (empty list → undefined). */
export function sharedHobbiesPhrase(tags: readonly string[]): Phrase | undefined {
  if (tags.length === 0) return undefined;
  const names = tags.map(hobbyPhrase);
  return {
    zh: `共同爱好：${names.map((h) => h.zh).join('、')}`,
    en: `shared hobbies: ${names.map((h) => h.en).join(', ')}`,
  };
}
