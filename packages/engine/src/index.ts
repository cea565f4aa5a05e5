// The public API of @redthread/engine, as a table of contents. Nothing else is exported.

// core
export {
  AbortedError,
  type FieldPath,
  formatPath,
  type InputIssue,
  InvalidArgumentError,
  RedthreadError,
  ValidationError,
} from './core/errors.js';
export { Rng } from './core/rng.js';
export {
  type AbortSignalLike,
  type Progress,
  type Proof,
  type SolveOptions,
  throwIfAborted,
} from './core/solve-options.js';
// generate: deterministic seeded data (pools, hotline, city event, camp) and the committed small fixtures
export { CAMP_SKILLS, type CampOptions, generateCampProblem } from './generate/camp-generator.js';
export {
  CITY_EVENT_SKILLS,
  type CityEventOptions,
  generateCityEventProblem,
} from './generate/city-event-generator.js';
export { formatFixtureJson, SMALL_FIXTURES } from './generate/fixtures.js';
export {
  generateHotlineProblem,
  HOTLINE_SERVICES,
  type HotlineOptions,
} from './generate/hotline-generator.js';
export { HOBBY_NAMES, type PoolRegion } from './generate/pool-catalogues.js';
export { generatePool, type PoolStreams, poolStreams } from './generate/pool-generator.js';
export {
  DEFAULT_REFERENCE_DATE,
  POOL_PRESETS,
  type PoolPresetName,
  type PoolSpec,
  type ResolvedPoolSpec,
  resolvePoolSpec,
} from './generate/pool-spec.js';
// model: members, preferences, history and pools; zod schemas and parse functions (validate at the boundary)
export {
  type Activity,
  activitySchema,
  type CampSession,
  type Child,
  type Counsellor,
  campSessionSchema,
  childSchema,
  counsellorSchema,
  type DailyPeriod,
  dailyPeriodSchema,
  type SiblingGroup,
  siblingGroupSchema,
  type Venue,
  venueSchema,
} from './model/camp.js';
export {
  type CampProblem,
  campProblemIssues,
  campProblemSchema,
  parseCampProblem,
} from './model/camp-problem.js';
export {
  addDays,
  ageOn,
  clockTimeSchema,
  clockTimeToMinutes,
  daysToIsoDate,
  type IsoDate,
  type IsoDateTime,
  isIsoDate,
  isIsoDateTime,
  isoDateSchema,
  isoDateTimeSchema,
  isoDateTimeToMinutes,
  isoDateToDays,
  minutesToShanghaiDateTime,
  SHANGHAI_OFFSET_MINUTES,
  shanghaiDateOf,
} from './model/dates.js';
export {
  DISTRICT_CATALOGUE_VERSION,
  DISTRICTS,
  type District,
  type DistrictKind,
  districtByCode,
  districtCodeSchema,
  HANGZHOU_DISTRICTS,
  isDistrictCode,
  SHANGCHENG_DISTRICTS,
  XIHU_DISTRICTS,
  ZHEJIANG_CITIES,
} from './model/districts.js';
export {
  EDUCATION_LEVELS,
  EDUCATION_NAMES,
  type EducationLevel,
  educationLevelSchema,
  educationRank,
} from './model/education.js';
export {
  type BlockedPair,
  blockedPairSchema,
  INTRODUCTION_OUTCOMES,
  type Introduction,
  type IntroductionOutcome,
  introductionOutcomeSchema,
  introductionSchema,
} from './model/history.js';
export { countSchema, idSchema } from './model/id.js';
export {
  DRINKING_VALUES,
  type Drinking,
  drinkingSchema,
  GENDERS,
  type Gender,
  genderSchema,
  MARITAL_HISTORY_VALUES,
  type MaritalHistory,
  maritalHistorySchema,
  SMOKING_VALUES,
  type Smoking,
  smokingSchema,
  WANTS_CHILDREN_VALUES,
  type WantsChildren,
  wantsChildrenSchema,
} from './model/lifestyle.js';
export { hobbyTagSchema, type Member, memberSchema, parseMember } from './model/member.js';
export {
  OCCUPATION_KINDS,
  OCCUPATION_NAMES,
  type OccupationKind,
  occupationKindSchema,
} from './model/occupations.js';
export { type ParseOptions, parseWith, recordName } from './model/parse.js';
export { type Pool, parsePool, poolIssues, poolSchema } from './model/pool.js';
export { type PoolSummary, summarisePool } from './model/pool-summary.js';
export {
  type Criterion,
  type CriterionWeight,
  IMPORTANCE,
  IMPORTANCE_LEVELS,
  importanceSchema,
  type NumberRange,
  PREFERENCE_CRITERIA,
  type PreferenceCriterion,
  type Preferences,
  preferencesSchema,
} from './model/preferences.js';
export {
  QUESTIONNAIRE_ITEMS,
  QUESTIONNAIRE_LENGTH,
  questionnaireAnswersSchema,
  questionnaireSimilarity,
} from './model/questionnaire.js';
export { SKILL_LEVELS, type SkillDef, skillDefSchema, skillLevelSchema } from './model/skill.js';
export {
  type SkillRequirement,
  type Slot,
  type SlotLocation,
  slotAtPlace,
  slotMinutes,
  slotSchema,
} from './model/slot.js';
export { type TimeWindow, timeWindowSchema } from './model/time-window.js';
export { type Volunteer, type VolunteerSkill, volunteerSchema } from './model/volunteer.js';
export {
  parseVolunteerProblem,
  type VolunteerProblem,
  volunteerProblemIssues,
  volunteerProblemSchema,
} from './model/volunteer-problem.js';
