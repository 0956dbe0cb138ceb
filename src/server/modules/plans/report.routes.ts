/** /api/plans/:id/report.pdf: the plan's PDF report (rendered on the worker pool). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PlanExportParamsSchema } from '../../../shared/plan-file.contract';
import { heavyRateLimit } from '../../platform/heavy-routes';
import { problemResponses } from '../../platform/http';
import { byParam } from '../../platform/scope';
import { attachment, planOf, type PlanFilesDeps } from './files.plugin';
import { renderReport } from './report.service';

const ReportQuerySchema = z.object({ lang: z.enum(['da', 'en']).default('da') });

export async function reportRoutes(app: FastifyInstance, deps: PlanFilesDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/plans/:id/report.pdf',
    {
      config: { access: 'reader', scope: byParam('plan'), rateLimit: heavyRateLimit(deps.heavy) },
      schema: {
        tags: ['plans'],
        summary:
          'The plan as a PDF report: goals, initiatives with milestones, degrees in the latest closed round, latest indicator values',
        params: PlanExportParamsSchema,
        querystring: ReportQuerySchema,
        response: { 200: z.any().describe('The PDF file'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const plan = await planOf(deps.db, request.params.id);
      const pdf = await renderReport(deps.db, plan, request.query.lang, deps.heavy.workers);
      const name = `${plan.key.replace(/[^A-Za-z0-9æøåÆØÅ._-]/g, '_') || 'plan'}-rapport.pdf`;
      return reply
        .type('application/pdf')
        .header('content-disposition', attachment(name))
        .header('x-content-type-options', 'nosniff')
        .send(pdf);
    },
  );
}
