/** Browsing the audit log (admins). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/client';
import { problemResponses } from '../../platform/http';
import { AuditPageSchema, AuditQuerySchema } from '../../../shared/audit.contract';
import { auditFacets, listAudit } from './audit.repo';

export async function auditRoutes(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];
  r.get(
    '/audit',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Audit entries, newest first, filtered by person, entity, action or period',
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema, ...problemResponses },
      },
    },
    async (request) => listAudit(deps.db, request.query),
  );
  r.get(
    '/audit/facets',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        summary: 'Distinct actions and entity types',
        response: {
          200: z.object({ actions: z.array(z.string()), entityTypes: z.array(z.string()) }),
          ...problemResponses,
        },
      },
    },
    async () => auditFacets(deps.db),
  );
}
