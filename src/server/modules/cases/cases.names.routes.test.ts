/**
 * Names in case views, resolved on the server: fora (also ended ones, by their last name),
 * clusters, the meeting a step is placed on (title and time), and the timeline's actors. A step
 * treated in a closed item keeps its meeting hidden from non-members.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agenda } from '../../../shared/agendas.contract';
import type {
  CaseDetail,
  CaseList,
  RecurringList,
  VisibleCase,
} from '../../../shared/cases.contract';
import { addDays, todayInDenmark } from '../../../shared/dates';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import {
  buildOrganisation,
  createMeeting,
  daysFromToday,
  type ForumName,
  type OrgFixture,
} from '../../test/cases-fixtures';
import { endForum, orgContext } from '../organisation/index';

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

function visible(detail: CaseDetail): VisibleCase {
  if (detail.redacted) throw new Error('case unexpectedly redacted');
  return detail;
}

async function raise(forum: ForumName, route: ForumName[], title: string, summary = '') {
  const res = await org.members[forum].client.post('/api/cases', {
    collaborationId: org.collaborationId,
    title,
    summary,
    type: 'decision',
    raisedInForumId: org.fora[forum],
    route: route.map((f) => org.fora[f]),
  });
  expect(res.statusCode, res.body).toBe(201);
  return visible(res.json().case as CaseDetail);
}

describe('names in case views', () => {
  it('names the fora, the cluster, the step’s meeting and the actor', async () => {
    const raised = await raise('klyngeNord', ['klyngeNord', 'eu'], 'Navne på sagen');
    expect(raised).toMatchObject({
      clusterName: 'Klynge Nord',
      raisedInForumName: 'Klynge Nord, administrativt forum',
      returnToForumName: 'Klynge Nord, administrativt forum',
      currentForumName: 'Klynge Nord, administrativt forum',
    });
    expect(raised.steps.map((s) => s.forumName)).toEqual([
      'Klynge Nord, administrativt forum',
      'Embedsmandsudvalget',
    ]);
    expect(raised.timeline[0]).toMatchObject({ kind: 'raised', actorName: 'Medlem klyngeNord' });
    const meetingId = await createMeeting(sec, org, 'klyngeNord', daysFromToday(12));
    const placed = await sec.post(`/api/cases/${raised.id}/steps/${raised.steps[0]?.id}/place`, {
      meetingId,
    });
    expect(placed.statusCode, placed.body).toBe(200);
    const step = visible(placed.json()).steps[0];
    expect(step?.meeting).toEqual({
      id: meetingId,
      title: `Møde i klyngeNord ${daysFromToday(12)}`,
      startsAt: expect.stringMatching(new RegExp(`^${daysFromToday(12)}T10:00:00\\+0[12]:00$`)),
    });
    const placedEntry = visible(placed.json()).timeline.find((e) => e.kind === 'placedOnAgenda');
    expect(placedEntry).toMatchObject({ meeting: { id: meetingId }, actorName: 'Sekretariatet' });
    const list = (await reader.get(`/api/cases?forumId=${org.fora.eu}`)).json() as CaseList;
    expect(list.items.find((c) => c.id === raised.id)).toMatchObject({
      clusterName: 'Klynge Nord',
      currentForumName: 'Klynge Nord, administrativt forum',
    });
  });

  it('hides the meeting of a step treated in a closed item from non-members', async () => {
    const raised = await raise('klyngeNord', ['ssu'], 'Sag til lukket behandling');
    const meetingId = await createMeeting(sec, org, 'ssu', daysFromToday(25));
    const title = 'LUKKET-MØDETITEL-31c9';
    expect((await sec.patch(`/api/meetings/${meetingId}`, { title })).statusCode).toBe(200);
    const ssuSec = org.ssuSecretary.client;
    const added = await ssuSec.post(`/api/agendas/${meetingId}/items`, {
      kind: 'case',
      caseId: raised.id,
      stepId: raised.steps[0]?.id,
    });
    expect(added.statusCode, added.body).toBe(201);
    const itemId = (added.json() as Agenda).items[0]?.id as string;
    const closing = await ssuSec.patch(`/api/agendas/${meetingId}/items/${itemId}`, {
      closed: true,
      closedReason: 'Offentlighedsloven § 30, nr. 2',
    });
    expect(closing.statusCode, closing.body).toBe(200);
    for (const outsider of [reader, sec, org.members.klyngeNord.client]) {
      const res = await outsider.get(`/api/cases/${raised.id}`);
      expect(res.body).not.toContain(title);
      expect(res.body).not.toContain(meetingId);
      const step = visible(res.json()).steps[0];
      expect(step).toMatchObject({
        redacted: true,
        meeting: null,
        forumName: 'Sundhedssamarbejdsudvalget',
      });
    }
    const member = await org.members.ssu.client.get(`/api/cases/${raised.id}`);
    expect(visible(member.json()).steps[0]?.meeting).toMatchObject({ id: meetingId, title });
  });

  it('names the clusters of a recurring group', async () => {
    await raise(
      'klyngeNord',
      ['klyngeNord', 'eu'],
      'Fælles model for akutfunktioner på sygehusene',
    );
    await raise('klyngeSyd', ['klyngeSyd', 'eu'], 'Fælles model for akutfunktion på sygehuse');
    const res = await reader.get(`/api/cases/recurring?collaborationId=${org.collaborationId}`);
    const body = res.json() as RecurringList;
    const group = body.groups.find((g) => g.clusterIds.length === 2);
    expect(group?.clusters.map((c) => c.name).sort()).toEqual(['Klynge Nord', 'Klynge Syd']);
    expect(group?.cases.every((c) => c.clusterName !== null)).toBe(true);
  });

  it('keeps the last name of a forum that has ended', async () => {
    const raised = await raise('tema', ['tema', 'styregruppe'], 'Sag i en temagruppe der lukker');
    const lastDay = addDays(todayInDenmark(), -1);
    await endForum(orgContext(ctx.database.db), SYSTEM_ACTOR, org.fora.styregruppe, {
      lastDay,
      acknowledgeBreaches: true,
    });
    const res = visible((await reader.get(`/api/cases/${raised.id}`)).json());
    expect(res.steps[1]?.forumName).toBe('Sundhedsstyregruppen');
  });
});
