/** Login, logout, the current user and the CSRF token. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { actorOf, mutate } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { NoContentSchema, problemResponses } from '../../platform/http';
import {
  AuthOptionsSchema,
  CsrfTokenSchema,
  LoginRequestSchema,
  MeSchema,
  type Me,
} from '../../../shared/auth.contract';
import { checkPasswordLogin } from './login';
import { resetLoginFailures } from './login-throttle';
import { createSession, revokeSession, sessionRef } from './sessions';
import { sessionCookieName, sessionPolicy } from './auth.hooks';
import { findUserById, presentUser, updateUserRow } from './users.repo';

export interface AuthDeps {
  db: Db;
  config: Config;
}

/**
 * The session cookie's attributes. Setting and clearing use the same ones: a browser only
 * replaces a cookie with the same path, and accepts a `__Host-` cookie only with Secure.
 */
function sessionCookieOptions(config: Config) {
  return {
    path: '/',
    httpOnly: true,
    secure: config.env === 'production',
    sameSite: 'lax' as const,
  };
}

/** Sets the session cookie after a successful login (password or OIDC). */
export function setSessionCookie(
  reply: FastifyReply,
  config: Config,
  token: string,
  expiresAt: Date,
): void {
  reply.setCookie(sessionCookieName(config), token, {
    ...sessionCookieOptions(config),
    expires: expiresAt,
  });
}

/** Clears the session cookie (logout). */
export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(sessionCookieName(config), sessionCookieOptions(config));
}

export async function authRoutes(app: FastifyInstance, deps: AuthDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = deps;
  const tags = ['auth'];

  r.get(
    '/auth/csrf',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'CSRF token for state-changing calls',
        response: { 200: CsrfTokenSchema },
      },
    },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  r.get(
    '/auth/options',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Which login methods are enabled',
        response: { 200: AuthOptionsSchema },
      },
    },
    async () => ({ password: true, oidc: config.oidc !== null }),
  );

  r.post(
    '/auth/login',
    {
      config: {
        access: 'public',
        rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags,
        summary: 'Log in with e-mail and password',
        body: LoginRequestSchema,
        response: { 200: MeSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const check = await checkPasswordLogin(db, email, password);
      if (!check.ok) {
        request.log.warn({ email, reason: check.reason }, 'login failed');
        throw new AppError('invalidCredentials');
      }
      const { user } = check;
      const actor = { ...actorOf(request), userId: user.id, name: user.name };
      // A login from a browser that still holds a live session replaces it (ASVS 7.2.4).
      const replaced = request.sessionId ? { id: request.sessionId, user: request.user } : null;
      const session = await mutate(db, actor, async (tx) => {
        await resetLoginFailures(tx, email);
        if (replaced) await revokeSession(tx, replaced.id);
        const created = await createSession(
          tx,
          {
            userId: user.id,
            method: 'password',
            ip: request.ip,
            userAgent: request.headers['user-agent'] ?? null,
          },
          sessionPolicy(config),
        );
        return {
          result: created,
          audit: {
            action: 'auth.login',
            entityType: 'user',
            entityId: user.id,
            ...(replaced ? { after: { replacedSession: sessionRef(replaced.id) } } : {}),
            relatedIds: [user.id, ...(replaced?.user ? [replaced.user.id] : [])],
          },
        };
      });
      setSessionCookie(reply, config, session.token, session.expiresAt);
      const me: Me = {
        user: presentUser(user),
        session: {
          expiresAt: session.expiresAt.toISOString(),
          idleMinutes: config.sessionIdleMinutes,
        },
      };
      return me;
    },
  );

  r.post(
    '/auth/logout',
    {
      config: { access: 'authenticated', scope: 'own' },
      schema: { tags, summary: 'Log out', response: { 204: NoContentSchema, ...problemResponses } },
    },
    async (request, reply) => {
      const sessionId = request.sessionId as string;
      await mutate(db, actorOf(request), async (tx) => {
        await revokeSession(tx, sessionId);
        const userId = request.user?.id ?? null;
        return {
          result: undefined,
          audit: {
            action: 'auth.logout',
            entityType: 'user',
            entityId: userId,
            relatedIds: userId ? [userId] : [],
          },
        };
      });
      clearSessionCookie(reply, config);
      return reply.status(204).send(null);
    },
  );
}

/** The logged-in user's own account. */
export async function meRoutes(app: FastifyInstance, deps: AuthDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = deps;
  const tags = ['auth'];
  const sessionOf = (request: { sessionExpiresAt: Date | null }) => ({
    expiresAt: (request.sessionExpiresAt as Date).toISOString(),
    idleMinutes: config.sessionIdleMinutes,
  });

  r.get(
    '/auth/me',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'The logged-in user',
        response: { 200: MeSchema, ...problemResponses },
      },
    },
    async (request) => {
      const user = await findUserById(db, request.user?.id as string);
      if (!user) throw new AppError('unauthenticated');
      return {
        user: presentUser(user),
        session: sessionOf(request),
      };
    },
  );

  r.patch(
    '/auth/me',
    {
      config: { access: 'authenticated', scope: 'own' },
      schema: {
        tags,
        summary: 'Change my own preferences (language)',
        body: z.object({ locale: z.enum(['da', 'en']) }),
        response: { 200: MeSchema, ...problemResponses },
      },
    },
    async (request) => {
      const id = request.user?.id as string;
      const before = await findUserById(db, id);
      const user = await mutate(db, actorOf(request), async (tx) => {
        const row = await updateUserRow(tx, id, { locale: request.body.locale });
        if (!row || !before) throw new AppError('unauthenticated');
        return {
          result: row,
          audit: {
            action: 'user.setLocale',
            entityType: 'user',
            entityId: id,
            before: { locale: before.locale },
            after: { locale: row.locale },
            relatedIds: [id],
          },
        };
      });
      return {
        user: presentUser(user),
        session: sessionOf(request),
      };
    },
  );
}
