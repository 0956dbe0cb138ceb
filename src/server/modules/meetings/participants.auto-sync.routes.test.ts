/**
 * Issue 11, point 4: after a seat changes hands, the next meeting not yet held invites the new
 * holder (not the old one) without anyone pressing "Hent medlemmer igen", and its history says
 * so; a held meeting keeps its list, a hand-added guest stays, other fora are not touched.
 * Explicit dates: the seat changes on 2024-06-01, the held meeting was on 2025-03-12, the next
 * one is on 2027-05-12.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient } from '../../test/test-app';
import { createFora, createTestPerson, seatPerson } from './meetings.fixtures';

const ctx = await createTestContext();
afterAll(() => ctx.close());

const db = ctx.database.db;
const { fora } = await createFora(db, ['Sundhedsklynge Vest', 'Sundhedsklynge Øst']);
const forumId = fora['Sundhedsklynge Vest'];
const otherForumId = fora['Sundhedsklynge Øst'];
const oldHolder = await createTestPerson(db, 'Afgående Borgmester Fiktiv');
const newHolder = await createTestPerson(db, 'Nyvalgt Borgmester Fiktiv');
const director = await createTestPerson(db, 'Direktør Fiktiv');
const seatId = await seatPerson(db, forumId, { personId: oldHolder, role: 'member' });
await seatPerson(db, forumId, { personId: director, role: 'attendee' });
await seatPerson(db, otherForumId, { personId: director, role: 'member' });

let secretariat: TestClient;
const ids = { held: '', next: '', other: '' };

type P = { personId: string | null; name: string; source: string };
type H = { action: string; automatic: boolean; message: { da: string; en: string } };

const participantsOf = async (id: string): Promise<P[]> =>
  (await secretariat.get(`/api/meetings/${id}`)).json().participants;
const historyOf = async (id: string): Promise<H[]> => {
  const res = await secretariat.get(`/api/meetings/${id}/history?limit=20`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
};

async function meeting(forum: string, date: string, title: string): Promise<string> {
  const res = await secretariat.post('/api/meetings', {
    forumId: forum,
    title,
    startsAt: `${date}T10:00`,
    endsAt: `${date}T12:00`,
    acknowledgeWarnings: true,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().meeting.id;
}

beforeAll(async () => {
  secretariat = await ctx.loginAs('secretariat');
  ids.held = await meeting(forumId, '2025-03-12', 'Klyngemøde marts 2025');
  ids.next = await meeting(forumId, '2027-05-12', 'Klyngemøde maj 2027');
  ids.other = await meeting(otherForumId, '2027-05-19', 'Klyngemøde Øst maj 2027');
  const held = await secretariat.post(`/api/meetings/${ids.held}/status`, { status: 'held' });
  expect(held.statusCode, held.body).toBe(200);
  const guest = await secretariat.post(`/api/meetings/${ids.next}/participants`, {
    name: 'Gæst Fiktiv',
    role: 'guest',
  });
  expect(guest.statusCode, guest.body).toBe(200);
  // Both meetings invite the old holder before the change.
  for (const id of [ids.held, ids.next]) {
    expect((await participantsOf(id)).map((p) => p.personId)).toContain(oldHolder);
  }
  // The seat changes hands from before the held meeting: only the meeting not yet held follows.
  const change = await secretariat.post('/api/org/appointments', {
    seatId,
    personId: newHolder,
    validFrom: '2024-06-01',
    acknowledgeBreaches: true,
  });
  expect(change.statusCode, change.body).toBe(201);
});

describe('a seat changes hands (issue 11, point 4)', () => {
  it('the next meeting not yet held invites the new holder, not the old one', async () => {
    const people = (await participantsOf(ids.next)).map((p) => p.personId);
    expect(people).toContain(newHolder);
    expect(people).not.toContain(oldHolder);
    expect(people).toContain(director);
  });

  it('keeps the guest added by hand', async () => {
    expect((await participantsOf(ids.next)).map((p) => p.name)).toContain('Gæst Fiktiv');
  });

  it("records the automatic sync in the meeting's history, naming who came and went", async () => {
    const history = await historyOf(ids.next);
    const auto = history.find((h) => h.automatic);
    expect(auto?.message.da).toContain('opdateret automatisk');
    expect(auto?.message.da).toContain('1. juni 2024');
    expect(auto?.message.da).toContain('Nye: Nyvalgt Borgmester Fiktiv.');
    expect(auto?.message.da).toContain('Ikke længere inviteret: Afgående Borgmester Fiktiv.');
    expect(auto?.message.en).toContain('No longer invited: Afgående Borgmester Fiktiv.');
    // The history never shows internal keys or ids in its Danish text.
    for (const h of history) expect(h.message.da).not.toMatch(/meeting\.|[0-9a-f]{8}-[0-9a-f]{4}/);
  });

  it('leaves the held meeting as it was, with no automatic entry', async () => {
    const people = (await participantsOf(ids.held)).map((p) => p.personId);
    expect(people).toContain(oldHolder);
    expect(people).not.toContain(newHolder);
    expect((await historyOf(ids.held)).some((h) => h.automatic)).toBe(false);
  });

  it("does not touch another forum's meeting", async () => {
    expect((await historyOf(ids.other)).some((h) => h.automatic)).toBe(false);
  });

  it('a manual sync afterwards finds nothing left to change', async () => {
    const before = (await participantsOf(ids.next)).map((p) => p.personId).sort();
    const res = await secretariat.post(`/api/meetings/${ids.next}/participants/sync`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect((await participantsOf(ids.next)).map((p) => p.personId).sort()).toEqual(before);
  });
});
