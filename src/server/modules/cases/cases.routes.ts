/**
 * /api/cases: raise, list and read cases, and the screening views (similar cases before saving,
 * recurring cases for the officials' committee, decisions returned to a forum). Every read goes
 * through the viewer-filtered functions of cases.view.ts / cases.lists.ts.
 */
import { byBody, byParam } from '../../platform/scope';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CaseDetailSchema,
  CaseListQuerySchema,
  CaseListSchema,
  CaseParamsSchema,
  RaiseCaseRequestSchema,
  RaiseCaseResponseSchema,
  RecurringListSchema,
  RecurringQuerySchema,
  ReturnedListSchema,
  ReturnedQuerySchema,
  SimilarListSchema,
  SimilarQuerySchema,
} from '../../../shared/cases.contract';
import { actorOf } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { requireForum } from './cases.guard';
import { listCases, recurringCases, returnedToForum, similarCases } from './cases.lists';
import { raiseCase } from './cases.service';
import { getCaseForViewer } from './cases.view';
import type { CaseDeps } from './ports';
import { viewerOf } from './viewer';

/** The case routes (reads, raising, screening). */
export async function casesRoutes(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  r.get(
    '/cases',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'Cases, filtered by collaboration, forum, status, flag or text',
        querystring: CaseListQuerySchema,
        response: { 200: CaseListSchema, ...problemResponses },
      },
    },
    async (request) => listCases(deps, viewerOf(request), request.query),
  );

  r.post(
    '/cases',
    {
      config: { access: 'member', scope: byBody('forum', 'raisedInForumId') },
      schema: {
        tags,
        summary:
          'Raise a case in a forum with its route; answers with similar cases of other clusters',
        body: RaiseCaseRequestSchema,
        response: { 201: RaiseCaseResponseSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const id = await raiseCase(deps, actorOf(request), request.body);
      const detail = await getCaseForViewer(deps, viewer, id);
      const forum = await requireForum(
        deps.db,
        deps,
        request.body.raisedInForumId,
        request.body.collaborationId,
      );
      const similar = await similarCases(deps, viewer, {
        collaborationId: request.body.collaborationId,
        clusterId: forum.clusterId,
        title: request.body.title,
        summary: request.body.summary,
        excludeId: id,
      });
      return reply.status(201).send({ case: detail, similar });
    },
  );

  r.get(
    '/cases/similar',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'Similar cases in other clusters, for the form before a case is saved (seed 004)',
        querystring: SimilarQuerySchema,
        response: { 200: SimilarListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const forum = await requireForum(deps.db, deps, q.forumId, q.collaborationId);
      const items = await similarCases(deps, viewerOf(request), {
        collaborationId: q.collaborationId,
        clusterId: forum.clusterId,
        title: q.title,
        summary: q.summary,
      });
      return { items };
    },
  );

  r.get(
    '/cases/recurring',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary:
          "The officials' committee's screening: cases recurring in several clusters, cross-cutting, principled or precedent-setting",
        querystring: RecurringQuerySchema,
        response: { 200: RecurringListSchema, ...problemResponses },
      },
    },
    async (request) => recurringCases(deps, viewerOf(request), request.query),
  );

  r.get(
    '/cases/returned',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'What flowed back to a forum: decisions returned, cases sent back or withdrawn',
        querystring: ReturnedQuerySchema,
        response: { 200: ReturnedListSchema, ...problemResponses },
      },
    },
    async (request) => returnedToForum(deps, viewerOf(request), request.query),
  );

  r.get(
    '/cases/:id',
    {
      config: { access: 'reader', scope: byParam('case') },
      schema: {
        tags,
        summary: 'A case with its route and timeline, both ways (a placeholder if confidential)',
        params: CaseParamsSchema,
        response: { 200: CaseDetailSchema, ...problemResponses },
      },
    },
    async (request) => getCaseForViewer(deps, viewerOf(request), request.params.id),
  );
}
