/**
 * Authentication and function-level authorisation for every API route, before validation:
 * no session → 401, too little role → 403, then CSRF for state-changing methods.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { sendProblem } from '../../platform/errors';
import type { RouteAccess } from '../../platform/fastify-types';
import { hasRole } from '../../../shared/roles';
import { resolveSession, type SessionPolicy } from './sessions';

/** The session cookie; `__Host-` (Secure, Path=/, no Domain) in production (ASVS 3.3.3). */
export function sessionCookieName(config: Config): string {
  return config.env === 'production' ? '__Host-samspil_session' : 'samspil_session';
}

export function sessionPolicy(config: Config): SessionPolicy {
  return { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours };
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Installs the hooks on the API scope. */
export function installAuthHooks(app: FastifyInstance, deps: { db: Db; config: Config }): void {
  const cookieName = sessionCookieName(deps.config);
  const policy = sessionPolicy(deps.config);
  app.decorateRequest('user', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('sessionExpiresAt', null);

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const config = request.routeOptions.config;
    const token = config.session === false ? undefined : request.cookies[cookieName];
    if (token) {
      const live = await resolveSession(deps.db, token, policy);
      if (live) {
        const { id, email, name, role, locale } = live.user;
        request.user = { id, email, name, role, locale };
        request.sessionId = live.sessionId;
        request.sessionExpiresAt = live.expiresAt;
      }
    }
    const access: RouteAccess = config.access ?? 'authenticated';
    if (access !== 'public') {
      if (!request.user) return sendProblem(reply, request, 'unauthenticated');
      if (access !== 'authenticated' && !hasRole(request.user.role, access)) {
        request.log.warn(
          { userId: request.user.id, route: request.routeOptions.url, required: access },
          'authorisation refused',
        );
        return sendProblem(reply, request, 'forbidden');
      }
    }
  });

  // Registered after the authentication hook, so an anonymous call gets 401 before 403.
  app.addHook('onRequest', (request, reply, done) => {
    if (!UNSAFE.has(request.method)) return done();
    if (request.routeOptions.config.csrf === false) return done();
    app.csrfProtection(request, reply, done);
  });
}
