/**
 * /api/meetings planning: series from a forum's cadence, agenda deadlines, and dated
 * multi-body process templates (seed 003). Previews are reads ('reader'), creation 'secretariat'.
 */
import { byBody, byBodyRecordLists, collaborationOrNational } from '../../platform/scope';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/audit';
import { IdParamsSchema, problemResponses } from '../../platform/http';
import {
  CreateProcessRequestSchema,
  CreateSeriesRequestSchema,
  DeadlinesQuerySchema,
  MeetingDeadlinesSchema,
  ProcessCreatedSchema,
  ProcessPreviewRequestSchema,
  ProcessPreviewSchema,
  ProcessTemplateListSchema,
  SeriesCreatedSchema,
  SeriesPreviewRequestSchema,
  SeriesPreviewSchema,
} from '../../../shared/meetings-planning.contract';
import { meetingDeadlines } from './deadlines.service';
import type { MeetingsDeps } from './participants.service';
import { createProcess, previewProcess, PROCESS_TEMPLATES } from './process.service';
import { createSeries, previewSeries } from './series.service';

const tags = ['meetings'];
const read = { access: 'reader' as const };
const write = { access: 'secretariat' as const };

/** Planning routes. */
export async function planningRoutes(app: FastifyInstance, deps: MeetingsDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/meetings/series/preview',
    {
      config: { ...read, scope: byBody('forum', 'forumId') },
      schema: {
        tags,
        summary: "Propose a series from the forum's cadence (nothing is saved)",
        body: SeriesPreviewRequestSchema,
        response: { 200: SeriesPreviewSchema, ...problemResponses },
      },
    },
    async (request) => previewSeries(deps, request.body),
  );

  r.post(
    '/meetings/series',
    {
      config: { ...write, scope: byBody('forum', 'forumId') },
      schema: {
        tags,
        summary: 'Create the proposed series (409 orderingWarning unless acknowledgeWarnings)',
        body: CreateSeriesRequestSchema,
        response: { 201: SeriesCreatedSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createSeries(deps, actorOf(request), request.body)),
  );

  r.get(
    '/meetings/:id/deadlines',
    {
      config: read,
      schema: {
        tags,
        summary: 'Agenda deadlines along the preparation chains leading to this meeting',
        params: IdParamsSchema,
        querystring: DeadlinesQuerySchema,
        response: { 200: MeetingDeadlinesSchema, ...problemResponses },
      },
    },
    async (request) => meetingDeadlines(deps, request.params.id, request.query),
  );

  r.get(
    '/meetings/process-templates',
    {
      config: read,
      schema: {
        tags,
        summary: 'The built-in process templates',
        response: { 200: ProcessTemplateListSchema, ...problemResponses },
      },
    },
    async () => ({ items: PROCESS_TEMPLATES.map((t) => ({ ...t, steps: [...t.steps] })) }),
  );

  r.post(
    '/meetings/processes/preview',
    {
      config: { ...read, scope: 'own' },
      schema: {
        tags,
        summary: 'Place a process template in the calendar (nothing is saved)',
        body: ProcessPreviewRequestSchema,
        response: { 200: ProcessPreviewSchema, ...problemResponses },
      },
    },
    async (request) => previewProcess(deps, request.body),
  );

  r.post(
    '/meetings/processes',
    {
      config: {
        ...write,
        scope: collaborationOrNational(
          'collaborationId',
          byBodyRecordLists('forum', 'forumsByRole'),
        ),
      },
      schema: {
        tags,
        summary: "Create a process's linked meetings (409 orderingWarning unless acknowledged)",
        body: CreateProcessRequestSchema,
        response: { 201: ProcessCreatedSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createProcess(deps, actorOf(request), request.body)),
  );
}
