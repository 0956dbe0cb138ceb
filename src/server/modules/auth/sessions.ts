/**
 * Server-side sessions: a 256-bit random token in an HttpOnly cookie, stored only as a SHA-256
 * hash. A session ends at its absolute expiry, after the idle timeout, on logout, when revoked
 * by an admin, or when the account is disabled (ASVS 7.3, 7.4).
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sessions, users } from './auth.table';

/** Minimum time between writes of `lastSeenAt`, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 60_000;

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

/** The user behind a live session. */
export type SessionUser = typeof users.$inferSelect;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Length of a session's public reference (hex characters of its id, 64 bits). */
export const SESSION_REF_LENGTH = 16;

/**
 * A session's public reference: the first 16 hex characters of its id (the token's hash). Admins
 * see and end sessions by it; the full id is never shown, and the token cannot be derived from it.
 */
export function sessionRef(sessionId: string): string {
  return sessionId.slice(0, SESSION_REF_LENGTH);
}

/** Creates a session and returns the cookie token (the only place it exists in clear). */
export async function createSession(
  db: Db,
  input: {
    userId: string;
    method: 'password' | 'oidc';
    ip: string | null;
    userAgent: string | null;
  },
  policy: SessionPolicy,
): Promise<{ token: string; id: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const id = hashToken(token);
  const expiresAt = new Date(Date.now() + policy.absoluteHours * 3_600_000);
  await db.insert(sessions).values({ id, expiresAt, ...input });
  return { token, id, expiresAt };
}

/** Looks up a live session by its cookie token and refreshes its idle clock. */
export async function resolveSession(
  db: Db,
  token: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<{ sessionId: string; expiresAt: Date; user: SessionUser } | null> {
  const id = hashToken(token);
  const rows = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
    .limit(1);
  const row = rows[0];
  if (!row || row.user.disabledAt) return null;
  const idleLimit = row.session.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
  if (row.session.expiresAt <= now || idleLimit <= now.getTime()) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return { sessionId: id, expiresAt: row.session.expiresAt, user: row.user };
}

/** A live session as an admin sees it. */
export type LiveSession = Omit<typeof sessions.$inferSelect, 'revokedAt' | 'userId'>;

/** A user's live sessions (not revoked, not expired, not idle), newest first. */
export async function listLiveSessions(
  db: Db,
  userId: string,
  policy: SessionPolicy,
  now = new Date(),
): Promise<LiveSession[]> {
  const idleSince = new Date(now.getTime() - policy.idleMinutes * 60_000);
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      ip: sessions.ip,
      userAgent: sessions.userAgent,
      method: sessions.method,
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, idleSince),
      ),
    )
    .orderBy(desc(sessions.createdAt), desc(sessions.id));
}

/**
 * Revokes a user's unexpired, not yet revoked session(s) with this public reference; returns
 * the ids revoked (normally one; none when there is no such session).
 */
export async function revokeSessionByRef(
  db: Db,
  userId: string,
  ref: string,
  now = new Date(),
): Promise<string[]> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, now),
        sql`left(${sessions.id}, ${SESSION_REF_LENGTH}) = ${ref}`,
      ),
    )
    .returning({ id: sessions.id });
  return rows.map((r) => r.id);
}

/** Revokes one session. */
export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Revokes every live session of a user; returns how many were live. */
export async function revokeUserSessions(db: Db, userId: string): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length;
}
