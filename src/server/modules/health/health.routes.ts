/** Liveness and database health, for load balancers and the README's curl check. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { HealthSchema, type Health } from '../../../shared/health.contract';

export const VERSION = process.env.npm_package_version ?? '0.1.0';

export async function healthRoutes(
  app: FastifyInstance,
  deps: { database: Database },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/health',
    {
      config: { access: 'public', rateLimit: false, session: false },
      schema: {
        tags: ['health'],
        summary: 'Service and database health',
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    async (request, reply) => {
      let ok = true;
      try {
        await deps.database.db.execute(sql`select 1`);
      } catch (err) {
        request.log.error({ err }, 'database health check failed');
        ok = false;
      }
      const body: Health = {
        status: ok ? 'ok' : 'degraded',
        database: { kind: deps.database.kind, ok },
        version: VERSION,
      };
      return reply.status(ok ? 200 : 503).send(body);
    },
  );
}
