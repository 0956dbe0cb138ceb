/**
 * The iCalendar feeds, shared by the session routes (ics.routes.ts) and the token routes
 * (calendar-feeds.routes.ts): a forum's meetings, a person's meetings, one meeting. Only what
 * `IcsMeeting` allows reaches the file: title, time, place, online link (never agenda text).
 */
import type { FastifyReply } from 'fastify';
import { addDays, todayInDenmark } from '../../../shared/dates';
import { contentDisposition, slugFileName } from '../../../shared/file-names';
import { renderIcs, type IcsMeeting } from './ics';
import { listMeetingRows, listMeetingRowsOfPerson, type MeetingRow } from './meetings.repo';
import type { MeetingsDeps } from './participants.service';
import { atDanishTime } from './time';

/** Feeds show meetings from this many days back. */
const FEED_DAYS_BACK = 180;

const feedStart = (): Date => atDanishTime(addDays(todayInDenmark(), -FEED_DAYS_BACK), '00:00');

/** Meeting rows as ICS events, each titled with its forum's name. */
export async function toIcs(
  deps: MeetingsDeps,
  rows: readonly MeetingRow[],
): Promise<IcsMeeting[]> {
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

/**
 * Sends an ICS body inline (calendar apps subscribe to it; browsers download it) under a
 * readable name: Danish in `filename*`, ASCII in `filename`.
 */
export function sendIcs(reply: FastifyReply, body: string, filename: string): FastifyReply {
  return reply
    .type('text/calendar; charset=utf-8')
    .header('content-disposition', contentDisposition(filename, 'inline'))
    .send(body);
}

/** A forum's calendar file: "kkr-syddanmark.ics". */
export async function forumIcsName(deps: MeetingsDeps, forumId: string): Promise<string> {
  const names = await deps.organisation.forumNames(deps.db, [forumId]);
  return slugFileName([names.get(forumId) ?? 'forum'], '.ics');
}

/** One meeting's calendar file: its forum and Danish day, "kkr-syddanmark-2026-12-18.ics". */
export async function meetingIcsName(deps: MeetingsDeps, row: MeetingRow): Promise<string> {
  const names = await deps.organisation.forumNames(deps.db, [row.forumId]);
  return slugFileName([names.get(row.forumId) ?? row.title, todayInDenmark(row.startsAt)], '.ics');
}

/** A forum's meetings from 180 days back, as one calendar named after the forum. */
export async function forumFeed(deps: MeetingsDeps, forumId: string): Promise<string> {
  const rows = await listMeetingRows(deps.db, { forumIds: [forumId], from: feedStart() });
  const names = await deps.organisation.forumNames(deps.db, [forumId]);
  return renderIcs(await toIcs(deps, rows), { name: names.get(forumId) ?? 'Samspil' });
}

/** A person's meetings (as a participant) from 180 days back. */
export async function personFeed(deps: MeetingsDeps, personId: string): Promise<string> {
  const rows = await listMeetingRowsOfPerson(deps.db, personId, feedStart());
  return renderIcs(await toIcs(deps, rows), { name: 'Samspil: mine møder' });
}
