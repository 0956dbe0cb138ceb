import { describe, expect, it } from 'vitest';
import {
  afterLoginFailure,
  isLoginLocked,
  lockDurationMs,
  LOGIN_THROTTLE,
  type LoginThrottleState,
} from './login-throttle';

const T0 = new Date('2030-03-04T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;

/** Fails `count` times, `gapMs` apart, starting at T0; returns the states after each failure. */
function failures(count: number, gapMs: number): LoginThrottleState[] {
  const states: LoginThrottleState[] = [];
  let state: LoginThrottleState | null = null;
  for (let i = 0; i < count; i += 1) {
    state = afterLoginFailure(state, at(i * gapMs));
    states.push(state);
  }
  return states;
}

describe('lockDurationMs', () => {
  it.each([
    [1, 0],
    [4, 0],
    [5, 1 * MINUTE],
    [6, 2 * MINUTE],
    [7, 4 * MINUTE],
    [8, 8 * MINUTE],
    [9, 15 * MINUTE],
    [50, 15 * MINUTE],
    [5000, 15 * MINUTE],
  ])('after %i failures locks for %i ms', (count, ms) => {
    expect(lockDurationMs(count, LOGIN_THROTTLE)).toBe(ms);
  });
});

describe('afterLoginFailure', () => {
  it('lets four failures pass and locks at the fifth within the window', () => {
    const states = failures(5, MINUTE);
    expect(states.slice(0, 4).every((s) => s.lockedUntil === null)).toBe(true);
    expect(states[4]).toEqual({
      failures: 5,
      lastFailureAt: at(4 * MINUTE),
      lockedUntil: at(5 * MINUTE),
    });
  });

  it('doubles the lock with each failure after a lock has run out', () => {
    let state = failures(5, 0)[4] as LoginThrottleState;
    const locks: number[] = [];
    let now = T0;
    for (let i = 0; i < 5; i += 1) {
      now = state.lockedUntil as Date;
      state = afterLoginFailure(state, now);
      locks.push(((state.lockedUntil as Date).getTime() - now.getTime()) / MINUTE);
    }
    expect(locks).toEqual([2, 4, 8, 15, 15]);
  });

  it('does not count attempts while locked, but keeps the window open', () => {
    const locked = failures(5, 0)[4] as LoginThrottleState;
    const during = afterLoginFailure(locked, at(30_000));
    expect(during).toEqual({ ...locked, lastFailureAt: at(30_000) });
    expect(isLoginLocked(during, at(59_999))).toBe(true);
    expect(isLoginLocked(during, at(MINUTE))).toBe(false);
  });

  it('starts from one when the last failure is older than the window', () => {
    const four = failures(4, MINUTE)[3] as LoginThrottleState;
    const later = afterLoginFailure(four, at(3 * MINUTE + LOGIN_THROTTLE.windowMs + 1));
    expect(later.failures).toBe(1);
    expect(later.lockedUntil).toBeNull();
    const within = afterLoginFailure(four, at(3 * MINUTE + LOGIN_THROTTLE.windowMs));
    expect(within.failures).toBe(5);
    expect(within.lockedUntil).not.toBeNull();
  });

  it('spreads five failures over almost an hour and still locks', () => {
    const states = failures(5, 14 * MINUTE);
    expect(isLoginLocked(states[4] as LoginThrottleState, at(4 * 14 * MINUTE))).toBe(true);
  });
});

describe('isLoginLocked', () => {
  it.each([
    [null, false],
    [{ failures: 3, lastFailureAt: T0, lockedUntil: null }, false],
    [{ failures: 5, lastFailureAt: T0, lockedUntil: at(1) }, true],
    [{ failures: 5, lastFailureAt: T0, lockedUntil: T0 }, false],
  ])('%j at T0 → %s', (state, locked) => {
    expect(isLoginLocked(state, T0)).toBe(locked);
  });
});
