/**
 * The per-account login back-off, stored in PostgreSQL so every app server sees the same count.
 * The rule itself is pure (`src/domain/auth`). These writes are bookkeeping of refused logins,
 * not changes to anyone's data, so they have no audit row (a refused call writes none); failed
 * logins are logged instead.
 */
import { eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  afterLoginFailure,
  isLoginLocked,
  LOGIN_THROTTLE,
  type LoginThrottlePolicy,
} from '../../../domain/auth/index';
import { loginThrottle } from './login-throttle.table';

/** The throttle key of an e-mail: lower-cased, so `Anna@X.dk` and `anna@x.dk` share one count. */
export function throttleKey(email: string): string {
  return email.trim().toLowerCase();
}

/** True while the e-mail is locked. */
export async function isEmailLocked(db: Db, email: string, now = new Date()): Promise<boolean> {
  const rows = await db
    .select()
    .from(loginThrottle)
    .where(eq(loginThrottle.email, throttleKey(email)))
    .limit(1);
  return isLoginLocked(rows[0] ?? null, now);
}

/**
 * Counts one failed login. The row is locked (`FOR UPDATE`) while it is read and rewritten, so
 * concurrent failures on several servers each count. Rows past the window are pruned here too.
 */
export async function recordLoginFailure(
  db: Db,
  email: string,
  now = new Date(),
  policy: LoginThrottlePolicy = LOGIN_THROTTLE,
): Promise<void> {
  const key = throttleKey(email);
  await db.transaction(async (tx) => {
    await tx
      .insert(loginThrottle)
      .values({ email: key, failures: 0, lastFailureAt: now })
      .onConflictDoNothing();
    const [row] = await tx
      .select()
      .from(loginThrottle)
      .where(eq(loginThrottle.email, key))
      .for('update');
    const next = afterLoginFailure(row ?? null, now, policy);
    await tx.update(loginThrottle).set(next).where(eq(loginThrottle.email, key));
    const cutoff = new Date(now.getTime() - policy.windowMs);
    await tx.delete(loginThrottle).where(lt(loginThrottle.lastFailureAt, cutoff));
  });
}

/** Forgets an e-mail's failures (after a successful login, inside its transaction). */
export async function resetLoginFailures(db: Db, email: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.email, throttleKey(email)));
}
