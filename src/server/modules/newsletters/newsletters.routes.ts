/**
 * /api/newsletters: the joint secretariat's newsletters. Creating one is scoped to its
 * collaboration, changing and sending it to the newsletter (scope kind `newsletter`).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CreateNewsletterSchema,
  NewsletterDetailSchema,
  NewsletterListQuerySchema,
  NewsletterListSchema,
  NewsletterParamsSchema,
  NewsletterPreviewSchema,
  UpdateNewsletterSchema,
} from '../../../shared/newsletters.contract';
import { actorOf } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { byBody, byParam } from '../../platform/scope';
import type { NewslettersDeps } from './newsletters.deps';
import { listNewsletters } from './newsletters.repo';
import {
  createNewsletter,
  newsletterDetail,
  previewNewsletter,
  sendNewsletter,
  summaryOf,
  updateNewsletter,
} from './newsletters.service';

const tags = ['newsletters'];
const detail = { 200: NewsletterDetailSchema, ...problemResponses };
const onNewsletter = { access: 'secretariat' as const, scope: byParam('newsletter') };

export async function newsletterRoutes(app: FastifyInstance, deps: NewslettersDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/newsletters',
    {
      config: { access: 'secretariat' },
      schema: {
        tags,
        summary: 'Newsletters, newest change first (paged, with the total)',
        querystring: NewsletterListQuerySchema,
        response: { 200: NewsletterListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const { rows, total } = await listNewsletters(deps.db, request.query);
      return { items: rows.map(summaryOf), total };
    },
  );

  r.post(
    '/newsletters',
    {
      config: { access: 'secretariat', scope: byBody('collaboration', 'collaborationId') },
      schema: {
        tags,
        summary: 'Create a draft newsletter for a period, pre-filled with public content only',
        body: CreateNewsletterSchema,
        response: { 201: NewsletterDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const id = await createNewsletter(deps, actorOf(request), request.body);
      return reply.status(201).send(await newsletterDetail(deps, id));
    },
  );

  r.get(
    '/newsletters/:id',
    {
      config: { access: 'secretariat' },
      schema: {
        tags,
        summary: 'A newsletter with its content and sending progress (sent / total)',
        params: NewsletterParamsSchema,
        response: detail,
      },
    },
    async (request) => newsletterDetail(deps, request.params.id),
  );

  r.put(
    '/newsletters/:id',
    {
      config: onNewsletter,
      schema: {
        tags,
        summary: 'Save the edited title, intro and sections of a draft (optimistic lock)',
        params: NewsletterParamsSchema,
        body: UpdateNewsletterSchema,
        response: detail,
      },
    },
    async (request) => {
      await updateNewsletter(deps, actorOf(request), request.params.id, request.body);
      return newsletterDetail(deps, request.params.id);
    },
  );

  r.get(
    '/newsletters/:id/preview',
    {
      config: { access: 'secretariat' },
      schema: {
        tags,
        summary: 'The newsletter e-mail as a subscriber gets it',
        params: NewsletterParamsSchema,
        response: { 200: NewsletterPreviewSchema, ...problemResponses },
      },
    },
    async (request) => previewNewsletter(deps, request.params.id),
  );

  r.post(
    '/newsletters/:id/send',
    {
      config: onNewsletter,
      schema: {
        tags,
        summary: 'Send a draft to the confirmed subscribers (a background job)',
        params: NewsletterParamsSchema,
        response: { 202: NewsletterDetailSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      await sendNewsletter(deps, actorOf(request), request.params.id);
      return reply.status(202).send(await newsletterDetail(deps, request.params.id));
    },
  );
}
