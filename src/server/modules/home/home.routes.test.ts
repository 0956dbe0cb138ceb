/**
 * "Mit arbejde" (GET /api/home/my-work) on the demo, made for a fixed day and read as of that day
 * (never today): the demo secretariat sees its next meeting and an agenda deadline, the demo
 * member a decision that came back to a forum they sit in (decided here), a reader without seats
 * the collaboration's next meetings and decisions; and nobody sees a confidential case of a forum
 * they do not sit in, nor a secretariat the meetings of a collaboration outside its scope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import type { MyWork } from '../../../shared/home.contract';
import type { Meeting } from '../../../shared/meetings.contract';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { DEMO_PASSWORD, loadDemoData } from '../../demo/demo';
import { demoLoaders } from '../../demo/loaders';
import {
  addCaseItem,
  publishAgenda,
  recordItemDecision,
  sendMinutesForApproval,
} from '../agendas/index';
import { caseDeps, loadCases, raiseCase, type Viewer } from '../cases/index';
import { createMeeting, ORGANISATION_PORT } from '../meetings/index';
import { findEntityIdByKey } from '../organisation/index';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';

/** The day the demo is made for, and the day "Mit arbejde" is read as of. */
const DAY = '2026-11-16';

let ctx: TestContext;
let south = '';
let successor = '';
const as: Record<'member' | 'secretariat' | 'reader', TestClient> = {} as never;
/** Every meeting of the two demo collaborations, from the meetings API. */
let southMeetings: Meeting[] = [];
let successorMeetings: Meeting[] = [];

async function logIn(email: string): Promise<TestClient> {
  const client = ctx.anonymous();
  const res = await client.post('/api/auth/login', { email, password: DEMO_PASSWORD });
  expect(res.statusCode, res.body).toBe(200);
  return client;
}

async function myWork(client: TestClient, asOf = DAY): Promise<MyWork> {
  const res = await client.get(`/api/home/my-work?asOf=${asOf}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as MyWork;
}

async function meetingsOf(collaborationId: string): Promise<Meeting[]> {
  const res = await as.reader.get(`/api/meetings?collaborationId=${collaborationId}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: Meeting[] }).items;
}

const forumId = async (key: string) =>
  (await findEntityIdByKey(ctx.database.db, 'forum', south, key)) ?? '';

beforeAll(async () => {
  ctx = await createTestContext();
  expect(await loadDemoData(ctx.database, demoLoaders, { today: DAY })).toBe(true);
  south =
    (await findEntityIdByKey(ctx.database.db, 'collaboration', null, 'south-denmark-2022')) ?? '';
  successor =
    (await findEntityIdByKey(ctx.database.db, 'collaboration', null, 'syddanmark-2027')) ?? '';
  as.member = await logIn('medlem@demo.samspil.dk');
  as.secretariat = await logIn('sekretariat@demo.samspil.dk');
  as.reader = await logIn('laeser@demo.samspil.dk');
  southMeetings = await meetingsOf(south);
  successorMeetings = await meetingsOf(successor);
});
afterAll(() => ctx.close());

/** The meetings on or after `day`, not cancelled, soonest first. */
const upcoming = (list: readonly Meeting[], day: string) =>
  list
    .filter((m) => m.date >= day && m.status !== 'cancelled')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));

describe('the secretariat’s work', () => {
  it('shows its next meeting: the first demo meeting on or after the day', async () => {
    const work = await myWork(as.secretariat);
    expect(work).toMatchObject({ asOf: DAY, mode: 'mine', serves: true });
    const next = upcoming([...southMeetings, ...successorMeetings], DAY)[0];
    expect(next, 'the demo has a meeting after its day').toBeDefined();
    expect(work.meetings.items[0]).toMatchObject({ id: next?.id, date: next?.date });
    expect(work.meetings.items[0]?.forumName).toBeTruthy();
    expect(work.meetings.items.length).toBeLessThanOrEqual(5);
    expect(work.meetings.total).toBeGreaterThanOrEqual(work.meetings.items.length);
  });

  it('shows the nearest agenda deadline of a meeting whose agenda is still open', async () => {
    const work = await myWork(as.secretariat);
    const open = upcoming([...southMeetings, ...successorMeetings], DAY).filter(
      (m) =>
        ['planned', 'agendaDraft'].includes(m.status) &&
        m.agendaDeadline !== null &&
        m.agendaDeadline >= DAY &&
        m.date < addDays(DAY, 120),
    );
    const nearest = open.map((m) => m.agendaDeadline as string).sort()[0];
    expect(nearest, 'the demo has an open agenda deadline after its day').toBeDefined();
    const first = work.deadlines.items[0];
    expect(first).toMatchObject({ kind: 'agenda', deadline: nearest });
    expect(open.map((m) => m.id)).toContain(first?.meeting.id);
    for (const d of work.deadlines.items) expect(d.deadline >= DAY).toBe(true);
  });

  it('reads another day when asked: nothing before it, the same rule after it', async () => {
    const later = addDays(DAY, 14);
    const work = await myWork(as.secretariat, later);
    expect(work.asOf).toBe(later);
    for (const m of work.meetings.items) expect(m.date >= later).toBe(true);
    const next = upcoming([...southMeetings, ...successorMeetings], later)[0];
    expect(work.meetings.items[0]?.id).toBe(next?.id);
  });

  it('refuses a date that is not one', async () => {
    const res = await as.secretariat.get('/api/home/my-work?asOf=2026-13-45');
    expect(res.statusCode).toBe(400);
  });
});

