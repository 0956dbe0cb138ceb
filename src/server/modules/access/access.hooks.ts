/**
 * Object-level authorisation for EVERY API route, in one place (ASVS 8.2.2): after the
 * authentication hook has found the user and the route's least role, this hook works out the
 * user's role where the call acts (`request.effectiveRole`, see access.service.ts) from the
 * route's `config.scope` (platform/scope.ts), and refuses the call when that role is below the
 * route's access. It runs before validation on the raw request, so an out-of-scope call is
 * refused whatever its body; a call whose objects only a valid body names is checked again after
 * validation. A state-changing route without a scope rule needs a national scope (fails closed).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { AppError, sendProblem } from '../../platform/errors';
import type { RouteAccess } from '../../platform/fastify-types';
import type { ScopeInput, ScopeTarget } from '../../platform/scope';
import { hasRole, type Role } from '../../../shared/roles';
import { effectiveRole, grantKeysOf, isNational } from './access.service';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The refusal's detail: the role holds, but not here. */
export const OUT_OF_SCOPE = {
  da: 'Din rolle gælder ikke her: handlingen vedrører et samarbejde, en region, klynge, et forum eller en part, du ikke har adgang til.',
  en: 'Your role does not hold here: the action concerns a collaboration, region, cluster, forum or party you have no access to.',
};

const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const inputOf = (request: FastifyRequest): ScopeInput => ({
  params: record(request.params),
  body: record(request.body),
  query: record(request.query),
});

const requiredRole = (request: FastifyRequest): Role | null => {
  const access: RouteAccess = request.routeOptions.config.access ?? 'authenticated';
  return access === 'public' || access === 'authenticated' ? null : access;
};

/**
 * The user's role for this call, or `undefined` when the raw input does not name its objects
 * (the rule is asked again after validation).
 */
async function roleForCall(db: Db, request: FastifyRequest, validated: boolean) {
  const user = request.user;
  if (!user) return null;
  if (user.role === 'admin') return 'admin' as const;
  const rule = request.routeOptions.config.scope;
  if (rule === 'own' || rule === 'handler') return user.role;
  if (rule === undefined) {
    if (READS.has(request.method)) return user.role;
    return isNational(await grantKeysOf(db, user.id)) ? user.role : 'reader';
  }
  const targets = rule(inputOf(request));
  if (targets === undefined) {
    if (!validated || READS.has(request.method)) return validated ? user.role : undefined;
    return 'reader';
  }
  return effectiveRole(db, user, targets);
}

async function check(db: Db, request: FastifyRequest, validated: boolean) {
  const role = await roleForCall(db, request, validated);
  if (role === undefined || role === null) return true;
  request.effectiveRole = role;
  const required = requiredRole(request);
  if (required && !hasRole(role, required)) {
    request.log.warn(
      { userId: request.user?.id, route: request.routeOptions.url, required, role },
      'authorisation refused: out of scope',
    );
    return false;
  }
  return true;
}

/** Installs the scope hooks on the API scope (after the authentication hooks). */
export function installScopeHooks(app: FastifyInstance, deps: { db: Db }): void {
  app.decorateRequest('effectiveRole', null);
  app.decorateRequest('assertInScope', async () => {
    throw new AppError('forbidden', OUT_OF_SCOPE);
  });
  app.addHook('onRequest', async (request) => {
    request.assertInScope = (targets, required) =>
      assertInScope(deps.db, request, targets, required);
  });
  app.addHook('preValidation', async (request, reply) => {
    if (!(await check(deps.db, request, false))) {
      return sendProblem(reply, request, 'forbidden', OUT_OF_SCOPE);
    }
  });
  app.addHook('preHandler', async (request, reply) => {
    if (request.effectiveRole !== null || !request.user) return;
    if (!(await check(deps.db, request, true))) {
      return sendProblem(reply, request, 'forbidden', OUT_OF_SCOPE);
    }
  });
}

/**
 * For routes scoped `handler`: refuses (403) unless the user's role for `targets` reaches
 * `required`. Call it once the objects are known and before anything is written.
 */
export async function assertInScope(
  db: Db,
  request: FastifyRequest,
  targets: readonly ScopeTarget[],
  required: Role,
): Promise<void> {
  const user = request.user;
  if (!user) throw new AppError('unauthenticated');
  const role = await effectiveRole(db, user, targets);
  if (!hasRole(role, required)) throw new AppError('forbidden', OUT_OF_SCOPE);
}
