/** The auth domain: the per-account login back-off. Pure: no I/O. */
export {
  afterLoginFailure,
  isLoginLocked,
  lockDurationMs,
  LOGIN_THROTTLE,
  type LoginThrottlePolicy,
  type LoginThrottleState,
} from './login-throttle';
