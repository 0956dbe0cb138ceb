/**
 * Acceptance 1 of issue 4: a case raised in a cluster's administrative forum travels the
 * officials' committee → TSS → SSU, appears on each forum's meeting agenda, gets a decision at
 * each, its timeline shows every step both ways, and the SSU decision appears back in the
 * cluster. Also: escalation by a theme group's chair (seed 001), sending back, withdrawal, and
 * the permission checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agenda } from '../../../shared/agendas.contract';
import type { CaseDetail, VisibleCase } from '../../../shared/cases.contract';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import {
  buildOrganisation,
  createMeeting,
  daysFromToday,
  type ForumName,
  type OrgFixture,
} from '../../test/cases-fixtures';

import { SYSTEM_ACTOR } from '../../platform/audit';
import { endForumWithSuccessors } from '../../test/succession-fixtures';
import { createForum, orgContext } from '../organisation/index';

let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Sekretariatet');
});
afterAll(() => ctx.close());

function visible(detail: CaseDetail): VisibleCase {
  if (detail.redacted) throw new Error('case unexpectedly redacted');
  return detail;
}

async function raise(client: TestClient, route: ForumName[], extra: Record<string, unknown> = {}) {
  const res = await client.post('/api/cases', {
    collaborationId: org.collaborationId,
    title: 'Fælles model for akutfunktioner i klyngen',
    summary: 'Klyngen foreslår en fælles model for akutfunktioner og genoptræning',
    body: 'Sagsfremstilling',
    type: 'decision',
    flags: ['crossCutting'],
    raisedInForumId: org.fora[route[0] as ForumName],
    route: route.map((f) => org.fora[f]),
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return visible(res.json().case as CaseDetail);
}

/** Puts the case's current step on a new meeting of `forum`, publishes, decides. */
async function treatAt(caseId: string, forum: ForumName, date: string, decision: string) {
  const meetingId = await createMeeting(sec, org, forum, date);
  const before = visible((await sec.get(`/api/cases/${caseId}`)).json());
  const stepId = before.currentStepId as string;
  const added = await sec.post(`/api/agendas/${meetingId}/items`, { kind: 'case', caseId, stepId });
  expect(added.statusCode, added.body).toBe(201);
  const itemId = (added.json() as Agenda).items[0]?.id as string;
  const rec = await sec.patch(`/api/agendas/${meetingId}/items/${itemId}`, {
    recommendation: `Indstilling til ${forum}`,
  });
  expect(rec.statusCode, rec.body).toBe(200);
  expect((await sec.post(`/api/agendas/${meetingId}/publish`, {})).statusCode).toBe(200);
  const decided = await sec.post(`/api/agendas/${meetingId}/items/${itemId}/decision`, {
    text: decision,
  });
  expect(decided.statusCode, decided.body).toBe(200);
  return { meetingId, itemId, stepId, agenda: decided.json() as Agenda };
}

