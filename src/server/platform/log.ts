/**
 * What the request log may show of a request. Secrets in URL paths (calendar subscription
 * tokens, which calendar apps must send in the URL) are masked, like cookies and tokens in
 * headers and bodies are redacted by the logger's `redact` paths.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Path segments that are secrets: the token of /api/calendar/feeds/<token>/... and of a
 * questionnaire's personal answer link (/questionnaires/answer/<token>, page and API).
 */
const SECRET_PATH = /(\/api\/calendar\/feeds\/|\/questionnaires\/answer\/)[^/?#]+/;

/** The URL with its secret path segments replaced by `[skjult]`. */
export function logSafeUrl(url: string): string {
  return url.replace(SECRET_PATH, '$1[skjult]');
}

/** The request as logged: Fastify's default fields, with a log-safe URL. */
export function logSafeRequest(req: FastifyRequest): Record<string, unknown> {
  return { method: req.method, url: logSafeUrl(req.url), host: req.host, remoteAddress: req.ip };
}

/** A request that takes this long or longer is logged at `warn` whatever the log level. */
export const SLOW_REQUEST_MS = 1000;

/**
 * What one finished request writes to the log. Fastify's own request logging (two lines per
 * request at `info`) is switched off in app.ts; instead a server error is logged at `error`, a
 * slow request at `warn`, and every other request at `info` with LOG_REQUESTS, else at `debug`
 * only (LOG_LEVEL=debug shows all). Unhandled errors are logged with their stack by the error
 * handler as before.
 */
export function requestLogLevel(
  statusCode: number,
  elapsedMs: number,
  slowMs = SLOW_REQUEST_MS,
  everyRequest = false,
): 'error' | 'warn' | 'info' | 'debug' {
  if (statusCode >= 500) return 'error';
  if (elapsedMs >= slowMs) return 'warn';
  return everyRequest ? 'info' : 'debug';
}

/** The logger level for LOG_LEVEL and LOG_REQUESTS: request lines need at least `info`. */
export function loggerLevel(level: string, logRequests: boolean): string {
  const quieter = ['fatal', 'error', 'warn', 'silent'];
  return logRequests && quieter.includes(level) ? 'info' : level;
}

/** Installs the one-line-per-request log described at {@link requestLogLevel}. */
export function installRequestLog(
  app: FastifyInstance,
  options: { slowMs?: number; everyRequest?: boolean } = {},
): void {
  const slowMs = options.slowMs ?? SLOW_REQUEST_MS;
  const everyRequest = options.everyRequest ?? false;
  app.addHook('onResponse', (request, reply, done) => {
    const elapsed = reply.elapsedTime;
    const level = requestLogLevel(reply.statusCode, elapsed, slowMs, everyRequest);
    if (level !== 'debug' || request.log.level === 'debug' || request.log.level === 'trace') {
      request.log[level](
        {
          req: request,
          res: { statusCode: reply.statusCode },
          responseTime: Math.round(elapsed),
        },
        level === 'warn' ? 'slow request' : 'request completed',
      );
    }
    done();
  });
}
