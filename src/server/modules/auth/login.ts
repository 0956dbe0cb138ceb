/**
 * Checking an e-mail and password, behind the per-account back-off. Every refusal looks the same
 * to the caller (and takes about as long: the password is always verified and the failure always
 * counted), whether the e-mail is unknown, the password wrong, the account disabled or locked.
 */
import type { Db } from '../../db/client';
import { isEmailLocked, recordLoginFailure } from './login-throttle';
import { verifyPassword } from './passwords';
import { findUserByEmail, type UserRow } from './users.repo';

/** Why a login was refused: for the log only, never for the client. */
export type LoginRefusal = 'unknown' | 'password' | 'disabled' | 'locked';

/** The outcome of {@link checkPasswordLogin}. */
export type LoginCheck = { ok: true; user: UserRow } | { ok: false; reason: LoginRefusal };

function refusal(user: UserRow | null, passwordOk: boolean, locked: boolean): LoginRefusal | null {
  if (locked) return 'locked';
  if (!user) return 'unknown';
  if (!passwordOk) return 'password';
  if (user.disabledAt) return 'disabled';
  return null;
}

/** Checks a password login; a refusal is counted against the e-mail. */
export async function checkPasswordLogin(
  db: Db,
  email: string,
  password: string,
  now = new Date(),
): Promise<LoginCheck> {
  const user = await findUserByEmail(db, email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  const locked = await isEmailLocked(db, email, now);
  const reason = refusal(user, passwordOk, locked);
  if (reason === null && user) return { ok: true, user };
  await recordLoginFailure(db, email, now);
  return { ok: false, reason: reason ?? 'unknown' };
}
