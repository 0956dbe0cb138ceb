/** Accounts and server-side sessions. */
import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A person who can log in. Local accounts have a password hash; OIDC accounts an issuer+subject. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['admin', 'secretariat', 'member', 'reader'] }).notNull(),
    passwordHash: text('password_hash'),
    oidcIssuer: text('oidc_issuer'),
    oidcSubject: text('oidc_subject'),
    locale: text('locale', { enum: ['da', 'en'] })
      .notNull()
      .default('da'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(sql`lower(${t.email})`),
    // ASVS 6.8.1: a federated identity is keyed by issuer AND subject, never by e-mail.
    uniqueIndex('users_oidc_identity_unique')
      .on(t.oidcIssuer, t.oidcSubject)
      .where(sql`${t.oidcIssuer} is not null`),
  ],
);

/**
 * A server-side session. Only a SHA-256 hash of the cookie token is stored, so a leaked
 * database does not leak live sessions. Revoking = setting `revokedAt`.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
    method: text('method', { enum: ['password', 'oidc'] }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
