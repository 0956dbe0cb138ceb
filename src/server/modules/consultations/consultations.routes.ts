/**
 * /api/consultations: the list and archive, one consultation, creating it, comments, the
 * consolidated draft's versions and their diff, sending, and the response as DOCX and PDF.
 * "Today" (planning the deadlines, a contribution's day, the default sending day) is the
 * request's day in Denmark from the module's clock (tests inject a fixed one); the caller never
 * states it, except the day a response was actually sent.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CommentRequestSchema,
  ConsultationDetailSchema,
  ConsultationListQuerySchema,
  ConsultationListSchema,
  ConsultationParamsSchema,
  CreateConsultationRequestSchema,
  DiffQuerySchema,
  DiffResultSchema,
  SendRequestSchema,
  VersionRequestSchema,
} from '../../../shared/consultations.contract';
import { todayInDenmark } from '../../../shared/dates';
import { actorOf } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { byBody, byParam, type TargetRule } from '../../platform/scope';
import { contentDisposition } from '../cases/index';
import type { ConsultationsDeps } from './consultations.deps';
import { consultationPositionsRoutes } from './consultations.parties.routes';
import { responseDocument, renderResponseDocx, renderResponsePdf } from './consultations.render';
import {
  addComment,
  createConsultation,
  requireConsultation,
  saveVersion,
  sendConsultation,
} from './consultations.service';
import {
  consultationDetail,
  listConsultations,
  positionsOf,
  versionDiff,
} from './consultations.view';

const tags = ['consultations'];

/**
 * A new consultation acts on its drafting forum (the secretariat serving a cluster forum may
 * create one), else on the collaboration; the service checks that the fora and parties belong
 * to the collaboration.
 */
const draftingForumOrCollaboration: TargetRule = (input) =>
  byBody('forum', 'draftingForumId')(input) ?? byBody('collaboration', 'collaborationId')(input);
const byConsultation = byParam('consultation');
const Created = z.object({ id: z.uuid() });
const VersionSaved = z.object({ number: z.number().int() });

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The caller as the views need them. */
export function viewerOfRequest(request: FastifyRequest, deps: ConsultationsDeps) {
  return {
    userId: request.user?.id ?? '',
    role: request.effectiveRole ?? request.user?.role ?? 'reader',
    today: todayInDenmark(deps.clock()),
  };
}

/** A file name for the response: `hoeringssvar-<date>.<ext>`. */
function fileName(row: { externalDeadline: string }, ext: string): string {
  return `hoeringssvar-${row.externalDeadline}.${ext}`;
}

export async function consultationsRoutes(
  app: FastifyInstance,
  deps: ConsultationsDeps,
): Promise<void> {
  const { db } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/consultations',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: 'Consultations, paged (status=sent: the archive), with the total',
        querystring: ConsultationListQuerySchema,
        response: { 200: ConsultationListSchema, ...problemResponses },
      },
    },
    async (request) => listConsultations(db, request.query),
  );

  r.post(
    '/consultations',
    {
      config: { access: 'secretariat', scope: draftingForumOrCollaboration },
      schema: {
        tags,
        summary: 'Create a consultation; its internal deadlines are computed backwards',
        body: CreateConsultationRequestSchema,
        response: { 201: Created, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createConsultation(
            db,
            actorOf(request),
            request.body,
            todayInDenmark(deps.clock()),
          ),
        ),
  );

  r.get(
    '/consultations/:id',
    {
      config: { access: 'reader', scope: byConsultation },
      schema: {
        tags,
        summary: 'One consultation: deadlines, contributions, draft, versions, positions',
        params: ConsultationParamsSchema,
        response: { 200: ConsultationDetailSchema, ...problemResponses },
      },
    },
    async (request) => consultationDetail(db, viewerOfRequest(request, deps), request.params.id),
  );

  r.post(
    '/consultations/:id/comments',
    {
      config: { access: 'member', scope: byConsultation },
      schema: {
        tags,
        summary: 'Comment on the draft',
        params: ConsultationParamsSchema,
        body: CommentRequestSchema,
        response: { 201: Created, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addComment(db, actorOf(request), request.params.id, request.body.body)),
  );

  r.post(
    '/consultations/:id/versions',
    {
      config: { access: 'secretariat', scope: byConsultation },
      schema: {
        tags,
        summary: 'Save the consolidated draft as a new version',
        params: ConsultationParamsSchema,
        body: VersionRequestSchema,
        response: { 201: VersionSaved, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await saveVersion(db, actorOf(request), request.params.id, request.body.text)),
  );

  r.post(
    '/consultations/:id/send',
    {
      config: { access: 'secretariat', scope: byConsultation },
      schema: {
        tags,
        summary: 'Mark the response sent (default today); it is frozen from then on',
        params: ConsultationParamsSchema,
        body: SendRequestSchema,
        response: { 200: ConsultationDetailSchema, ...problemResponses },
      },
    },
    async (request) => {
      const sentOn = request.body.sentOn ?? todayInDenmark(deps.clock());
      await sendConsultation(db, actorOf(request), request.params.id, sentOn);
      return consultationDetail(db, viewerOfRequest(request, deps), request.params.id);
    },
  );

  await app.register(responseFileRoutes, deps);
  await app.register(consultationPositionsRoutes, deps);
}

/** The word diff between two versions, and the response as DOCX and PDF with the positions. */
async function responseFileRoutes(app: FastifyInstance, deps: ConsultationsDeps): Promise<void> {
  const { db } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/consultations/:id/diff',
    {
      config: { access: 'reader', scope: byConsultation },
      schema: {
        tags,
        summary: 'The word diff between two versions of the draft (0 = empty)',
        params: ConsultationParamsSchema,
        querystring: DiffQuerySchema,
        response: { 200: DiffResultSchema, ...problemResponses },
      },
    },
    async (request) => versionDiff(db, request.params.id, request.query.from, request.query.to),
  );

  for (const format of ['docx', 'pdf'] as const) {
    r.get(
      `/consultations/:id/response.${format}`,
      {
        config: { access: 'reader', scope: byConsultation },
        schema: {
          tags,
          summary: `The consolidated response with its signatories as ${format.toUpperCase()}`,
          params: ConsultationParamsSchema,
          response: { 200: z.any().describe('The file'), ...problemResponses },
        },
      },
      async (request, reply) => {
        const row = await requireConsultation(db, request.params.id);
        const doc = responseDocument(row, await positionsOf(db, row.id));
        const file =
          format === 'docx' ? await renderResponseDocx(doc) : await renderResponsePdf(doc);
        return reply
          .header('content-type', format === 'docx' ? DOCX : 'application/pdf')
          .header('content-disposition', contentDisposition(fileName(row, format)))
          .header('x-content-type-options', 'nosniff')
          .send(file);
      },
    );
  }
}
