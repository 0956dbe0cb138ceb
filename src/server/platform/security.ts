/** Security headers, cookies, CSRF and rate limiting, registered once on the root instance. */
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';

export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  const production = config.env === 'production';
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React and the org chart set style attributes; scripts stay strictly 'self'.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // On plain-http development servers (localhost) upgrading would break every asset.
        upgradeInsecureRequests: production ? [] : null,
      },
    },
    // The same rule as `frame-ancestors 'none'` for browsers that only know X-Frame-Options.
    frameguard: { action: 'deny' },
    hsts: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: production ? '__Host-samspil_csrf' : 'samspil_csrf',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, signed: true, secure: production },
  });
  // Off by default; routes opt in (login) with `config.rateLimit`.
  await app.register(rateLimit, { global: false });
}
