/** Where each user's role holds (src/shared/scopes.ts). */
import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SCOPE_KINDS } from '../../../shared/scopes';
import { users } from '../auth/index';

/**
 * One grant of a user. `target` is a region's name or an entityId (collaboration, cluster, forum,
 * party); null for `all`. `source` tells a grant an admin gave from one an OIDC login mapped
 * (the latter is replaced at each login).
 */
export const userScopes = pgTable(
  'user_scopes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: SCOPE_KINDS }).notNull(),
    target: text('target'),
    source: text('source', { enum: ['manual', 'oidc'] })
      .notNull()
      .default('manual'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('user_scopes_user_idx').on(t.userId),
    uniqueIndex('user_scopes_unique').on(t.userId, t.kind, sql`coalesce(${t.target}, '')`),
  ],
);
