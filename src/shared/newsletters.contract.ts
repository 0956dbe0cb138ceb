/**
 * The newsletters API contract (issue 13, point 4): the joint secretariat's newsletter for a
 * collaboration and a period (pre-filled from what the public may see, edited, previewed and
 * sent by a job), its subscribers (double opt-in, one-click unsubscribe) and the public archive
 * and feed. Shared by server and web.
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';

export const NEWSLETTER_LIMITS = {
  title: 200,
  heading: 200,
  itemTitle: 300,
  itemText: 5_000,
  intro: 5_000,
  link: 2_000,
  sections: 20,
  itemsPerSection: 100,
  email: 254,
  pageMax: 100,
  pageDefault: 25,
} as const;

/** Where an item came from: a source the newsletter was pre-filled from, or written by hand. */
export const NEWSLETTER_ITEM_SOURCES = [
  'decision',
  'scaleUpDecision',
  'pilot',
  'consultationResponse',
  'manual',
] as const;
export const NewsletterItemSourceSchema = z.enum(NEWSLETTER_ITEM_SOURCES);
export type NewsletterItemSource = z.infer<typeof NewsletterItemSourceSchema>;

/** A newsletter's life cycle: `draft` (edited) → `sending` (the job delivers) → `sent`. */
export const NEWSLETTER_STATUSES = ['draft', 'sending', 'sent'] as const;
export const NewsletterStatusSchema = z.enum(NEWSLETTER_STATUSES);
export type NewsletterStatus = z.infer<typeof NewsletterStatusSchema>;

const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9:_-]+$/);

export const NewsletterItemSchema = z.object({
  id: Id,
  source: NewsletterItemSourceSchema,
  title: z.string().trim().min(1).max(NEWSLETTER_LIMITS.itemTitle),
  text: z.string().max(NEWSLETTER_LIMITS.itemText),
  /** An absolute http(s) link, or null. */
  link: z
    .url({ protocol: /^https?$/ })
    .max(NEWSLETTER_LIMITS.link)
    .nullable(),
  /** The day the item is dated by (decision day, pilot start), when known. */
  on: IsoDateSchema.nullable(),
});
export type NewsletterItem = z.infer<typeof NewsletterItemSchema>;

export const NewsletterSectionSchema = z.object({
  id: Id,
  heading: z.string().trim().min(1).max(NEWSLETTER_LIMITS.heading),
  items: z.array(NewsletterItemSchema).max(NEWSLETTER_LIMITS.itemsPerSection),
});
export type NewsletterSection = z.infer<typeof NewsletterSectionSchema>;

/** What the secretariat edits: an intro and sections of items, in order. */
export const NewsletterContentSchema = z.object({
  intro: z.string().max(NEWSLETTER_LIMITS.intro),
  sections: z.array(NewsletterSectionSchema).max(NEWSLETTER_LIMITS.sections),
});
export type NewsletterContent = z.infer<typeof NewsletterContentSchema>;

export const CreateNewsletterSchema = z.object({
  collaborationId: z.uuid(),
  title: z.string().trim().min(1).max(NEWSLETTER_LIMITS.title),
  periodFrom: IsoDateSchema,
  periodTo: IsoDateSchema,
});
export type CreateNewsletter = z.infer<typeof CreateNewsletterSchema>;

export const UpdateNewsletterSchema = z.object({
  title: z.string().trim().min(1).max(NEWSLETTER_LIMITS.title),
  content: NewsletterContentSchema,
  /** The version the editor started from (optimistic lock: 409 when it changed). */
  version: z.number().int().min(1),
});
export type UpdateNewsletter = z.infer<typeof UpdateNewsletterSchema>;

/** Delivery counts: the UI shows `sent` of `total`. */
export const NewsletterProgressSchema = z.object({
  total: z.number().int().nonnegative(),
  sent: z.number().int().nonnegative(),
  pending: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /** Claimed before a crash and never confirmed: counted as sent, never sent again. */
  uncertain: z.number().int().nonnegative(),
});
export type NewsletterProgress = z.infer<typeof NewsletterProgressSchema>;

export const NewsletterSummarySchema = z.object({
  id: z.uuid(),
  collaborationId: z.uuid(),
  title: z.string(),
  periodFrom: IsoDateSchema,
  periodTo: IsoDateSchema,
  status: NewsletterStatusSchema,
  sentAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type NewsletterSummary = z.infer<typeof NewsletterSummarySchema>;

export const NewsletterDetailSchema = NewsletterSummarySchema.extend({
  content: NewsletterContentSchema,
  version: z.number().int(),
  progress: NewsletterProgressSchema,
  /** Confirmed subscribers of the collaboration now (the recipients if sent now). */
  confirmedSubscribers: z.number().int().nonnegative(),
});
export type NewsletterDetail = z.infer<typeof NewsletterDetailSchema>;

export const NewsletterListQuerySchema = z.object({
  collaborationId: z.uuid().optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(NEWSLETTER_LIMITS.pageMax)
    .default(NEWSLETTER_LIMITS.pageDefault),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const NewsletterListSchema = z.object({
  items: z.array(NewsletterSummarySchema),
  total: z.number().int().nonnegative(),
});
export type NewsletterList = z.infer<typeof NewsletterListSchema>;

export const NewsletterParamsSchema = z.object({ id: z.uuid() });

/** The e-mail as a subscriber gets it (plain text). */
export const NewsletterPreviewSchema = z.object({ subject: z.string(), text: z.string() });
export type NewsletterPreview = z.infer<typeof NewsletterPreviewSchema>;

/* ---------------- public: subscription, archive, feed ---------------- */

export const CollaborationParamsSchema = z.object({ collaborationId: z.uuid() });
export const ArchiveParamsSchema = z.object({ collaborationId: z.uuid(), id: z.uuid() });

export const SubscribeSchema = z.object({
  email: z.email().max(NEWSLETTER_LIMITS.email),
  locale: z.enum(['da', 'en']).optional(),
});
export type Subscribe = z.infer<typeof SubscribeSchema>;
/** Always the same answer, whether or not the address was known. */
export const SubscribeAcceptedSchema = z.object({ accepted: z.literal(true) });

export const ConfirmSchema = z.object({
  token: z
    .string()
    .min(20)
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/),
});
export const ConfirmedSchema = z.object({ confirmed: z.literal(true) });

/** A personal unsubscribe token: `<subscriber id>.<signature>`. */
export const UnsubscribeParamsSchema = z.object({
  token: z
    .string()
    .max(200)
    .regex(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{20,100}$/),
});
export const UnsubscribedSchema = z.object({ unsubscribed: z.literal(true) });

export const ArchiveQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(NEWSLETTER_LIMITS.pageMax)
    .default(NEWSLETTER_LIMITS.pageDefault),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const ArchiveEntrySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  periodFrom: IsoDateSchema,
  periodTo: IsoDateSchema,
  sentAt: z.string(),
});
export const ArchiveSchema = z.object({
  collaborationName: z.string(),
  items: z.array(ArchiveEntrySchema),
  total: z.number().int().nonnegative(),
});
export type Archive = z.infer<typeof ArchiveSchema>;

export const PublicNewsletterSchema = ArchiveEntrySchema.extend({
  collaborationName: z.string(),
  content: NewsletterContentSchema,
});
export type PublicNewsletter = z.infer<typeof PublicNewsletterSchema>;
