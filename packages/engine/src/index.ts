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
// matching: assignment — the dual certificate of a 1:1 assignment, checked independently
export {
  type AssignmentCertificateCheck,
  type AssignmentIssue,
  verifyAssignment,
} from './matching/assignment-certificate.js';
// matching: assignment — result of the dense and sparse 1:1 solvers (assignment, duals, proof)
export type { AssignmentResult, SolvedAssignment } from './matching/assignment-result.js';
// matching: b-matching
export { type BMatchingProblem, type BMatchingResult, solveBMatching } from './matching/b-matching.js';
// matching: stable — blocking-pair checks for marriage, hospital/residents and roommates
export { type BlockingPair, type BlockingPairsInput, blockingPairs } from './matching/blocking-pairs.js';
// matching: general graphs — maximum-weight matching (Edmonds' blossom, O(n³)) with duals
export {
  type MaxWeightMatchingOptions,
  type MaxWeightMatchingResult,
  solveMaxWeightMatching,
} from './matching/blossom.js';
// matching: general graphs — independent check of a matching's dual certificate
export {
  type MatchingCertificateCheck,
  type MatchingCertificateIssue,
  verifyMaxWeightMatching,
} from './matching/blossom-certificate.js';
// matching: graphs
export {
  type CsrGraph,
  csrEdgeCount,
  csrEdgeRows,
  csrFromEdges,
  validateCsrGraph,
} from './matching/csr-graph.js';
// matching: assignment — dense 1:1 assignment (Jonker–Volgenant, rectangular, forbidden pairs)
export { type DenseAssignmentProblem, solveDenseAssignment } from './matching/dense-assignment.js';
// matching: general graphs — input as an edge list or a symmetric CSR
export type { GeneralCsrGraph, GeneralEdgeList, GeneralGraph } from './matching/general-graph.js';
export { greedyBMatching } from './matching/greedy-b-matching.js';
// matching: stable — hospital/residents with capacities (camp places)
export {
  type HospitalResidentsOptions,
  type HospitalResidentsProblem,
  type HospitalResidentsResult,
  solveHospitalResidents,
} from './matching/hospital-residents.js';
// matching: stable — preference lists as arrays or CSR
export type { PreferenceCsr, PreferenceInput } from './matching/preference-lists.js';
// matching: assignment — sparse 1:1 assignment on a CSR graph (LAPJVsp-style)
export { type SparseAssignmentProblem, solveSparseAssignment } from './matching/sparse-assignment.js';
// matching: stable — Gale–Shapley stable marriage with incomplete lists
export {
  type StableMarriageOptions,
  type StableMarriageProblem,
  type StableMarriageResult,
  solveStableMarriage,
} from './matching/stable-marriage.js';
// matching: stable — Irving's stable roommates with incomplete lists
export {
  type StableRoommatesProblem,
  type StableRoommatesResult,
  solveStableRoommates,
} from './matching/stable-roommates.js';
export {
  type BMatchingCertificateCheck,
  type BMatchingIssue,
  verifyBMatching,
} from './matching/verify-b-matching.js';
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
export {
  type ShiftRequest,
  type ShiftTypeLimit,
  shiftRequestSchema,
  type Volunteer,
  type VolunteerSkill,
  volunteerSchema,
} from './model/volunteer.js';
export {
  parseVolunteerProblem,
  type VolunteerProblem,
  volunteerProblemIssues,
  volunteerProblemSchema,
} from './model/volunteer-problem.js';
export type { LocalSearchStats } from './scheduling/local-search.js';
// scheduling: volunteers to slots — construction + late acceptance search with incremental scores, reference scorer, report
export {
  DEFAULT_RULES,
  DEFAULT_WEIGHTS,
  type SchedulingRules,
  type SchedulingWeights,
} from './scheduling/rules.js';
export {
  type ConstraintName,
  type ScheduleScore,
  type ScheduleScoreOptions,
  scoreVolunteerSchedule,
  type Violation,
  type VolunteerAssignment,
} from './scheduling/score-schedule.js';
export {
  createVolunteerSearch,
  type ScheduledShift,
  solveVolunteerSchedule,
  type VolunteerSchedule,
  type VolunteerSearch,
  type VolunteerSolveOptions,
  type VolunteerSolveResult,
} from './scheduling/solve-volunteers.js';
export type { UnfilledReason, UnfilledSeats } from './scheduling/unfilled-seats.js';
