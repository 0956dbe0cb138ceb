/** GET /api/search: Danish full-text search over what the viewer may see (reader and up). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { SearchQuerySchema, SearchResultSchema } from '../../../shared/search.contract';
import { problemResponses } from '../../platform/http';
import { viewerOf, type CaseDeps } from '../cases/index';
import { search } from './search.service';

/** The search route. */
export async function searchRoutes(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/search',
    {
      config: { access: 'reader' },
      schema: {
        tags: ['search'],
        summary:
          'Search cases, agenda items, decisions and minutes (Danish stemming and compound words)',
        querystring: SearchQuerySchema,
        response: { 200: SearchResultSchema, ...problemResponses },
      },
    },
    async (request) => search(deps, viewerOf(request), request.query),
  );
}
