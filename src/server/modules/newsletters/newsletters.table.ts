/**
 * Newsletters (issue 13, point 4): the newsletter itself (content as edited, jsonb), its
 * subscribers per collaboration (double opt-in: only `confirmed` ones receive newsletters; the
 * confirmation token is stored as a SHA-256 hash with its expiry; the address is personal data
 * and appears nowhere else, hashed in the audit log) and one delivery row per (newsletter,
 * subscriber), the unit the sending job claims and marks (docs/decisions/014).
 */
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { DELIVERY_STATUSES } from '../../../domain/newsletters/deliveries';
import { NEWSLETTER_STATUSES, type NewsletterContent } from '../../../shared/newsletters.contract';

export const SUBSCRIBER_STATUSES = ['pending', 'confirmed', 'unsubscribed'] as const;

export const newsletters = pgTable(
  'newsletters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collaborationId: uuid('collaboration_id').notNull(),
    title: text('title').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    content: jsonb('content').$type<NewsletterContent>().notNull(),
    status: text('status', { enum: NEWSLETTER_STATUSES }).notNull().default('draft'),
    /** Optimistic lock for the editor. */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    sendStartedAt: timestamp('send_started_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('newsletters_collaboration_idx').on(t.collaborationId, t.updatedAt, t.id),
    index('newsletters_archive_idx').on(t.collaborationId, t.status, t.sentAt, t.id),
    index('newsletters_status_idx').on(t.status),
  ],
);

export const newsletterSubscribers = pgTable(
  'newsletter_subscribers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collaborationId: uuid('collaboration_id').notNull(),
    /** The address as given (trimmed); personal data: never logged, never audited in clear. */
    email: text('email').notNull(),
    /** SHA-256 of the lower-cased address: the unique key and what the audit log shows. */
    emailHash: text('email_hash').notNull(),
    locale: text('locale', { enum: ['da', 'en'] })
      .notNull()
      .default('da'),
    status: text('status', { enum: SUBSCRIBER_STATUSES }).notNull().default('pending'),
    /** SHA-256 of the confirmation token (the token itself is only in the e-mail). */
    confirmTokenHash: text('confirm_token_hash'),
    confirmExpiresAt: timestamp('confirm_expires_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('newsletter_subscribers_address_unique').on(t.collaborationId, t.emailHash),
    uniqueIndex('newsletter_subscribers_token_unique').on(t.confirmTokenHash),
    index('newsletter_subscribers_status_idx').on(t.collaborationId, t.status),
  ],
);

export const newsletterDeliveries = pgTable(
  'newsletter_deliveries',
  {
    newsletterId: uuid('newsletter_id')
      .notNull()
      .references(() => newsletters.id),
    subscriberId: uuid('subscriber_id')
      .notNull()
      .references(() => newsletterSubscribers.id),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    claimedAt: timestamp('claimed_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    messageId: text('message_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.newsletterId, t.subscriberId] }),
    index('newsletter_deliveries_status_idx').on(t.newsletterId, t.status),
  ],
);
