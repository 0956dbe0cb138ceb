/** Failed logins per e-mail, for the per-account back-off (`src/domain/auth/login-throttle.ts`). */
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per e-mail (lower-cased) with recent failed logins, known account or not, so several
 * app servers share the count. A successful login deletes the row; rows whose last failure is
 * older than the window are pruned.
 */
export const loginThrottle = pgTable(
  'login_throttle',
  {
    email: text('email').primaryKey(),
    failures: integer('failures').notNull(),
    lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
  },
  (t) => [index('login_throttle_last_failure_idx').on(t.lastFailureAt)],
);
