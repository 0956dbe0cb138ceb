/**
 * Participants derived from the forum say who they are, from their office holdings on the
 * meeting day: "Borgmester, Odense Kommune" (and in English), else the party they represent.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { createTestContext } from '../../test/test-app';
import { createParty, orgContext, startOfficeHolding } from '../organisation/index';
import { meetingDatesByForum } from './integration';
import { createFora, createTestPerson, seatPerson } from './meetings.fixtures';

const ctx = await createTestContext();
afterAll(() => ctx.close());

const db = ctx.database.db;
const org = orgContext(db, meetingDatesByForum);
const { collaborationId, fora } = await createFora(db, ['Politisk klynge Fyn']);
const forumId = fora['Politisk klynge Fyn'];
const party = async (name: string, kind: 'municipality' | 'region') =>
  (
    await createParty(org, SYSTEM_ACTOR, collaborationId, {
      kind,
      name,
      verified: false,
      source: null,
      validFrom: '2012-01-01',
    })
  ).result.entityId;
const odense = await party('Odense', 'municipality');
const region = await party('Region Syddanmark', 'region');
const mayor = await createTestPerson(db, 'Anna Prøvesen');
const chair = await createTestPerson(db, 'Bo Regionsen');
const plain = await createTestPerson(db, 'Cecilie Uden Embede');
for (const [personId, partyId, office] of [
  [mayor, odense, 'mayor'],
  [chair, region, 'regionCouncilChair'],
] as const) {
  await startOfficeHolding(org, SYSTEM_ACTOR, {
    personId,
    partyId,
    office,
    validFrom: '2022-01-01',
  });
}
await seatPerson(db, forumId, { personId: mayor, role: 'member' });
await seatPerson(db, forumId, { personId: chair, role: 'member' });
await seatPerson(db, forumId, { personId: plain, role: 'attendee' });

describe('participant descriptions', () => {
  it('describe forum participants by office and party, in Danish and English', async () => {
    const secretariat = await ctx.loginAs('secretariat');
    const res = await secretariat.post('/api/meetings', {
      forumId,
      title: 'Klyngemøde',
      startsAt: '2027-04-14T15:00',
      endsAt: '2027-04-14T17:00',
    });
    expect(res.statusCode, res.body).toBe(201);
    const people = res.json().meeting.participants as {
      personId: string;
      description: { da: string; en: string } | null;
    }[];
    const of = (id: string) => people.find((p) => p.personId === id)?.description;
    expect(of(mayor)).toEqual({
      da: 'Borgmester, Odense Kommune',
      en: 'Mayor, Odense Municipality',
    });
    expect(of(chair)).toEqual({
      da: 'Regionsrådsformand, Region Syddanmark',
      en: 'Chair of the regional council, Region Syddanmark',
    });
    expect(of(plain)).toBeNull();
  });
});
