/**
 * Enumerations of the cases module (sager), shared by domain, API and web. Each is an
 * `as const` array, a zod schema and the inferred type.
 */
import { z } from 'zod';
import { ITEM_TYPES } from './meetings.enums';

/** A case has the same types as the agenda item it becomes: information/discussion/decision. */
export const CASE_TYPES = ITEM_TYPES;
export const CaseTypeSchema = z.enum(CASE_TYPES);
export type CaseType = z.infer<typeof CaseTypeSchema>;

/**
 * Flags the secretariat screens for (seed 004: cross-cutting, principled, precedent-setting)
 * plus economic significance (seed 001: "væsentlig økonomisk betydning").
 */
export const CASE_FLAGS = [
  'crossCutting',
  'principled',
  'precedentSetting',
  'economicSignificance',
] as const;
export const CaseFlagSchema = z.enum(CASE_FLAGS);
export type CaseFlag = z.infer<typeof CaseFlagSchema>;

/**
 * Status of one step of a case route (one forum the case travels through):
 * - `planned`: the case will go to this forum;
 * - `onAgenda`: placed on a meeting of the forum;
 * - `recommended`: the forum has made its recommendation (indstilling);
 * - `decided`: the forum has decided; the case moves on;
 * - `returned`: the forum sent the case back down without deciding;
 * - `skipped`: the step was bypassed;
 * - `withdrawn`: the case was withdrawn before this step was done;
 * - `toNote`: a return step (origin `trail`): the decision came back down to this forum and
 *   awaits its attention (to note, or to act on, see {@link RETURN_MODES});
 * - `noted`: a return step the forum has noted (or acted on).
 * Return steps are never pending: they do not hold the case open.
 */
export const STEP_STATUSES = [
  'planned',
  'onAgenda',
  'recommended',
  'decided',
  'returned',
  'skipped',
  'withdrawn',
  'toNote',
  'noted',
] as const;
export const StepStatusSchema = z.enum(STEP_STATUSES);
export type StepStatus = z.infer<typeof StepStatusSchema>;

/** Step statuses in which the step still awaits its forum. */
export const PENDING_STEP_STATUSES = ['planned', 'onAgenda', 'recommended'] as const;

/** Step statuses of a return step (origin `trail`). */
export const RETURN_STEP_STATUSES = ['toNote', 'noted'] as const;

/**
 * How a step came onto the route; `trail` marks a return step: the decision travelling back
 * down the same trail to a forum that treated the case on the way up (issue 12).
 */
export const STEP_ORIGINS = ['route', 'added', 'escalation', 'sentBack', 'trail'] as const;
export const StepOriginSchema = z.enum(STEP_ORIGINS);
export type StepOrigin = z.infer<typeof StepOriginSchema>;

/**
 * What a forum is to do with a decision that came back to it: `note` (til orientering, the
 * default for the fora on the way) or `act` (til handling, the default for the raising forum).
 */
export const RETURN_MODES = ['note', 'act'] as const;
export const ReturnModeSchema = z.enum(RETURN_MODES);
export type ReturnMode = z.infer<typeof ReturnModeSchema>;

/** Case status, derived from its steps: `closed` means withdrawn without a final decision. */
export const CASE_STATUSES = ['open', 'decided', 'closed'] as const;
export const CaseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

/** Kinds of event on a case's timeline; `returned` and `sentBack` travel down the route. */
export const CASE_EVENT_KINDS = [
  'raised',
  'stepAdded',
  'placedOnAgenda',
  'movedOnAgenda',
  'recommended',
  'decided',
  'settled',
  'escalated',
  'sentBack',
  'skipped',
  'returned',
  'withdrawn',
  'carriedOver',
  'noted',
  'returnModeChanged',
] as const;
export const CaseEventKindSchema = z.enum(CASE_EVENT_KINDS);
export type CaseEventKind = z.infer<typeof CaseEventKindSchema>;

/** i18n keys of refused case transitions (user errors, returned, never thrown). */
export const CASE_ERROR_CODES = [
  'case.emptyRoute',
  'case.emptyText',
  'case.stepNotFound',
  'case.notCurrentStep',
  'case.invalidTransition',
  'case.closed',
  'case.dateBeforePrevious',
  'case.duplicateAdjacentForum',
  'case.insertBeforeDone',
  'case.notEscalatable',
  'case.nothingToCarryOver',
  'case.noEarlierStep',
  'case.notWithdrawable',
  'case.meetingNotHeld',
  'case.meetingCancelled',
  'case.notReturnStep',
  'case.returnStepNoted',
] as const;
export const CaseErrorCodeSchema = z.enum(CASE_ERROR_CODES);
export type CaseErrorCode = z.infer<typeof CaseErrorCodeSchema>;

/** Why a case goes to the officials' committee's screening list (seed 004). */
export const SCREENING_REASONS = [
  'recurring',
  'crossCutting',
  'principled',
  'precedentSetting',
] as const;
export const ScreeningReasonSchema = z.enum(SCREENING_REASONS);
export type ScreeningReason = z.infer<typeof ScreeningReasonSchema>;
