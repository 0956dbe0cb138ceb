/**
 * The cases API contract (sager): requests, responses and limits, shared by server and web.
 * A case the viewer may not see (confidential, not a member of a forum treating it) is served
 * as a placeholder carrying its id only; a step treated in a closed agenda item is served
 * without its texts and meeting (`redacted: true`). See src/domain/agendas/visibility.ts.
 */
import { z } from 'zod';
import {
  CaseEventKindSchema,
  CaseFlagSchema,
  CaseStatusSchema,
  CaseTypeSchema,
  ReturnModeSchema,
  ScreeningReasonSchema,
  StepOriginSchema,
  StepStatusSchema,
} from './cases.enums';
import { IsoDateSchema } from './dates';

/** Limits shared by the server and the forms. */
export const CASE_LIMITS = {
  title: 300,
  summary: 4_000,
  body: 100_000,
  text: 20_000,
  routeLength: 12,
  /** Attachment size limit (ASVS 5.2.1). */
  attachmentBytes: 15 * 1024 * 1024,
} as const;

const Text = (max: number) => z.string().trim().min(1).max(max);

/** Raising a case in a forum, with the route of fora it will travel. */
export const RaiseCaseRequestSchema = z.object({
  collaborationId: z.uuid(),
  title: Text(CASE_LIMITS.title),
  summary: z.string().trim().max(CASE_LIMITS.summary).default(''),
  body: z.string().trim().max(CASE_LIMITS.body).default(''),
  type: CaseTypeSchema,
  flags: z.array(CaseFlagSchema).max(4).default([]),
  confidential: z.boolean().default(false),
  raisedInForumId: z.uuid(),
  /** The fora it travels, in order (e.g. cluster → officials' committee → TSS → SSU). */
  route: z.array(z.uuid()).min(1).max(CASE_LIMITS.routeLength),
});
export type RaiseCaseRequest = z.infer<typeof RaiseCaseRequestSchema>;

/** The meeting a step is placed on (or an entry happened at): its id, title and start. */
export const CaseMeetingRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** ISO 8601 with the Danish offset. */
  startsAt: z.string(),
});
export type CaseMeetingRef = z.infer<typeof CaseMeetingRefSchema>;

/**
 * One step of the route as served. `redacted`: treated in a closed item the viewer may not see
 * (then `meetingId` and `meeting` are null too). `forumName` is the forum's latest name, also
 * for fora that have ended.
 */
export const CaseStepViewSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  forumId: z.string(),
  forumName: z.string().nullable(),
  status: StepStatusSchema,
  origin: StepOriginSchema,
  meetingId: z.string().nullable(),
  meeting: CaseMeetingRefSchema.nullable(),
  recommendation: z.string().nullable(),
  decisionText: z.string().nullable(),
  decidedOn: IsoDateSchema.nullable(),
  /**
   * Return steps (origin `trail`, issue 12): the decision that came back (`decisionText`,
   * `decidedOn`), to note or to act on, the deciding step, and the forum's note.
   */
  returnMode: ReturnModeSchema.nullable(),
  returnOf: z.string().nullable(),
  notedOn: IsoDateSchema.nullable(),
  noteText: z.string().nullable(),
  closed: z.boolean(),
  redacted: z.boolean(),
});
export type CaseStepView = z.infer<typeof CaseStepViewSchema>;

/** One timeline entry, both ways (`up` the route, `down` back to the raising forum). */
export const TimelineEntryViewSchema = z.object({
  seq: z.number().int(),
  kind: CaseEventKindSchema,
  on: IsoDateSchema,
  stepId: z.string().nullable(),
  forumId: z.string(),
  forumName: z.string().nullable(),
  toForumId: z.string().nullable(),
  toForumName: z.string().nullable(),
  meetingId: z.string().nullable(),
  meeting: CaseMeetingRefSchema.nullable(),
  text: z.string().nullable(),
  actorId: z.string().nullable(),
  /** The name of the account that made the change (null for the system). */
  actorName: z.string().nullable(),
  direction: z.enum(['up', 'down', 'none']),
  redacted: z.boolean(),
});
export type TimelineEntryView = z.infer<typeof TimelineEntryViewSchema>;

