/**
 * Login through the organisation's identity provider (OpenID Connect, authorization code with
 * PKCE). Both routes are browser navigations: they answer with redirects, and every failure
 * lands on the login page with `?error=<code>` (see OIDC_LOGIN_ERRORS) while the log says why.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config, OidcConfig } from '../../config';
import type { Db } from '../../db/client';
import { actorOf } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { problemResponses } from '../../platform/http';
import type { OidcLoginError } from '../../../shared/auth.contract';
import { sessionPolicy } from './auth.hooks';
import { setSessionCookie } from './auth.routes';
import {
  buildAuthorizationRedirect,
  callbackUrl,
  clearFlowCookie,
  completeAuthorization,
  readFlowCookie,
  setFlowCookie,
} from './oidc';
import { loginWithOidc } from './oidc.service';

const RedirectSchema = z.null().describe('Redirect; see the Location header');

function requireOidc(config: Config): OidcConfig {
  if (!config.oidc) {
    throw new AppError('notFound', {
      da: 'Log ind via OIDC er ikke slået til',
      en: 'OIDC login is not enabled',
    });
  }
  return config.oidc;
}

function toLoginPage(reply: FastifyReply, error: OidcLoginError): FastifyReply {
  return reply.redirect(`/login?error=${error}`, 302);
}

function describeError(error: unknown): Record<string, unknown> {
  const e = error as { name?: unknown; code?: unknown; error?: unknown; message?: unknown };
  return { name: e.name, code: e.code, oauthError: e.error, message: e.message };
}

/** The callback: validate, find or create the account, start a session. */
async function handleCallback(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: { db: Db; config: Config; oidc: OidcConfig },
): Promise<FastifyReply> {
  const { db, config, oidc } = deps;
  const flow = readFlowCookie(request, config);
  clearFlowCookie(reply, config);
  if (!flow) {
    request.log.warn({ reason: 'missing, tampered or expired flow cookie' }, 'oidc login failed');
    return toLoginPage(reply, 'oidc');
  }
  let identity;
  try {
    identity = await completeAuthorization(oidc, callbackUrl(oidc, request.url), flow);
  } catch (error) {
    request.log.warn({ reason: describeError(error) }, 'oidc login failed');
    return toLoginPage(reply, 'oidc');
  }
  const result = await loginWithOidc(db, identity, {
    actor: actorOf(request),
    userAgent: request.headers['user-agent'] ?? null,
    defaultRole: oidc.defaultRole,
    policy: sessionPolicy(config),
    groupScopes: oidc.groupScopes,
    replaces:
      request.sessionId && request.user
        ? { sessionId: request.sessionId, userId: request.user.id }
        : null,
  });
  if (!result.ok) {
    request.log.warn(
      { reason: result.reason, issuer: identity.issuer, subject: identity.subject },
      'oidc login refused',
    );
    return toLoginPage(reply, result.error);
  }
  request.log.info({ userId: result.userId, provisioned: result.provisioned }, 'oidc login');
  setSessionCookie(reply, config, result.token, result.expiresAt);
  return reply.redirect('/', 302);
}

/** GET /auth/oidc/login and GET /auth/oidc/callback. */
export async function oidcRoutes(
  app: FastifyInstance,
  deps: { db: Db; config: Config },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = deps;
  const tags = ['auth'];

  r.get(
    '/auth/oidc/login',
    {
      config: {
        access: 'public',
        rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags,
        summary: 'Start logging in at the identity provider (browser navigation)',
        response: { 302: RedirectSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const oidc = requireOidc(config);
      try {
        const { url, flow } = await buildAuthorizationRedirect(oidc);
        setFlowCookie(reply, config, flow);
        return reply.redirect(url.href, 302);
      } catch (error) {
        request.log.error({ reason: describeError(error) }, 'oidc provider unavailable');
        return toLoginPage(reply, 'oidc');
      }
    },
  );

  r.get(
    '/auth/oidc/callback',
    {
      config: {
        access: 'public',
        rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags,
        summary: 'Where the identity provider sends the browser back (browser navigation)',
        response: { 302: RedirectSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      handleCallback(request, reply, { db, config, oidc: requireOidc(config) }),
  );
}
