/**
 * Issue 12, point 5, through the API: an action from an SSU decision, followed up by TSS (the
 * collaboration's rule "TSS prepares SSU"), whose due date passes: it shows on the TSS's next
 * meeting's agenda and on its owner's home page; before the due date the agenda does not show
 * it. Refusals are Danish 4xx with nothing written. All dates are fixed (2025), never today.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionPage, ActionProposal, DecisionAction } from '../../../shared/actions.contract';
import type { Agenda } from '../../../shared/agendas.contract';
import type { MyWork } from '../../../shared/home.contract';
import { createParty, orgContext, startOfficeHolding } from '../organisation/index';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { buildOrganisation, createMeeting, type OrgFixture } from '../../test/cases-fixtures';
import { docxText } from '../../test/extract-text';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';

let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;
let ssuMeeting: string;
let itemId: string;

const DECIDED = '2025-03-10';
const DUE = '2025-04-30';

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Sekretariatet');
  const rule = await sec.post('/api/meetings/ordering-rules', {
    collaborationId: org.collaborationId,
    kind: 'prepares',
    forumId: org.fora.ssu,
    dependsOnForumId: org.fora.tss,
    minDaysBetween: 14,
  });
  expect(rule.statusCode, rule.body).toBe(201);
  ssuMeeting = await createMeeting(sec, org, 'ssu', DECIDED);
  const item = await sec.post(`/api/agendas/${ssuMeeting}/items`, {
    kind: 'free',
    title: 'Fælles retningslinje for udskrivning',
    type: 'decision',
  });
  expect(item.statusCode, item.body).toBe(201);
  itemId = (item.json().id ?? item.json().items?.at(-1)?.id) as string;
  expect((await sec.post(`/api/agendas/${ssuMeeting}/publish`, {})).statusCode).toBe(200);
  const decided = await sec.post(`/api/agendas/${ssuMeeting}/items/${itemId}/decision`, {
    text: 'Retningslinjen godkendes og implementeres i alle klynger.',
    final: true,
  });
  expect(decided.statusCode, decided.body).toBe(200);
}, 120_000);
afterAll(() => ctx.close());

const create = (body: Record<string, unknown>, client = sec) =>
  client.post('/api/actions', {
    meetingId: ssuMeeting,
    itemId,
    title: 'Implementér retningslinjen i klyngerne',
    dueDate: DUE,
    ...body,
  });

const agendaOf = async (meetingId: string) =>
  (await sec.get(`/api/agendas/${meetingId}`)).json() as Agenda;

describe('an action from an SSU decision, followed up by TSS', () => {
  let action: DecisionAction;
  let tssBefore: string;
  let tssAfter: string;

  it('proposes TSS as the follow-up forum (TSS prepares SSU)', async () => {
    const res = await sec.get(`/api/actions/proposal?meetingId=${ssuMeeting}&itemId=${itemId}`);
    expect(res.statusCode, res.body).toBe(200);
    const proposal = res.json() as ActionProposal;
    expect(proposal).toMatchObject({
      decidedOn: DECIDED,
      decidingForum: { id: org.fora.ssu },
      followUpForum: { id: org.fora.tss },
      basis: 'prepares',
    });
    expect(proposal.persons.map((p) => p.id)).toContain(org.members.tss.personId);
  });

  it('is created with TSS as its default follow-up forum, open, audited', async () => {
    const res = await create({
      ownerPersonId: org.members.eu.personId,
      description: 'Alle klynger melder status.',
    });
    expect(res.statusCode, res.body).toBe(201);
    action = res.json() as DecisionAction;
    expect(action).toMatchObject({
      status: 'open',
      dueDate: DUE,
      decidedOn: DECIDED,
      followUpForum: { id: org.fora.tss },
      decidingForum: { id: org.fora.ssu },
      owner: { kind: 'person', id: org.members.eu.personId, name: 'Medlem eu' },
    });
  });

  it('is not on the TSS agenda before its due date', async () => {
    tssBefore = await createMeeting(sec, org, 'tss', '2025-04-15');
    const agenda = await agendaOf(tssBefore);
    expect(agenda.followUp?.overdue ?? []).toEqual([]);
  });

  it('is on the TSS’s next agenda after its due date, and on no other forum’s', async () => {
    tssAfter = await createMeeting(sec, org, 'tss', '2025-05-12');
    const agenda = await agendaOf(tssAfter);
    expect(agenda.followUp?.overdue.map((a) => a.id)).toEqual([action.id]);
    expect(agenda.followUp?.overdue[0]).toMatchObject({
      dueDate: DUE,
      ownerName: 'Medlem eu',
      decidingForumName: 'Sundhedssamarbejdsudvalget',
    });
    const eu = await agendaOf(await createMeeting(sec, org, 'eu', '2025-05-13'));
    expect(eu.followUp?.overdue ?? []).toEqual([]);
  });

  it('is in the TSS meeting’s agenda document (DOCX)', async () => {
    const res = await sec.get(`/api/meetings/${tssAfter}/agenda.docx`);
    expect(res.statusCode).toBe(200);
    const text = docxText(res.rawPayload);
    expect(text).toContain('Handlinger der er overskredet');
    expect(text).toContain('Implementér retningslinjen i klyngerne (frist 30. april 2025');
  });

  it('is on its owner’s home page, overdue after the due date', async () => {
    const owner = org.members.eu.client;
    const before = (await owner.get('/api/home/my-work?asOf=2025-04-20')).json() as MyWork;
    expect(before.actions.items.map((a) => [a.id, a.overdue])).toEqual([[action.id, false]]);
    const after = (await owner.get('/api/home/my-work?asOf=2025-05-01')).json() as MyWork;
    expect(after.actions.items.map((a) => [a.id, a.overdue])).toEqual([[action.id, true]]);
    const other = (
      await org.members.klyngeSyd.client.get('/api/home/my-work?asOf=2025-05-01')
    ).json() as MyWork;
    expect(other.actions.total).toBe(0);
  });

  it('is listed for TSS, paged with a total, and filtered by overdue day', async () => {
    const list = (
      await sec.get(`/api/actions?followUpForumId=${org.fora.tss}&overdueOn=2025-05-12`)
    ).json() as ActionPage;
    expect(list).toMatchObject({ total: 1, page: 1 });
    expect(list.items[0]?.overdue).toBe(true);
    const early = (
      await sec.get(`/api/actions?followUpForumId=${org.fora.tss}&overdueOn=2025-04-30`)
    ).json() as ActionPage;
    expect(early.total).toBe(0);
    const ssu = (
      await sec.get(`/api/actions?followUpForumId=${org.fora.ssu}`)
    ).json() as ActionPage;
    expect(ssu.total).toBe(0);
  });

  it('goes on the TSS agenda as one information item, once (idempotent)', async () => {
    const first = await sec.post('/api/actions/agenda-item', { meetingId: tssAfter });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().created).toBe(true);
    const second = await sec.post(
      '/api/actions/agenda-item',
      { meetingId: tssAfter },
      {
        auditDelta: 0,
      },
    );
    expect(second.json()).toEqual({ itemId: first.json().itemId, created: false });
    const agenda = await agendaOf(tssAfter);
    const titles = agenda.items.flatMap((i) => (i.redacted ? [] : [i.title]));
    expect(titles.filter((t) => t.startsWith('Opfølgning'))).toHaveLength(1);
    expect(agenda.followUp?.itemId).toBe(first.json().itemId);
    const none = await sec.post('/api/actions/agenda-item', { meetingId: tssBefore });
    expect(none.statusCode).toBe(409);
    expect(none.json().detail).toMatch(/overskredet/);
  });

  it('lets its owner move it along; done leaves the agenda; a final status stays final', async () => {
    const owner = org.members.eu.client;
    const started = await owner.patch(`/api/actions/${action.id}`, {
      status: 'inProgress',
      note: 'Klynge Nord er i gang.',
    });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.json().progress).toMatchObject([
      { text: 'Klynge Nord er i gang.', status: 'inProgress' },
    ]);
    const done = await owner.patch(`/api/actions/${action.id}`, { status: 'done' });
    expect(done.statusCode, done.body).toBe(200);
    expect((await agendaOf(tssAfter)).followUp?.overdue ?? []).toEqual([]);
    const back = await owner.patch(`/api/actions/${action.id}`, { status: 'open' });
    expect(back.statusCode).toBe(409);
    expect(back.json().detail).toMatch(/kan ikke gå fra/);
  });

  it('refuses an update by someone neither owner, secretariat nor TSS member', async () => {
    const res = await org.members.klyngeSyd.client.patch(`/api/actions/${action.id}`, {
      note: 'Ikke min',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('a party-owned action', () => {
  it('shows on the home page of a person acting for the party', async () => {
    const db = orgContext(ctx.database.db);
    const party = (
      await createParty(db, SYSTEM_ACTOR, org.collaborationId, {
        name: 'Hvidovre Kommune',
        kind: 'municipality',
        validFrom: '2025-01-01',
        acknowledgeBreaches: true,
      })
    ).result.entityId;
    await startOfficeHolding(db, SYSTEM_ACTOR, {
      personId: org.members.klyngeNord.personId,
      partyId: party,
      office: 'healthDirector',
      validFrom: '2025-01-01',
      acknowledgeBreaches: true,
    });
    const res = await create({ ownerPartyId: party, dueDate: '2025-06-30' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().owner).toMatchObject({ kind: 'party', id: party, name: 'Hvidovre Kommune' });
    const home = (
      await org.members.klyngeNord.client.get('/api/home/my-work?asOf=2025-07-01')
    ).json() as MyWork;
    expect(home.actions.items.map((a) => [a.id, a.overdue])).toEqual([[res.json().id, true]]);
  });
});

describe('refusals (Danish 4xx, nothing written)', () => {
  it.each([
    [
      'both owners',
      { ownerPartyId: crypto.randomUUID(), ownerPersonId: crypto.randomUUID() },
      /enten en part eller en person/,
    ],
    ['no owner', {}, /Angiv en ansvarlig/],
    [
      'a due date before the decision',
      { ownerPersonId: crypto.randomUUID(), dueDate: '2025-03-09' },
      /ligger før beslutningens dato/,
    ],
    [
      'an unknown follow-up forum',
      { ownerPersonId: crypto.randomUUID(), followUpForumId: crypto.randomUUID() },
      /findes ikke i samarbejdet/,
    ],
    ['an unknown person', { ownerPersonId: crypto.randomUUID() }, /Personen findes ikke/],
  ])('%s', async (_what, body, detail) => {
    const res = await create(body);
    expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().detail).toMatch(detail);
  });

  it('refuses an item without a decision', async () => {
    const meeting = await createMeeting(sec, org, 'ssu', '2025-06-02');
    const item = await sec.post(`/api/agendas/${meeting}/items`, {
      kind: 'free',
      title: 'Orientering',
    });
    const id = (item.json().id ?? item.json().items?.at(-1)?.id) as string;
    const res = await sec.post('/api/actions', {
      meetingId: meeting,
      itemId: id,
      title: 'X',
      ownerPersonId: org.members.eu.personId,
      dueDate: '2025-07-01',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toMatch(/ingen beslutning/);
  });
});
