/**
 * Answering: the logged-in recipient answers their own (`/questionnaires/responses/:recipientId`,
 * a 404 for anyone else's); anyone holding a personal link answers through it (public, rate
 * limited like the login, revealing only that questionnaire; 410 expired, 403 revoked).
 */
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInDenmark } from '../../../shared/dates';
import {
  AnswerFormSchema,
  MyQuestionnairesSchema,
  ResponseParamsSchema,
  SavedSchema,
  SaveAnswersSchema,
  TokenParamsSchema,
} from '../../../shared/questionnaires.contract';
import { actorOf } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { persons } from '../organisation/index';
import { assertMayAnswer, recipientByToken, saveAnswers } from './answers.service';
import type { QuestionnairesDeps } from './questionnaires.deps';
import { questionnaireRecipients } from './questionnaires.table';
import { recipientNotFound } from './questionnaires.texts';
import { findQuestionnaire, myQuestionnaires } from './questionnaires.view';

const tags = ['questionnaires'];
const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Registers the answering routes. */
export async function answerRoutes(app: FastifyInstance, deps: QuestionnairesDeps): Promise<void> {
  await recipientRoutes(app, deps);
  await linkRoutes(app, deps);
}

/** The logged-in recipient's own questionnaires and answers. */
async function recipientRoutes(app: FastifyInstance, deps: QuestionnairesDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  const today = () => todayInDenmark(deps.now());

  /** The recipient row of the caller's own person, or a 404 (someone else's is not revealed). */
  const own = async (request: FastifyRequest, recipientId: string) => {
    const [row] = await db
      .select({ rec: questionnaireRecipients, userId: persons.userId })
      .from(questionnaireRecipients)
      .innerJoin(persons, eq(persons.id, questionnaireRecipients.personId))
      .where(eq(questionnaireRecipients.id, recipientId));
    if (!row || !request.user || row.userId !== request.user.id) throw recipientNotFound();
    return row.rec;
  };

  r.get(
    '/questionnaires/mine',
    {
      config: { access: 'reader', scope: 'own' },
      schema: {
        tags,
        summary: "The questionnaires sent to the caller's person, newest first, paged",
        querystring: PageQuerySchema,
        response: { 200: MyQuestionnairesSchema, ...problemResponses },
      },
    },
    async (request) => myQuestionnaires(db, request.user?.id ?? '', request.query),
  );

  r.get(
    '/questionnaires/responses/:recipientId',
    {
      config: { access: 'reader', scope: 'own' },
      schema: {
        tags,
        summary: 'The answer form of one of my questionnaires, with my saved answers',
        params: ResponseParamsSchema,
        response: { 200: AnswerFormSchema, ...problemResponses },
      },
    },
    async (request) => formOf(deps, await own(request, request.params.recipientId)),
  );

  for (const [path, final] of [
    ['/questionnaires/responses/:recipientId', false],
    ['/questionnaires/responses/:recipientId/submit', true],
  ] as const) {
    r.route({
      method: final ? 'POST' : 'PUT',
      url: path,
      config: { access: 'reader', scope: 'own' },
      schema: {
        tags,
        summary: final ? 'Submits my answers (validated)' : 'Saves my answers as a draft',
        params: ResponseParamsSchema,
        body: SaveAnswersSchema,
        response: { 200: SavedSchema, ...problemResponses },
      },
      handler: async (request) => {
        const rec = await own(request, request.params.recipientId);
        const saved = await saveAnswers(deps, actorOf(request), rec.id, request.body.answers, {
          final,
          viaLink: false,
          today: today(),
        });
        return { saved: true as const, ...saved };
      },
    });
  }
}

async function formOf(
  deps: QuestionnairesDeps,
  rec: typeof questionnaireRecipients.$inferSelect,
  viaLink = false,
) {
  const q = await findQuestionnaire(deps.db, rec.questionnaireId);
  assertMayAnswer(q, rec, todayInDenmark(deps.now()), viaLink, true);
  return {
    title: q.title,
    intro: q.intro,
    sections: q.sections,
    deadline: q.deadline ?? '',
    answers: rec.answers,
    submittedAt: rec.submittedAt?.toISOString() ?? null,
  };
}

/** The personal link: no account; the token is the authority, rate limited like the login. */
async function linkRoutes(app: FastifyInstance, deps: QuestionnairesDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const limit = { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' };
  const publicConfig = { access: 'public' as const, rateLimit: limit, session: false };

  r.get(
    '/questionnaires/answer/:token',
    {
      config: publicConfig,
      schema: {
        tags,
        summary: 'The answer form behind a personal link (410 once expired, 403 once revoked)',
        params: TokenParamsSchema,
        response: { 200: AnswerFormSchema, ...problemResponses },
      },
    },
    async (request) => formOf(deps, await recipientByToken(deps.db, request.params.token), true),
  );

  for (const [path, final] of [
    ['/questionnaires/answer/:token', false],
    ['/questionnaires/answer/:token/submit', true],
  ] as const) {
    r.route({
      method: final ? 'POST' : 'PUT',
      url: path,
      config: { ...publicConfig, csrf: false },
      schema: {
        tags,
        summary: final
          ? 'Submits the answers through a personal link (validated; refused after the deadline)'
          : 'Saves draft answers through a personal link',
        params: TokenParamsSchema,
        body: SaveAnswersSchema,
        response: { 200: SavedSchema, ...problemResponses },
      },
      handler: async (request) => {
        const rec = await recipientByToken(deps.db, request.params.token);
        const saved = await saveAnswers(
          deps,
          { ...actorOf(request), name: 'personligt link' },
          rec.id,
          request.body.answers,
          { final, viaLink: true, today: todayInDenmark(deps.now()) },
        );
        return { saved: true as const, ...saved };
      },
    });
  }
}
