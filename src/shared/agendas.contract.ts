/**
 * The agendas API contract (dagsordener og referater), shared by server and web. A closed item
 * the viewer may not see is served as a placeholder: its id, its number, `closed: true`,
 * `redacted: true`, and nothing else. See src/domain/agendas/visibility.ts.
 */
import { z } from 'zod';
import {
  AgendaItemStatusSchema,
  AgendaStatusSchema,
  MinutesApprovalEndingSchema,
  MinutesStatusSchema,
} from './agendas.enums';
import { AgendaFollowUpSchema } from './actions.contract';
import { AttachmentMetaSchema, CASE_LIMITS } from './cases.contract';
import { CaseTypeSchema } from './cases.enums';
import { IsoDateSchema } from './dates';
import { MEETING_LIMITS } from './meetings.contract';
import { AttendanceSchema } from './meetings.enums';

const Text = (max: number) => z.string().trim().min(1).max(max);

/** An item the viewer may see. `caseId`/`caseStepId` are null for a free item. */
export const VisibleAgendaItemSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  redacted: z.literal(false),
  closed: z.boolean(),
  /** The legal basis for closing the item (e.g. offentlighedsloven § 13). */
  closedReason: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  type: CaseTypeSchema,
  caseId: z.uuid().nullable(),
  caseStepId: z.string().nullable(),
  recommendation: z.string().nullable(),
  decision: z.string().nullable(),
  status: AgendaItemStatusSchema,
  attachments: z.array(AttachmentMetaSchema),
});
export type VisibleAgendaItem = z.infer<typeof VisibleAgendaItemSchema>;

/** A closed item the viewer may not see: "Lukket punkt" and its number. */
export const ClosedItemPlaceholderSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  redacted: z.literal(true),
  closed: z.literal(true),
});
export type ClosedItemPlaceholder = z.infer<typeof ClosedItemPlaceholderSchema>;

export const AgendaItemViewSchema = z
  .discriminatedUnion('redacted', [VisibleAgendaItemSchema, ClosedItemPlaceholderSchema])
  .meta({ id: 'AgendaItemView' });
export type AgendaItemView = z.infer<typeof AgendaItemViewSchema>;

/** A review comment on the draft agenda (on the whole agenda, or on one item). */
export const ReviewCommentSchema = z.object({
  id: z.uuid(),
  itemId: z.uuid().nullable(),
  authorUserId: z.string().nullable(),
  authorName: z.string(),
  /** Null when the comment is on a closed item the viewer may not see. */
  text: z.string().nullable(),
  redacted: z.boolean(),
  createdAt: z.string(),
});
export type ReviewComment = z.infer<typeof ReviewCommentSchema>;

/** One member's approval of the minutes. */
export const MinutesApprovalSchema = z.object({
  personId: z.uuid(),
  name: z.string(),
  approvedAt: z.string().nullable(),
});

/**
 * What the current viewer may do with this agenda, decided on the server by the same rules the
 * change endpoints enforce (so the web app shows only what will work).
 */
export const AgendaViewerSchema = z
  .object({
    /** The viewer's person in the forum on the meeting date (member or substitute), if any. */
    personId: z.uuid().nullable(),
    /** A member of the forum on the meeting date in any capacity: sees closed items. */
    isMember: z.boolean(),
    /** One of the reviewers chosen for the draft. */
    isReviewer: z.boolean(),
    /** May add, change, order and remove items now (secretariat, until published). */
    mayEdit: z.boolean(),
    /** May comment on the draft now (in review; a chosen reviewer or the secretariat). */
    mayComment: z.boolean(),
    /** May approve the minutes now (eligible, sent for approval, not yet approved). */
    mayApprove: z.boolean(),
    /** May close the approval now (secretariat or the forum's chair; sent for approval). */
    mayCloseApproval: z.boolean(),
  })
  .meta({ id: 'AgendaViewer' });
export type AgendaViewer = z.infer<typeof AgendaViewerSchema>;

/** The agenda and minutes of one meeting, as one viewer may see them. */
export const AgendaSchema = z
  .object({
    meetingId: z.uuid(),
    forumId: z.uuid(),
    meetingDate: IsoDateSchema,
    /**
     * The meeting counts as held today (not cancelled, its day has come): only then can
     * decisions and minutes be written (issue 11, src/domain/agendas/meeting-held.ts).
     */
    meetingHeld: z.boolean(),
    status: AgendaStatusSchema,
    minutesStatus: MinutesStatusSchema,
    /** False while the agenda is a draft and the viewer is neither secretariat nor reviewer. */
    itemsVisible: z.boolean(),
    reviewers: z.array(z.object({ userId: z.uuid(), name: z.string() })),
    reviewComments: z.array(ReviewCommentSchema),
    items: z.array(AgendaItemViewSchema),
    approvals: z.array(MinutesApprovalSchema),
    approvalEnding: MinutesApprovalEndingSchema.nullable(),
    publishedAt: z.string().nullable(),
    minutesApprovedAt: z.string().nullable(),
    viewer: AgendaViewerSchema,
    /**
     * "Handlinger der er overskredet": the decision actions this forum follows up that are
     * overdue on the meeting's date (computed, issue 12); absent while the items are hidden.
     */
    followUp: AgendaFollowUpSchema.optional(),
  })
  .meta({ id: 'Agenda' });
