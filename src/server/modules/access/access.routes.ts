/** Scopes: the admin gives each user the scopes their role holds in; everyone can see their own. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { actorOf, mutate } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { IdParamsSchema, problemResponses } from '../../platform/http';
import {
  MyCollaborationsSchema,
  ScopeListSchema,
  ScopeOptionListSchema,
  SetScopesRequestSchema,
} from '../../../shared/scopes';
import { findUserById } from '../auth/index';
import { labelGrants, scopeOptions, unknownTargets } from './access.repo';
import { replaceGrants } from './grants.repo';
import { grantsOf } from './access.service';
import { myCollaborations } from './my-collaborations';

const tags = ['users'];
const langOf = (request: { user: { locale: 'da' | 'en' } | null }) => request.user?.locale ?? 'da';

export async function accessRoutes(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    '/users/:id/scopes',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: "A user's scopes: where their role holds",
        params: IdParamsSchema,
        response: { 200: ScopeListSchema, ...problemResponses },
      },
    },
    async (request) => {
      if (!(await findUserById(db, request.params.id))) throw notFound(USER);
      return {
        items: await labelGrants(db, await grantsOf(db, request.params.id), langOf(request)),
      };
    },
  );

  r.put(
    '/users/:id/scopes',
    {
      config: { access: 'admin', scope: 'own' },
      schema: {
        tags,
        summary: "Set a user's scopes (those given by hand; OIDC-mapped ones follow the login)",
        params: IdParamsSchema,
        body: SetScopesRequestSchema,
        response: { 200: ScopeListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { id } = request.params;
      const user = await findUserById(db, id);
      if (!user) throw notFound(USER);
      const unknown = await unknownTargets(db, request.body.scopes);
      if (unknown.length) {
        throw new AppError('unprocessable', {
          da: `Findes ikke: ${unknown.join(', ')}`,
          en: `Not found: ${unknown.join(', ')}`,
        });
      }
      const before = await grantsOf(db, id);
      await mutate(db, actorOf(request), async (tx) => {
        await replaceGrants(tx, id, 'manual', request.body.scopes);
        const after = await grantsOf(tx, id);
        return {
          result: undefined,
          audit: {
            action: 'user.setScopes',
            entityType: 'user',
            entityId: id,
            summary: `Adgangsområder for ${user.email}: ${after.map((g) => g.target ?? g.kind).join(', ') || 'ingen'}`,
            before: { scopes: before },
            after: { scopes: after },
            relatedIds: [id],
          },
        };
      });
      return { items: await labelGrants(db, await grantsOf(db, id), langOf(request)) };
    },
  );

  r.get(
    '/access/scope-options',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary:
          'What a scope can cover (regions, collaborations, clusters, fora, parties) by name',
        querystring: z.object({ q: z.string().max(100).default('') }),
        response: { 200: ScopeOptionListSchema, ...problemResponses },
      },
    },
    async (request) => ({ items: await scopeOptions(db, request.query.q, langOf(request)) }),
  );

  r.get(
    '/access/mine',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'My scopes: where my role holds',
        response: { 200: ScopeListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const user = request.user;
      if (!user) throw new AppError('unauthenticated');
      return { items: await labelGrants(db, await grantsOf(db, user.id), langOf(request)) };
    },
  );

  r.get(
    '/access/my-collaborations',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'The collaborations I work in (wholly or in part), for a page to start on',
        response: { 200: MyCollaborationsSchema, ...problemResponses },
      },
    },
    async (request) => {
      const user = request.user;
      if (!user) throw new AppError('unauthenticated');
      return myCollaborations(db, user);
    },
  );
}

const USER = { da: 'Brugeren', en: 'The user' };
