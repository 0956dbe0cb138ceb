/**
 * GET /api/users/directory: the enabled accounts by name, for pickers such as the agenda's
 * reviewer choice. The secretariat may call it (the admin-only account list stays admin-only);
 * it answers with ids and names only, never e-mail addresses, roles or anything else.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { problemResponses } from '../../platform/http';
import {
  UserDirectoryQuerySchema,
  UserDirectorySchema,
  type UserDirectory,
  type UserDirectoryQuery,
} from '../../../shared/auth.contract';
import { listEnabledUserNames } from './users.repo';

const danish = new Intl.Collator('da', { sensitivity: 'base' });

/** The enabled accounts matching the query, in Danish alphabetical order. */
export async function userDirectory(db: Db, query: UserDirectoryQuery): Promise<UserDirectory> {
  const q = query.q === '' ? undefined : query.q;
  const rows = await listEnabledUserNames(db, q, query.limit);
  const items = rows
    .map((r) => ({ id: r.id, name: r.name }))
    .sort((a, b) => danish.compare(a.name, b.name) || a.id.localeCompare(b.id));
  return { items };
}

/** Registers the directory route (under the API prefix). */
export async function usersDirectoryRoutes(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/users/directory',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: ['users'],
        summary: 'Enabled accounts by name (id and name only), for pickers',
        querystring: UserDirectoryQuerySchema,
        response: { 200: UserDirectorySchema, ...problemResponses },
      },
    },
    async (request) => userDirectory(deps.db, request.query),
  );
}