export type Agenda = z.infer<typeof AgendaSchema>;

/** Adding an item: a case step (placed on this meeting) or a free item. */
export const AddItemRequestSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('case'),
    caseId: z.uuid(),
    stepId: z.string().min(1).max(60),
    /**
     * Confirms moving a step that stands on another meeting's agenda still being prepared (it
     * leaves that agenda). Without it such a step is refused with `agenda.stepOnOtherAgenda`.
     */
    move: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('free'),
    title: Text(CASE_LIMITS.title),
    body: z.string().trim().max(CASE_LIMITS.body).default(''),
    type: CaseTypeSchema.default('information'),
    closed: z.boolean().default(false),
    closedReason: z.string().trim().max(1_000).optional(),
  }),
]);
export type AddItemRequest = z.infer<typeof AddItemRequestSchema>;

/** Changing an item; closing one needs its reason (legal basis). */
export const UpdateItemRequestSchema = z
  .object({
    title: Text(CASE_LIMITS.title).optional(),
    body: z.string().trim().max(CASE_LIMITS.body).optional(),
    type: CaseTypeSchema.optional(),
    closed: z.boolean().optional(),
    closedReason: z.string().trim().max(1_000).nullable().optional(),
    recommendation: Text(CASE_LIMITS.text).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'Angiv mindst ét felt');
export type UpdateItemRequest = z.infer<typeof UpdateItemRequestSchema>;

/** Moving an item to an explicit position (1 = first), e.g. from "move up/down" buttons. */
export const MoveItemRequestSchema = z.object({ position: z.number().int().min(1).max(500) });

export const SendForReviewRequestSchema = z.object({
  reviewerUserIds: z.array(z.uuid()).min(1).max(50),
});
export const CommentRequestSchema = z.object({
  text: Text(CASE_LIMITS.text),
  itemId: z.uuid().optional(),
});
export const ItemDecisionRequestSchema = z.object({
  text: Text(CASE_LIMITS.text),
  /** For a case item: the forum settled the case, the remaining steps are skipped. */
  final: z.boolean().default(false),
});

/** Attendance, recorded through the meetings module's participants. */
export const AttendanceRequestSchema = z.object({
  entries: z
    .array(z.object({ participantId: z.uuid(), attendance: AttendanceSchema }))
    .min(1)
    .max(MEETING_LIMITS.attendanceEntries),
});

export const MeetingParamsSchema = z.object({ meetingId: z.uuid() });
export const ItemParamsSchema = z.object({ meetingId: z.uuid(), itemId: z.uuid() });

/** What the "add a case" offer can do with a waiting case (src/domain/agendas/placement.ts). */
export const PLACEMENT_OFFERS = ['place', 'move', 'here', 'locked'] as const;

/** A case waiting in the meeting's forum, and where its current step stands now. */
export const AgendaCandidateSchema = z.object({
  caseId: z.uuid(),
  stepId: z.string(),
  /**
   * `waiting`: the case waits in the forum (its current step); `return`: a decision that came
   * back to the forum (issue 12), offered as an information (orientering) item.
   */
  kind: z.enum(['waiting', 'return']),
  title: z.string(),
  confidential: z.boolean(),
  offer: z.enum(PLACEMENT_OFFERS),
  /** The meeting whose agenda the step stands on now (for `move` and `locked`). */
  onMeeting: z
    .object({
      id: z.uuid(),
      title: z.string(),
      date: IsoDateSchema,
      agendaStatus: AgendaStatusSchema,
    })
    .nullable(),
});
export type AgendaCandidate = z.infer<typeof AgendaCandidateSchema>;

/** The waiting cases of a meeting's forum, one page (not those already on this agenda). */
export const AgendaCandidatesSchema = z
  .object({ items: z.array(AgendaCandidateSchema), total: z.number().int() })
  .meta({ id: 'AgendaCandidates' });
export type AgendaCandidates = z.infer<typeof AgendaCandidatesSchema>;

export const AgendaCandidatesQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(100),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
