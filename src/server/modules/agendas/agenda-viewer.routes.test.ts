/**
 * The agenda's `viewer` block: what the current user may do, computed by the same rules the
 * change endpoints enforce. Each flag is checked against the endpoint it stands for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agenda, AgendaViewer } from '../../../shared/agendas.contract';
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
let meetingId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Sekretariatet');
  reader = await ctx.loginAs('reader', 'Læser');
  meetingId = await createMeeting(sec, org, 'tema', daysFromToday(0));
  const added = await sec.post(`/api/agendas/${meetingId}/items`, {
    kind: 'free',
    title: 'Orientering',
    type: 'information',
  });
  expect(added.statusCode, added.body).toBe(201);
});
afterAll(() => ctx.close());

async function viewerOf(client: TestClient): Promise<AgendaViewer> {
  const res = await client.get(`/api/agendas/${meetingId}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as Agenda).viewer;
}

const NOTHING = {
  isReviewer: false,
  mayEdit: false,
  mayComment: false,
  mayApprove: false,
  mayCloseApproval: false,
};

describe('the viewer block of an agenda', () => {
  it('tells the secretariat it may build a draft, and a member who they are', async () => {
    expect(await viewerOf(sec)).toEqual({
      ...NOTHING,
      personId: null,
      isMember: false,
      mayEdit: true,
    });
    expect(await viewerOf(org.members.tema.client)).toEqual({
      ...NOTHING,
      personId: org.members.tema.personId,
      isMember: true,
    });
    expect(await viewerOf(reader)).toEqual({ ...NOTHING, personId: null, isMember: false });
  });

  it('lets the chosen reviewer comment while in review, and nobody else but the secretariat', async () => {
    const sent = await sec.post(`/api/agendas/${meetingId}/review`, {
      reviewerUserIds: [org.members.tema.client.userId],
    });
    expect(sent.statusCode, sent.body).toBe(200);
    const reviewer = await viewerOf(org.members.tema.client);
    expect(reviewer).toMatchObject({ isReviewer: true, mayComment: true, mayEdit: false });
    const comment = { text: 'Fint' };
    const ok = await org.members.tema.client.post(`/api/agendas/${meetingId}/comments`, comment);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await viewerOf(org.temaChair.client)).toMatchObject({ mayComment: false });
    const refused = await org.temaChair.client.post(`/api/agendas/${meetingId}/comments`, comment);
    expect(refused.statusCode).toBe(403);
    expect(await viewerOf(sec)).toMatchObject({ mayComment: true, mayEdit: true });
  });

  it('offers approving and closing the approval exactly to those the endpoints accept', async () => {
    expect((await sec.post(`/api/agendas/${meetingId}/publish`, {})).statusCode).toBe(200);
    expect(await viewerOf(sec)).toMatchObject({ mayEdit: false, mayComment: false });
    expect((await sec.post(`/api/agendas/${meetingId}/minutes/send`, {})).statusCode).toBe(200);
    const member = org.members.tema.client;
    expect(await viewerOf(member)).toMatchObject({ mayApprove: true, mayCloseApproval: false });
    expect(await viewerOf(reader)).toMatchObject({ mayApprove: false, mayCloseApproval: false });
    expect((await reader.post(`/api/agendas/${meetingId}/minutes/approve`, {})).statusCode).toBe(
      403,
    );
    expect((await member.post(`/api/agendas/${meetingId}/minutes/close`, {})).statusCode).toBe(403);
    expect((await member.post(`/api/agendas/${meetingId}/minutes/approve`, {})).statusCode).toBe(
      200,
    );
    expect(await viewerOf(member)).toMatchObject({ mayApprove: false });
    expect((await member.post(`/api/agendas/${meetingId}/minutes/approve`, {})).statusCode).toBe(
      409,
    );
    const chair = await viewerOf(org.temaChair.client);
    expect(chair).toMatchObject({ mayApprove: true, mayCloseApproval: true, isMember: true });
    expect(await viewerOf(sec)).toMatchObject({ mayCloseApproval: true, mayApprove: false });
    const closed = await org.temaChair.client.post(`/api/agendas/${meetingId}/minutes/close`, {});
    expect(closed.statusCode, closed.body).toBe(200);
    expect((closed.json() as Agenda).viewer).toMatchObject({
      mayApprove: false,
      mayCloseApproval: false,
    });
  });

  it('knows a substitute as a member of the forum, though not an approver', async () => {
    const ssuMeeting = await createMeeting(sec, org, 'ssu', daysFromToday(22));
    const res = await org.ssuSubstitute.client.get(`/api/agendas/${ssuMeeting}`);
    expect((res.json() as Agenda).viewer).toEqual({
      ...NOTHING,
      personId: org.ssuSubstitute.personId,
      isMember: true,
    });
  });
});
