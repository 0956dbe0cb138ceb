/**
 * iCalendar feeds with a session: a forum's meetings, a person's meetings, one meeting (reads
 * 'reader'). Calendar apps subscribe through the token URLs of calendar-feeds.routes.ts.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { IdParamsSchema, problemResponses } from '../../platform/http';
import { notFound } from '../../platform/errors';
import { renderIcs } from './ics';
import { slugFileName } from '../../../shared/file-names';
import { forumFeed, forumIcsName, meetingIcsName, personFeed, sendIcs, toIcs } from './ics-feeds';
import { requireMeeting, type MeetingsDeps } from './participants.service';

const tags = ['meetings'];
const read = { access: 'reader' as const };
const response = { 200: z.string().describe('text/calendar (RFC 5545)'), ...problemResponses };

/** ICS routes. */
export async function icsRoutes(app: FastifyInstance, deps: MeetingsDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/meetings/forum/:forumId.ics',
    {
      config: read,
      schema: {
        tags,
        summary: "A forum's meetings as an iCalendar feed (METHOD:PUBLISH)",
        params: z.object({ forumId: z.uuid() }),
        response,
      },
    },
    async (request, reply) => {
      const { forumId } = request.params;
      return sendIcs(reply, await forumFeed(deps, forumId), await forumIcsName(deps, forumId));
    },
  );

  r.get(
    '/meetings/person/:personId.ics',
    {
      config: read,
      schema: {
        tags,
        summary: "A person's meetings as an iCalendar feed (METHOD:PUBLISH)",
        params: z.object({ personId: z.uuid() }),
        response,
      },
    },
    async (request, reply) => {
      const { personId } = request.params;
      let name = 'samspil';
      if (deps.organisation.available) {
        const found = await deps.organisation.persons(deps.db, [personId]);
        if (found.length === 0) throw notFound({ da: 'Personen', en: 'The person' });
        name = found[0]?.name ?? name;
      }
      const fileName = slugFileName(['møder', name], '.ics');
      return sendIcs(reply, await personFeed(deps, personId), fileName);
    },
  );

  r.get(
    '/meetings/:id.ics',
    {
      config: read,
      schema: { tags, summary: 'One meeting as iCalendar', params: IdParamsSchema, response },
    },
    async (request, reply) => {
      const row = await requireMeeting(deps.db, request.params.id);
      const body = renderIcs(await toIcs(deps, [row]), { name: row.title });
      return sendIcs(reply, body, await meetingIcsName(deps, row));
    },
  );
}
