/**
 * iCalendar feeds: a forum's meetings, a person's meetings, one meeting. Reads 'reader' (a
 * session is needed; token-based subscription URLs for calendar clients are not built yet).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addDays, todayInDenmark } from '../../../shared/dates';
import { IdParamsSchema, problemResponses } from '../../platform/http';
import { notFound } from '../../platform/errors';
import { renderIcs, type IcsMeeting } from './ics';
import { listMeetingRows, listMeetingRowsOfPerson, type MeetingRow } from './meetings.repo';
import { requireMeeting, type MeetingsDeps } from './participants.service';
import { atDanishTime } from './time';

const tags = ['meetings'];
const read = { access: 'reader' as const };
const response = { 200: z.string().describe('text/calendar (RFC 5545)'), ...problemResponses };
/** Feeds show meetings from this many days back. */
const FEED_DAYS_BACK = 180;

const feedStart = (): Date => atDanishTime(addDays(todayInDenmark(), -FEED_DAYS_BACK), '00:00');

async function toIcs(deps: MeetingsDeps, rows: readonly MeetingRow[]): Promise<IcsMeeting[]> {
  const names = await deps.organisation.forumNames(deps.db, [
    ...new Set(rows.map((r) => r.forumId)),
  ]);
  return rows.map((r) => ({
    icsUid: r.icsUid,
    icsSequence: r.icsSequence,
    title: r.title,
    forumName: names.get(r.forumId) ?? null,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    location: r.location,
    onlineUrl: r.onlineUrl,
    status: r.status,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }));
}

function sendIcs(reply: FastifyReply, body: string, filename: string): FastifyReply {
  return reply
    .type('text/calendar; charset=utf-8')
    .header('content-disposition', `inline; filename="${filename}"`)
    .send(body);
}

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
      const rows = await listMeetingRows(deps.db, { forumIds: [forumId], from: feedStart() });
      const names = await deps.organisation.forumNames(deps.db, [forumId]);
      const body = renderIcs(await toIcs(deps, rows), { name: names.get(forumId) ?? 'Samspil' });
      return sendIcs(reply, body, `forum-${forumId}.ics`);
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
      if (deps.organisation.available) {
        const found = await deps.organisation.persons(deps.db, [personId]);
        if (found.length === 0) throw notFound({ da: 'Personen', en: 'The person' });
      }
      const rows = await listMeetingRowsOfPerson(deps.db, personId, feedStart());
      const body = renderIcs(await toIcs(deps, rows), { name: 'Samspil: mine møder' });
      return sendIcs(reply, body, `person-${personId}.ics`);
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
      return sendIcs(reply, body, `meeting-${row.id}.ics`);
    },
  );
}
