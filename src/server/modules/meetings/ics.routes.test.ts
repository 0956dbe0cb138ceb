/**
 * iCalendar output parses back (ical.js), keeps each meeting's UID, raises SEQUENCE when a
 * meeting is moved, marks cancelled meetings, and carries nothing but title, time and place.
 */
import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient } from '../../test/test-app';
import { createFora, createTestPerson } from './meetings.fixtures';
import { todayInDenmark } from '../../../shared/dates';

// Next year's dates, whatever today is: the feeds list meetings from half a year back. 4 and 5
// March are always in winter time, 16 June in summer time.
const YEAR = Number(todayInDenmark().slice(0, 4)) + 1;

const ctx = await createTestContext();
afterAll(() => ctx.close());

let secretariat: TestClient;
let reader: TestClient;
const { fora } = await createFora(ctx.database.db, ['SSU']);
const forumId = fora.SSU;
const personId = await createTestPerson(ctx.database.db, 'Gæst Fiktiv');
let meetingId: string;
let uid: string;

beforeAll(async () => {
  secretariat = await ctx.loginAs('secretariat');
  reader = await ctx.loginAs('reader');
  const res = await secretariat.post('/api/meetings', {
    forumId,
    title: 'SSU-møde',
    startsAt: `${YEAR}-03-04T14:00`,
    endsAt: `${YEAR}-03-04T16:00`,
    // The day may fall on a weekend in some years.
    acknowledgeWarnings: true,
    location: 'Regionsgården, Hillerød',
    onlineUrl: 'https://moede.example.dk/ssu',
  });
  expect(res.statusCode, res.body).toBe(201);
  meetingId = res.json().meeting.id;
  uid = res.json().meeting.icsUid;
  const guest = await secretariat.post(`/api/meetings/${meetingId}/participants`, {
    personId,
    role: 'guest',
  });
  expect(guest.statusCode, guest.body).toBe(200);
});

/** Parses an ICS body and returns its calendar and events. */
function parse(body: string): { calendar: ICAL.Component; events: ICAL.Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(body));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { calendar, events };
}

async function getIcs(url: string): Promise<{ calendar: ICAL.Component; events: ICAL.Event[] }> {
  const res = await reader.get(url);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/calendar/);
  expect(res.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
  return parse(res.body);
}

describe('ICS', () => {
  it('renders one meeting with a stable UID, TZID Europe/Copenhagen and METHOD:PUBLISH', async () => {
    const { calendar, events } = await getIcs(`/api/meetings/${meetingId}.ics`);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      'Europe/Copenhagen',
    );
    const [event] = events;
    expect(event?.uid).toBe(uid);
    expect(event?.sequence).toBe(0);
    expect(event?.summary).toBe('SSU: SSU-møde');
    expect(event?.location).toBe('Regionsgården, Hillerød');
    expect(event?.startDate.zone?.tzid).toBe('Europe/Copenhagen');
    expect(event?.startDate.toJSDate().toISOString()).toBe(`${YEAR}-03-04T13:00:00.000Z`);
    expect(event?.endDate.toJSDate().toISOString()).toBe(`${YEAR}-03-04T15:00:00.000Z`);
    expect(event?.component.getFirstPropertyValue('url')).toBe('https://moede.example.dk/ssu');
    expect(event?.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('keeps the UID and raises SEQUENCE when the meeting is moved', async () => {
    const moved = await secretariat.patch(`/api/meetings/${meetingId}`, {
      startsAt: `${YEAR}-03-05T09:00`,
      endsAt: `${YEAR}-03-05T11:00`,
      // The day may fall on a weekend in some years.
      acknowledgeWarnings: true,
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const { events } = await getIcs(`/api/meetings/${meetingId}.ics`);
    expect(events[0]?.uid).toBe(uid);
    expect(events[0]?.sequence).toBe(1);
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe(`${YEAR}-03-05T08:00:00.000Z`);
  });

  it('writes summer time correctly (CEST)', async () => {
    const res = await secretariat.post('/api/meetings', {
      forumId,
      title: 'Sommermøde',
      startsAt: `${YEAR}-06-16T14:00`,
      endsAt: `${YEAR}-06-16T15:00`,
      // The day may fall on a weekend in some years.
      acknowledgeWarnings: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().meeting.id;
    const { events } = await getIcs(`/api/meetings/${id}.ics`);
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe(`${YEAR}-06-16T12:00:00.000Z`);
    expect(res.json().meeting.startsAt).toBe(`${YEAR}-06-16T14:00:00+02:00`);
  });

  it("lists the forum's meetings in its feed, a cancelled one as CANCELLED", async () => {
    const cancelled = await secretariat.post(`/api/meetings/${meetingId}/cancel`, {});
    expect(cancelled.json().icsSequence).toBe(2);
    const { calendar, events } = await getIcs(`/api/meetings/forum/${forumId}.ics`);
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(events).toHaveLength(2);
    const event = events.find((e) => e.uid === uid);
    expect(event?.sequence).toBe(2);
    expect(event?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    await secretariat.post(`/api/meetings/${meetingId}/status`, { status: 'planned' });
  });

  it("lists a person's meetings in their feed", async () => {
    const { events } = await getIcs(`/api/meetings/person/${personId}.ics`);
    expect(events.map((e) => e.uid)).toEqual([uid]);
    const other = await createTestPerson(ctx.database.db, 'Anden Fiktiv');
    const empty = await getIcs(`/api/meetings/person/${other}.ics`);
    expect(empty.events).toEqual([]);
    expect((await reader.get(`/api/meetings/person/${randomUUID()}.ics`)).statusCode).toBe(404);
  });

  it('carries only title, time, place and link: no description, attendees or organiser', async () => {
    const res = await reader.get(`/api/meetings/forum/${forumId}.ics`);
    expect(res.body).not.toMatch(/^(DESCRIPTION|ATTENDEE|ORGANIZER|ATTACH)/m);
    expect(res.body).not.toContain(personId);
  });

  it('names the files readably: forum and Danish day, never an id; Danish letters in filename*', async () => {
    const name = async (url: string) =>
      String((await reader.get(url)).headers['content-disposition'] ?? '');
    // The meeting's Danish day as it stands now (a test above moves it).
    const day = String((await reader.get(`/api/meetings/${meetingId}`)).json().date);
    expect(day).toMatch(new RegExp(`^${YEAR}-03-0[45]$`));
    expect(await name(`/api/meetings/${meetingId}.ics`)).toBe(
      `inline; filename="ssu-${day}.ics"; filename*=UTF-8''ssu-${day}.ics`,
    );
    expect(await name(`/api/meetings/forum/${forumId}.ics`)).toBe(
      `inline; filename="ssu.ics"; filename*=UTF-8''ssu.ics`,
    );
    expect(await name(`/api/meetings/person/${personId}.ics`)).toBe(
      `inline; filename="moeder-gaest-fiktiv.ics"; filename*=UTF-8''m%C3%B8der-g%C3%A6st-fiktiv.ics`,
    );
  });

  it('answers 404 for an unknown meeting and 401 without a session', async () => {
    expect((await reader.get(`/api/meetings/${randomUUID()}.ics`)).statusCode).toBe(404);
    expect((await ctx.anonymous().get(`/api/meetings/${meetingId}.ics`)).statusCode).toBe(401);
  });
});
