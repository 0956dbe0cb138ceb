/**
 * Participants through the API: the invitation list derived from the forum's members on the
 * meeting day (organisation module), guests, the widened circle (seed 004), attendance, and
 * permissions.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient } from '../../test/test-app';
import { createFora, createTestPerson, seatPerson } from './meetings.fixtures';

const ctx = await createTestContext();
afterAll(() => ctx.close());

const db = ctx.database.db;
const { fora } = await createFora(db, ['Politisk sundhedsklynge', 'Tom klynge']);
const forumId = fora['Politisk sundhedsklynge'];
const mayor = await createTestPerson(db, 'Borgmester Fiktiv');
const deputy = await createTestPerson(db, 'Stedfortræder Fiktiv');
const director = await createTestPerson(db, 'Sundhedsdirektør Fiktiv');
const chief = await createTestPerson(db, 'Sundhedschef Fiktiv');
const laterMember = await createTestPerson(db, 'Nyvalgt Fiktiv');
const widened = await createTestPerson(db, 'Kommunaldirektør Fiktiv');
await seatPerson(db, forumId, { personId: mayor, role: 'member', substitutePersonId: deputy });
await seatPerson(db, forumId, { personId: director, role: 'attendee' });
await seatPerson(db, forumId, { personId: chief, role: 'optionalAttendee' });
await seatPerson(db, forumId, { personId: laterMember, role: 'member', validFrom: '2027-06-01' });

let secretariat: TestClient;
let reader: TestClient;
let meetingId: string;

beforeAll(async () => {
  secretariat = await ctx.loginAs('secretariat');
  reader = await ctx.loginAs('reader');
  const res = await secretariat.post('/api/meetings', {
    forumId,
    title: 'Politisk klyngemøde',
    startsAt: '2027-04-14T15:00',
    endsAt: '2027-04-14T17:00',
  });
  expect(res.statusCode, res.body).toBe(201);
  meetingId = res.json().meeting.id;
});

type P = { id: string; personId: string | null; name: string; role: string; invited: boolean };
const participants = async (): Promise<P[]> =>
  (await reader.get(`/api/meetings/${meetingId}`)).json().participants;

describe('participants derived from the forum', () => {
  it("invites the forum's members on the meeting day, with names", async () => {
    const detail = (await reader.get(`/api/meetings/${meetingId}`)).json();
    expect(detail.membersDerivable).toBe(true);
    const byPerson = Object.fromEntries((detail.participants as P[]).map((p) => [p.personId, p]));
    expect(byPerson[mayor]).toMatchObject({
      name: 'Borgmester Fiktiv',
      role: 'member',
      invited: true,
      source: 'forum',
    });
    expect(byPerson[deputy]).toMatchObject({ role: 'substitute', invited: false });
    expect(byPerson[director]).toMatchObject({ role: 'attendee', invited: true });
    expect(byPerson[chief]).toMatchObject({ role: 'optionalAttendee', invited: true });
    expect(byPerson[laterMember]).toBeUndefined();
  });

  it('re-derives the list when the meeting moves past a change of members', async () => {
    const moved = await secretariat.patch(`/api/meetings/${meetingId}`, {
      startsAt: '2027-06-16T15:00',
      endsAt: '2027-06-16T17:00',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const ids = (await participants()).map((p) => p.personId);
    expect(ids).toContain(laterMember);
  });

  it('answers membersDerivable false for a forum without seats', async () => {
    const res = await secretariat.post('/api/meetings', {
      forumId: fora['Tom klynge'],
      title: 'Møde',
      startsAt: '2027-04-15T10:00',
      endsAt: '2027-04-15T11:00',
    });
    expect(res.json().meeting.participants).toEqual([]);
  });
});

describe('participants added by hand', () => {
  it('adds a guest by name', async () => {
    const res = await secretariat.post(`/api/meetings/${meetingId}/participants`, {
      name: 'Oplægsholder fra KL',
      organisation: 'KL',
      email: 'gaest@example.dk',
    });
    expect(res.statusCode, res.body).toBe(200);
    const guest = (res.json().participants as P[]).find((p) => p.name === 'Oplægsholder fra KL');
    expect(guest).toMatchObject({
      role: 'guest',
      source: 'added',
      invited: true,
      attendance: 'unknown',
    });
  });

  it('refuses the widened circle until the meeting is widened', async () => {
    const body = { personId: widened, role: 'widenedCircle' };
    const refused = await secretariat.post(`/api/meetings/${meetingId}/participants`, body);
    expect(refused.statusCode).toBe(409);
    const res = await secretariat.patch(`/api/meetings/${meetingId}`, {
      widenedCircle: true,
      widenedCircleNote: 'Direktører fra hver kommune inviteres op mod det politiske klyngemøde',
    });
    expect(res.json().meeting).toMatchObject({ widenedCircle: true });
    const added = await secretariat.post(`/api/meetings/${meetingId}/participants`, body);
    expect(added.statusCode, added.body).toBe(200);
    expect((await participants()).find((p) => p.personId === widened)).toMatchObject({
      role: 'widenedCircle',
      name: 'Kommunaldirektør Fiktiv',
    });
  });

  it('refuses the same person twice and an unknown person', async () => {
    const again = await secretariat.post(`/api/meetings/${meetingId}/participants`, {
      personId: mayor,
    });
    expect(again.statusCode).toBe(409);
    const unknown = await secretariat.post(`/api/meetings/${meetingId}/participants`, {
      personId: randomUUID(),
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('records attendance for several participants in one call', async () => {
    const list = await participants();
    const mayorRow = list.find((p) => p.personId === mayor) as P;
    const directorRow = list.find((p) => p.personId === director) as P;
    const res = await secretariat.put(`/api/meetings/${meetingId}/attendance`, {
      entries: [
        { participantId: mayorRow.id, attendance: 'present' },
        { participantId: directorRow.id, attendance: 'excused' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json().participants as (P & { attendance: string })[];
    expect(after.find((p) => p.id === mayorRow.id)?.attendance).toBe('present');
    expect(after.find((p) => p.id === directorRow.id)?.attendance).toBe('excused');
    const unknown = await secretariat.put(`/api/meetings/${meetingId}/attendance`, {
      entries: [{ participantId: randomUUID(), attendance: 'present' }],
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('changes and removes a participant added by hand, but not a forum participant', async () => {
    const list = await participants();
    const guest = list.find((p) => p.name === 'Oplægsholder fra KL') as P;
    const changed = await secretariat.patch(`/api/meetings/${meetingId}/participants/${guest.id}`, {
      invited: false,
      note: 'Deltager kun under punkt 2',
    });
    expect((changed.json().participants as P[]).find((p) => p.id === guest.id)?.invited).toBe(
      false,
    );
    const removed = await secretariat.delete(`/api/meetings/${meetingId}/participants/${guest.id}`);
    expect(removed.statusCode).toBe(200);
    const forumRow = list.find((p) => p.personId === mayor) as P;
    const refused = await secretariat.delete(
      `/api/meetings/${meetingId}/participants/${forumRow.id}`,
    );
    expect(refused.statusCode).toBe(409);
  });

  it('lets a reader see participants but not change them', async () => {
    expect((await participants()).length).toBeGreaterThan(0);
    const res = await reader.post(`/api/meetings/${meetingId}/participants`, { name: 'x' });
    expect(res.statusCode).toBe(403);
    const att = await reader.put(`/api/meetings/${meetingId}/attendance`, { entries: [] });
    expect(att.statusCode).toBe(403);
  });
});
