/**
 * What the request log may show of a request. Secrets in URL paths (calendar subscription
 * tokens, which calendar apps must send in the URL) are masked, like cookies and tokens in
 * headers and bodies are redacted by the logger's `redact` paths.
 */
import type { FastifyRequest } from 'fastify';

/** Path segments that are secrets: the token of /api/calendar/feeds/<token>/... */
const SECRET_PATH = /(\/api\/calendar\/feeds\/)[^/?#]+/;

/** The URL with its secret path segments replaced by `[skjult]`. */
export function logSafeUrl(url: string): string {
  return url.replace(SECRET_PATH, '$1[skjult]');
}

/** The request as logged: Fastify's default fields, with a log-safe URL. */
export function logSafeRequest(req: FastifyRequest): Record<string, unknown> {
  return { method: req.method, url: logSafeUrl(req.url), host: req.host, remoteAddress: req.ip };
}
