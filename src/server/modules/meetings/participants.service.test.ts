/**
 * The invitation list derived from the forum's members on the meeting day, through the
 * services with a real database and a stand-in organisation port (the organisation module's
 * own adapter is wired in app.ts when available). Also the hooks other modules call: meeting
 * dates for the cadence rule and the reorganisation carry-over.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../shared/dates';
import { mutate, SYSTEM_ACTOR } from '../../platform/audit';
import { createTestContext } from '../../test/test-app';
import { meetingDatesByForum, meetingsCarryOverHandler } from './integration';
import { createMeeting, updateMeeting } from './meetings.service';
import type { ForumMemberRef, ForumRef, OrganisationPort, PersonRef } from './org-port';
import { recordAttendance, type MeetingsDeps } from './participants.service';

const ctx = await createTestContext();
afterAll(() => ctx.close());

const collaborationId = randomUUID();
const forum: ForumRef = {
  entityId: randomUUID(),
  name: 'Sundhedsklynge Nord',
  shortName: null,
  collaborationId,
  cadence: { min: 4, max: 6 },
  successorForumIds: [],
  agendaDeadlineWorkingDays: null,
};
const successor: ForumRef = { ...forum, entityId: randomUUID(), name: 'Sundhedsråd Nord' };
const p = (name: string): PersonRef => ({ id: randomUUID(), name, email: null });
const chair = p('Formand Fiktiv');
const member = p('Medlem Fiktiv');
const substitute = p('Stedfortræder Fiktiv');
const director = p('Direktør Fiktiv');
const optional = p('Sundhedschef Fiktiv');
const newMember = p('Nyt Medlem Fiktiv');
const persons = [chair, member, substitute, director, optional, newMember];

/** Members change on 2027-07-01: `member` leaves, `newMember` joins. */
function membersOn(forumId: string, date: IsoDate): ForumMemberRef[] | null {
  if (forumId === successor.entityId)
    return [
      {
        personId: newMember.id,
        role: 'chair',
        roles: ['member', 'chair'],
        substitutePersonId: null,
      },
    ];
  if (forumId !== forum.entityId) return null;
  const regular = date < '2027-07-01' ? member : newMember;
  return [
    { personId: chair.id, role: 'member', roles: ['member', 'chair'], substitutePersonId: null },
    { personId: regular.id, role: 'member', roles: ['member'], substitutePersonId: substitute.id },
    { personId: director.id, role: 'attendee', roles: ['attendee'], substitutePersonId: null },
    {
      personId: optional.id,
      role: 'optionalAttendee',
      roles: ['optionalAttendee'],
      substitutePersonId: null,
    },
  ];
}

const port: OrganisationPort = {
  available: true,
  findForum: async (_db, id) => [forum, successor].find((f) => f.entityId === id) ?? null,
  forumCollaborationId: async (_db, id) =>
    [forum, successor].find((f) => f.entityId === id)?.collaborationId ?? null,
  forumNames: async (_db, ids) =>
    new Map(
      [forum, successor].filter((f) => ids.includes(f.entityId)).map((f) => [f.entityId, f.name]),
    ),
  forumMembers: async (_db, id, date) => membersOn(id, date),
  persons: async (_db, ids) => persons.filter((x) => ids.includes(x.id)),
  affiliations: async () => new Map(),
  personIdOfUser: async () => null,
};
const deps: MeetingsDeps = { db: ctx.database.db, organisation: port };

const create = (date: IsoDate) =>
  createMeeting(deps, SYSTEM_ACTOR, {
    forumId: forum.entityId,
    title: 'Klyngemøde',
    startsAt: `${date}T10:00`,
    endsAt: `${date}T12:00`,
    acknowledgeWarnings: false,
  });

