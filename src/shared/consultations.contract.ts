/**
 * The API contract of joint consultation responses (fælles høringssvar): a consultation in a
 * collaboration (sender, title, documents, external deadline, drafting forum and the fora that
 * must see the response), its internal deadlines, the parties' contributions and positions, the
 * comments, the consolidated draft's versions with a word diff, sending and the archive.
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';
import {
  CONSULTATION_LIMITS as L,
  CONSULTATION_POSITIONS,
  CONSULTATION_STATUSES,
} from './consultations.enums';

const text = (max: number) => z.string().trim().max(max);
const nonEmpty = (max: number) => z.string().trim().min(1).max(max);

export const ConsultationPositionSchema = z.enum(CONSULTATION_POSITIONS);
export const ConsultationStatusSchema = z.enum(CONSULTATION_STATUSES);

/** POST /api/consultations */
export const CreateConsultationRequestSchema = z.object({
  collaborationId: z.uuid(),
  sender: nonEmpty(L.sender),
  title: nonEmpty(L.title),
  externalDeadline: IsoDateSchema,
  /** The forum that drafts the response (usually a cluster forum). */
  draftingForumId: z.uuid(),
  /** The fora that must see the response before it is sent, in order. */
  reviewForumIds: z.array(z.uuid()).max(L.reviewFora).default([]),
  /** The participating parties (municipalities). */
  partyIds: z.array(z.uuid()).min(1).max(L.parties),
  /** Whether the sent response may be published (newsletters, public archive). */
  isPublic: z.boolean().default(true),
});
export type CreateConsultationRequest = z.infer<typeof CreateConsultationRequestSchema>;

export const ConsultationParamsSchema = z.object({ id: z.uuid() });
export const ConsultationPartyParamsSchema = z.object({ id: z.uuid(), partyId: z.uuid() });
export const ConsultationDocumentParamsSchema = z.object({ id: z.uuid(), documentId: z.uuid() });

/** GET /api/consultations: paged, newest external deadline first. */
export const ConsultationListQuerySchema = z.object({
  collaborationId: z.uuid().optional(),
  status: ConsultationStatusSchema.optional(),
  /** The year of the external deadline (drafts) or of sending (sent). */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** Part of the sender's name, e.g. "Sundhedsstyrelsen". */
  sender: text(L.sender).optional(),
  limit: z.coerce.number().int().min(1).max(L.pageSize).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ConsultationListQuery = z.infer<typeof ConsultationListQuerySchema>;

export const ConsultationSummarySchema = z.object({
  id: z.uuid(),
  collaborationId: z.uuid(),
  sender: z.string(),
  title: z.string(),
  externalDeadline: IsoDateSchema,
  contributionDeadline: IsoDateSchema,
  draftingForumId: z.uuid(),
  draftingForumName: z.string().nullable(),
  status: ConsultationStatusSchema,
  sentOn: IsoDateSchema.nullable(),
  isPublic: z.boolean(),
});
export type ConsultationSummary = z.infer<typeof ConsultationSummarySchema>;

export const ConsultationListSchema = z.object({
  items: z.array(ConsultationSummarySchema),
  total: z.number().int(),
});

export const ConsultationDeadlineStepSchema = z.object({
  forumId: z.uuid(),
  forumName: z.string().nullable(),
  meetingId: z.uuid().nullable(),
  meetingDate: IsoDateSchema.nullable(),
  latestMeetingDate: IsoDateSchema,
  deadline: IsoDateSchema,
});

export const ConsultationPartySchema = z.object({
  partyId: z.uuid(),
  partyName: z.string(),
  contribution: z.string(),
  contributionUpdatedAt: z.string().nullable(),
  contributionBy: z.string().nullable(),
  position: ConsultationPositionSchema.nullable(),
  dissentText: z.string().nullable(),
  positionAt: z.string().nullable(),
  positionBy: z.string().nullable(),
  /** Whether the caller may edit this party's contribution and position. */
  mayEdit: z.boolean(),
});
export type ConsultationParty = z.infer<typeof ConsultationPartySchema>;

export const ConsultationDocumentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
});

export const ConsultationCommentSchema = z.object({
  id: z.uuid(),
  body: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
});

export const ConsultationVersionSchema = z.object({
  number: z.number().int(),
  savedBy: z.string(),
  savedAt: z.string(),
});

export const ConsultationDetailSchema = ConsultationSummarySchema.extend({
  steps: z.array(ConsultationDeadlineStepSchema),
  deadlinesComplete: z.boolean(),
  /** Whether contributions are still open today. */
  contributionsOpen: z.boolean(),
  text: z.string(),
  currentVersion: z.number().int(),
  parties: z.array(ConsultationPartySchema),
  documents: z.array(ConsultationDocumentSchema),
  comments: z.array(ConsultationCommentSchema),
  versions: z.array(ConsultationVersionSchema),
  /** Whether the caller manages it (the secretariat in scope). */
  mayManage: z.boolean(),
}).meta({ id: 'ConsultationDetail' });
export type ConsultationDetail = z.infer<typeof ConsultationDetailSchema>;

/** PUT /api/consultations/:id/parties/:partyId/contribution */
export const ContributionRequestSchema = z.object({ text: text(L.contribution) });

/** PUT /api/consultations/:id/parties/:partyId/position */
export const PositionRequestSchema = z.object({
  position: ConsultationPositionSchema,
  dissentText: text(L.dissent).nullable().optional(),
});

/** POST /api/consultations/:id/comments */
export const CommentRequestSchema = z.object({ body: nonEmpty(L.comment) });

/** POST /api/consultations/:id/versions: the consolidated draft, saved as a new version. */
export const VersionRequestSchema = z.object({ text: text(L.text) });

/** POST /api/consultations/:id/send */
export const SendRequestSchema = z.object({ sentOn: IsoDateSchema.optional() });

/** GET /api/consultations/:id/diff?from=1&to=2 */
export const DiffQuerySchema = z.object({
  from: z.coerce.number().int().min(0).max(100_000),
  to: z.coerce.number().int().min(0).max(100_000),
});

export const DiffSegmentSchema = z.object({
  kind: z.enum(['same', 'inserted', 'deleted']),
  text: z.string(),
});
export const DiffResultSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  segments: z.array(DiffSegmentSchema),
});
export type DiffResult = z.infer<typeof DiffResultSchema>;
