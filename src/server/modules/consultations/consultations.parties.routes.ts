/**
 * A party's contribution and position (the municipality's contact, or the secretariat), and the
 * consultation documents (upload as multipart, download as an attachment with nosniff).
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CASE_LIMITS } from '../../../shared/cases.contract';
import {
  ConsultationDocumentParamsSchema,
  ConsultationParamsSchema,
  ConsultationPartyParamsSchema,
  ContributionRequestSchema,
  PositionRequestSchema,
} from '../../../shared/consultations.contract';
import { todayInDenmark } from '../../../shared/dates';
import { hasRole } from '../../../shared/roles';
import { actorOf } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { NoContentSchema, problemResponses } from '../../platform/http';
import { allOf, byParam } from '../../platform/scope';
import { grantKeysOf } from '../access/index';
import { contentDisposition } from '../cases/index';
import type { ConsultationsDeps } from './consultations.deps';
import { findDocument } from './consultations.repo';
import {
  addDocument,
  requireConsultation,
  saveContribution,
  setPosition,
} from './consultations.service';
import { consultationError, textOf } from './consultations.texts';
import { mayActForParty } from './consultations.view';

const tags = ['consultations'];
const MB = Math.round(CASE_LIMITS.attachmentBytes / (1024 * 1024));

/**
 * Refuses (403) a member who does not act for the party: only the secretariat in scope or the
 * party's own contact (a scope grant for exactly that party) may change its contribution.
 */
async function assertActsFor(deps: ConsultationsDeps, request: FastifyRequest, partyId: string) {
  const role = request.effectiveRole ?? 'reader';
  if (hasRole(role, 'secretariat')) return;
  const grants = await grantKeysOf(deps.db, request.user?.id ?? '');
  if (!mayActForParty(role, grants, partyId)) {
    throw new AppError('forbidden', textOf('errors.notYourParty'));
  }
}

/** Reads the one uploaded file; missing or malformed → 400, too large → 413. */
async function readUpload(request: FastifyRequest): Promise<{ fileName: string; content: Buffer }> {
  let part;
  try {
    part = await request.file({
      limits: { fileSize: CASE_LIMITS.attachmentBytes, files: 1, fields: 5, parts: 6 },
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw error;
    throw new AppError('badRequest');
  }
  if (!part) throw new AppError('badRequest');
  try {
    return { fileName: part.filename, content: await part.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('payloadTooLarge', {
        da: `Filen er for stor (højst ${MB} MB).`,
        en: `The file is too large (at most ${MB} MB).`,
      });
    }
    throw new AppError('badRequest');
  }
}

export async function consultationPositionsRoutes(
  app: FastifyInstance,
  deps: ConsultationsDeps,
): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: CASE_LIMITS.attachmentBytes, files: 1, fields: 5, parts: 6 },
  });
  const { db } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const partyScope = allOf(byParam('consultation'), byParam('party', 'partyId'));

  r.put(
    '/consultations/:id/parties/:partyId/contribution',
    {
      config: { access: 'member', scope: partyScope },
      schema: {
        tags,
        summary: 'Add or change a party’s contribution (until the contribution deadline)',
        params: ConsultationPartyParamsSchema,
        body: ContributionRequestSchema,
        response: { 204: NoContentSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      await assertActsFor(deps, request, request.params.partyId);
      await saveContribution(db, actorOf(request), {
        id: request.params.id,
        partyId: request.params.partyId,
        text: request.body.text,
        on: todayInDenmark(deps.clock()),
      });
      return reply.status(204).send(null);
    },
  );

  r.put(
    '/consultations/:id/parties/:partyId/position',
    {
      config: { access: 'member', scope: partyScope },
      schema: {
        tags,
        summary: 'A party co-signs, abstains or dissents (with a text)',
        params: ConsultationPartyParamsSchema,
        body: PositionRequestSchema,
        response: { 204: NoContentSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      await assertActsFor(deps, request, request.params.partyId);
      await setPosition(db, actorOf(request), {
        id: request.params.id,
        partyId: request.params.partyId,
        position: request.body.position,
        dissentText: request.body.dissentText ?? null,
      });
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/consultations/:id/documents',
    {
      config: { access: 'secretariat', scope: byParam('consultation') },
      schema: {
        tags,
        summary: `Add a consultation document (multipart field "file"; at most ${MB} MB)`,
        consumes: ['multipart/form-data'],
        params: ConsultationParamsSchema,
        response: { 201: z.object({ id: z.uuid() }), ...problemResponses },
      },
    },
    async (request, reply) => {
      await requireConsultation(db, request.params.id);
      const upload = await readUpload(request);
      return reply
        .status(201)
        .send(await addDocument(db, actorOf(request), request.params.id, upload));
    },
  );

  r.get(
    '/consultations/:id/documents/:documentId',
    {
      config: { access: 'reader', scope: byParam('consultation') },
      schema: {
        tags,
        summary: 'Download a consultation document',
        params: ConsultationDocumentParamsSchema,
        response: { 200: z.any().describe('The file'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const doc = await findDocument(db, request.params.id, request.params.documentId);
      if (!doc) throw consultationError('notFound', 'documentNotFound');
      return reply
        .header('content-type', doc.mediaType)
        .header('content-disposition', contentDisposition(doc.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-length', String(doc.content.length))
        .send(doc.content);
    },
  );
}