/** An attachment's metadata (never its content). */
export const AttachmentMetaSchema = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  uploadedAt: z.string(),
});
export type AttachmentMeta = z.infer<typeof AttachmentMetaSchema>;

/** A case in lists. Forum and cluster names are their latest names (ended ones included). */
export const CaseSummarySchema = z.object({
  id: z.uuid(),
  collaborationId: z.uuid(),
  title: z.string(),
  summary: z.string(),
  type: CaseTypeSchema,
  flags: z.array(CaseFlagSchema),
  confidential: z.boolean(),
  status: CaseStatusSchema,
  clusterId: z.string().nullable(),
  clusterName: z.string().nullable(),
  raisedInForumId: z.string(),
  raisedInForumName: z.string().nullable(),
  returnToForumId: z.string(),
  returnToForumName: z.string().nullable(),
  currentForumId: z.string().nullable(),
  currentForumName: z.string().nullable(),
  currentStepId: z.string().nullable(),
  raisedOn: IsoDateSchema,
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

/** A case the viewer may see, with its route, timeline and attachments. */
export const VisibleCaseSchema = CaseSummarySchema.extend({
  redacted: z.literal(false),
  /**
   * The step whose decision a chair may escalate now (src/domain/cases: `escalatableStepId`),
   * or null: none, the decision settled the case, or the case is closed.
   */
  escalatableStepId: z.string().nullable(),
  body: z.string(),
  createdBy: z.string().nullable(),
  steps: z.array(CaseStepViewSchema),
  timeline: z.array(TimelineEntryViewSchema),
  /** What flowed back to the forum decisions return to (the raising forum or its successor). */
  returned: z.array(TimelineEntryViewSchema),
  attachments: z.array(AttachmentMetaSchema),
});
export type VisibleCase = z.infer<typeof VisibleCaseSchema>;

/** A confidential case the viewer may not see: its id and nothing else. */
export const CasePlaceholderSchema = z.object({
  id: z.uuid(),
  redacted: z.literal(true),
  confidential: z.literal(true),
});
export type CasePlaceholder = z.infer<typeof CasePlaceholderSchema>;

/** A case as served to one viewer. */
export const CaseDetailSchema = z
  .discriminatedUnion('redacted', [VisibleCaseSchema, CasePlaceholderSchema])
  .meta({ id: 'CaseDetail' });
export type CaseDetail = z.infer<typeof CaseDetailSchema>;

/** A similar case from another cluster, with its trigram similarity (0–1). */
export const SimilarCaseSchema = z.object({ case: CaseSummarySchema, score: z.number() });
export type SimilarCaseView = z.infer<typeof SimilarCaseSchema>;

/** The answer to raising a case: the case and the similar cases of other clusters (seed 004). */
export const RaiseCaseResponseSchema = z.object({
  case: CaseDetailSchema,
  similar: z.array(SimilarCaseSchema),
});

/** Filters of the case list. Confidential cases the viewer may not see are left out. */
export const CaseListQuerySchema = z.object({
  collaborationId: z.uuid().optional(),
  /** Cases whose route passes through this forum. */
  forumId: z.uuid().optional(),
  /** Cases now waiting in this forum. */
  currentForumId: z.uuid().optional(),
  status: CaseStatusSchema.optional(),
  flag: CaseFlagSchema.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type CaseListQuery = z.infer<typeof CaseListQuerySchema>;

export const CaseListSchema = z.object({ items: z.array(CaseSummarySchema), total: z.number() });
export type CaseList = z.infer<typeof CaseListSchema>;

/** The screening form's question before saving: similar cases in other clusters. */
export const SimilarQuerySchema = z.object({
  collaborationId: z.uuid(),
  /** The forum the case will be raised in; its cluster is left out of the comparison. */
  forumId: z.uuid(),
  title: z.string().trim().min(1).max(CASE_LIMITS.title),
  summary: z.string().trim().max(CASE_LIMITS.summary).default(''),
});

export const SimilarListSchema = z.object({ items: z.array(SimilarCaseSchema) });

/** The officials' committee's screening list (seed 004). */
export const RecurringQuerySchema = z.object({
  collaborationId: z.uuid(),
  status: CaseStatusSchema.default('open'),
});

export const RecurringListSchema = z.object({
  /** Groups of similar cases raised in two or more clusters. */
  groups: z.array(
    z.object({
      cases: z.array(CaseSummarySchema),
      clusterIds: z.array(z.string()),
      /** The clusters with their names, in the order of `clusterIds`. */
      clusters: z.array(z.object({ id: z.string(), name: z.string().nullable() })),
      score: z.number(),
    }),
  ),
  /** Every case on the list with why: recurring, cross-cutting, principled, precedent-setting. */
  cases: z.array(z.object({ case: CaseSummarySchema, reasons: z.array(ScreeningReasonSchema) })),
});
export type RecurringList = z.infer<typeof RecurringListSchema>;

/**
 * What flowed back to a forum (e.g. the SSU decision appearing in the cluster), one page: the
 * cases with a decision still awaiting the forum (an open return step) first, then newest first.
 */
export const ReturnedQuerySchema = z.object({
  forumId: z.uuid(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ReturnedQuery = z.infer<typeof ReturnedQuerySchema>;
export const ReturnedListSchema = z.object({
  items: z.array(
    z.object({
      case: CaseSummarySchema,
      entries: z.array(TimelineEntryViewSchema),
      /** The forum's return steps on the case (issue 12): to note or to act on, open or noted. */
      steps: z.array(CaseStepViewSchema),
    }),
  ),
  total: z.number().int(),
});
export type ReturnedList = z.infer<typeof ReturnedListSchema>;

/** Transition requests. */
export const TextRequestSchema = z.object({ text: Text(CASE_LIMITS.text) });
export const DecisionRequestSchema = z.object({
  text: Text(CASE_LIMITS.text),
  /** The forum settled the case: the remaining steps are skipped. */
  final: z.boolean().default(false),
  /** Defaults to the date of the step's meeting, else today. */
  on: IsoDateSchema.optional(),
});
export const ReasonRequestSchema = z.object({ reason: Text(CASE_LIMITS.text) });
export const EscalateRequestSchema = z.object({
  toForumId: z.uuid(),
  reason: Text(CASE_LIMITS.text),
});
export const SendBackRequestSchema = z.object({
  reason: Text(CASE_LIMITS.text),
  toForumId: z.uuid().optional(),
});
export const AddStepRequestSchema = z.object({
  forumId: z.uuid(),
  afterStepId: z.string().min(1).max(100).optional(),
});
/** Noting a decision that came back to a forum (issue 12), with an optional note. */
export const NoteReturnRequestSchema = z.object({
  text: z.string().trim().max(CASE_LIMITS.text).optional(),
});
/** What a forum is to do with a decision that came back: to note or to act on. */
export const ReturnModeRequestSchema = z.object({ mode: ReturnModeSchema });
export const PlaceStepRequestSchema = z.object({ meetingId: z.uuid() });

/** Path parameters. */
export const CaseParamsSchema = z.object({ id: z.uuid() });
export const CaseStepParamsSchema = z.object({ id: z.uuid(), stepId: z.string().min(1).max(60) });
export const AttachmentParamsSchema = z.object({ id: z.uuid(), attachmentId: z.uuid() });

/** Deleting an attachment must be confirmed; the reason goes into the audit log. */
export const DeleteAttachmentRequestSchema = z.object({
  confirm: z.literal(true),
  reason: z.string().trim().max(1_000).optional(),
});
