/**
 * Notifications: which changes have been turned into notifications (`notification_sources`,
 * one row per audit row or case event, so each is handled once), and one row per recipient
 * with the e-mail as composed (a link, never content) and its delivery state.
 */
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { NOTIFICATION_KINDS, NOTIFICATION_STATUSES } from '../../../shared/notifications.enums';
import { users } from '../auth/index';

/** A change that has been handled: `audit:<id>` or `case-event:<caseId>:<seq>`. */
export const notificationSources = pgTable('notification_sources', {
  source: text('source').primaryKey(),
  kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
  recipients: integer('recipients').notNull(),
  processedAt: timestamp('processed_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One e-mail to one user. `pending` → `sending` → `sent`; `notSent` when no SMTP server is
 * configured (recorded only); `failed` after the last attempt.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: text('source')
      .notNull()
      .references(() => notificationSources.source),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    email: text('email').notNull(),
    locale: text('locale', { enum: ['da', 'en'] }).notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    link: text('link').notNull(),
    status: text('status', { enum: NOTIFICATION_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_source_user_unique').on(t.source, t.userId),
    index('notifications_status_idx').on(t.status, t.createdAt),
    index('notifications_user_idx').on(t.userId, t.createdAt),
  ],
);
