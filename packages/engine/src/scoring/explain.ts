import { ageOn, type IsoDate } from '../model/dates.js';
import type { Member } from '../model/member.js';
import { questionnaireSimilarity } from '../model/questionnaire.js';
import {
  criterionClause,
  type Phrase,
  type Pronouns,
  pronounsOf,
  scorePhrase,
  sharedHobbiesPhrase,
} from './explanation-phrases.js';
import {
  type CriterionEvaluation,
  type PairScore,
  referencePairScore,
  type SatisfactionDetail,
  sharedHobbies,
} from './reference-score.js';
import type { ScoringConfig } from './scoring-config.js';

/** One member's view of the other: criteria met and missed, with their weights. */
export interface SideExplanation {
  /** The member whose criteria these are. */
  readonly from: string;
  /** The partner they are judged against. */
  readonly to: string;
  readonly satisfaction: number;
  readonly acceptable: boolean;
  /** Criteria met, heaviest first (hard ones, weight 0, after the soft ones). */
  readonly met: readonly CriterionEvaluation[];
  /** Criteria missed: hard failures first, then soft misses by weight lost, heaviest first. */
  readonly missed: readonly CriterionEvaluation[];
}

/** A pair's explanation as data and as one sentence in Chinese and in English. */
export interface PairExplanation {
  readonly a: string;
  readonly b: string;
  readonly acceptable: boolean;
  /** Mutual score in [0, 1] (0 when not acceptable) and its integer form. */
  readonly score: number;
  readonly scoreInt: number;
  /** [a's view of b, b's view of a]. */
  readonly sides: readonly [SideExplanation, SideExplanation];
  readonly sharedHobbies: readonly string[];
  /** Questionnaire similarity in [0, 1]. */
  readonly questionnaireSimilarity: number;
  /** One sentence a counsellor can read aloud. */
  readonly text: Phrase;
}

/** Most clauses per side in the sentence: it must stay short enough to read aloud. */
const MET_PER_SIDE = 2;
const MISSED_PER_SIDE = 2;

function lost(e: CriterionEvaluation): number {
  return e.weight * (1 - e.credit);
}

function side(from: Member, to: Member, d: SatisfactionDetail): SideExplanation {
  const met = d.criteria.filter((e) => e.met).sort((x, y) => y.weight - x.weight);
  const missed = d.criteria
    .filter((e) => !e.met)
    .sort((x, y) => (x.hard === y.hard ? lost(y) - lost(x) : x.hard ? -1 : 1));
  return { from: from.id, to: to.id, satisfaction: d.satisfaction, acceptable: d.acceptable, met, missed };
}

function clauses(
  s: SideExplanation,
  seeker: Member,
  other: Member,
  referenceDate: IsoDate,
  similarity: number,
  shared: number,
): Phrase[] {
  const me: Pronouns = pronounsOf(seeker.gender);
  const them: Pronouns = pronounsOf(other.gender);
  // Soft criteria with no weight say nothing a member cares about; hard misses always matter.
  const missed = s.missed.filter((e) => e.hard || e.weight > 0).slice(0, MISSED_PER_SIDE);
  const met = s.met.filter((e) => e.weight > 0 && e.criterion !== 'hobbies').slice(0, MET_PER_SIDE);
  return [...met, ...missed].map((e) =>
    criterionClause(
      {
        criterion: e.criterion,
        met: e.met,
        hard: e.hard,
        gap: e.gap,
        partnerAge: ageOn(other.birthDate, referenceDate),
        partnerHeightCm: other.heightCm,
        partnerEducation: other.education,
        ...(seeker.preferences.education ? { wantedEducation: seeker.preferences.education.min } : {}),
        partnerDistrict: other.district,
        partnerOccupation: other.occupation,
        partnerSmoking: other.smoking,
        partnerDrinking: other.drinking,
        partnerMarital: other.maritalHistory,
        partnerChildren: other.wantsChildren,
        sharedHobbyCount: shared,
        similarity,
        ...(seeker.preferences.questionnaire
          ? { wantedSimilarity: seeker.preferences.questionnaire.minSimilarity }
          : {}),
      },
      me,
      them,
    ),
  );
}

function capitalise(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

/**
 * Explains a pair: each side's criteria met and missed with their weights, and one sentence in
 * Chinese and English, e.g. `匹配度82分：她的年龄在他的期望范围内；…；共同爱好：徒步、摄影。`
 * Ages are taken on `referenceDate`.
 */
export function explainPair(
  a: Member,
  b: Member,
  config: ScoringConfig,
  referenceDate: IsoDate,
): PairExplanation {
  const pair: PairScore = referencePairScore(a, b, config, referenceDate);
  const ab = side(a, b, pair.ab);
  const ba = side(b, a, pair.ba);
  const similarity = questionnaireSimilarity(a.questionnaire, b.questionnaire);
  const shared = sharedHobbies(a, b);
  const parts = [
    ...clauses(ab, a, b, referenceDate, similarity, shared.length),
    ...clauses(ba, b, a, referenceDate, similarity, shared.length),
  ];
  const hobbies = sharedHobbiesPhrase(shared);
  if (hobbies) parts.push(hobbies);
  const head = scorePhrase(pair.score, pair.acceptable);
  const zh = parts.length === 0 ? `${head.zh}。` : `${head.zh}：${parts.map((p) => p.zh).join('；')}。`;
  const en =
    parts.length === 0 ? `${head.en}.` : `${head.en}: ${capitalise(parts.map((p) => p.en).join('; '))}.`;
  return {
    a: a.id,
    b: b.id,
    acceptable: pair.acceptable,
    score: pair.score,
    scoreInt: pair.scoreInt,
    sides: [ab, ba],
    sharedHobbies: shared,
    questionnaireSimilarity: similarity,
    text: { zh, en },
  };
}
