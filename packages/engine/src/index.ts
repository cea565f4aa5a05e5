// The public API of @redthread/engine, as a table of contents: nothing else is exported.
// Sections follow the dependency order of DESIGN.md (model first, solvers on plain arrays after).

// core: errors with stable codes, the seeded PRNG, options every solver takes
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

// model: members, preferences, history, pools, volunteers, slots, camps — zod schemas, parse functions (validate at the boundary), types
export {
  type CampProblem,
  campProblemIssues,
  campProblemSchema,
  parseCampProblem,
} from './model/camp-problem.js';
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
export { HOBBIES, type HobbyName } from './model/hobbies.js';
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
export { type PoolSummary, summarisePool } from './model/pool-summary.js';
export { type Pool, parsePool, poolIssues, poolSchema } from './model/pool.js';
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
  parseVolunteerProblem,
  type VolunteerProblem,
  volunteerProblemIssues,
  volunteerProblemSchema,
} from './model/volunteer-problem.js';
export {
  type ShiftRequest,
  type ShiftTypeLimit,
  shiftRequestSchema,
  type Volunteer,
  type VolunteerSkill,
  volunteerSchema,
} from './model/volunteer.js';

// generate: deterministic seeded data (pools from xihu 5k to province 1M, hotline, city event, camp) and the committed small fixtures
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
export type { PoolRegion } from './generate/pool-catalogues.js';
export { generatePool, type PoolStreams, poolStreams } from './generate/pool-generator.js';
export {
  DEFAULT_REFERENCE_DATE,
  POOL_PRESETS,
  type PoolPresetName,
  type PoolSpec,
  type ResolvedPoolSpec,
  resolvePoolSpec,
} from './generate/pool-spec.js';

// scoring: mutual compatibility (typed-array kernel + scalar reference), explanations in Chinese and English, calibration from outcomes
export { rocAuc } from './scoring/auc.js';
export {
  type CalibrateOptions,
  type CalibrationReport,
  type CalibrationResult,
  calibrate,
  outcomeLabel,
  pairFeatures,
} from './scoring/calibrate.js';
export { type EncodedPool, encodeMembers } from './scoring/encoded-pool.js';
export { explainPair, type PairExplanation, type SideExplanation } from './scoring/explain.js';
export type { Phrase } from './scoring/explanation-phrases.js';
export { fuseSatisfactions } from './scoring/fusion.js';
export {
  type CriterionEvaluation,
  evaluateSatisfaction,
  type PairScore,
  referencePairScore,
  type SatisfactionDetail,
  sharedHobbies,
} from './scoring/reference-score.js';
export { createPairScorer, type PairScorer, type ScoreMany } from './scoring/score-kernel.js';
export {
  DEFAULT_SCORING_CONFIG,
  importanceWeight,
  missShare,
  resolveScoringConfig,
  type ScoreFusion,
  type ScoringConfig,
  type ScoringConfigInput,
} from './scoring/scoring-config.js';

// candidates: indexed exact top-K candidate graphs (CSR), with exclusions
export {
  buildCandidateGraph,
  type CandidateGraph,
  type CandidateMethod,
  type CandidateOptions,
  type CandidateStats,
} from './candidates/candidate-graph.js';

// matching — graphs: CSR bipartite graphs
export {
  type CsrGraph,
  csrEdgeCount,
  csrEdgeRows,
  csrFromEdges,
  validateCsrGraph,
} from './matching/csr-graph.js';

// matching — assignment: dense and sparse 1:1 (Jonker–Volgenant) with dual certificates
export {
  type AssignmentCertificateCheck,
  type AssignmentIssue,
  verifyAssignment,
} from './matching/assignment-certificate.js';
export type { AssignmentResult, SolvedAssignment } from './matching/assignment-result.js';
export { type DenseAssignmentProblem, solveDenseAssignment } from './matching/dense-assignment.js';
export { type SparseAssignmentProblem, solveSparseAssignment } from './matching/sparse-assignment.js';

