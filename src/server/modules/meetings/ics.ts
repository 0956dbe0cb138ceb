/**
 * iCalendar (RFC 5545) for meetings, with ical-generator. Decisions:
 * - Times are Luxon DateTimes in Europe/Copenhagen with a VTIMEZONE, never plain Dates (with a
 *   plain Date ical-generator writes server-local time under TZID; RELIABILITY-AND-ECOSYSTEM).
 * - `UID` is the meeting's stored `icsUid` (stable for its whole life) and `SEQUENCE` its
 *   `icsSequence`, raised by the service whenever time or place changes or it is cancelled, so
 *   a re-published meeting updates the entry in the reader's calendar instead of duplicating it.
 * - METHOD:PUBLISH for everything Samspil serves (feeds and single downloads): Samspil does not
 *   send invitations by e-mail yet, and REQUEST would oblige ORGANIZER/ATTENDEE lines with
 *   e-mail addresses. The renderer can emit REQUEST for a future invitation mailer.
 * - Cancelled meetings stay in with STATUS:CANCELLED so subscribed calendars drop them.
 * - Only title, time, place and the online link: never agenda items (closed items must not leak).
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { ZONE } from '../../../shared/dates';
import type { MeetingStatus } from '../../../shared/meetings.enums';

/** What an ICS event may show of a meeting. Nothing else reaches the file. */
export interface IcsMeeting {
  icsUid: string;
  icsSequence: number;
  title: string;
  forumName: string | null;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  status: MeetingStatus;
  createdAt: Date;
  updatedAt: Date;
}

/** How to render. */
export interface IcsOptions {
  /** Calendar name (X-WR-CALNAME). */
  name: string;
  method?: 'publish' | 'request';
}

const zoned = (d: Date): DateTime => DateTime.fromJSDate(d).setZone(ZONE);
/** DTSTAMP, CREATED and LAST-MODIFIED must be UTC (RFC 5545 3.8.7.2). */
const utc = (d: Date): DateTime => DateTime.fromJSDate(d).setZone('utc');

/** Renders meetings as one VCALENDAR. */
export function renderIcs(meetings: readonly IcsMeeting[], options: IcsOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Samspil', product: 'samspil-moeder', language: 'DA' },
    method: options.method === 'request' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.PUBLISH,
  });
  for (const m of meetings) {
    calendar.createEvent({
      id: m.icsUid,
      sequence: m.icsSequence,
      start: zoned(m.startsAt),
      end: zoned(m.endsAt),
      timezone: ZONE,
      stamp: utc(m.updatedAt),
      created: utc(m.createdAt),
      lastModified: utc(m.updatedAt),
      summary: m.forumName ? `${m.forumName}: ${m.title}` : m.title,
      location: m.location ?? m.onlineUrl ?? null,
      url: m.onlineUrl ?? null,
      status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return withVtimezone(calendar.toString());
}

/**
 * Adds the VTIMEZONE of Europe/Copenhagen before the first event. Done here rather than with
 * the calendar-level `timezone` option, which would also write DTSTAMP, CREATED and
 * LAST-MODIFIED as local times, where RFC 5545 requires UTC.
 */
function withVtimezone(text: string): string {
  const at = text.indexOf('BEGIN:VEVENT');
  const vtimezone = getVtimezoneComponent(ZONE);
  if (at < 0 || !vtimezone) return text;
  const block = vtimezone.replace(/\r?\n/g, '\r\n').replace(/(\r\n)?$/, '\r\n');
  return text.slice(0, at) + block + text.slice(at);
}