describe('the member’s work', () => {
  it('lists the fora the member sits in on the day', async () => {
    const work = await myWork(as.member);
    expect(work.mode).toBe('mine');
    expect(work.serves).toBe(false);
    expect(work.seats.map((s) => s.id)).toContain(await forumId('ssu'));
  });

  it('shows a decision that came back to a forum the member sits in', async () => {
    const before = await myWork(as.member);
    const ssu = await forumId('ssu');
    const cluster = before.seats.find((s) => s.id !== ssu);
    expect(cluster, 'the member sits in a forum besides the SSU').toBeDefined();
    const deps = caseDeps(ctx.database.db);
    const secretariat: Viewer = {
      userId: as.secretariat.userId ?? '',
      name: 'Sofie Sekretær (demo)',
      role: 'secretariat',
    };
    // An SSU meeting a week before the day: the case is raised, placed, decided and returned.
    const day = addDays(DAY, -7);
    const saved = await createMeeting(
      { db: ctx.database.db, organisation: ORGANISATION_PORT },
      SYSTEM_ACTOR,
      {
        forumId: ssu,
        title: 'Ekstraordinært møde i SSU (test)',
        startsAt: `${day}T10:00`,
        endsAt: `${day}T12:00`,
        acknowledgeWarnings: true,
      },
    );
    const meetingId = saved.meeting.id;
    const caseId = await raiseCase(
      deps,
      SYSTEM_ACTOR,
      {
        collaborationId: south,
        title: 'Fælles retningslinje for genoptræning (test)',
        summary: '',
        body: '',
        type: 'decision',
        flags: [],
        confidential: false,
        raisedInForumId: cluster?.id ?? '',
        route: [ssu],
      },
      { on: addDays(day, -20) },
    );
    const [loaded] = await loadCases(ctx.database.db, [caseId]);
    const stepId = loaded?.case.steps[0]?.id ?? '';
    const itemId = await addCaseItem(deps, SYSTEM_ACTOR, secretariat, meetingId, {
      caseId,
      stepId,
      on: addDays(day, -14),
    });
    await publishAgenda(deps, SYSTEM_ACTOR, meetingId);
    await recordItemDecision(
      deps,
      SYSTEM_ACTOR,
      secretariat,
      { meetingId, itemId },
      {
        text: 'Retningslinjen godkendes.',
        final: true,
      },
    );
    // Recording the decision marked the (past) meeting held; sending the minutes keeps it so.
    await sendMinutesForApproval(deps, SYSTEM_ACTOR, meetingId);

    const work = await myWork(as.member);
    const back = work.returned.items.find((r) => r.caseId === caseId);
    expect(back, JSON.stringify(work.returned)).toMatchObject({
      kind: 'returned',
      toForumId: cluster?.id,
      text: 'Retningslinjen godkendes.',
    });
    expect(work.returned.items[0]?.caseId).toBe(caseId);
    // Read as of the day before the decision, it has not come back yet.
    const earlier = await myWork(as.member, addDays(day, -1));
    expect(earlier.returned.items.map((r) => r.caseId)).not.toContain(caseId);
    // The member sat in the SSU that day: its minutes now await their approval.
    expect(work.approvals.items.map((a) => a.meeting.id)).toContain(meetingId);
  });
});

