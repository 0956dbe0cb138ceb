/** Account administration (admins only). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { actorOf } from '../../platform/audit';
import { IdParamsSchema, problemResponses } from '../../platform/http';
import {
  CreateUserRequestSchema,
  UpdateUserRequestSchema,
  UserListSchema,
  UserSchema,
} from '../../../shared/auth.contract';
import { listUsers, presentUser } from './users.repo';
import { createUser, revokeSessionsOf, updateUser } from './users.service';

export async function usersRoutes(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
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
}
