/**
 * Issue 11, points 1 and 5, through the API:
 * 1. a waiting case that stands on another meeting's draft agenda (with its recommendation
 *    written) is offered with a way forward: it can be moved here, confirmed, recorded in the
 *    case's history and audited; it never yields `Trinnet kan ikke gå fra "recommended" til
 *    "onAgenda"`. A case on a published agenda is not offered, and says why in Danish.
 * 5. a decision needs a held meeting: 16 days ahead it is refused (minutes and case page alike)
 *    with a Danish 409; on the meeting day it is recorded, the meeting becomes held, and the
 *    decided case shows its decision as come back.
 */
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agenda, AgendaCandidates, VisibleAgendaItem } from '../../../shared/agendas.contract';
import type { CaseDetail, VisibleCase } from '../../../shared/cases.contract';
import { auditLog } from '../audit/index';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import {
  buildOrganisation,
  createMeeting,
  daysFromToday,
  type ForumName,
  type OrgFixture,
} from '../../test/cases-fixtures';

let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Sekretariatet');
});
afterAll(() => ctx.close());

function visible(c: CaseDetail): VisibleCase {
  if (c.redacted) throw new Error('expected a visible case');
  return c;
}

async function raise(forum: ForumName, title: string): Promise<VisibleCase> {
  const res = await sec.post('/api/cases', {
    collaborationId: org.collaborationId,
    title,
    summary: 'Til behandling',
    type: 'decision',
    raisedInForumId: org.fora[forum],
    route: [org.fora[forum]],
  });
  expect(res.statusCode, res.body).toBe(201);
  return visible(res.json().case as CaseDetail);
}

async function getCase(id: string): Promise<VisibleCase> {
  return visible((await sec.get(`/api/cases/${id}`)).json() as CaseDetail);
}

async function addCase(meetingId: string, c: VisibleCase, move?: boolean) {
  return sec.post(`/api/agendas/${meetingId}/items`, {
    kind: 'case',
    caseId: c.id,
    stepId: c.currentStepId,
    ...(move === undefined ? {} : { move }),
  });
}

const items = (a: Agenda) => a.items as VisibleAgendaItem[];

/** Internal names that must never reach a Danish problem text. */
const RAW = /recommended|onAgenda|planned|published|draft|inReview|\{\{/;

describe('a waiting case on another draft agenda (issue 11, point 1)', () => {
  let first: string;
  let second: string;
  let waiting: VisibleCase;

  it('stands on the first meeting’s draft agenda with its recommendation written', async () => {
    waiting = await raise('eu', 'Fælles forløb for genoptræning');
    first = await createMeeting(sec, org, 'eu', daysFromToday(20));
    const added = await addCase(first, waiting);
    expect(added.statusCode, added.body).toBe(201);
    const itemId = items(added.json())[0]?.id as string;
    const rec = await sec.patch(`/api/agendas/${first}/items/${itemId}`, {
      recommendation: 'Det indstilles, at forløbet godkendes.',
    });
    expect(rec.statusCode, rec.body).toBe(200);
    expect((await getCase(waiting.id)).steps[0]?.status).toBe('recommended');
  });

  it('is offered on a new meeting’s agenda as a move from the first meeting', async () => {
    second = await createMeeting(sec, org, 'eu', daysFromToday(34));
    const res = await sec.get(`/api/agendas/${second}/candidates`);
    expect(res.statusCode, res.body).toBe(200);
    const offered = (res.json() as AgendaCandidates).items.find((c) => c.caseId === waiting.id);
    expect(offered).toMatchObject({
      offer: 'move',
      stepId: waiting.currentStepId,
      onMeeting: { id: first, agendaStatus: 'draft' },
    });
    const onFirst = (await sec.get(`/api/agendas/${first}/candidates`)).json() as AgendaCandidates;
    expect(onFirst.items.find((c) => c.caseId === waiting.id)?.offer).toBe('here');
  });

  it('asks for confirmation in Danish, never with the internal state names', async () => {
    const res = await addCase(second, waiting);
    expect(res.statusCode).toBe(409);
    const body = res.json();
    expect(body.extra.code).toBe('errors.agenda.stepOnOtherAgenda');
    expect(body.detail).toContain('Bekræft');
    expect(body.detail).not.toMatch(RAW);
    expect(body.en.detail).toContain('Confirm');
  });

  it('moves the case when confirmed: recorded in the case history and audited', async () => {
    const res = await addCase(second, waiting, true);
    expect(res.statusCode, res.body).toBe(201);
    expect(items(res.json()).map((i) => i.caseId)).toEqual([waiting.id]);
    expect(((await sec.get(`/api/agendas/${first}`)).json() as Agenda).items).toEqual([]);
    const moved = await getCase(waiting.id);
    expect(moved.steps[0]).toMatchObject({
      status: 'recommended',
      meetingId: second,
      recommendation: 'Det indstilles, at forløbet godkendes.',
    });
    expect(moved.timeline.at(-1)).toMatchObject({ kind: 'movedOnAgenda', meetingId: second });
    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'agenda.addCaseItem'), eq(auditLog.entityId, second)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit?.after).toMatchObject({ movedFrom: first });
  });

  it('does not offer a case on a published agenda, and refuses it in Danish', async () => {
    const other = await raise('eu', 'Udskrivning af ældre medicinske patienter');
    const published = await createMeeting(sec, org, 'eu', daysFromToday(41));
    expect((await addCase(published, other)).statusCode).toBe(201);
    expect((await sec.post(`/api/agendas/${published}/publish`, {})).statusCode).toBe(200);
    const list = (await sec.get(`/api/agendas/${second}/candidates`)).json() as AgendaCandidates;
    expect(list.items.find((c) => c.caseId === other.id)).toMatchObject({
      offer: 'locked',
      onMeeting: { id: published, agendaStatus: 'published' },
    });
    const res = await addCase(second, other, true);
    expect([res.statusCode, res.json().extra.code]).toEqual([
      409,
      'errors.agenda.stepOnPublishedAgenda',
    ]);
    expect(res.json().detail).not.toMatch(RAW);
  });
});