// matching — b-matching: sparse max-weight with capacities and a flow limit, dual certificates; greedy baseline
export { type BMatchingProblem, type BMatchingResult, solveBMatching } from './matching/b-matching.js';
export { greedyBMatching } from './matching/greedy-b-matching.js';
export {
  type BMatchingCertificateCheck,
  type BMatchingIssue,
  verifyBMatching,
} from './matching/verify-b-matching.js';

// matching — stable: Gale–Shapley, hospital/residents, roommates (Irving), blocking pairs
export { type BlockingPair, type BlockingPairsInput, blockingPairs } from './matching/blocking-pairs.js';
export {
  type HospitalResidentsOptions,
  type HospitalResidentsProblem,
  type HospitalResidentsResult,
  solveHospitalResidents,
} from './matching/hospital-residents.js';
export type { PreferenceCsr, PreferenceInput } from './matching/preference-lists.js';
export {
  type StableMarriageOptions,
  type StableMarriageProblem,
  type StableMarriageResult,
  solveStableMarriage,
} from './matching/stable-marriage.js';
export {
  type StableRoommatesProblem,
  type StableRoommatesResult,
  solveStableRoommates,
} from './matching/stable-roommates.js';

// matching — general graphs: max-weight matching (Edmonds' blossom) with a dual certificate
export {
  type MatchingCertificateCheck,
  type MatchingCertificateIssue,
  verifyMaxWeightMatching,
} from './matching/blossom-certificate.js';
export {
  type MaxWeightMatchingOptions,
  type MaxWeightMatchingResult,
  solveMaxWeightMatching,
} from './matching/blossom.js';
export type { GeneralCsrGraph, GeneralEdgeList, GeneralGraph } from './matching/general-graph.js';

// rounds: the weekly pairing round, fairness over time, statistics, simulation
export { gini } from './rounds/gini.js';
export { maxPriorityWeight, priorityWeight } from './rounds/priorities.js';
export { type Quantiles, quantiles } from './rounds/quantiles.js';
export type { CandidateSummary } from './rounds/round-candidates.js';
export {
  type FairnessPolicy,
  fairnessSchema,
  parseRoundPolicy,
  type RoundPolicy,
  type RoundPolicyInput,
  roundPolicySchema,
} from './rounds/round-policy.js';
export { type RoundGraph, type RoundSolution, solveRoundGraph } from './rounds/round-solve.js';
export {
  EMPTY_ROUND_STATE,
  type MemberRoundState,
  parseRoundState,
  type RoundState,
  roundStateSchema,
} from './rounds/round-state.js';
export type { RoundStatistics, SideCoverage } from './rounds/round-statistics.js';
export {
  type RoundIntroduction,
  type RoundMemberFacts,
  type RoundOptions,
  type RoundResult,
  runRound,
  type UnmatchedMember,
} from './rounds/run-round.js';
export { DEFAULT_OUTCOME_MODEL, type OutcomeModel } from './rounds/simulated-outcomes.js';
export {
  type SideFairness,
  type SimulatedWeek,
  type SimulationReport,
  type SimulationSpec,
  simulateRounds,
} from './rounds/simulation.js';
export { UNMATCHED_REASONS, type UnmatchedReason } from './rounds/unmatched-reasons.js';

// mixer: seating rotation for small events and the mutual-choice sheet
export {
  type MixerChoice,
  type MixerMeeting,
  type MutualChoiceInput,
  type MutualChoiceResult,
  type MutualMatch,
  readMutualChoices,
  type SecondChance,
} from './mixer/mutual-choice.js';
export { planSeating, type Seat, type SeatingPlan, type SeatingProblem } from './mixer/seating-rotation.js';

// scheduling: volunteers to slots — construction + late-acceptance local search with incremental scores
export type { LocalSearchStats } from './scheduling/local-search.js';
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
