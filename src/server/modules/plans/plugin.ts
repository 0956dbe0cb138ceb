/** The plans module's routes as one plugin (register under /api with `{ db }`). */
import type { FastifyInstance } from 'fastify';
import { registerPlansCarryOver } from './carry-over';
import { degreeRoutes } from './degrees.routes';
import { goalRoutes } from './goals.routes';
import { initiativePartRoutes } from './initiatives.parts.routes';
import { initiativeRoutes } from './initiatives.routes';
import type { PlansDeps } from './plans.deps';
import { planRoutes } from './plans.routes';
import { priorityRoutes } from './priorities.routes';

/**
 * Registers the plan model's /api/plans routes, and (once per process) the carry-over of plans to
 * successor fora on a reorganisation.
 */
export async function plansModule(app: FastifyInstance, deps: PlansDeps): Promise<void> {
  registerPlansCarryOver();
  await planRoutes(app, deps);
  await goalRoutes(app, deps);
  await initiativeRoutes(app, deps);
  await initiativePartRoutes(app, deps);
  await degreeRoutes(app, deps);
  await priorityRoutes(app, deps);
}
