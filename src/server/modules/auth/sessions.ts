/**
 * Server-side sessions: a 256-bit random token in an HttpOnly cookie, stored only as a SHA-256
 * hash. A session ends at its absolute expiry, after the idle timeout, on logout, when revoked
 * by an admin, or when the account is disabled (ASVS 7.3, 7.4).
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
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
