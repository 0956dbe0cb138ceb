/**
 * Calendar subscriptions for calendar apps that cannot log in (Outlook):
 * - /api/calendar/feed-tokens: the user's own subscriptions (list, create, revoke); any role.
 * - /api/calendar/feeds/:token/person.ics and /forum/:forumId.ics: the feeds themselves,
 *   `public` with the token checked inside (a wrong or revoked token is a 404 problem), rate
 *   limited per address. They carry title, time, place and link only: never agenda text, so
 *   closed items cannot leak whoever holds the URL.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CalendarFeedListSchema,
  CreateCalendarFeedRequestSchema,
  CreatedCalendarFeedSchema,
  FeedTokenParamsSchema,
  ForumFeedParamsSchema,
} from '../../../shared/calendar-feeds.contract';
import { actorOf } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { IdParamsSchema, NoContentSchema, problemResponses } from '../../platform/http';
import { createFeed, listFeeds, requireFeedToken, revokeFeed } from './feed-tokens.service';
import { forumFeed, forumIcsName, personFeed, sendIcs } from './ics-feeds';
import type { MeetingsDeps } from './participants.service';

const tags = ['calendar'];
const ics = { 200: z.string().describe('text/calendar (RFC 5545)'), ...problemResponses };
/** Calendar apps poll every few minutes at most; this is generous and still stops guessing. */
const feedConfig = {
  access: 'public' as const,
  rateLimit: { max: 300, timeWindow: '1 minute' },
};

/** The actor of an authenticated request, with its user id. */
function ownerOf(request: Parameters<typeof actorOf>[0]) {
  const actor = actorOf(request);
  if (actor.userId === null) throw new AppError('unauthenticated');
  return { ...actor, userId: actor.userId };
}

/** The subscription management routes (the user's own subscriptions). */
async function feedTokenRoutes(app: FastifyInstance, deps: MeetingsDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'reader' as const };

  r.get(
    '/calendar/feed-tokens',
    {
      config,
      schema: {
        tags,
        summary: 'My calendar subscriptions (never their secret URLs)',
        response: { 200: CalendarFeedListSchema, ...problemResponses },
      },
    },
    async (request) => listFeeds(deps, ownerOf(request).userId),
  );

  r.post(
    '/calendar/feed-tokens',
    {
      config: { ...config, scope: 'own' },
      schema: {
        tags,
        summary: 'Create a calendar subscription; the secret URL is in this answer only',
        body: CreateCalendarFeedRequestSchema,
        response: { 201: CreatedCalendarFeedSchema, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createFeed(deps, ownerOf(request), request.body)),
  );

  r.delete(
    '/calendar/feed-tokens/:id',
    {
      config: { ...config, scope: 'own' },
      schema: {
        tags,
        summary: 'Revoke one of my calendar subscriptions (its URL stops working at once)',
        params: IdParamsSchema,
        response: { 204: NoContentSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      await revokeFeed(deps, ownerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}

/** The token feeds. */
async function tokenFeedRoutes(app: FastifyInstance, deps: MeetingsDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/calendar/feeds/:token/person.ics',
    {
      config: feedConfig,
      schema: {
        tags,
        summary: "The subscription owner's meetings (token URL, no session)",
        params: FeedTokenParamsSchema,
        response: ics,
      },
    },
    async (request, reply) => {
      const row = await requireFeedToken(deps, request.params.token, { feed: 'person' });
      const personId = await deps.organisation.personIdOfUser(deps.db, row.userId);
      if (personId === null) throw notFound({ da: 'Personen', en: 'The person' });
      return sendIcs(reply, await personFeed(deps, personId), 'samspil-mine-moeder.ics');
    },
  );

  r.get(
    '/calendar/feeds/:token/forum/:forumId.ics',
    {
      config: feedConfig,
      schema: {
        tags,
        summary: "One forum's meetings (token URL, no session)",
        params: ForumFeedParamsSchema,
        response: ics,
      },
    },
    async (request, reply) => {
      const { token, forumId } = request.params;
      await requireFeedToken(deps, token, { feed: 'forum', forumId });
      return sendIcs(reply, await forumFeed(deps, forumId), await forumIcsName(deps, forumId));
    },
  );
}

/** Every calendar subscription route. */
export async function calendarFeedRoutes(app: FastifyInstance, deps: MeetingsDeps): Promise<void> {
  await feedTokenRoutes(app, deps);
  await tokenFeedRoutes(app, deps);
}
