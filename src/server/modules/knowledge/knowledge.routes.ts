/**
 * /api/knowledge: the knowledge bank's search (Danish full text, filters, paged), the filter
 * values, and "similar in other clusters" for one entry. Readers may search; closed items are
 * filtered in SQL (knowledge.search.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { todayInDenmark } from '../../../shared/dates';
import {
  KnowledgeEntryParamsSchema,
  KnowledgeFiltersSchema,
  KnowledgeListSchema,
  KnowledgeQuerySchema,
  KnowledgeSimilarSchema,
} from '../../../shared/knowledge.contract';
import { problemResponses } from '../../platform/http';
import { viewerOf, type CaseDeps } from '../cases/index';
import { knowledgeFilters, searchKnowledge, similarInOtherClusters } from './knowledge.search';

const tags = ['knowledge'];

/** The knowledge-bank routes. */
export async function knowledgeRoutes(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/knowledge',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary:
          'Search pilots, scale-up decisions and task transfers (Danish full text, filters, paged)',
        querystring: KnowledgeQuerySchema,
        response: { 200: KnowledgeListSchema, ...problemResponses },
      },
    },
    async (request) => searchKnowledge(deps, viewerOf(request), request.query, todayInDenmark()),
  );

  r.get(
    '/knowledge/filters',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'The themes and clusters the knowledge bank’s entries have, for the filters',
        response: { 200: KnowledgeFiltersSchema, ...problemResponses },
      },
    },
    async () => knowledgeFilters(deps),
  );

  r.get(
    '/knowledge/:kind/:sourceId/similar',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'Similar entries in other clusters (the screening’s trigram similarity)',
        params: KnowledgeEntryParamsSchema,
        response: { 200: KnowledgeSimilarSchema, ...problemResponses },
      },
    },
    async (request) =>
      similarInOtherClusters(
        deps,
        viewerOf(request),
        request.params.kind,
        request.params.sourceId,
        todayInDenmark(),
      ),
  );
}
