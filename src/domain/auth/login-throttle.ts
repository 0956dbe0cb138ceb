/**
 * Per-account login back-off (ASVS 2.4.1, 6.3.x anti-automation): the rule, without I/O. The
 * per-address limit (@fastify/rate-limit) stops one client hammering; this stops many addresses
 * guessing one account's password. Unknown e-mails are counted the same way, so a lock says
 * nothing about whether an account exists.
 */

/** How failures are counted and how long an account backs off. */
export interface LoginThrottlePolicy {
  /** Failures within the window before the first lock. */
  freeFailures: number;
  /** Failures further apart than this start counting again from one. */
  windowMs: number;
  /** The first lock; each further failure doubles it. */
  baseLockMs: number;
  /** The longest lock, so an attacker cannot keep an account shut for long. */
  maxLockMs: number;
}

/** 5 failures within an hour lock for 1 minute, then 2, 4, 8 and at most 15 minutes. */
export const LOGIN_THROTTLE: LoginThrottlePolicy = {
  freeFailures: 5,
  windowMs: 60 * 60_000,
  baseLockMs: 60_000,
  maxLockMs: 15 * 60_000,
};

/** What is remembered about one e-mail's failed logins. */
export interface LoginThrottleState {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

/** True while the e-mail is locked: every login with it fails, even with the right password. */
export function isLoginLocked(state: LoginThrottleState | null, now: Date): boolean {
  return state?.lockedUntil != null && state.lockedUntil.getTime() > now.getTime();
}

/** How long the lock after `failures` failures lasts (0: no lock yet). */
export function lockDurationMs(failures: number, policy: LoginThrottlePolicy): number {
  const beyond = failures - policy.freeFailures;
  if (beyond < 0) return 0;
  return Math.min(policy.baseLockMs * 2 ** Math.min(beyond, 30), policy.maxLockMs);
}

/**
 * The state after one more failed login. An attempt while locked does not count (the lock
 * stays as it is, so it cannot be stretched without end) but keeps the window open.
 */
export function afterLoginFailure(
  state: LoginThrottleState | null,
  now: Date,
  policy: LoginThrottlePolicy = LOGIN_THROTTLE,
): LoginThrottleState {
  if (state && isLoginLocked(state, now)) return { ...state, lastFailureAt: now };
  const fresh =
    !state ||
    state.failures === 0 ||
    now.getTime() - state.lastFailureAt.getTime() > policy.windowMs;
  const failures = fresh ? 1 : state.failures + 1;
  const lock = lockDurationMs(failures, policy);
  return {
    failures,
    lastFailureAt: now,
    lockedUntil: lock > 0 ? new Date(now.getTime() + lock) : null,
  };
}