describe('acceptance 1: a case travels cluster → officials’ committee → TSS → SSU and back', () => {
  it('travels, is decided at every forum, and the SSU decision appears in the cluster', async () => {
    const raised = await raise(org.members.klyngeNord.client, ['klyngeNord', 'eu', 'tss', 'ssu']);
    expect(raised.steps.map((s) => s.status)).toEqual(['planned', 'planned', 'planned', 'planned']);
    // Decisions need a held meeting (issue 11): every forum meets today, one after the other.
    const route: [ForumName][] = [['klyngeNord'], ['eu'], ['tss'], ['ssu']];
    const meetings: Record<string, string> = {};
    for (const [forum] of route) {
      const treated = await treatAt(raised.id, forum, daysFromToday(0), `Beslutning i ${forum}`);
      meetings[forum] = treated.meetingId;
      const item = treated.agenda.items[0];
      expect(item).toMatchObject({
        redacted: false,
        caseId: raised.id,
        decision: `Beslutning i ${forum}`,
        status: 'decided',
      });
    }
    const done = visible((await sec.get(`/api/cases/${raised.id}`)).json());
    expect(done.status).toBe('decided');
    const up = done.steps.filter((s) => s.origin !== 'trail');
    expect(up.map((s) => [s.forumId, s.status, s.meetingId, s.decisionText])).toEqual(
      route.map(([f]) => [org.fora[f], 'decided', meetings[f], `Beslutning i ${f}`]),
    );
    // Issue 12: the decision travels back down the same trail, the cluster last (to act on).
    const down = done.steps.filter((s) => s.origin === 'trail');
    expect(down.map((s) => [s.forumId, s.status, s.returnMode, s.decisionText])).toEqual([
      [org.fora.tss, 'toNote', 'note', 'Beslutning i ssu'],
      [org.fora.eu, 'toNote', 'note', 'Beslutning i ssu'],
      [org.fora.klyngeNord, 'toNote', 'act', 'Beslutning i ssu'],
    ]);
    const kinds = done.timeline.map((e) => `${e.kind}:${e.direction}`);
    expect(kinds.filter((k) => k.startsWith('placedOnAgenda'))).toHaveLength(4);
    expect(kinds.filter((k) => k.startsWith('recommended'))).toHaveLength(4);
    expect(kinds.filter((k) => k === 'decided:up')).toHaveLength(3);
    expect(kinds.at(-1)).toBe('returned:down');
    expect(done.returned).toMatchObject([
      {
        kind: 'returned',
        forumId: org.fora.ssu,
        toForumId: org.fora.klyngeNord,
        text: 'Beslutning i ssu',
        meetingId: meetings.ssu,
      },
    ]);
    const back = await org.members.klyngeNord.client.get(
      `/api/cases/returned?forumId=${org.fora.klyngeNord}`,
    );
    expect(back.statusCode).toBe(200);
    expect(back.json().items).toMatchObject([
      {
        case: { id: raised.id },
        entries: [{ kind: 'returned', text: 'Beslutning i ssu', direction: 'down' }],
        steps: [{ forumId: org.fora.klyngeNord, status: 'toNote', returnMode: 'act' }],
      },
    ]);
    for (const [forum] of route) {
      const agenda = (
        await org.members[forum].client.get(`/api/agendas/${meetings[forum]}`)
      ).json() as Agenda;
      expect(agenda.items.map((i) => (i.redacted ? null : i.caseId))).toEqual([raised.id]);
    }
  });

  it('lists and filters cases by forum, status, flag and text', async () => {
    const list = async (q: string) =>
      (await sec.get(`/api/cases?collaborationId=${org.collaborationId}&${q}`)).json();
    expect((await list(`forumId=${org.fora.tss}`)).total).toBeGreaterThan(0);
    expect(
      (await list('status=decided')).items.every((c: { status: string }) => c.status === 'decided'),
    ).toBe(true);
    expect((await list('flag=crossCutting')).total).toBeGreaterThan(0);
    expect((await list('q=akutfunktioner')).total).toBeGreaterThan(0);
    expect((await list('q=findes-ikke-noget-sted')).total).toBe(0);
  });
});

describe('route changes', () => {
  it('lets the theme group’s chair escalate a decision to the steering group (seed 001)', async () => {
    const raised = await raise(org.members.tema.client, ['tema']);
    const treated = await treatAt(raised.id, 'tema', daysFromToday(0), 'Temagruppen beslutter');
    const url = `/api/cases/${raised.id}/steps/${treated.stepId}/escalate`;
    const body = { toForumId: org.fora.styregruppe, reason: 'Principiel og væsentlig' };
    const refused = await org.members.tema.client.post(url, body);
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'forbidden']);
    const res = await org.temaChair.client.post(url, body);
    expect(res.statusCode, res.body).toBe(200);
    const c = visible(res.json());
    expect(c.flags).toContain('principled');
    expect(c.steps.map((s) => [s.forumId, s.status, s.origin])).toEqual([
      [org.fora.tema, 'decided', 'route'],
      [org.fora.styregruppe, 'planned', 'escalation'],
    ]);
    expect(c.timeline.at(-1)).toMatchObject({
      kind: 'escalated',
      direction: 'up',
      toForumId: org.fora.styregruppe,
    });
  });

  it('sends a case back down and withdraws it; the raising forum is told', async () => {
    const raised = await raise(org.members.klyngeSyd.client, ['klyngeSyd', 'eu']);
    await treatAt(raised.id, 'klyngeSyd', daysFromToday(0), 'Videre til EU');
    const meetingId = await createMeeting(sec, org, 'eu', daysFromToday(12));
    const stepId = `${raised.id}-2`;
    expect(
      (await sec.post(`/api/cases/${raised.id}/steps/${stepId}/place`, { meetingId })).statusCode,
    ).toBe(200);
    const back = await sec.post(`/api/cases/${raised.id}/steps/${stepId}/send-back`, {
      reason: 'Mere viden fra klyngen',
    });
    expect(back.statusCode, back.body).toBe(200);
    const c = visible(back.json());
    expect(c.steps.map((s) => s.status)).toEqual(['decided', 'returned', 'planned', 'planned']);
    const withdrawn = visible(
      (await sec.post(`/api/cases/${raised.id}/withdraw`, { reason: 'Løst lokalt' })).json(),
    );
    expect(withdrawn.status).toBe('closed');
    expect(withdrawn.returned.map((e) => e.kind)).toEqual(['sentBack', 'withdrawn']);
  });

  it('refuses a transition the domain forbids with a bilingual problem and no audit row', async () => {
    const raised = await raise(org.members.eu.client, ['eu', 'tss']);
    const res = await sec.post(`/api/cases/${raised.id}/steps/${raised.id}-2/decision`, {
      text: 'For tidligt',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'conflict',
      extra: { code: 'errors.case.notCurrentStep' },
    });
    expect(res.json().detail).toContain('forum');
  });

  it('refuses a route through a forum of another collaboration or none', async () => {
    const res = await org.members.eu.client.post('/api/cases', {
      collaborationId: org.collaborationId,
      title: 'Ukendt forum',
      type: 'information',
      raisedInForumId: org.fora.eu,
      route: [org.fora.eu, '00000000-0000-4000-8000-000000000000'],
    });
    expect([res.statusCode, res.json().code]).toEqual([422, 'unprocessable']);
  });
});

