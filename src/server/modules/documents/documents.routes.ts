/**
 * GET /api/meetings/:id/agenda.docx|.pdf and /api/meetings/:id/minutes.docx|.pdf: the agenda or
 * minutes as the requesting reader may see them (closed items as "Lukket punkt" placeholders),
 * downloaded as an attachment with a Danish file name, never cached. The file is rendered on
 * the worker pool, and the routes are rate limited per user.
 */
import { byParam } from '../../platform/scope';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { heavyRateLimit, type HeavyWork } from '../../platform/heavy-routes';
import { IdParamsSchema, problemResponses } from '../../platform/http';
import { viewerOf, type CaseDeps } from '../cases/index';
import type { DocumentKind } from './documents.model';
import { renderMeetingDocument, type DocumentFormat } from './documents.service';
import { contentDisposition } from './file-name';

const VARIANTS: readonly { kind: DocumentKind; format: DocumentFormat; summary: string }[] = [
  { kind: 'agenda', format: 'docx', summary: 'The agenda as Word (DOCX)' },
  { kind: 'agenda', format: 'pdf', summary: 'The agenda as tagged PDF' },
  { kind: 'minutes', format: 'docx', summary: 'The minutes as Word (DOCX)' },
  { kind: 'minutes', format: 'pdf', summary: 'The minutes as tagged PDF' },
];

/** What the document routes are registered with. */
export type DocumentsDeps = CaseDeps & { heavy: HeavyWork };

/** The four document routes (reader and up). */
export async function documentsRoutes(app: FastifyInstance, deps: DocumentsDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const rendering = { ...deps, workers: deps.heavy.workers };
  for (const { kind, format, summary } of VARIANTS) {
    r.get(
      `/meetings/:id/${kind}.${format}`,
      {
        config: {
          access: 'reader',
          scope: byParam('meeting'),
          rateLimit: heavyRateLimit(deps.heavy),
        },
        schema: {
          tags: ['documents'],
          summary,
          params: IdParamsSchema,
          response: { 200: z.any().describe('The file'), ...problemResponses },
        },
      },
      async (request, reply) => {
        const file = await renderMeetingDocument(
          rendering,
          viewerOf(request),
          request.params.id,
          kind,
          format,
        );
        return reply
          .header('content-type', file.mediaType)
          .header('content-disposition', contentDisposition(file.fileName))
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'no-store')
          .send(file.content);
      },
    );
  }
}