describe('a decision needs a held meeting (issue 11, point 5)', () => {
  it('refuses a decision 16 days ahead, in the minutes and on the case page', async () => {
    const c = await raise('tss', 'Fælles akutfunktion');
    const ahead = await createMeeting(sec, org, 'tss', daysFromToday(16));
    const added = await addCase(ahead, c);
    const itemId = items(added.json())[0]?.id as string;
    expect((await sec.post(`/api/agendas/${ahead}/publish`, {})).statusCode).toBe(200);
    const minutes = await sec.post(`/api/agendas/${ahead}/items/${itemId}/decision`, {
      text: 'Godkendt',
    });
    expect([minutes.statusCode, minutes.json().extra.code]).toEqual([
      409,
      'errors.minutes.meetingNotHeld',
    ]);
    expect(minutes.json().detail).toMatch(/^Mødet holdes først den \d+\. \p{L}+ \d{4}\./u);
    const onCase = await sec.post(`/api/cases/${c.id}/steps/${c.currentStepId}/decision`, {
      text: 'Godkendt',
    });
    expect([onCase.statusCode, onCase.json().extra.code]).toEqual([
      409,
      'errors.case.meetingNotHeld',
    ]);
    const send = await sec.post(`/api/agendas/${ahead}/minutes/send`, {});
    expect([send.statusCode, send.json().extra.code]).toEqual([
      409,
      'errors.minutes.meetingNotHeld',
    ]);
    const still = await getCase(c.id);
    expect([still.status, still.steps[0]?.status]).toEqual(['open', 'onAgenda']);
    expect((await sec.get(`/api/meetings/${ahead}`)).json().status).toBe('agendaPublished');
  });

  it('records it on the meeting day, marks the meeting held, and shows it as come back', async () => {
    const c = await raise('tss', 'Fælles model for sygeplejeklinikker');
    const today = await createMeeting(sec, org, 'tss', daysFromToday(0));
    const itemId = items((await addCase(today, c)).json())[0]?.id as string;
    expect((await sec.post(`/api/agendas/${today}/publish`, {})).statusCode).toBe(200);
    const decided = await sec.post(`/api/agendas/${today}/items/${itemId}/decision`, {
      text: 'Modellen godkendes.',
      final: true,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect((await sec.get(`/api/meetings/${today}`)).json().status).toBe('held');
    const done = await getCase(c.id);
    expect(done.status).toBe('decided');
    expect(done.returned).toMatchObject([{ kind: 'decided', text: 'Modellen godkendes.' }]);
    // A final decision settled the case: there is nothing to escalate.
    expect(done.escalatableStepId).toBeNull();
    const sent = await sec.post(`/api/agendas/${today}/minutes/send`, {});
    expect(sent.statusCode, sent.body).toBe(200);
  });

  it('refuses a decision for a cancelled meeting', async () => {
    const c = await raise('ssu', 'Aflyst behandling');
    const meetingId = await createMeeting(sec, org, 'ssu', daysFromToday(0));
    await addCase(meetingId, c);
    const cancelled = await sec.post(`/api/meetings/${meetingId}/cancel`, { reason: 'Sygdom' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const res = await sec.post(`/api/cases/${c.id}/steps/${c.currentStepId}/decision`, {
      text: 'x',
    });
    expect([res.statusCode, res.json().extra.code]).toEqual([409, 'errors.case.meetingCancelled']);
  });
});
