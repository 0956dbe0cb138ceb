/**
 * What CPU-heavy routes (checking and importing organisation files, rendering documents) are
 * registered with: the worker pool their pure work runs on, and a per-user rate limit so one
 * user cannot keep the pool busy for everyone else.
 */
import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors';
import type { WorkerPool } from './worker-pool';

/** The pool and the rate limit of the heavy routes (built once in app.ts). */
export interface HeavyWork {
  workers: WorkerPool;
  /** Requests per user per minute on each heavy route. */
  perMinute: number;
}

/**
 * The rate-limit key: the logged-in user. The route's limiter runs as a route-level onRequest
 * hook, after the /api scope's authentication hook, so `request.user` is known (and anonymous
 * requests were already refused with 401); the IP is only a fallback.
 */
export function heavyRateLimitKey(request: FastifyRequest): string {
  return request.user ? `user:${request.user.id}` : `ip:${request.ip}`;
}

/** The 429 problem of a heavy route, with when to try again. */
export function heavyRateLimited(max: number, retryAfterSeconds: number): AppError {
  return new AppError(
    'tooManyRequests',
    {
      da: `Du har sendt for mange tunge forespørgsler (højst ${max} i minuttet). Prøv igen om ${retryAfterSeconds} sekunder.`,
      en: `You have sent too many heavy requests (at most ${max} a minute). Try again in ${retryAfterSeconds} seconds.`,
    },
    { extra: { retryAfterSeconds } },
  );
}

/** The `config.rateLimit` of a heavy route. */
export function heavyRateLimit(heavy: HeavyWork): RateLimitOptions {
  return {
    max: heavy.perMinute,
    timeWindow: '1 minute',
    keyGenerator: heavyRateLimitKey,
    errorResponseBuilder: (_request, context) =>
      heavyRateLimited(context.max, Math.max(1, Math.ceil(context.ttl / 1000))),
  };
}
