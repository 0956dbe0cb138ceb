/**
 * Degrees of implementation, milestones, links and the clusters' priorities through the routes:
 * a degree recorded for a subject (history, current value as of a day), refused for a non-subject
 * and for a key outside the scale (Danish text); late milestones; links within the
 * collaboration; priorities side by side. One audit row per mutation (TestClient).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agenda } from '../../../shared/agendas.contract';
import type { InitiativeDetail, PlanDetail } from '../../../shared/plans.contract';
import { createMeeting } from '../../test/cases-fixtures';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { buildPlanOrganisation, seedPlan, type PlanOrgFixture } from './test/plans-fixtures';

let ctx: TestContext;
let org: PlanOrgFixture;
let other: PlanOrgFixture;
let sec: TestClient;
let reader: TestClient;
let planId: string;
let initiatives: Record<'muni' | 'cluster' | 'region' | 'joint', string>;

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildPlanOrganisation(ctx);
  other = await buildPlanOrganisation(ctx, { name: 'Andet', regionName: 'Region Anden' });
  sec = await ctx.loginAs('secretariat', 'Sekretariatet');
  reader = await ctx.loginAs('reader', 'Læser');
  ({ planId, initiatives } = await seedPlan(sec, org));
});
afterAll(() => ctx.close());

const detail = async (asOf: string): Promise<PlanDetail> =>
  (await sec.get(`/api/plans/${planId}?asOf=${asOf}`)).json();

describe('degrees of implementation', () => {
  const record = (body: Record<string, unknown>) =>
    sec.post(`/api/plans/${planId}/degrees`, {
      initiativeId: initiatives.muni,
      subjectKind: 'party',
      subjectId: org.parties.a,
      comment: '',
      recordedOn: '2026-02-01',
      ...body,
    });

  it('records a degree for a subject and keeps the history', async () => {
    const first = await record({ degree: 'planned' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      degree: 'planned',
      labelDa: 'Planlagt',
      score: 20,
      changed: true,
    });
    const second = await record({
      degree: 'partly',
      comment: 'Godt i gang',
      recordedOn: '2026-05-01',
    });
    expect(second.statusCode).toBe(201);
    const cluster = await sec.post(`/api/plans/${planId}/degrees`, {
      initiativeId: initiatives.cluster,
      subjectKind: 'cluster',
      subjectId: org.clusters.nord,
      degree: 'full',
      recordedOn: '2026-02-01',
    });
    expect(cluster.statusCode, cluster.body).toBe(201);
    const joint = await sec.post(`/api/plans/${planId}/degrees`, {
      initiativeId: initiatives.joint,
      subjectKind: 'plan',
      subjectId: planId,
      degree: 'inProgress',
      recordedOn: '2026-02-01',
    });
    expect(joint.statusCode, joint.body).toBe(201);
    const march = (
      await reader.get(`/api/plans/${planId}/initiatives/${initiatives.muni}?asOf=2026-03-01`)
    ).json() as InitiativeDetail;
    expect(march.degrees).toEqual([
      expect.objectContaining({ degree: 'planned', recordedOn: '2026-02-01' }),
    ]);
    const june = (
      await reader.get(`/api/plans/${planId}/initiatives/${initiatives.muni}?asOf=2026-06-01`)
    ).json() as InitiativeDetail;
    expect(june.degrees[0]).toMatchObject({
      degree: 'partly',
      labelDa: 'Delvist implementeret',
      comment: 'Godt i gang',
    });
    const history = (
      await reader.get(
        `/api/plans/${planId}/initiatives/${initiatives.muni}/degrees?subjectId=${org.parties.a}&limit=1`,
      )
    ).json();
    expect(history.items.map((d: { degree: string }) => d.degree)).toEqual(['partly']);
    const rest = (
      await reader.get(
        `/api/plans/${planId}/initiatives/${initiatives.muni}/degrees?subjectId=${org.parties.a}&limit=1&cursor=${history.nextCursor}`,
      )
    ).json();
    expect([rest.items.map((d: { degree: string }) => d.degree), rest.nextCursor]).toEqual([
      ['planned'],
      null,
    ]);
  });

  it('refuses a non-subject and a key outside the scale, in Danish', async () => {
    const notSubject = await record({ degree: 'full', subjectId: org.parties.b });
    expect(notSubject.statusCode).toBe(422);
    expect(notSubject.json().detail).toBe(
      'Der kan ikke registreres en grad for denne part: den er ikke omfattet af indsatsen.',
    );
    const regionOnMunicipal = await record({ degree: 'full', subjectId: org.parties.region });
    expect(regionOnMunicipal.statusCode).toBe(422);
    const outside = await record({ degree: 'halvvejs' });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().detail).toBe(
      'Graden "halvvejs" findes ikke i planens skala (tilladt: Ikke relevant, Ikke påbegyndt, Planlagt, I gang, Delvist implementeret, Fuldt implementeret).',
    );
  });

  it('keeps keys in use when the scale changes', async () => {
    const res = await sec.put(`/api/plans/${planId}/scale`, {
      degreeScale: [
        { key: 'no', label: 'Nej', score: 0 },
        { key: 'yes', label: 'Ja', score: 100 },
      ],
    });
    expect([res.statusCode, res.json().extra.code]).toEqual([409, 'plans.errors.scaleInUse']);
  });
});

describe('milestones, links and cluster priorities', () => {
  it('marks a milestone late as of a day', async () => {
    const res = await sec.post(`/api/plans/${planId}/initiatives/${initiatives.muni}/milestones`, {
      title: 'Model aftalt',
      dueDate: '2026-04-30',
    });
    expect(res.statusCode, res.body).toBe(201);
    const get = async (asOf: string) =>
      (
        await reader.get(`/api/plans/${planId}/initiatives/${initiatives.muni}?asOf=${asOf}`)
      ).json() as InitiativeDetail;
    expect((await get('2026-04-30')).milestones[0]?.late).toBe(false);
    expect((await get('2026-05-01')).milestones[0]?.late).toBe(true);
    expect((await detail('2026-05-01')).counts.lateMilestones).toBe(1);
    const far = await sec.post(`/api/plans/${planId}/initiatives/${initiatives.muni}/milestones`, {
      title: 'Langt ude',
      dueDate: '2045-01-01',
    });
    expect(far.statusCode).toBe(422);
  });

  it('links to an agenda item of the collaboration, not to something unknown', async () => {
    const meetingId = await createMeeting(sec, org, 'tss', '2026-04-14');
    const agenda = (
      await sec.post(`/api/agendas/${meetingId}/items`, {
        kind: 'free',
        title: 'Status på hjemmebesøg',
        type: 'information',
      })
    ).json() as Agenda;
    const itemId = agenda.items[0]?.id as string;
    const url = `/api/plans/${planId}/initiatives/${initiatives.muni}/links`;
    const linked = await sec.post(url, { kind: 'agendaItem', targetId: itemId });
    expect(linked.statusCode, linked.body).toBe(201);
    expect((linked.json() as InitiativeDetail).links).toMatchObject([
      { kind: 'agendaItem', targetId: itemId, title: 'Status på hjemmebesøg' },
    ]);
    expect((await sec.post(url, { kind: 'agendaItem', targetId: itemId })).statusCode).toBe(409);
    const unknown = await sec.post(url, {
      kind: 'case',
      targetId: '00000000-0000-4000-8000-000000000000',
    });
    expect([unknown.statusCode, unknown.json().extra.code]).toEqual([
      422,
      'plans.errors.linkTargetMissing',
    ]);
  });

  it('records the clusters’ priorities side by side', async () => {
    const put = (clusterId: string, priority: string) =>
      sec.put(`/api/plans/${planId}/initiatives/${initiatives.muni}/priorities/${clusterId}`, {
        priority,
        note: '',
        decidedOn: '2026-02-15',
      });
    expect((await put(org.clusters.nord, 'now')).statusCode).toBe(200);
    expect((await put(org.clusters.syd, 'later')).statusCode).toBe(200);
    expect((await put(org.clusters.syd, 'notRelevant')).statusCode).toBe(200);
    const foreign = await put(other.clusters.nord, 'now');
    expect(foreign.statusCode).toBe(422);
    const matrix = (await reader.get(`/api/plans/${planId}/priorities?asOf=2026-03-01`)).json();
    expect(matrix.clusters.map((c: { name: string }) => c.name)).toEqual([
      'Klynge Nord',
      'Klynge Syd',
    ]);
    expect(matrix.rows[0].priorities).toEqual({
      [org.clusters.nord]: { priority: 'now', note: '', decidedOn: '2026-02-15' },
      [org.clusters.syd]: { priority: 'notRelevant', note: '', decidedOn: '2026-02-15' },
    });
  });
});