describe('a reader without seats', () => {
  it('gets the collaboration’s next meetings and its latest decisions', async () => {
    const work = await myWork(as.reader);
    expect(work.mode).toBe('general');
    expect(work.seats).toEqual([]);
    const next = upcoming([...southMeetings, ...successorMeetings], DAY)[0];
    expect(work.meetings.items[0]?.id).toBe(next?.id);
    expect(work.decisions.items.length).toBeGreaterThan(0);
    expect(work.waitingCases.items).toEqual([]);
    expect(work.deadlines.items).toEqual([]);
  });
});

describe('scopes and confidential cases', () => {
  it('shows a secretariat scoped to one collaboration nothing of another', async () => {
    const scoped = await ctx.loginAs('secretariat', 'Sekretær for 2027', {
      scopes: [{ kind: 'collaboration', target: successor }],
    });
    const work = await myWork(scoped);
    const southIds = new Set(southMeetings.map((m) => m.id));
    const ids = [...work.meetings.items, ...work.deadlines.items.map((d) => d.meeting)].map(
      (m) => m.id,
    );
    expect(ids.length, 'the 2027 collaboration has meetings ahead').toBeGreaterThan(0);
    for (const id of ids) expect(southIds.has(id)).toBe(false);
    // The demo secretariat, scoped to the whole region, does see the 2022 collaboration's.
    const regional = await myWork(as.secretariat);
    expect(regional.meetings.items.some((m) => southIds.has(m.id))).toBe(true);
  });

  it('shows a secretariat of another region none of the demo’s meetings or cases', async () => {
    const other = await ctx.loginAs('secretariat', 'Sekretær i Hovedstaden', {
      scopes: [{ kind: 'region', target: 'Hovedstaden' }],
    });
    const work = await myWork(other);
    // Its scope covers no collaboration here: no "whole country" fallback either.
    expect(work.mode).toBe('general');
    expect(work.decisions.items).toEqual([]);
    expect(work.meetings.items).toEqual([]);
    expect(work.deadlines.items).toEqual([]);
    expect(work.waitingCases.items).toEqual([]);
    expect(work.returned.items).toEqual([]);
  });

  it('lists a confidential case to a member of its forum, and to nobody else', async () => {
    const seats = (await myWork(as.member)).seats.map((s) => s.id);
    const ssu = await forumId('ssu');
    const cluster = seats.find((id) => id !== ssu) ?? '';
    const before = await myWork(as.member);
    const secretariatBefore = await myWork(as.secretariat);
    const closed = await raiseCase(
      caseDeps(ctx.database.db),
      SYSTEM_ACTOR,
      {
        collaborationId: south,
        title: 'Lukket sag om et enkelt forløb (test)',
        summary: '',
        body: '',
        type: 'discussion',
        flags: [],
        confidential: true,
        raisedInForumId: cluster,
        route: [cluster],
      },
      { on: addDays(DAY, -1) },
    );
    const after = await myWork(as.member);
    expect(after.waitingCases.total).toBe(before.waitingCases.total + 1);
    expect(after.waitingCases.items.map((c) => c.id)).toContain(closed);
    const secretariatAfter = await myWork(as.secretariat);
    expect(secretariatAfter.waitingCases.total).toBe(secretariatBefore.waitingCases.total);
    expect(secretariatAfter.waitingCases.items.map((c) => c.id)).not.toContain(closed);
  });

  it('never lists a confidential case waiting in a forum the user does not sit in', async () => {
    const elsewhere = await forumId('administrativ-sonderjylland');
    const deps = caseDeps(ctx.database.db);
    const raise = (title: string, confidential: boolean) =>
      raiseCase(
        deps,
        SYSTEM_ACTOR,
        {
          collaborationId: south,
          title,
          summary: '',
          body: '',
          type: 'discussion',
          flags: [],
          confidential,
          raisedInForumId: elsewhere,
          route: [elsewhere],
        },
        { on: addDays(DAY, -2) },
      );
    const before = await myWork(as.secretariat);
    const open = await raise('Åben sag i Sønderjylland (test)', false);
    const closed = await raise('Lukket sag om en enkelt borger (test)', true);
    const after = await myWork(as.secretariat);
    // The open one counts among the cases waiting in the fora the secretariat serves; the
    // confidential one does not (the secretariat does not sit in the raising forum).
    expect(after.waitingCases.total).toBe(before.waitingCases.total + 1);
    const ids = after.waitingCases.items.map((c) => c.id);
    expect(ids).not.toContain(closed);
    expect(open).not.toBe(closed);
    const reader = await myWork(as.reader);
    expect(reader.decisions.items.map((d) => d.caseId)).not.toContain(closed);
    const member = await myWork(as.member);
    expect(member.waitingCases.items.map((c) => c.id)).not.toContain(closed);
  });
});
