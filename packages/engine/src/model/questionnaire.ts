import { z } from 'zod';

/** The questionnaire every member answers, each item on a 1 (disagree) to 5 (agree) scale. */
export const QUESTIONNAIRE_ITEMS: readonly {
  readonly id: string;
  readonly text: string;
  readonly textEn: string;
}[] = [
  { id: 'family_first', text: '家庭比事业更重要', textEn: 'Family comes before career' },
  {
    id: 'live_with_parents',
    text: '婚后愿意和父母同住',
    textEn: 'Happy to live with parents after marriage',
  },
  { id: 'homebody', text: '周末更喜欢待在家里', textEn: 'Prefers weekends at home' },
  { id: 'travel', text: '喜欢旅行和探索新地方', textEn: 'Loves travel and new places' },
  { id: 'saver', text: '花钱谨慎，重视储蓄', textEn: 'Careful with money, values saving' },
  { id: 'stay_in_hangzhou', text: '希望长期在杭州生活', textEn: 'Wants to live in Hangzhou long-term' },
  { id: 'pets', text: '喜欢养宠物', textEn: 'Likes keeping pets' },
  { id: 'early_riser', text: '作息规律，早睡早起', textEn: 'Regular hours, early riser' },
  { id: 'shared_chores', text: '家务应该平均分担', textEn: 'Housework should be shared equally' },
  { id: 'social', text: '喜欢热闹，朋友多', textEn: 'Sociable, many friends' },
];

/** Number of questionnaire items; every member's `questionnaire` has exactly this many answers. */
export const QUESTIONNAIRE_LENGTH = QUESTIONNAIRE_ITEMS.length;

/** zod schema of a member's answers: one integer 1–5 per item, in item order. */
export const questionnaireAnswersSchema = z
  .array(z.number().int().min(1).max(5))
  .length(QUESTIONNAIRE_LENGTH, { message: `expected ${QUESTIONNAIRE_LENGTH} answers` });

/** Similarity of two answer lists in [0, 1]: 1 minus the mean absolute difference over the 4-point span. */
export function questionnaireSimilarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let diff = 0;
  for (let i = 0; i < n; i++) diff += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return 1 - diff / (4 * n);
}
