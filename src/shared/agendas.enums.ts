/**
 * Enumerations of the agendas module (dagsordener og referater), shared by domain, API and web.
 * Each is an `as const` array, a zod schema and the inferred type.
 */
import { z } from 'zod';

/**
 * An agenda's life cycle (FirstAgenda's "send til gennemlæsning"): `draft` (the secretariat
 * builds it) → `inReview` (the draft is sent to chosen reviewers, who comment) → `published`
 * (released to the forum). Review may be skipped: draft → published.
 */
export const AGENDA_STATUSES = ['draft', 'inReview', 'published'] as const;
export const AgendaStatusSchema = z.enum(AGENDA_STATUSES);
export type AgendaStatus = z.infer<typeof AgendaStatusSchema>;

/**
 * The minutes' life cycle: `draft` (decisions are recorded per item) → `sentForApproval` (the
 * members approve) → `approved` (every eligible member approved, or the approval was closed by
 * the chair or the secretariat).
 */
export const MINUTES_STATUSES = ['draft', 'sentForApproval', 'approved'] as const;
export const MinutesStatusSchema = z.enum(MINUTES_STATUSES);
export type MinutesStatus = z.infer<typeof MinutesStatusSchema>;

/**
 * An agenda item's status. For an item that carries a case step it is derived from the step, so
 * a decision recorded on the case shows on the agenda and vice versa (one trail):
 * `planned` (awaits the meeting), `recommended` (a recommendation is written), `decided`,
 * `sentBack`, `withdrawn`, `skipped`.
 */
export const AGENDA_ITEM_STATUSES = [
  'planned',
  'recommended',
  'decided',
  'sentBack',
  'withdrawn',
  'skipped',
] as const;
export const AgendaItemStatusSchema = z.enum(AGENDA_ITEM_STATUSES);
export type AgendaItemStatus = z.infer<typeof AgendaItemStatusSchema>;

/** How the minutes' approval ended: every eligible member approved, or it was closed. */
export const MINUTES_APPROVAL_ENDINGS = ['allApproved', 'closed'] as const;
export const MinutesApprovalEndingSchema = z.enum(MINUTES_APPROVAL_ENDINGS);
export type MinutesApprovalEnding = z.infer<typeof MinutesApprovalEndingSchema>;

/** i18n keys of refused agenda and minutes transitions. */
export const AGENDA_ERROR_CODES = [
  'agenda.invalidTransition',
  'agenda.notEditable',
  'agenda.notPublished',
  'agenda.notReviewer',
  'agenda.noReviewers',
  'agenda.unknownReviewer',
  'agenda.itemNotFound',
  'agenda.positionOutOfRange',
  'agenda.closedReasonRequired',
  'agenda.caseItemNotRemovable',
  'agenda.stepAlreadyOnAgenda',
  'agenda.wrongForum',
  'agenda.meetingCancelled',
  'agenda.closedNotCleared',
  'agenda.confidentialCase',
  'agenda.reviewClosed',
  'agenda.stepOnOtherAgenda',
  'agenda.stepOnPublishedAgenda',
  'minutes.invalidTransition',
  'minutes.notEditable',
  'minutes.notEligible',
  'minutes.alreadyApproved',
  'minutes.decisionMissing',
  'minutes.meetingNotHeld',
  'minutes.meetingCancelled',
] as const;
export const AgendaErrorCodeSchema = z.enum(AGENDA_ERROR_CODES);
export type AgendaErrorCode = z.infer<typeof AgendaErrorCodeSchema>;
