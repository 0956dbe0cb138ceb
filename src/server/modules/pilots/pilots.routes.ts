/**
 * /api/pilots: pilots per collaboration (paged), a pilot's page, recording and editing, the
 * evaluation file (multipart upload, download, confirmed delete), raising it as a case, the
 * structured scale-up decision, and the spread per municipality.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CASE_LIMITS } from '../../../shared/cases.contract';
import { todayInDenmark } from '../../../shared/dates';
import {
  DeletePilotFileSchema,
  PilotDecisionRequestSchema,
  PilotDetailSchema,
  PilotFileSchema,
  PilotInputSchema,
  PilotListQuerySchema,
  PilotListSchema,
  PilotParamsSchema,
  PilotUpdateSchema,
  RaisePilotCaseSchema,
  RecordSpreadSchema,
} from '../../../shared/pilots.contract';
import { actorOf } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { byBody, byParam } from '../../platform/scope';
import type { WorkerPool } from '../../platform/worker-pool';
import { contentDisposition, readUpload, viewerOf, type CaseDeps } from '../cases/index';
import { decidePilot, recordSpread } from './pilots.decide';
import {
  createPilot,
  deletePilotFile,
  pilotFile,
  raisePilotCase,
  updatePilot,
  uploadPilotFile,
} from './pilots.service';
import { listPilots, pilotDetail } from './pilots.view';

export type PilotsDeps = CaseDeps & { workers?: WorkerPool };

const tags = ['pilots'];
const MB = Math.round(CASE_LIMITS.attachmentBytes / (1024 * 1024));

/** The pilot routes. */
export async function pilotsRoutes(app: FastifyInstance, deps: PilotsDeps): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: CASE_LIMITS.attachmentBytes, files: 1, fields: 5, parts: 6 },
  });
  recordRoutes(app, deps);
  fileRoutes(app, deps);
  scaleUpRoutes(app, deps);
}

const detail = { 200: PilotDetailSchema, ...problemResponses };

/** The list, the page, recording and editing. */
function recordRoutes(app: FastifyInstance, deps: PilotsDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/pilots',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'A collaboration’s pilots the viewer may see, newest first (paged)',
        querystring: PilotListQuerySchema,
        response: { 200: PilotListSchema, ...problemResponses },
      },
    },
    async (request) => listPilots(deps, viewerOf(request), request.query, todayInDenmark()),
  );

  r.post(
    '/pilots',
    {
      config: { access: 'secretariat', scope: byBody('forum', 'forumId') },
      schema: {
        tags,
        summary: 'Record a pilot (owning forum, hypothesis, period, municipalities, evaluation)',
        body: PilotInputSchema,
        response: { 201: PilotDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const id = await createPilot(deps, actorOf(request), request.body);
      const body = await pilotDetail(deps, viewerOf(request), id, todayInDenmark());
      return reply.status(201).send(body);
    },
  );

  r.get(
    '/pilots/:id',
    {
      config: { access: 'reader', scope: byParam('pilot') },
      schema: {
        tags,
        summary: 'A pilot with its evaluation, decisions, spread and proposed route',
        params: PilotParamsSchema,
        response: detail,
      },
    },
    async (request) => pilotDetail(deps, viewerOf(request), request.params.id, todayInDenmark()),
  );

  r.put(
    '/pilots/:id',
    {
      config: { access: 'secretariat', scope: byParam('pilot') },
      schema: {
        tags,
        summary: 'Edit a pilot and its evaluation',
        params: PilotParamsSchema,
        body: PilotUpdateSchema,
        response: detail,
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      await updatePilot(deps, actorOf(request), viewer, request.params.id, request.body);
      return pilotDetail(deps, viewer, request.params.id, todayInDenmark());
    },
  );
}

/** The evaluation file: upload, download, confirmed delete. */
function fileRoutes(app: FastifyInstance, deps: PilotsDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/pilots/:id/file',
    {
      config: { access: 'secretariat', scope: byParam('pilot') },
      schema: {
        tags,
        summary: `Upload the evaluation file (multipart field "file"; as case attachments, at most ${MB} MB)`,
        consumes: ['multipart/form-data'],
        params: PilotParamsSchema,
        response: { 201: PilotFileSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request);
      const meta = await uploadPilotFile(
        deps,
        actorOf(request),
        viewerOf(request),
        request.params.id,
        upload,
      );
      return reply.status(201).send(meta);
    },
  );

  r.get(
    '/pilots/:id/file',
    {
      config: { access: 'reader', scope: byParam('pilot') },
      schema: {
        tags,
        summary: 'Download the evaluation file',
        params: PilotParamsSchema,
        response: { 200: z.any().describe('The file'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const file = await pilotFile(deps, viewerOf(request), request.params.id);
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-length', String(file.content.length))
        .send(file.content);
    },
  );

  r.delete(
    '/pilots/:id/file',
    {
      config: { access: 'secretariat', scope: byParam('pilot') },
      schema: {
        tags,
        summary: 'Delete the evaluation file (confirmed)',
        params: PilotParamsSchema,
        body: DeletePilotFileSchema,
        response: detail,
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      await deletePilotFile(deps, actorOf(request), viewer, request.params.id);
      return pilotDetail(deps, viewer, request.params.id, todayInDenmark());
    },
  );
}

/** Raising as a case, the scale-up decision and the spread. */
function scaleUpRoutes(app: FastifyInstance, deps: PilotsDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/pilots/:id/case',
    {
      config: { access: 'secretariat', scope: byParam('pilot') },
      schema: {
        tags,
        summary: 'Raise the pilot as a case along the chosen scale-up route',
        params: PilotParamsSchema,
        body: RaisePilotCaseSchema,
        response: { 201: PilotDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      await raisePilotCase(deps, actorOf(request), viewer, request.params.id, request.body);
      return reply
        .status(201)
        .send(await pilotDetail(deps, viewer, request.params.id, todayInDenmark()));
    },
  );

  r.post(
    '/pilots/:id/decision',
    {
      config: { access: 'secretariat', scope: byParam('pilot') },
      schema: {
        tags,
        summary:
          'Record the scale-up decision (scale up / adjust and retry / stop, scope, date) as the case’s current step decision',
        params: PilotParamsSchema,
        body: PilotDecisionRequestSchema,
        response: detail,
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const today = todayInDenmark();
      await decidePilot(deps, actorOf(request), viewer, request.params.id, request.body, today);
      return pilotDetail(deps, viewer, request.params.id, today);
    },
  );

  r.post(
    '/pilots/:id/spread',
    {
      config: { access: 'secretariat', scope: byParam('pilot') },
      schema: {
        tags,
        summary: 'Record a municipality’s spread after the scale-up (feeds the plan’s degrees)',
        params: PilotParamsSchema,
        body: RecordSpreadSchema,
        response: detail,
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      await recordSpread(deps, actorOf(request), viewer, request.params.id, request.body);
      return pilotDetail(deps, viewer, request.params.id, todayInDenmark());
    },
  );
}
