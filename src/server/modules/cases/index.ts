/**
 * The cases module's public surface.
 *
 * READ RULE FOR EVERY CHANNEL: anything that shows case content (API, search, DOCX/PDF exports,
 * ICS, e-mail, notifications) must read it through {@link getCaseForViewer} /
 * {@link casesForViewer} (or the lists built on them: {@link listCases}, {@link similarCases},
 * {@link recurringCases}, {@link returnedToForum}). They apply the single visibility rule of
 * src/domain/agendas/visibility.ts: a confidential case is a placeholder for anyone who is not a
 * member of a forum treating it, and a step treated in a closed agenda item loses its texts for
 * anyone who is not a member of that forum on the meeting date. Never serve case rows directly.
 */
export { casesModule } from './plugin';
export { caseAttachments, caseEvents, cases, caseSteps } from './cases.table';
export {
  casesForViewer,
  caseVisibilityContext,
  getCaseForViewer,
  isCaseVisible,
  mayDownloadAttachments,
  type CaseVisibilityContext,
} from './cases.view';
export {
  listCases,
  openReturnStepsForViewer,
  recurringCases,
  returnedToForum,
  similarCases,
  visibleRows,
} from './cases.lists';
export { isViewer, resolveClearance, viewerRolesIn } from './visibility.service';
export { caseVisibleSql } from './cases.visible.sql';
export { viewerOf, type Viewer } from './viewer';
export type {
  CaseDeps,
  FollowUpLookup,
  CaseForum,
  CaseForumMember,
  CaseMeeting,
  CaseParticipant,
  CasePerson,
  MeetingsLookup,
  OrganisationLookup,
} from './ports';
export { loadCases, setStepClosedRow, type LoadedCase } from './cases.repo';
export { attachmentsOf } from './attachments.repo';
export { checkUpload } from './attachments.validate';
export { contentDisposition, readUpload } from './attachments.routes';
export {
  addedEvents,
  applyTransition,
  defaultOn,
  lockCase,
  stepOf,
  type Transitioned,
} from './cases.transitions';
export { assertMeetingHeld, loadForChange, markHeldIfDue, requireForum } from './cases.guard';
export {
  auditText,
  changeCase,
  decideSpec,
  decisionMeeting,
  raiseCase,
  type ChangeDate,
} from './cases.service';
export { appError, caseDomainError, textOf, type TextParams } from './texts';
export { carryOverForumCases, registerCasesCarryOver } from './carry-over';
export { caseDeps, meetingsLookup, organisationLookup } from './adapters';
