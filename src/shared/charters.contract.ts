/**
 * The API contract of charters (kommissorier, issue 13): a forum's charter as versions, requests
 * for charters from every cluster with a minimum-requirements checklist and a deadline, the
 * deliveries, the secretariat's marks per requirement, and the status matrix on a day.
 */
import { z } from 'zod';
import { DELIVERY_STATUSES } from './charters.enums';
import { IsoDateSchema } from './dates';

const text = (max: number) => z.string().trim().min(1).max(max);
const tasks = z.array(text(1000)).max(100);

export const CharterInputSchema = z.object({
  purpose: text(10_000),
  mustTasks: tasks.default([]),
  mayTasks: tasks.default([]),
  composition: z.string().trim().max(5000).default(''),
  validFrom: IsoDateSchema,
});
export type CharterInput = z.infer<typeof CharterInputSchema>;

export const CharterVersionSchema = z.object({
  id: z.uuid(),
  forumId: z.uuid(),
  version: z.number().int(),
  purpose: z.string(),
  mustTasks: z.array(z.string()),
  mayTasks: z.array(z.string()),
  composition: z.string(),
  validFrom: IsoDateSchema,
  savedAt: z.string(),
  savedBy: z.string(),
});
export type CharterVersion = z.infer<typeof CharterVersionSchema>;

export const ForumParamsSchema = z.object({ forumId: z.uuid() });
export const CharterQuerySchema = z.object({
  on: IsoDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/** A forum's charter: the version valid on the day, and the history (newest first, paged). */
export const CharterSchema = z.object({
  forumId: z.uuid(),
  forumName: z.string(),
  on: IsoDateSchema,
  current: CharterVersionSchema.nullable(),
  versions: z.array(CharterVersionSchema),
  total: z.number().int(),
});
export type Charter = z.infer<typeof CharterSchema>;

export const CharterRequestInputSchema = z.object({
  requestingForumId: z.uuid(),
  title: text(300),
  /** The clusters asked are those of the collaboration on this day. */
  asOf: IsoDateSchema,
  deadline: IsoDateSchema,
  requirements: z.array(text(300)).min(1).max(50),
});
export type CharterRequestInput = z.infer<typeof CharterRequestInputSchema>;

export const RequestParamsSchema = z.object({ requestId: z.uuid() });
export const DeliveryParamsSchema = z.object({ requestId: z.uuid(), deliveryId: z.uuid() });

export const DeliveryInputSchema = z.object({
  /** The cluster's forum whose charter is delivered. */
  forumId: z.uuid(),
  /** The version delivered (default the forum's latest). */
  versionId: z.uuid().optional(),
  deliveredOn: IsoDateSchema.optional(),
});
export type DeliveryInput = z.infer<typeof DeliveryInputSchema>;

export const AssessmentInputSchema = z.object({ met: z.array(z.boolean()).min(1).max(50) });

export const CharterRequestSummarySchema = z.object({
  id: z.uuid(),
  collaborationId: z.uuid(),
  requestingForum: z.object({ id: z.uuid(), name: z.string() }),
  title: z.string(),
  asOf: IsoDateSchema,
  deadline: IsoDateSchema,
  requirements: z.array(z.string()),
  deliveredCount: z.number().int(),
});
export type CharterRequestSummary = z.infer<typeof CharterRequestSummarySchema>;

export const CharterRequestListQuerySchema = z.object({
  collaborationId: z.uuid(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const CharterRequestListSchema = z.object({
  items: z.array(CharterRequestSummarySchema),
  total: z.number().int(),
});
export type CharterRequestList = z.infer<typeof CharterRequestListSchema>;

export const DeliveryStatusSchema = z.enum(DELIVERY_STATUSES);

export const StatusRowSchema = z.object({
  clusterId: z.uuid(),
  clusterName: z.string(),
  /** The cluster's fora that may deliver. */
  fora: z.array(z.object({ id: z.uuid(), name: z.string() })),
  status: DeliveryStatusSchema,
  delivery: z
    .object({
      id: z.uuid(),
      forumId: z.uuid(),
      forumName: z.string(),
      versionId: z.uuid(),
      version: z.number().int(),
      deliveredOn: IsoDateSchema,
    })
    .nullable(),
  met: z.array(z.boolean().nullable()),
  metCount: z.number().int(),
});
export type StatusRow = z.infer<typeof StatusRowSchema>;

export const RequestStatusQuerySchema = z.object({ on: IsoDateSchema.optional() });
export const CharterRequestDetailSchema = CharterRequestSummarySchema.extend({
  on: IsoDateSchema,
  rows: z.array(StatusRowSchema),
  counts: z.record(DeliveryStatusSchema, z.number().int()),
});
export type CharterRequestDetail = z.infer<typeof CharterRequestDetailSchema>;

export const DeliverySchema = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  clusterId: z.uuid(),
  forumId: z.uuid(),
  versionId: z.uuid(),
  deliveredOn: IsoDateSchema,
  met: z.array(z.boolean().nullable()),
});
export type Delivery = z.infer<typeof DeliverySchema>;
