/**
 * /api/history: bringing history in (issue 12 point 6). A secretariat of the collaboration
 * records a case with its past dates (`preview: true` checks and answers without writing), or
 * imports a file of them (preview, then `commit=true`: all or nothing per file); anyone who may
 * read the case sees whether it was recorded afterwards.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInDenmark } from '../../../shared/dates';
import {
  HISTORY_LIMITS,
  HistoryRecordViewSchema,
  HistoryResultSchema,
  ImportQuerySchema,
  ImportReportSchema,
  RecordHistoryRequestSchema,
} from '../../../shared/history.contract';
import type { Db } from '../../db/client';
import { actorOf } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { problemResponses } from '../../platform/http';
import { byBody, byParam, uuidOf, type TargetRule } from '../../platform/scope';
import { viewerOf } from '../cases/index';
import { sheetKindOf } from '../plans/pure';
import { importHistory } from './history.import';
import {
  checkRecord,
  historyRecordOf,
  recordHistoricalCase,
  resultOf,
  type Recorder,
} from './history.service';
import { historyText, refusal } from './texts';

const byQueryCollaboration: TargetRule = ({ query }) => {
  const id = uuidOf(query.collaborationId);
  return id ? [{ kind: 'collaboration', id }] : undefined;
};

function recorder(request: FastifyRequest): Recorder {
  return { actor: actorOf(request), viewer: viewerOf(request), today: todayInDenmark() };
}

async function readFile(request: FastifyRequest) {
  const bad = (key: string, params: Record<string, string | number> = {}) =>
    new AppError('badRequest', historyText(`import.${key}`, params));
  let part;
  try {
    part = await request.file({
      limits: { fileSize: HISTORY_LIMITS.importBytes, files: 1, fields: 2, parts: 3 },
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw error;
    throw bad('unreadable');
  }
  if (!part) throw bad('unreadable');
  const kind = sheetKindOf(part.filename, part.mimetype);
  let content: Buffer;
  try {
    content = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('payloadTooLarge');
    throw bad('unreadable');
  }
  if (!kind) throw new AppError('unsupportedMediaType', historyText('import.unreadable'));
  return { bytes: new Uint8Array(content), kind, fileName: part.filename };
}

/** The history routes; registers multipart parsing for this scope only. */
export async function historyRoutes(app: FastifyInstance, deps: { db: Db }): Promise<void> {
  const { db } = deps;
  await app.register(multipart, {
    limits: { fileSize: HISTORY_LIMITS.importBytes, files: 1, fields: 2, parts: 3 },
  });
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['history'];

  r.post(
    '/history/cases',
    {
      config: { access: 'secretariat', scope: byBody('collaboration', 'collaborationId') },
      schema: {
        tags,
        summary:
          'Record a case treated before Samspil with its real past dates (preview: true only checks)',
        description:
          'Creates in one transaction the case raised on its day, the past meetings (held), each step on its agenda with recommendation and decision in approved minutes; one audit row history.recordCase. Any problem: 422 with every problem in extra.problems, nothing written.',
        body: RecordHistoryRequestSchema,
        response: { 200: HistoryResultSchema, 201: HistoryResultSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const who = recorder(request);
      const { collaborationId, preview, ...record } = request.body;
      if (preview) {
        const c = await checkRecord(db, record, collaborationId, who.today);
        return reply.status(200).send(resultOf(c, null, true));
      }
      const c = await checkRecord(db, record, collaborationId, who.today);
      if (c.checked.problems.length > 0) throw refusal(resultOf(c, null, false).problems);
      const result = await recordHistoricalCase(db, who, record, collaborationId);
      return reply.status(201).send(result);
    },
  );

  r.get(
    '/history/cases/:id',
    {
      config: { access: 'reader', scope: byParam('case') },
      schema: {
        tags,
        summary: 'Whether (and when) a case was recorded afterwards as history',
        params: z.object({ id: z.uuid() }),
        response: { 200: HistoryRecordViewSchema, ...problemResponses },
      },
    },
    async (request) => ({ record: await historyRecordOf(db, request.params.id) }),
  );

  r.post(
    '/history/import',
    {
      config: { access: 'secretariat', scope: byQueryCollaboration },
      bodyLimit: HISTORY_LIMITS.importBytes + 64 * 1024,
      schema: {
        tags,
        summary:
          'Import historical cases from XLSX or CSV (multipart field "file"; one row per step, see docs/history-import.md); commit=false (default) only reports',
        description:
          'A preview answers 200 with each case and its problems. A commit is all or nothing per file: any problem answers 422 with the report in extra.report and writes nothing; else one transaction and one audit row history.import.',
        consumes: ['multipart/form-data'],
        querystring: ImportQuerySchema,
        response: { 200: ImportReportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const upload = await readFile(request);
      return importHistory(
        db,
        recorder(request),
        { ...upload, collaborationId: request.query.collaborationId },
        request.query.commit === 'true',
      );
    },
  );
}
