/**
 * The meetings domain: Danish working-day calendar, meeting series, ordering rules between
 * fora, agenda deadlines along preparation chains, and dated multi-body process templates.
 * Pure: no I/O. Other layers import from here only.
 */
export {
  addWorkingDays,
  ClosureDaySchema,
  correctDanishHolidays,
  countWorkingDays,
  danishPublicHolidays,
  DEFAULT_CLOSURE_DAYS,
  findClosureDay,
  holidayNames,
  isDanishHoliday,
  isoWeekday,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingReason,
  OPTIONAL_CLOSURE_DAYS,
  previousWorkingDay,
  STORE_BEDEDAG_LAST_YEAR,
  type ClosureDay,
  type DanishHoliday,
  type RawHoliday,
} from './calendar';
export { daysBetween, zonedDateTime, TIME_OF_DAY } from './day-math';
export {
  generateSeries,
  SeriesInputSchema,
  type Cadence,
  type ProposedMeeting,
  type SeriesInput,
  type SeriesMove,
  type SeriesResult,
} from './series';
export {
  checkCalendar,
  checkMeeting,
  groupMeetingsByForum,
  OrderingRuleSchema,
  requiredWindow,
  SUGGESTION_HORIZON_DAYS,
  type CalendarWarning,
  type MeetingsByForum,
  type MeetingToCheck,
  type NoSuggestion,
  type OrderingRule,
  type OrderingWarning,
  type ScheduledMeeting,
} from './ordering';
export {
  findPreparationChain,
  preparationRule,
  seed004OrderingRules,
  validateOrderingRules,
  type OrderingRuleIssue,
  type Seed004ForumIds,
} from './ordering-rules';
export {
  computeAgendaDeadlines,
  DEFAULT_AGENDA_DEADLINE_WORKING_DAYS,
  findEarliestReachableTarget,
  type DeadlineInput,
  type DeadlinePlan,
  type DeadlineStep,
} from './deadlines';
export {
  instantiate,
  ProcessTemplateSchema,
  validateProcessTemplate,
  type InstantiateOptions,
  type MeetingDraft,
  type ProcessForumRef,
  type ProcessTemplate,
  type ProcessTemplateStep,
  type ProcessWarning,
} from './process-template';
export { SEED_003_NEAR_HEALTH_PROCESS } from './process-template-seeds';
