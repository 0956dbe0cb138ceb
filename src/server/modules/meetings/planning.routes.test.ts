/**
 * Agenda deadlines along seed 004's preparation chain (cluster → officials' committee → TSS →
 * SSU) and seed 003's dated multi-body process instantiated into linked meetings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient } from '../../test/test-app';
import { endForumWithSuccessors } from '../../test/succession-fixtures';
import { createFora } from './meetings.fixtures';

const ctx = await createTestContext();
afterAll(() => ctx.close());

let secretariat: TestClient;
let reader: TestClient;
beforeAll(async () => {
  secretariat = await ctx.loginAs('secretariat');
  reader = await ctx.loginAs('reader');
});

const created = await createFora(ctx.database.db, [
  'kkr',
  'ssu',
  'municipalPreMeeting',
  'tss',
  'officialsCommittee',
  'cluster',
  'clusterNord',
  'clusterSyd',
  'adminDialogue',
  'politicalDialogue',
  'kkrProcess',
]);
const { collaborationId } = created;
const fora = created.fora;

async function createMeeting(forumId: string, date: string): Promise<string> {
  const res = await secretariat.post('/api/meetings', {
    forumId,
    collaborationId,
    title: 'Møde',
    startsAt: `${date}T10:00`,
    endsAt: `${date}T12:00`,
  });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.json().warnings).toEqual([]);
  return res.json().meeting.id;
}

describe('agenda deadlines along the preparation chain (seed 004)', () => {
  const ids: Record<string, string> = {};

  it("declares seed 004's rules", async () => {
    const res = await secretariat.post('/api/meetings/ordering-rules/seed-004', {
      collaborationId,
      kkr: fora.kkr,
      ssu: fora.ssu,
      municipalPreMeeting: fora.municipalPreMeeting,
      tss: fora.tss,
      officialsCommittee: fora.officialsCommittee,
      clusterAdministrativeFora: [fora.cluster],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().items).toHaveLength(5);
    const list = await reader.get(
      `/api/meetings/ordering-rules?collaborationId=${collaborationId}`,
    );
    expect(list.json().items).toHaveLength(5);
  });

  it('schedules the chain in order without warnings', async () => {
    ids.cluster = await createMeeting(fora.cluster, '2027-02-24');
    ids.officials = await createMeeting(fora.officialsCommittee, '2027-03-11');
    ids.tss = await createMeeting(fora.tss, '2027-03-31');
    ids.kkr = await createMeeting(fora.kkr, '2027-04-13');
    ids.pre = await createMeeting(fora.municipalPreMeeting, '2027-04-20');
    ids.ssu = await createMeeting(fora.ssu, '2027-04-22');
  });

  it('computes the deadlines backwards from the SSU meeting', async () => {
    const res = await reader.get(`/api/meetings/${ids.ssu}/deadlines`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const ssu = (await reader.get(`/api/meetings/${ids.ssu}`)).json();
    expect(body.agendaDeadline).toBe(ssu.agendaDeadline);
    const full = body.plans.find((p: { chain: string[] }) => p.chain.length === 4);
    expect(full.chain).toEqual([fora.cluster, fora.officialsCommittee, fora.tss, fora.ssu]);
    expect(full.complete).toBe(true);
    expect(full.steps.map((s: { meetingId: string }) => s.meetingId)).toEqual([
      ids.cluster,
      ids.officials,
      ids.tss,
      ids.ssu,
    ]);
    expect(full.steps[3].agendaDeadline).toBe(ssu.agendaDeadline);
    for (const s of full.steps) expect(s.agendaDeadline < s.meetingDate).toBe(true);
    expect(full.latestSubmissionDate).toBe(full.steps[0].agendaDeadline);
    const only = await reader.get(`/api/meetings/${ids.ssu}/deadlines?fromForumId=${fora.tss}`);
    expect(only.json().plans.map((p: { chain: string[] }) => p.chain)).toEqual([
      [fora.tss, fora.ssu],
    ]);
  });
});

describe('process templates (seed 003)', () => {
  const roles = {
    municipalClusters: [fora.clusterNord, fora.clusterSyd],
    administrativeDialogueMeeting: [fora.adminDialogue],
    politicalDialogueMeeting: [fora.politicalDialogue],
    kkr: [fora.kkrProcess],
  };
  const request = {
    templateKey: 'seed-003-det-naere-sundhedsvaesen',
    anchorDate: '2013-02-04',
    forumsByRole: roles,
  };

  it('lists the built-in template', async () => {
    const res = await reader.get('/api/meetings/process-templates');
    expect(res.json().items.map((t: { key: string }) => t.key)).toContain(request.templateKey);
  });

  it("previews the seed's dates from the KKR meeting", async () => {
    const res = await reader.post('/api/meetings/processes/preview', request, { auditDelta: 0 });
    expect(res.statusCode, res.body).toBe(200);
    const byStep = Object.fromEntries(
      res.json().drafts.map((d: { stepKey: string; date: string }) => [d.stepKey, d.date]),
    );
    expect(byStep).toEqual({
      'klynger-droefter': '2012-11-30',
      'administrativt-dialogmoede': '2012-12-05',
      'politisk-dialogmoede': '2013-01-23',
      'kkr-moede': '2013-02-04',
    });
    expect(res.json().warnings).toEqual([]);
  });

  it('creates the linked meetings in one audited step, linking an existing one', async () => {
    const existing = await secretariat.post('/api/meetings', {
      forumId: roles.municipalClusters[0],
      title: 'Klyngemøde november',
      startsAt: '2012-11-20T10:00',
      endsAt: '2012-11-20T12:00',
    });
    const existingId = existing.json().meeting.id as string;
    const res = await secretariat.post('/api/meetings/processes', {
      ...request,
      collaborationId,
      existingMeetingIds: { [`klynger-droefter:${roles.municipalClusters[0]}`]: existingId },
      kinds: { 'administrativt-dialogmoede': 'dialogue', 'politisk-dialogmoede': 'dialogue' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const meetings = res.json().meetings as {
      id: string;
      processDraftKey: string;
      kind: string;
      startsAt: string;
      predecessorIds: string[];
      processInstanceId: string;
    }[];
    expect(meetings).toHaveLength(4);
    const byKey = Object.fromEntries(meetings.map((m) => [m.processDraftKey, m]));
    const admin = byKey['administrativt-dialogmoede'];
    const otherCluster = byKey[`klynger-droefter:${roles.municipalClusters[1]}`];
    expect(admin?.kind).toBe('dialogue');
    expect(admin?.predecessorIds.sort()).toEqual([existingId, otherCluster?.id].sort());
    expect(byKey['politisk-dialogmoede']?.startsAt).toBe('2013-01-23T16:30:00+01:00');
    expect(byKey['kkr-moede']?.predecessorIds).toEqual([byKey['politisk-dialogmoede']?.id]);
    expect(new Set(meetings.map((m) => m.processInstanceId)).size).toBe(1);
  });

  it('refuses steps without a forum (422) and an unknown template (404)', async () => {
    const res = await secretariat.post('/api/meetings/processes', {
      ...request,
      forumsByRole: { ...roles, kkr: [] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().extra.draftKeys).toEqual(['kkr-moede']);
    const unknown = await reader.post(
      '/api/meetings/processes/preview',
      { templateKey: 'nope' },
      { auditDelta: 0 },
    );
    expect(unknown.statusCode).toBe(404);
  });
});

describe('planning a meeting of a forum that has ended (issue 7, item 6)', () => {
  it('refuses with the end date and the successor by name, in Danish and English', async () => {
    const reform = await createFora(ctx.database.db, [
      'Sundhedssamarbejdsudvalget',
      'Sundhedsråd Fyn',
      'Sundhedsråd Lillebælt',
    ]);
    const ssu = reform.fora.Sundhedssamarbejdsudvalget;
    const fyn = reform.fora['Sundhedsråd Fyn'];
    await endForumWithSuccessors(ctx.database.db, ssu, '2026-12-31', [fyn]);
    const body = {
      forumId: ssu,
      collaborationId: reform.collaborationId,
      title: 'SSU-møde',
      startsAt: '2027-01-25T10:00',
      endsAt: '2027-01-25T12:00',
    };
    const refused = await secretariat.post('/api/meetings', body);
    expect(refused.statusCode, refused.body).toBe(404);
    expect(refused.json()).toMatchObject({
      detail:
        'Sundhedssamarbejdsudvalget blev nedlagt 31. december 2026; efterfølger: Sundhedsråd Fyn',
      en: {
        detail:
          'Sundhedssamarbejdsudvalget was abolished on 31 December 2026; successor: Sundhedsråd Fyn',
      },
      extra: {
        reason: 'ended',
        lastDay: '2026-12-31',
        successors: [{ id: fyn, name: 'Sundhedsråd Fyn' }],
      },
    });
    // Several successors are listed; a day before the end is still fine.
    await endForumWithSuccessors(ctx.database.db, ssu, '2026-12-31', [
      fyn,
      reform.fora['Sundhedsråd Lillebælt'],
    ]);
    const again = await secretariat.post('/api/meetings', body);
    expect(again.json().detail).toBe(
      'Sundhedssamarbejdsudvalget blev nedlagt 31. december 2026; efterfølgere: Sundhedsråd Fyn, Sundhedsråd Lillebælt',
    );
    const lastDay = await secretariat.post('/api/meetings', {
      ...body,
      startsAt: '2026-12-30T10:00',
      endsAt: '2026-12-30T12:00',
    });
    expect(lastDay.statusCode, lastDay.body).toBe(201);
  });
});
