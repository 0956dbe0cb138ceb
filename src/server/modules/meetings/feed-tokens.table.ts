/**
 * Calendar subscription tokens: a secret in a feed URL lets a calendar app (Outlook) read one
 * user's feed without a session. Only a SHA-256 hash of the token is stored (like sessions),
 * so a leaked database reveals no working URL. Revoking sets `revoked_at`; rows are kept for
 * the audit trail.
 */
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/index';

/** One subscription: the person feed ("mine møder") or one forum's feed. */
export const calendarFeedTokens = pgTable(
  'calendar_feed_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** SHA-256 (hex) of the secret token; the token itself is shown once and never stored. */
    tokenHash: text('token_hash').notNull(),
    feed: text('feed', { enum: ['person', 'forum'] }).notNull(),
    /** The forum (entityId) of a forum feed; null for the person feed. */
    forumId: uuid('forum_id'),
    label: text('label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('calendar_feed_tokens_hash_unique').on(t.tokenHash),
    index('calendar_feed_tokens_user_idx').on(t.userId),
  ],
);
