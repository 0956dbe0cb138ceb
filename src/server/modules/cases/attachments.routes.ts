/**
 * /api/cases/:id/attachments: upload (multipart, one file in the field `file`), download (as an
 * attachment, never rendered inline, with nosniff) and confirmed soft delete.
 */
import { byParam } from '../../platform/scope';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AttachmentMetaSchema,
  AttachmentParamsSchema,
  CASE_LIMITS,
  CaseParamsSchema,
  DeleteAttachmentRequestSchema,
} from '../../../shared/cases.contract';
import { actorOf } from '../../platform/audit';
import { NoContentSchema, problemResponses } from '../../platform/http';
import { deleteAttachment, downloadAttachment, uploadAttachment } from './attachments.service';
import type { CaseDeps } from './ports';
import { appError } from './texts';
import { viewerOf } from './viewer';

const MB = Math.round(CASE_LIMITS.attachmentBytes / (1024 * 1024));

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266), ASCII fallback without quotes. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Reads the one uploaded file (attachment limits); too large, missing or malformed → 4xx problem.
 * Also the pilots' evaluation file.
 */
export async function readUpload(
  request: FastifyRequest,
): Promise<{ fileName: string; content: Buffer }> {
  let part;
  try {
    part = await request.file({
      limits: { fileSize: CASE_LIMITS.attachmentBytes, files: 1, fields: 5, parts: 6 },
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw error;
    throw appError('badRequest', 'cases', 'attachments.missingFile');
  }
  if (!part) throw appError('badRequest', 'cases', 'attachments.missingFile');
  try {
    return { fileName: part.filename, content: await part.toBuffer() };
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw appError('payloadTooLarge', 'cases', 'attachments.tooLarge', { maxMb: MB });
    }
    throw appError('badRequest', 'cases', 'attachments.missingFile');
  }
}

/** The attachment routes; registers multipart parsing for this scope only. */
export async function attachmentsRoutes(app: FastifyInstance, deps: CaseDeps): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: CASE_LIMITS.attachmentBytes, files: 1, fields: 5, parts: 6 },
  });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cases'];

  r.post(
    '/cases/:id/attachments',
    {
      config: { access: 'member', scope: byParam('case') },
      schema: {
        tags,
        summary: `Attach a file (multipart field "file"; PDF, DOCX, XLSX, PPTX, PNG, JPEG, TXT, CSV; at most ${MB} MB)`,
        consumes: ['multipart/form-data'],
        params: CaseParamsSchema,
        response: { 201: AttachmentMetaSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const upload = await readUpload(request);
      const meta = await uploadAttachment(deps, actorOf(request), viewerOf(request), {
        caseId: request.params.id,
        ...upload,
      });
      return reply.status(201).send(meta);
    },
  );

  r.get(
    '/cases/:id/attachments/:attachmentId',
    {
      config: { access: 'reader', scope: byParam('case') },
      schema: {
        tags,
        summary: 'Download an attachment',
        params: AttachmentParamsSchema,
        response: { 200: z.any().describe('The file'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, attachmentId } = request.params;
      const file = await downloadAttachment(deps, viewerOf(request), id, attachmentId);
      return reply
        .header('content-type', file.mediaType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('content-length', String(file.content.length))
        .send(file.content);
    },
  );

  r.delete(
    '/cases/:id/attachments/:attachmentId',
    {
      config: { access: 'member', scope: byParam('case') },
      schema: {
        tags,
        summary: 'Delete an attachment (soft, confirmed, audited)',
        params: AttachmentParamsSchema,
        body: DeleteAttachmentRequestSchema,
        response: { 204: NoContentSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteAttachment(deps, actorOf(request), viewerOf(request), {
        caseId: request.params.id,
        attachmentId: request.params.attachmentId,
        reason: request.body.reason,
      });
      return reply.status(204).send(null);
    },
  );
}
