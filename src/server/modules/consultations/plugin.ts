/** The consultations module's routes as one plugin. */
import type { FastifyInstance } from 'fastify';
import type { ConsultationsDeps } from './consultations.deps';
import { consultationsRoutes } from './consultations.routes';

/** Registers every /api/consultations route. */
export async function consultationsModule(
  app: FastifyInstance,
  deps: ConsultationsDeps,
): Promise<void> {
  await app.register(consultationsRoutes, deps);
}
