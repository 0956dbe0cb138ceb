/**
 * Closed items and confidential cases never leak (ASVS 8.2.3): not in the agenda, the item,
 * the case detail, the case list, text search, screening, the decisions returned to the
 * cluster, attachments, review comments or the audit log. Every check asserts that the secret
 * text is absent from the WHOLE response body for a non-member and present for a member.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agenda } from '../../../shared/agendas.contract';
import type { VisibleCase } from '../../../shared/cases.contract';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import {
  buildOrganisation,
  createMeeting,
  daysFromToday,
  multipartFile,
  PDF,
  type OrgFixture,
} from '../../test/cases-fixtures';

const SECRET = {
  title: 'HEMMELIG-TITEL-7f3a',
  body: 'HEMMELIG-SAGSFREMSTILLING-7f3a',
  recommendation: 'HEMMELIG-INDSTILLING-7f3a',
  decision: 'HEMMELIG-BESLUTNING-7f3a',
  free: 'HEMMELIGT-FRIT-PUNKT-7f3a',
  comment: 'HEMMELIG-KOMMENTAR-7f3a',
  file: 'HEMMELIGT-BILAG-7f3a',
  confidential: 'FORTROLIG-SAG-9b2c',
};
const ALL = Object.values(SECRET);

let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;
let outsiders: [string, TestClient][];
let insiders: [string, TestClient][];
let caseId: string;
let meetingId: string;
let confidentialId: string;
let attachmentId: string;

function expectNoSecret(body: string, who: string, secrets = ALL): void {
  for (const s of secrets) expect(body.includes(s), `${who} saw ${s}`).toBe(false);
}

async function setUp(): Promise<void> {
  const ssuSec = org.ssuSecretary.client;
  const raised = await org.members.klyngeNord.client.post('/api/cases', {
    collaborationId: org.collaborationId,
    title: 'Åben sag om samarbejde med almen praksis',
    type: 'decision',
    raisedInForumId: org.fora.klyngeNord,
    route: [org.fora.ssu],
  });
  expect(raised.statusCode, raised.body).toBe(201);
  caseId = raised.json().case.id;
  meetingId = await createMeeting(sec, org, 'ssu', daysFromToday(0));
  const added = await ssuSec.post(`/api/agendas/${meetingId}/items`, {
    kind: 'case',
    caseId,
    stepId: `${caseId}-1`,
  });
  expect(added.statusCode, added.body).toBe(201);
  const itemId = (added.json() as Agenda).items[0]?.id as string;
  const closing = await ssuSec.patch(`/api/agendas/${meetingId}/items/${itemId}`, {
    closed: true,
    closedReason: 'Offentlighedsloven § 30, nr. 2',
    title: SECRET.title,
    body: SECRET.body,
    recommendation: SECRET.recommendation,
  });
  expect(closing.statusCode, closing.body).toBe(200);
  const upload = multipartFile(`${SECRET.file}.pdf`, PDF, 'application/pdf');
  const up = await ssuSec.post(`/api/cases/${caseId}/attachments`, upload.payload, {
    headers: upload.headers,
  });
  expect(up.statusCode, up.body).toBe(201);
  attachmentId = up.json().id;
  const free = await ssuSec.post(`/api/agendas/${meetingId}/items`, {
    kind: 'free',
    title: SECRET.free,
    body: SECRET.free,
    type: 'discussion',
    closed: true,
    closedReason: 'Offentlighedsloven § 13',
  });
  expect(free.statusCode, free.body).toBe(201);
  const review = await ssuSec.post(`/api/agendas/${meetingId}/review`, {
    reviewerUserIds: [org.members.klyngeNord.client.userId],
  });
  expect(review.statusCode, review.body).toBe(200);
  const comment = await ssuSec.post(`/api/agendas/${meetingId}/comments`, {
    itemId,
    text: SECRET.comment,
  });
  expect(comment.statusCode, comment.body).toBe(200);
  expect((await ssuSec.post(`/api/agendas/${meetingId}/publish`, {})).statusCode).toBe(200);
  const decided = await ssuSec.post(`/api/agendas/${meetingId}/items/${itemId}/decision`, {
    text: SECRET.decision,
  });
  expect(decided.statusCode, decided.body).toBe(200);
  const conf = await org.members.ssu.client.post('/api/cases', {
    collaborationId: org.collaborationId,
    title: SECRET.confidential,
    summary: SECRET.confidential,
    type: 'decision',
    confidential: true,
    raisedInForumId: org.fora.ssu,
    route: [org.fora.ssu],
  });
  expect(conf.statusCode, conf.body).toBe(201);
  confidentialId = conf.json().case.id;
}

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Sekretariat uden forum');
  await setUp();
  outsiders = [
    ['secretariat without seat', sec],
    ['admin', await ctx.loginAs('admin')],
    ['reader', await ctx.loginAs('reader')],
    ['cluster member (reviewer)', org.members.klyngeNord.client],
    ['TSS member', org.members.tss.client],
  ];
  insiders = [
    ['SSU member', org.members.ssu.client],
    ['SSU secretary', org.ssuSecretary.client],
    ['SSU member’s substitute', org.ssuSubstitute.client],
  ];
});
afterAll(() => ctx.close());

describe('a closed agenda item', () => {
  it('is a numbered placeholder and nothing else for non-members', async () => {
    for (const [who, client] of outsiders) {
      const res = await client.get(`/api/agendas/${meetingId}`);
      expect(res.statusCode, who).toBe(200);
      expectNoSecret(res.body, who);
      const agenda = res.json() as Agenda;
      expect(agenda.items, who).toEqual([
        { id: expect.any(String), number: 1, redacted: true, closed: true },
        { id: expect.any(String), number: 2, redacted: true, closed: true },
      ]);
    }
  });

  it('is whole for the forum’s members, secretaries included', async () => {
    for (const [who, client] of insiders) {
      const res = await client.get(`/api/agendas/${meetingId}`);
      for (const s of [
        SECRET.title,
        SECRET.body,
        SECRET.recommendation,
        SECRET.decision,
        SECRET.free,
        SECRET.comment,
        SECRET.file,
      ]) {
        expect(res.body.includes(s), `${who} misses ${s}`).toBe(true);
      }
    }
  });

  it('cannot be changed or decided blind by a non-member, even by the secretariat', async () => {
    const agenda = (
      await org.ssuSecretary.client.get(`/api/agendas/${meetingId}`)
    ).json() as Agenda;
    const itemId = agenda.items[1]?.id as string;
    const res = await sec.post(`/api/agendas/${meetingId}/items/${itemId}/decision`, { text: 'x' });
    expect([res.statusCode, res.json().code]).toEqual([403, 'forbidden']);
    expectNoSecret(res.body, 'refusal');
  });
});

describe('a case treated in a closed item', () => {
  it('shows its closed step without texts, meeting or attachments to non-members', async () => {
    for (const [who, client] of outsiders) {
      const res = await client.get(`/api/cases/${caseId}`);
      expect(res.statusCode, who).toBe(200);
      expectNoSecret(res.body, who);
      const c = res.json() as VisibleCase;
      expect(c.steps[0], who).toMatchObject({
        status: 'decided',
        redacted: true,
        meetingId: null,
        decisionText: null,
      });
      expect(c.attachments).toEqual([]);
      const file = await client.get(`/api/cases/${caseId}/attachments/${attachmentId}`);
      expect(file.statusCode, who).toBe(403);
      for (const url of [
        `/api/cases?collaborationId=${org.collaborationId}`,
        `/api/cases/returned?forumId=${org.fora.klyngeNord}`,
        `/api/cases/recurring?collaborationId=${org.collaborationId}&status=decided`,
      ]) {
        const list = await client.get(url);
        expect(list.statusCode, `${who} ${url}`).toBe(200);
        expectNoSecret(list.body, `${who} ${url}`);
      }
    }
  });

  it('shows everything to the SSU’s members', async () => {
    for (const [who, client] of insiders) {
      const res = await client.get(`/api/cases/${caseId}`);
      expect(res.body.includes(SECRET.decision), who).toBe(true);
      expect(res.body.includes(SECRET.file), who).toBe(true);
      expect(
        (await client.get(`/api/cases/${caseId}/attachments/${attachmentId}`)).statusCode,
        who,
      ).toBe(200);
    }
  });
});

describe('a confidential case', () => {
  it('is left out of lists and search and is a placeholder in detail for non-members', async () => {
    for (const [who, client] of outsiders) {
      const detail = await client.get(`/api/cases/${confidentialId}`);
      expect(detail.json(), who).toEqual({
        id: confidentialId,
        redacted: true,
        confidential: true,
      });
      const search = await client.get(`/api/cases?q=${SECRET.confidential}`);
      expect(search.json(), who).toEqual({ items: [], total: 0 });
      for (const url of [
        `/api/cases?collaborationId=${org.collaborationId}`,
        `/api/cases/recurring?collaborationId=${org.collaborationId}`,
        `/api/cases/similar?collaborationId=${org.collaborationId}&forumId=${org.fora.klyngeSyd}&title=${SECRET.confidential}`,
      ]) {
        const res = await client.get(url);
        expect(res.statusCode, `${who} ${url}`).toBe(200);
        expectNoSecret(res.body, `${who} ${url}`);
        expect(res.body.includes(confidentialId), `${who} ${url}`).toBe(false);
      }
      const withdraw = await client.post(`/api/cases/${confidentialId}/withdraw`, { reason: 'x' });
      expect(withdraw.statusCode, who).toBe(403);
    }
  });

  it('is whole for members of a forum on its route', async () => {
    const res = await org.members.ssu.client.get(`/api/cases?q=${SECRET.confidential}`);
    expect(res.json().total).toBe(1);
    expect((await org.ssuSecretary.client.get(`/api/cases/${confidentialId}`)).body).toContain(
      SECRET.confidential,
    );
  });

  it('becomes a closed item on the agenda that cannot be opened', async () => {
    const m = await createMeeting(sec, org, 'ssu', daysFromToday(40));
    const ssuSec = org.ssuSecretary.client;
    const added = await ssuSec.post(`/api/agendas/${m}/items`, {
      kind: 'case',
      caseId: confidentialId,
      stepId: `${confidentialId}-1`,
    });
    expect(added.statusCode, added.body).toBe(201);
    const item = (added.json() as Agenda).items[0];
    expect(item).toMatchObject({ closed: true, closedReason: 'Fortrolig sag' });
    const open = await ssuSec.patch(`/api/agendas/${m}/items/${item?.id}`, { closed: false });
    expect(open.statusCode).toBe(409);
    const asOutsider = await sec.get(`/api/agendas/${m}`);
    expectNoSecret(asOutsider.body, 'outsider');
  });
});

describe('the audit log', () => {
  it('keeps no closed or confidential text', async () => {
    const admin = await ctx.loginAs('admin');
    const res = await admin.get('/api/audit?limit=500');
    expect(res.statusCode).toBe(200);
    expectNoSecret(res.body, 'audit log');
  });
});
