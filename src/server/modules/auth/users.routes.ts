/** Account administration (admins only). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { actorOf } from '../../platform/audit';
import { IdParamsSchema, NoContentSchema, problemResponses } from '../../platform/http';
import {
  CreateUserRequestSchema,
  SessionListSchema,
  UpdateUserRequestSchema,
  UserListSchema,
  UserSchema,
  UserSessionParamsSchema,
} from '../../../shared/auth.contract';
import { sessionPolicy } from './auth.hooks';
import { listUsers, presentUser } from './users.repo';
import {
  createUser,
  endSessionOf,
  listSessionsOf,
  revokeSessionsOf,
  updateUser,
} from './users.service';

export async function usersRoutes(
  app: FastifyInstance,
  deps: { db: Db; config: Config },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const policy = sessionPolicy(deps.config);
  const tags = ['users'];
  const config = { access: 'admin' as const };

  r.get(
    '/users',
    {
      config,
      schema: {
        tags,
        summary: 'All accounts',
        response: { 200: UserListSchema, ...problemResponses },
      },
    },
    async () => ({ items: (await listUsers(db)).map(presentUser) }),
  );

  r.post(
    '/users',
    {
      config,
      schema: {
        tags,
        summary: 'Create an account',
        body: CreateUserRequestSchema,
        response: { 201: UserSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createUser(db, actorOf(request), request.body)),
  );

  r.patch(
    '/users/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Change name, role, language or disabled state',
        params: IdParamsSchema,
        body: UpdateUserRequestSchema,
        response: { 200: UserSchema, ...problemResponses },
      },
    },
    async (request) => updateUser(db, actorOf(request), request.params.id, request.body),
  );

  r.post(
    '/users/:id/revoke-sessions',
    {
      config,
      schema: {
        tags,
        summary: "End all of a user's sessions",
        params: IdParamsSchema,
        response: { 200: z.object({ revoked: z.number().int() }), ...problemResponses },
      },
    },
    async (request) => ({
      revoked: await revokeSessionsOf(db, actorOf(request), request.params.id),
    }),
  );

  r.get(
    '/users/:id/sessions',
    {
      config,
      schema: {
        tags,
        summary: "A user's live sessions",
        params: IdParamsSchema,
        response: { 200: SessionListSchema, ...problemResponses },
      },
    },
    async (request) => ({
      items: await listSessionsOf(db, request.params.id, policy, request.sessionId),
    }),
  );

  r.delete(
    '/users/:id/sessions/:sessionId',
    {
      config,
      schema: {
        tags,
        summary: 'End one session of a user',
        params: UserSessionParamsSchema,
        response: { 204: NoContentSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, sessionId } = request.params;
      await endSessionOf(db, actorOf(request), id, sessionId);
      return reply.status(204).send(null);
    },
  );
}
