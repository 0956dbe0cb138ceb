/**
 * Agendas and minutes: building (free items, explicit positions), the draft review by chosen
 * reviewers, publishing, decisions per item, attendance through the meetings module, sending
 * the minutes, the members' approval, and closing the approval; with the permission checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agenda, VisibleAgendaItem } from '../../../shared/agendas.contract';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import {
  buildOrganisation,
  createMeeting,
  daysFromToday,
  type OrgFixture,
} from '../../test/cases-fixtures';

let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;
let reader: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Sekretariatet');
  reader = await ctx.loginAs('reader', 'Læser');
});
afterAll(() => ctx.close());

const items = (a: Agenda) => a.items as VisibleAgendaItem[];

async function addFree(meetingId: string, title: string, type = 'decision'): Promise<Agenda> {
  const res = await sec.post(`/api/agendas/${meetingId}/items`, { kind: 'free', title, type });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('building and reviewing an agenda', () => {
  let meetingId: string;

  it('adds free items and moves them to explicit positions', async () => {
    meetingId = await createMeeting(sec, org, 'eu', daysFromToday(15));
    await addFree(meetingId, 'Godkendelse af dagsorden', 'information');
    await addFree(meetingId, 'Opgaveoverdragelse');
    const agenda = await addFree(meetingId, 'Eventuelt', 'discussion');
    expect(items(agenda).map((i) => [i.number, i.title])).toEqual([
      [1, 'Godkendelse af dagsorden'],
      [2, 'Opgaveoverdragelse'],
      [3, 'Eventuelt'],
    ]);
    const last = items(agenda)[2]?.id;
    const moved = await sec.post(`/api/agendas/${meetingId}/items/${last}/move`, { position: 1 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(items(moved.json()).map((i) => i.title)).toEqual([
      'Eventuelt',
      'Godkendelse af dagsorden',
      'Opgaveoverdragelse',
    ]);
    const out = await sec.post(`/api/agendas/${meetingId}/items/${last}/move`, { position: 4 });
    expect([out.statusCode, out.json().extra.code]).toEqual([
      422,
      'errors.agenda.positionOutOfRange',
    ]);
    const closedWithoutReason = await sec.patch(`/api/agendas/${meetingId}/items/${last}`, {
      closed: true,
    });
    expect(closedWithoutReason.statusCode).toBe(422);
  });

  it('hides a draft from everyone but the secretariat and the chosen reviewers', async () => {
    const draft = (await reader.get(`/api/agendas/${meetingId}`)).json() as Agenda;
    expect([draft.status, draft.itemsVisible, draft.items]).toEqual(['draft', false, []]);
    const refused = await reader.post(`/api/agendas/${meetingId}/comments`, { text: 'Hej' });
    expect(refused.statusCode).toBe(403);
    const sent = await sec.post(`/api/agendas/${meetingId}/review`, {
      reviewerUserIds: [reader.userId],
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const seen = (await reader.get(`/api/agendas/${meetingId}`)).json() as Agenda;
    expect([seen.status, seen.itemsVisible, seen.items.length]).toEqual(['inReview', true, 3]);
    const itemId = seen.items[1]?.id;
    const comment = await reader.post(`/api/agendas/${meetingId}/comments`, {
      itemId,
      text: 'Tilføj bilag',
    });
    expect(comment.statusCode, comment.body).toBe(200);
    expect((comment.json() as Agenda).reviewComments).toMatchObject([
      { itemId, text: 'Tilføj bilag', authorName: 'Læser' },
    ]);
    const other = await ctx.loginAs('reader');
    expect((await other.post(`/api/agendas/${meetingId}/comments`, { text: 'x' })).statusCode).toBe(
      403,
    );
  });

  it('publishes, after which items are final and comments closed', async () => {
    const published = await sec.post(`/api/agendas/${meetingId}/publish`, {});
    expect(published.statusCode).toBe(200);
    expect((await sec.post(`/api/agendas/${meetingId}/publish`, {})).statusCode).toBe(409);
    const edit = await sec.post(`/api/agendas/${meetingId}/items`, {
      kind: 'free',
      title: 'For sent',
    });
    expect([edit.statusCode, edit.json().extra.code]).toEqual([409, 'errors.agenda.notEditable']);
    expect(
      (await reader.post(`/api/agendas/${meetingId}/comments`, { text: 'x' })).statusCode,
    ).toBe(409);
    const anyone = (
      await (await ctx.loginAs('reader')).get(`/api/agendas/${meetingId}`)
    ).json() as Agenda;
    expect([anyone.itemsVisible, anyone.items.length]).toEqual([true, 3]);
    const meeting = (await sec.get(`/api/meetings/${meetingId}`)).json();
    expect(meeting.status).toBe('agendaPublished');
  });
});

describe('minutes', () => {
  it('records decisions, attendance, and is approved when every member has approved', async () => {
    // Decisions need a held meeting (issue 11): the meeting is today.
    const meetingId = await createMeeting(sec, org, 'eu', daysFromToday(0));
    const agenda = await addFree(meetingId, 'Fælles høringssvar');
    const itemId = items(agenda)[0]?.id as string;
    const early = await sec.post(`/api/agendas/${meetingId}/items/${itemId}/decision`, {
      text: 'x',
    });
    expect([early.statusCode, early.json().extra.code]).toEqual([
      409,
      'errors.agenda.notPublished',
    ]);
    await sec.post(`/api/agendas/${meetingId}/publish`, {});
    const missing = await sec.post(`/api/agendas/${meetingId}/minutes/send`, {});
    expect([missing.statusCode, missing.json().extra.code]).toEqual([
      409,
      'errors.minutes.decisionMissing',
    ]);
    const decided = await sec.post(`/api/agendas/${meetingId}/items/${itemId}/decision`, {
      text: 'Godkendt',
    });
    expect(items(decided.json())[0]).toMatchObject({ decision: 'Godkendt', status: 'decided' });
    const detail = (await sec.get(`/api/meetings/${meetingId}`)).json();
    const participantId = detail.participants.find(
      (p: { personId: string | null }) => p.personId === org.members.eu.personId,
    ).id;
    const attendance = await sec.put(`/api/agendas/${meetingId}/attendance`, {
      entries: [{ participantId, attendance: 'present' }],
    });
    expect(attendance.statusCode, attendance.body).toBe(200);
    const unknown = await sec.put(`/api/agendas/${meetingId}/attendance`, {
      entries: [{ participantId: '00000000-0000-4000-8000-000000000000', attendance: 'present' }],
    });
    expect(unknown.statusCode).toBe(404);
    expect((await sec.post(`/api/agendas/${meetingId}/minutes/send`, {})).statusCode).toBe(200);
    const late = await sec.post(`/api/agendas/${meetingId}/items/${itemId}/decision`, {
      text: 'Ændret',
    });
    expect(late.statusCode).toBe(409);
    const outsider = await org.members.tss.client.post(
      `/api/agendas/${meetingId}/minutes/approve`,
      {},
    );
    expect([outsider.statusCode, outsider.json().extra.code]).toEqual([
      403,
      'errors.minutes.notEligible',
    ]);
    // Issue 11: writing the minutes of a held meeting marks it held (agendaPublished → held);
    // approving them then closes it (held → minutesApproved).
    expect((await sec.get(`/api/meetings/${meetingId}`)).json().status).toBe('held');
    const approved = await org.members.eu.client.post(
      `/api/agendas/${meetingId}/minutes/approve`,
      {},
    );
    expect(approved.statusCode, approved.body).toBe(200);
    const result = approved.json() as Agenda;
    expect([result.minutesStatus, result.approvalEnding]).toEqual(['approved', 'allApproved']);
    expect(result.approvals).toMatchObject([
      { personId: org.members.eu.personId, approvedAt: expect.any(String) },
    ]);
    expect((await sec.get(`/api/meetings/${meetingId}`)).json().status).toBe('minutesApproved');
  });

  it('can be closed by the forum’s chair before everyone has approved', async () => {
    const meetingId = await createMeeting(sec, org, 'tema', daysFromToday(0));
    await addFree(meetingId, 'Orientering', 'information');
    await sec.post(`/api/agendas/${meetingId}/publish`, {});
    await sec.post(`/api/agendas/${meetingId}/minutes/send`, {});
    const one = await org.members.tema.client.post(`/api/agendas/${meetingId}/minutes/approve`, {});
    expect((one.json() as Agenda).minutesStatus).toBe('sentForApproval');
    const twice = await org.members.tema.client.post(
      `/api/agendas/${meetingId}/minutes/approve`,
      {},
    );
    expect(twice.statusCode).toBe(409);
    const notChair = await org.members.tema.client.post(
      `/api/agendas/${meetingId}/minutes/close`,
      {},
    );
    expect(notChair.statusCode).toBe(403);
    const closed = await org.temaChair.client.post(`/api/agendas/${meetingId}/minutes/close`, {});
    expect(closed.statusCode, closed.body).toBe(200);
    expect([
      (closed.json() as Agenda).minutesStatus,
      (closed.json() as Agenda).approvalEnding,
    ]).toEqual(['approved', 'closed']);
  });
});
