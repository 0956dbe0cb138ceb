/**
 * The shipped templates for the reform wizard (admin and secretariat, read-only):
 * `GET /org/templates` lists them, `GET /org/templates/:name` answers one as YAML text.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../platform/errors';
import { problemResponses } from '../../platform/http';
import { OrgTemplateListSchema, TemplateNameSchema } from '../../../shared/org-templates.contract';
import { listTemplates, templateText, TEMPLATES_DIR } from './org-templates.service';

const TAGS = ['organisation'];

/** Registers the template routes; `dir` is the templates folder (tests pass their own). */
export async function orgTemplateRoutes(
  app: FastifyInstance,
  options: { templatesDir?: string } = {},
): Promise<void> {
  const dir = options.templatesDir ?? TEMPLATES_DIR;
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/org/templates',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: TAGS,
        summary: 'The shipped organisation templates (templates/*.yaml)',
        response: { 200: OrgTemplateListSchema, ...problemResponses },
      },
    },
    async () => ({ items: await listTemplates(dir) }),
  );
  r.get(
    '/org/templates/:name',
    {
      config: { access: 'secretariat' },
      schema: {
        tags: TAGS,
        summary: 'One shipped organisation template as YAML',
        params: z.object({ name: TemplateNameSchema }),
        response: { 200: z.string().describe('YAML (text/yaml)'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const text = await templateText(request.params.name, dir);
      if (text === null) throw notFound({ da: 'Skabelonen', en: 'The template' });
      return reply.type('text/yaml; charset=utf-8').send(text);
    },
  );
}