describe('a route step through a forum that has ended (issue 7, item 6)', () => {
  it('is refused with the end date and the successors by name', async () => {
    const db = ctx.database.db;
    const forum = async (name: string, validFrom: string) =>
      (
        await createForum(orgContext(db), SYSTEM_ACTOR, org.collaborationId, {
          name,
          level: 'regional',
          kind: 'political',
          scope: 'crossSector',
          validFrom,
        })
      ).result.entityId;
    const old = await forum('Sundhedssamarbejdsudvalget', '2025-01-01');
    const fyn = await forum('Sundhedsråd Fyn', '2026-01-01');
    const lillebaelt = await forum('Sundhedsråd Lillebælt', '2026-01-01');
    // Ended long before any day the test may run on: the refusal does not depend on today.
    await endForumWithSuccessors(db, old, '2025-12-31', [fyn, lillebaelt]);
    const raised = await raise(org.members.eu.client, ['eu']);
    const res = await sec.post(`/api/cases/${raised.id}/steps`, { forumId: old });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'unprocessable',
      detail:
        'Sundhedssamarbejdsudvalget blev nedlagt 31. december 2025; efterfølgere: Sundhedsråd Fyn, Sundhedsråd Lillebælt',
      en: {
        detail:
          'Sundhedssamarbejdsudvalget was abolished on 31 December 2025; successors: Sundhedsråd Fyn, Sundhedsråd Lillebælt',
      },
      extra: { reason: 'ended', lastDay: '2025-12-31' },
    });
    const toSuccessor = await sec.post(`/api/cases/${raised.id}/steps`, { forumId: fyn });
    expect(toSuccessor.statusCode, toSuccessor.body).toBe(200);
  });
});

describe('permissions', () => {
  it('lets readers read, members raise, and only the secretariat move a case', async () => {
    const reader = await ctx.loginAs('reader');
    const raised = await raise(org.members.eu.client, ['eu']);
    expect((await reader.get(`/api/cases/${raised.id}`)).statusCode).toBe(200);
    const asReader = await reader.post('/api/cases', {
      collaborationId: org.collaborationId,
      title: 'x',
      type: 'information',
      raisedInForumId: org.fora.eu,
      route: [org.fora.eu],
    });
    expect(asReader.statusCode).toBe(403);
    const asMember = await org.members.eu.client.post(`/api/cases/${raised.id}/withdraw`, {
      reason: 'x',
    });
    expect(asMember.statusCode).toBe(403);
    const meetingId = await createMeeting(sec, org, 'eu', daysFromToday(3));
    const addByMember = await org.members.eu.client.post(`/api/agendas/${meetingId}/items`, {
      kind: 'free',
      title: 'x',
    });
    expect(addByMember.statusCode).toBe(403);
  });
});
