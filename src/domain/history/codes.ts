/**
 * The problems (and warnings) a historical case record can have: i18n codes (namespace
 * `history`, key `problems.<code without "history.">`) with parameters naming the step (1-based)
 * and the dates involved.
 */
export const HISTORY_ISSUE_CODES = [
  'history.raisedInFuture',
  'history.meetingInFuture',
  'history.meetingBeforeRaised',
  'history.meetingsOutOfOrder',
  'history.raisedForumMissing',
  'history.forumMissing',
  'history.meetingNotFound',
  'history.meetingOtherForum',
  'history.meetingCancelled',
  'history.agendaNotOpen',
  'history.decisionWithoutMeeting',
  'history.decisionMissing',
  'history.stepUndecided',
  'history.stepAfterFinal',
  'history.skippedWithContent',
  'history.orderingRule',
  'history.orderingBreaksExisting',
  'history.caseRule',
  'history.nonWorkingDay',
] as const;

/** A problem code. */
export type HistoryIssueCode = (typeof HISTORY_ISSUE_CODES)[number];

/** A problem or warning with its parameters. */
export interface HistoryIssue {
  code: HistoryIssueCode;
  params: Record<string, string | number>;
}
