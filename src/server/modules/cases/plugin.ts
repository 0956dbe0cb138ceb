/** The cases module's routes as one plugin: reads and screening, route changes, attachments. */
import type { FastifyInstance } from 'fastify';
import { attachmentsRoutes } from './attachments.routes';
import { casesRoutes } from './cases.routes';
import { caseStepsRoutes } from './cases.steps.routes';
import type { CaseDeps } from './ports';

/** Registers every /api/cases route. */
export async function casesModule(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  await app.register(casesRoutes, deps);
  await app.register(caseStepsRoutes, deps);
  await app.register(attachmentsRoutes, deps);
}
