/**
 * /api/questionnaires: the secretariat (in the questionnaire's collaboration) builds, sends,
 * revokes links, reminds, reads results, compares and exports. Answering: answer.routes.ts.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInDenmark } from '../../../shared/dates';
import {
  ComparisonSchema,
  CreateQuestionnaireSchema,
  FromTemplateSchema,
  QuestionnaireDetailSchema,
  QuestionnaireListQuerySchema,
  QuestionnaireListSchema,
  QuestionnaireParamsSchema,
  RecipientParamsSchema,
  ResultsSchema,
  SendQuestionnaireSchema,
  SentSchema,
  StepStatusSchema,
  UpdateQuestionnaireSchema,
} from '../../../shared/questionnaires.contract';
import { actorOf } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { byBody, byParam, uuidOf, type TargetRule } from '../../platform/scope';
import { contentDisposition } from '../documents/index';
import type { QuestionnairesDeps } from './questionnaires.deps';
import { questionnaireWorkbook } from './questionnaires.export';
import { answerRoutes } from './answer.routes';
import { sendReminders } from './answers.service';
import {
  createFollowUp,
  createFromTemplate,
  createQuestionnaire,
  revokeLink,
  sendQuestionnaire,
  updateQuestionnaire,
} from './questionnaires.service';
import { questionnaireError } from './questionnaires.texts';
import {
  findQuestionnaire,
  listQuestionnaires,
  processStatus,
  questionnaireComparison,
  questionnaireDetail,
  questionnaireResults,
} from './questionnaires.view';

const tags = ['questionnaires'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const sec = { access: 'secretariat' as const, scope: byParam('questionnaire') };
const byQueryCollaboration: TargetRule = ({ query }) => {
  const id = uuidOf(query.collaborationId);
  return id ? [{ kind: 'collaboration', id }] : undefined;
};
const detailResponse = { 200: QuestionnaireDetailSchema, ...problemResponses };
const ProcessParamsSchema = z.object({ processInstanceId: z.uuid() });

/** Registers the /questionnaires routes. */
export async function questionnaireRoutes(
  app: FastifyInstance,
  deps: QuestionnairesDeps,
): Promise<void> {
  await secretariatReads(app, deps);
  await secretariatWrites(app, deps);
  await sendingRoutes(app, deps);
  await answerRoutes(app, deps);
}

async function secretariatReads(app: FastifyInstance, deps: QuestionnairesDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.get(
    '/questionnaires',
    {
      config: { access: 'secretariat', scope: byQueryCollaboration },
      schema: {
        tags,
        summary: "A collaboration's questionnaires, newest first, paged with the total",
        querystring: QuestionnaireListQuerySchema,
        response: { 200: QuestionnaireListSchema, ...problemResponses },
      },
    },
    async (request) => listQuestionnaires(db, request.query),
  );

  r.get(
    '/questionnaires/process/:processInstanceId',
    {
      config: { access: 'reader' },
      schema: {
        tags,
        summary: "A process's questionnaires and who has answered (e.g. 12 of 29 municipalities)",
        params: ProcessParamsSchema,
        response: { 200: StepStatusSchema, ...problemResponses },
      },
    },
    async (request) => processStatus(db, request.params.processInstanceId),
  );

  r.get(
    '/questionnaires/:id',
    {
      config: sec,
      schema: {
        tags,
        summary: 'A questionnaire with its questions and recipients (answer status)',
        params: QuestionnaireParamsSchema,
        response: detailResponse,
      },
    },
    async (request) => questionnaireDetail(db, request.params.id),
  );

  r.get(
    '/questionnaires/:id/results',
    {
      config: sec,
      schema: {
        tags,
        summary: 'Results per question (counts, shares, statistics, texts) and the answer status',
        params: QuestionnaireParamsSchema,
        response: { 200: ResultsSchema, ...problemResponses },
      },
    },
    async (request) => questionnaireResults(db, request.params.id),
  );

  r.get(
    '/questionnaires/:id/comparison',
    {
      config: sec,
      schema: {
        tags,
        summary: 'A follow-up compared with its baseline, per party and question',
        params: QuestionnaireParamsSchema,
        response: { 200: ComparisonSchema, ...problemResponses },
      },
    },
    async (request) => questionnaireComparison(db, request.params.id),
  );

  r.get(
    '/questionnaires/:id/export.xlsx',
    {
      config: sec,
      schema: {
        tags,
        summary: 'The answers as XLSX: one row per recipient, a sheet per question',
        params: QuestionnaireParamsSchema,
        response: { 200: z.any().describe('The file'), ...problemResponses },
      },
    },
    async (request, reply) => {
      await findQuestionnaire(db, request.params.id);
      const file = await questionnaireWorkbook(db, request.params.id);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', contentDisposition('spoergeskema.xlsx'))
        .header('x-content-type-options', 'nosniff')
        .send(file);
    },
  );
}

