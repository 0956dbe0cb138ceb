/**
 * /api/newsletters/public: what anyone may do without an account. Subscribing, confirming and
 * unsubscribing are rate limited per address like the login, and subscribing answers the same
 * whatever the address's state. The one-click unsubscribe (RFC 8058) takes a POST from a mail
 * client with no session and no CSRF token: the personal token in the URL is the authority.
 * The archive and the Atom feed show sent newsletters only (their content is public by
 * construction: see newsletters.sources.ts).
 */
import { Feed } from 'feed';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ArchiveParamsSchema,
  ArchiveQuerySchema,
  ArchiveSchema,
  CollaborationParamsSchema,
  ConfirmedSchema,
  ConfirmSchema,
  PublicNewsletterSchema,
  SubscribeAcceptedSchema,
  SubscribeSchema,
  UnsubscribedSchema,
  UnsubscribeParamsSchema,
} from '../../../shared/newsletters.contract';
import { actorOf } from '../../platform/audit';
import { problemResponses } from '../../platform/http';
import { archivePath, baseUrl, type NewslettersDeps } from './newsletters.deps';
import { collaborationName, findNewsletter, sentNewsletters } from './newsletters.repo';
import { newsletterError, newsletterNotFound, newsletterTextIn } from './newsletters.texts';
import { confirmSubscription, requestSubscription, unsubscribe } from './subscribers.service';

const tags = ['newsletters'];
const READ_LIMIT = { max: 300, timeWindow: '1 minute' };

/** The archive entry of a sent newsletter row. */
function entryOf(row: {
  id: string;
  title: string;
  periodFrom: string;
  periodTo: string;
  sentAt: Date | null;
}) {
  return {
    id: row.id,
    title: row.title,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    sentAt: (row.sentAt ?? new Date(0)).toISOString(),
  };
}

/** The public routes: subscription, archive, feed. */
export async function publicNewsletterRoutes(
  app: FastifyInstance,
  deps: NewslettersDeps,
): Promise<void> {
  await subscriptionRoutes(app, deps);
  await archiveRoutes(app, deps);
}

/** Subscribing, confirming and the one-click unsubscribe. */
async function subscriptionRoutes(app: FastifyInstance, deps: NewslettersDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const writeLimit = { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' };
  // The one-click unsubscribe arrives as a form post (`List-Unsubscribe=One-Click`).
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    },
  );

  r.post(
    '/newsletters/public/:collaborationId/subscribe',
    {
      config: { access: 'public', rateLimit: writeLimit },
      schema: {
        tags,
        summary:
          'Ask for the newsletter by e-mail (a confirmation e-mail follows; same answer always)',
        params: CollaborationParamsSchema,
        body: SubscribeSchema,
        response: { 202: SubscribeAcceptedSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      await requestSubscription(
        deps,
        actorOf(request),
        request.params.collaborationId,
        request.body,
        new Date(),
      );
      return reply.status(202).send({ accepted: true as const });
    },
  );

  r.post(
    '/newsletters/public/confirm',
    {
      config: { access: 'public', rateLimit: writeLimit },
      schema: {
        tags,
        summary: 'Confirm a subscription with the token from the confirmation e-mail',
        body: ConfirmSchema,
        response: { 200: ConfirmedSchema, ...problemResponses },
      },
    },
    async (request) => {
      await confirmSubscription(deps, actorOf(request), request.body.token, new Date());
      return { confirmed: true as const };
    },
  );

  r.post(
    '/newsletters/public/unsubscribe/:token',
    {
      config: { access: 'public', rateLimit: writeLimit, csrf: false, session: false },
      schema: {
        tags,
        summary: 'One-click unsubscribe (RFC 8058): no login, the personal token is the authority',
        params: UnsubscribeParamsSchema,
        response: { 200: UnsubscribedSchema, ...problemResponses },
      },
    },
    async (request) => {
      await unsubscribe(deps, actorOf(request), request.params.token, new Date());
      return { unsubscribed: true as const };
    },
  );
}

/** The archive and the feed. */
async function archiveRoutes(app: FastifyInstance, deps: NewslettersDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  async function requireName(collaborationId: string): Promise<string> {
    const name = await collaborationName(deps.db, collaborationId);
    if (name === null) throw newsletterError('notFound', 'unknownCollaboration');
    return name;
  }

  r.get(
    '/newsletters/public/:collaborationId/archive',
    {
      config: { access: 'public', rateLimit: READ_LIMIT },
      schema: {
        tags,
        summary: "A collaboration's sent newsletters, newest first (paged, with the total)",
        params: CollaborationParamsSchema,
        querystring: ArchiveQuerySchema,
        response: { 200: ArchiveSchema, ...problemResponses },
      },
    },
    async (request) => {
      const name = await requireName(request.params.collaborationId);
      const { rows, total } = await sentNewsletters(
        deps.db,
        request.params.collaborationId,
        request.query,
      );
      return { collaborationName: name, items: rows.map(entryOf), total };
    },
  );

  r.get(
    '/newsletters/public/:collaborationId/archive/:id',
    {
      config: { access: 'public', rateLimit: READ_LIMIT },
      schema: {
        tags,
        summary: 'One sent newsletter',
        params: ArchiveParamsSchema,
        response: { 200: PublicNewsletterSchema, ...problemResponses },
      },
    },
    async (request) => {
      const row = await findNewsletter(deps.db, request.params.id);
      if (!row || row.status !== 'sent' || row.collaborationId !== request.params.collaborationId) {
        throw newsletterNotFound();
      }
      return {
        ...entryOf(row),
        collaborationName: await requireName(row.collaborationId),
        content: row.content,
      };
    },
  );

  r.get(
    '/newsletters/public/:collaborationId/feed.atom',
    {
      config: { access: 'public', rateLimit: READ_LIMIT, session: false },
      schema: {
        tags,
        summary: "The collaboration's sent newsletters as an Atom feed (absolute links)",
        params: CollaborationParamsSchema,
        response: { 200: z.string().describe('application/atom+xml'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { collaborationId } = request.params;
      const name = await requireName(collaborationId);
      const { rows } = await sentNewsletters(deps.db, collaborationId, { limit: 50, offset: 0 });
      const base = baseUrl(deps.config);
      const archive = `${base}${archivePath(collaborationId)}`;
      const self = `${base}/api/newsletters/public/${collaborationId}/feed.atom`;
      const feed = new Feed({
        title: newsletterTextIn('da', 'feed.title', { name }),
        id: archive,
        link: archive,
        language: 'da',
        copyright: name,
        updated: rows[0]?.sentAt ?? new Date(0),
        feedLinks: { atom: self },
      });
      for (const row of rows) {
        const link = `${archive}/${row.id}`;
        feed.addItem({
          title: row.title,
          id: link,
          link,
          date: row.sentAt ?? new Date(0),
          description: [
            row.content.intro,
            ...row.content.sections.flatMap((s) => s.items.map((i) => `${s.heading}: ${i.title}`)),
          ]
            .filter((t) => t.trim())
            .join('\n'),
        });
      }
      return reply.type('application/atom+xml; charset=utf-8').send(feed.atom1());
    },
  );
}
