/**
 * The history domain: the pure check of a case recorded with its real past dates (issue 12
 * point 6) and the grouping of import rows into cases. Other layers import from here only.
 */
export {
  checkHistoricalCase,
  forumDayKey,
  forumDaysOf,
  latestOn,
  placedOn,
  plannedMeetings,
  simulateCase,
  type CheckedHistory,
  type ExistingMeetingFacts,
  type HistoryContext,
  type PlannedMeeting,
} from './check';
export { HISTORY_ISSUE_CODES, type HistoryIssue, type HistoryIssueCode } from './codes';
export {
  groupImportRows,
  IMPORT_COLUMNS,
  type ImportRow,
  type ImportGroup,
  type ImportRowIssue,
} from './import-rows';