async function secretariatWrites(app: FastifyInstance, deps: QuestionnairesDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;

  r.post(
    '/questionnaires',
    {
      config: { access: 'secretariat', scope: byBody('collaboration', 'collaborationId') },
      schema: {
        tags,
        summary: 'Creates a questionnaire (a draft)',
        body: CreateQuestionnaireSchema,
        response: { 201: QuestionnaireDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const id = await createQuestionnaire(db, actorOf(request), request.body);
      return reply.code(201).send(await questionnaireDetail(db, id));
    },
  );

  r.post(
    '/questionnaires/from-template',
    {
      config: { access: 'secretariat', scope: byBody('collaboration', 'collaborationId') },
      schema: {
        tags,
        summary: "Creates KL's baseline from its template, linked to a process step",
        body: FromTemplateSchema,
        response: { 201: QuestionnaireDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const id = await createFromTemplate(db, actorOf(request), request.body);
      return reply.code(201).send(await questionnaireDetail(db, id));
    },
  );

  r.patch(
    '/questionnaires/:id',
    {
      config: sec,
      schema: {
        tags,
        summary: 'Changes a draft questionnaire (a sent one is frozen)',
        params: QuestionnaireParamsSchema,
        body: UpdateQuestionnaireSchema,
        response: detailResponse,
      },
    },
    async (request) => {
      await updateQuestionnaire(db, actorOf(request), request.params.id, request.body);
      return questionnaireDetail(db, request.params.id);
    },
  );

  r.post(
    '/questionnaires/:id/follow-up',
    {
      config: sec,
      schema: {
        tags,
        summary: 'Creates a follow-up of a baseline (same questions, a new draft)',
        params: QuestionnaireParamsSchema,
        response: { 201: QuestionnaireDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const id = await createFollowUp(db, actorOf(request), request.params.id);
      return reply.code(201).send(await questionnaireDetail(db, id));
    },
  );
}

/** Sending, revoking a link, reminding. */
async function sendingRoutes(app: FastifyInstance, deps: QuestionnairesDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const today = () => todayInDenmark(deps.now());

  r.post(
    '/questionnaires/:id/send',
    {
      config: sec,
      schema: {
        tags,
        summary: 'Sends a draft to parties or persons with a deadline; the links are shown once',
        params: QuestionnaireParamsSchema,
        body: SendQuestionnaireSchema,
        response: { 200: SentSchema, ...problemResponses },
      },
    },
    async (request) => {
      const links = await sendQuestionnaire(
        deps,
        actorOf(request),
        request.params.id,
        request.body,
        today(),
      );
      return {
        questionnaire: await questionnaireDetail(db, request.params.id),
        links: links.map(({ recipientId, personName, url }) => ({ recipientId, personName, url })),
      };
    },
  );

  r.post(
    '/questionnaires/:id/recipients/:recipientId/revoke',
    {
      config: sec,
      schema: {
        tags,
        summary: "Revokes a recipient's personal link",
        params: RecipientParamsSchema,
        response: detailResponse,
      },
    },
    async (request) => {
      await revokeLink(deps, actorOf(request), request.params.id, request.params.recipientId);
      return questionnaireDetail(db, request.params.id);
    },
  );

  r.post(
    '/questionnaires/:id/remind',
    {
      config: sec,
      schema: {
        tags,
        summary: 'Reminds every recipient who has not answered now (a fresh link each)',
        params: QuestionnaireParamsSchema,
        response: { 200: z.object({ reminded: z.number().int() }), ...problemResponses },
      },
    },
    async (request) => {
      const q = await findQuestionnaire(db, request.params.id);
      if (q.status !== 'sent') throw questionnaireError('conflict', 'notSent');
      const reminded = await sendReminders(deps, today(), q.id, actorOf(request));
      return { reminded };
    },
  );
}
