/** The agendas module's routes as one plugin. */
import type { FastifyInstance } from 'fastify';
import type { CaseDeps } from '../cases/index';
import { agendasRoutes } from './agendas.routes';
import { flowRoutes } from './flow.routes';

/** Registers every /api/agendas route and POST /api/cases/:id/steps/:stepId/place. */
export async function agendasModule(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  await app.register(agendasRoutes, deps);
  await app.register(flowRoutes, deps);
}
