/**
 * The pilot and knowledge-bank routes on the cases' fixture organisation (two clusters, a seated
 * member in each forum): validation, the evaluation file, a scale-up to listed clusters and its
 * spread scope, the closed-item rule of the knowledge bank (the forum's member sees a confidential
 * entry, a member of another cluster does not), and "similar in other clusters".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInDenmark } from '../../../shared/dates';
import type { KnowledgeList } from '../../../shared/knowledge.contract';
import type { PilotDetail } from '../../../shared/pilots.contract';
import { SYSTEM_ACTOR } from '../../platform/audit';
import {
  buildOrganisation,
  createMeeting,
  daysFromToday,
  multipartFile,
  PDF,
  type OrgFixture,
} from '../../test/cases-fixtures';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { addClusterMembership, createParty, orgContext } from '../organisation/index';

let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;
const party: Record<string, string> = {};
const TODAY = todayInDenmark();

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Sekretariatet');
  const o = orgContext(ctx.database.db);
  for (const [name, cluster] of [
    ['Aalborg', 'nord'],
    ['Hjørring', 'nord'],
    ['Aarhus', 'syd'],
  ] as const) {
    const created = await createParty(o, SYSTEM_ACTOR, org.collaborationId, {
      kind: 'municipality',
      name,
      verified: false,
      source: null,
      validFrom: '2025-01-01',
    });
    party[name] = created.result.entityId;
    await addClusterMembership(o, SYSTEM_ACTOR, {
      clusterId: org.clusters[cluster],
      partyId: created.result.entityId,
      validFrom: '2025-01-01',
      acknowledgeBreaches: true,
    });
  }
}, 120_000);
afterAll(() => ctx.close());

const base = () => ({
  collaborationId: org.collaborationId,
  forumId: org.fora.klyngeNord,
  title: 'Telemedicinsk hjemmemonitorering af borgere med hjertesvigt',
  hypothesis: 'Hjemmemonitorering af hjertesvigt mindsker genindlæggelser',
  theme: 'Hjertesygdom',
  periodFrom: '2025-02-01',
  periodTo: '2025-12-31',
  participantPartyIds: [party.Aalborg],
});

async function create(patch: Record<string, unknown> = {}, client = sec): Promise<PilotDetail> {
  const res = await client.post('/api/pilots', { ...base(), ...patch });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as PilotDetail;
}

describe('recording a pilot', () => {
  it.each([
    ['a period out of order', { periodTo: '2025-01-01' }, 422, 'pilots.errors.periodOrder'],
    [
      'a participant outside the collaboration',
      { participantPartyIds: ['00000000-0000-4000-8000-00000000dead'] },
      422,
      'pilots.errors.participantNotInCollaboration',
    ],
    ['a forum of another day', { periodFrom: '2020-01-01' }, 422, 'pilots.errors.forumNotFound'],
    ['negative costs', { costsOre: -100 }, 400, undefined],
    ['costs as a fraction of an øre', { costsOre: 10.5 }, 400, undefined],
  ])('refuses %s (no audit row)', async (_name, patch, status, code) => {
    const res = await sec.post('/api/pilots', { ...base(), ...patch });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    if (code) expect(res.json().extra.code).toBe(code);
  });

  it('edits the evaluation; the knowledge entry follows (underway → evaluated)', async () => {
    const pilot = await create({ title: 'Rehabilitering efter hofteoperation i eget hjem' });
    const kinds = async () =>
      ((await sec.get('/api/knowledge?q=hofteoperationen')).json() as KnowledgeList).items.map(
        (i) => i.outcome,
      );
    expect(await kinds()).toEqual(['underway']);
    const { collaborationId: _omit, ...rest } = base();
    const res = await sec.put(`/api/pilots/${pilot.id}`, {
      ...rest,
      title: pilot.title,
      results: 'Kortere forløb',
      costsOre: 50_000_00,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ evaluated: true, costsOre: 5_000_000 });
    expect(await kinds()).toEqual(['evaluated']);
  });

  it('stores, serves and deletes the evaluation file with the attachment rules', async () => {
    const pilot = await create({ title: 'Evalueringsfil' });
    const bad = multipartFile('rapport.exe', Buffer.from('MZ'), 'application/octet-stream');
    const refused = await sec.request('POST', `/api/pilots/${pilot.id}/file`, bad);
    expect(refused.statusCode).toBe(415);
    const file = multipartFile('evaluering.pdf', PDF, 'application/pdf');
    const up = await sec.request('POST', `/api/pilots/${pilot.id}/file`, file);
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({ fileName: 'evaluering.pdf', mediaType: 'application/pdf' });
    const down = await sec.get(`/api/pilots/${pilot.id}/file`);
    expect(down.statusCode).toBe(200);
    expect(down.headers['content-disposition']).toContain('evaluering.pdf');
    expect(down.rawPayload.equals(PDF)).toBe(true);
    expect((await sec.delete(`/api/pilots/${pilot.id}/file`, { payload: {} })).statusCode).toBe(
      400,
    );
    const gone = await sec.delete(`/api/pilots/${pilot.id}/file`, { payload: { confirm: true } });
    expect(gone.statusCode, gone.body).toBe(200);
    expect(gone.json().file).toBeNull();
    expect((await sec.get(`/api/pilots/${pilot.id}/file`)).statusCode).toBe(404);
  });
});

describe('a scale-up to listed clusters', () => {
  it('reaches only the listed clusters’ municipalities; stop carries no scope', async () => {
    const pilot = await create({ title: 'Opskalering til Klynge Syd' });
    const raised = await sec.post(`/api/pilots/${pilot.id}/case`, {
      route: [org.fora.klyngeNord],
    });
    expect(raised.statusCode, raised.body).toBe(201);
    const caseId = raised.json().caseId as string;
    const meeting = await sec.post('/api/meetings', {
      forumId: org.fora.klyngeNord,
      collaborationId: org.collaborationId,
      title: 'Klyngemøde',
      startsAt: `${TODAY}T10:00`,
      endsAt: `${TODAY}T12:00`,
      acknowledgeWarnings: true,
    });
    const meetingId = (meeting.json().meeting?.id ?? meeting.json().id) as string;
    const c = (await sec.get(`/api/cases/${caseId}`)).json();
    const added = await sec.post(`/api/agendas/${meetingId}/items`, {
      kind: 'case',
      caseId,
      stepId: c.currentStepId,
    });
    expect(added.statusCode, added.body).toBe(201);
    const stop = await sec.post(`/api/pilots/${pilot.id}/decision`, {
      outcome: 'stop',
      scope: { kind: 'all' },
    });
    expect(stop.json().extra.code).toBe('pilots.errors.scopeNotForOutcome');
    const res = await sec.post(`/api/pilots/${pilot.id}/decision`, {
      outcome: 'scaleUp',
      scope: { kind: 'clusters', clusterIds: [org.clusters.syd] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const decided = res.json() as PilotDetail;
    expect(decided.decisions[0]?.text).toBe(
      'Pilotprojektet «Opskalering til Klynge Syd» opskaleres til Klynge Syd.',
    );
    expect(decided.spread.map((r) => r.partyName)).toEqual(['Aarhus']);
    const outside = await sec.post(`/api/pilots/${pilot.id}/spread`, {
      partyId: party.Aalborg,
      status: 'started',
      on: TODAY,
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().extra.code).toBe('pilots.errors.partyNotInScope');
  });

  it('respects the held-meeting rule: no decision before the meeting is held', async () => {
    const pilot = await create({ title: 'Beslutning før mødet' });
    const raised = await sec.post(`/api/pilots/${pilot.id}/case`, { route: [org.fora.klyngeNord] });
    const caseId = raised.json().caseId as string;
    const meetingId = await createMeeting(sec, org, 'klyngeNord', daysFromToday(14));
    const c = (await sec.get(`/api/cases/${caseId}`)).json();
    const added = await sec.post(`/api/agendas/${meetingId}/items`, {
      kind: 'case',
      caseId,
      stepId: c.currentStepId,
    });
    expect(added.statusCode, added.body).toBe(201);
    const res = await sec.post(`/api/pilots/${pilot.id}/decision`, { outcome: 'stop' });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().extra.code).toBe('errors.case.meetingNotHeld');
    expect((await sec.get(`/api/pilots/${pilot.id}`)).json().decisions).toEqual([]);
  });

  it('refuses spread before any scale-up', async () => {
    const pilot = await create({ title: 'Uden beslutning' });
    const res = await sec.post(`/api/pilots/${pilot.id}/spread`, {
      partyId: party.Aalborg,
      status: 'started',
      on: TODAY,
    });
    expect(res.statusCode).toBe(409);
  });
});

describe('the knowledge bank', () => {
  it('shows a confidential entry to the forum’s member only', async () => {
    await create({ title: 'Fortrolig afprøvning af akutteam', confidential: true });
    const search = (client: TestClient) => client.get('/api/knowledge?q=akutteamet');
    const member = (await search(org.members.klyngeNord.client)).json() as KnowledgeList;
    expect(member.items.map((i) => [i.title, i.confidential])).toEqual([
      ['Fortrolig afprøvning af akutteam', true],
    ]);
    const other = (await search(org.members.klyngeSyd.client)).json() as KnowledgeList;
    expect(other).toMatchObject({ items: [], total: 0 });
  });

  it('finds similar entries in other clusters only', async () => {
    const nord = await create({ title: 'Sårbehandling med video i hjemmeplejen' });
    await create({ title: 'Sårbehandling med video i hjemmeplejen, Nord igen' });
    const syd = await create({
      title: 'Sårbehandling med video i hjemmeplejen',
      forumId: org.fora.klyngeSyd,
      participantPartyIds: [party.Aarhus],
    });
    const res = await sec.get(`/api/knowledge/pilot/${nord.id}/similar`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { sourceId: string; clusterId: string }[];
    expect(items.map((i) => i.sourceId)).toContain(syd.id);
    expect(items.every((i) => i.clusterId !== org.clusters.nord)).toBe(true);
  });

  it('pages newest first with a total, and filters by cluster and year', async () => {
    const res = await sec.get(`/api/knowledge?clusterId=${org.clusters.syd}&year=2025`);
    const body = res.json() as KnowledgeList;
    expect(body.total).toBe(body.items.length);
    expect(body.items.every((i) => i.clusterId === org.clusters.syd)).toBe(true);
    const all = (await sec.get('/api/knowledge?kind=pilot')).json() as KnowledgeList;
    const days = all.items.map((i) => i.on);
    expect([...days].sort().reverse()).toEqual(days);
    expect((await sec.get('/api/knowledge?year=12')).statusCode).toBe(400);
  });
});