describe('participants derived from the forum', () => {
  it("invites the forum's members, attendees and optional attendees; lists substitutes", async () => {
    const { meeting } = await create('2027-05-12');
    expect(meeting).toMatchObject({
      forumName: 'Sundhedsklynge Nord',
      collaborationId,
      membersDerivable: true,
    });
    const byName = Object.fromEntries(meeting.participants.map((x) => [x.name, x]));
    expect(byName['Formand Fiktiv']).toMatchObject({
      role: 'member',
      functions: ['chair'],
      invited: true,
      source: 'forum',
    });
    expect(byName['Medlem Fiktiv']).toMatchObject({ role: 'member', functions: [], invited: true });
    expect(byName['Direktør Fiktiv']).toMatchObject({ role: 'attendee', invited: true });
    expect(byName['Sundhedschef Fiktiv']).toMatchObject({
      role: 'optionalAttendee',
      invited: true,
    });
    expect(byName['Stedfortræder Fiktiv']).toMatchObject({ role: 'substitute', invited: false });
    expect(meeting.participants).toHaveLength(5);
  });

  it('re-derives on a move to a day with other members, keeping recorded attendance', async () => {
    const { meeting } = await create('2027-06-09');
    const chairRow = meeting.participants.find((x) => x.personId === chair.id);
    await recordAttendance(deps, SYSTEM_ACTOR, meeting.id, {
      entries: [{ participantId: chairRow?.id as string, attendance: 'excused' }],
    });
    const moved = await updateMeeting(deps, SYSTEM_ACTOR, meeting.id, {
      startsAt: '2027-08-18T10:00',
      endsAt: '2027-08-18T12:00',
      acknowledgeWarnings: false,
    });
    const ids = moved.meeting.participants.map((x) => x.personId);
    expect(ids).toContain(newMember.id);
    expect(ids).not.toContain(member.id);
    expect(moved.meeting.participants.find((x) => x.personId === chair.id)?.attendance).toBe(
      'excused',
    );
  });

  it('refuses a forum the organisation does not know on the day', async () => {
    await expect(
      createMeeting(deps, SYSTEM_ACTOR, {
        forumId: randomUUID(),
        title: 'x',
        startsAt: '2027-05-12T10:00',
        endsAt: '2027-05-12T11:00',
        acknowledgeWarnings: false,
      }),
    ).rejects.toMatchObject({ code: 'notFound' });
  });
});

describe('hooks for the organisation module', () => {
  it('gives the meeting dates per forum for the cadence rule', async () => {
    const dates = await meetingDatesByForum(ctx.database.db, [forum.entityId, successor.entityId]);
    expect(dates[forum.entityId]).toEqual(['2027-05-12', '2027-08-18']);
    expect(dates[successor.entityId]).toEqual([]);
  });

  it('carries meetings from the reform date over to the single successor', async () => {
    const handler = meetingsCarryOverHandler(port);
    const report = await mutate(ctx.database.db, SYSTEM_ACTOR, async (tx) => ({
      result: await handler.carryOver({
        tx,
        collaborationId,
        effectiveDate: '2027-07-01',
        mappings: [{ fromForumId: forum.entityId, toForumIds: [successor.entityId] }],
      }),
      audit: { action: 'organisation.reorganise', entityType: 'collaboration' },
    }));
    expect(report.movedIds).toHaveLength(1);
    const dates = await meetingDatesByForum(ctx.database.db, [forum.entityId, successor.entityId]);
    expect(dates[forum.entityId]).toEqual(['2027-05-12']);
    expect(dates[successor.entityId]).toEqual(['2027-08-18']);
  });

  it('moves meetings to the first successor when a forum has several (it takes the open work)', async () => {
    await create('2027-09-15');
    const handler = meetingsCarryOverHandler(port);
    const report = await mutate(ctx.database.db, SYSTEM_ACTOR, async (tx) => ({
      result: await handler.carryOver({
        tx,
        collaborationId,
        effectiveDate: '2027-09-01',
        mappings: [{ fromForumId: forum.entityId, toForumIds: [successor.entityId, randomUUID()] }],
      }),
      audit: { action: 'organisation.reorganise', entityType: 'collaboration' },
    }));
    expect(report.movedIds).toHaveLength(1);
    expect(report.summary).toContain(forum.entityId);
    const dates = await meetingDatesByForum(ctx.database.db, [successor.entityId]);
    expect(dates[successor.entityId]).toContain('2027-09-15');
  });
});
