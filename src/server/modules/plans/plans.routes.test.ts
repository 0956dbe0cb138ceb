/**
 * The plan model through its routes: create → goals → initiatives → adopt by a real decision in
 * the owning forum's minutes (refused without one) → end; degrees recorded and refused for a
 * non-subject and a key outside the scale; access (reader, secretariat of another region); one
 * audit row per mutation (TestClient); time-versioning of initiatives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agenda } from '../../../shared/agendas.contract';
import type {
  InitiativeDetail,
  InitiativeSummary,
  PlanDetail,
} from '../../../shared/plans.contract';
import { createMeeting } from '../../test/cases-fixtures';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { buildPlanOrganisation, createPlan, type PlanOrgFixture } from './test/plans-fixtures';

let ctx: TestContext;
let org: PlanOrgFixture;
let other: PlanOrgFixture;
let sec: TestClient;
let reader: TestClient;
let planId: string;
const goals: Record<string, string> = {};
const initiatives: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildPlanOrganisation(ctx);
  other = await buildPlanOrganisation(ctx, { name: 'Andet', regionName: 'Region Anden' });
  sec = await ctx.loginAs('secretariat', 'Sekretariatet');
  reader = await ctx.loginAs('reader', 'Læser');
});
afterAll(() => ctx.close());

const detail = async (asOf = '2026-01-15'): Promise<PlanDetail> => {
  const res = await sec.get(`/api/plans/${planId}?asOf=${asOf}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('a plan from draft to ended', () => {
  it('creates a draft plan owned by a forum, with the default scale', async () => {
    planId = await createPlan(sec, org, org.fora.ssu);
    const plan = await detail();
    expect(plan).toMatchObject({
      status: 'draft',
      ownerForumId: org.fora.ssu,
      ownerForumName: 'Sundhedssamarbejdsudvalget',
      counts: { goals: 0, initiatives: 0 },
    });
    expect(plan.degreeScale.map((s) => [s.key, s.score, s.labelDa])).toEqual([
      ['notRelevant', null, 'Ikke relevant'],
      ['notStarted', 0, 'Ikke påbegyndt'],
      ['planned', 20, 'Planlagt'],
      ['inProgress', 50, 'I gang'],
      ['partly', 75, 'Delvist implementeret'],
      ['full', 100, 'Fuldt implementeret'],
    ]);
    const again = await sec.post('/api/plans', {
      collaborationId: org.collaborationId,
      ownerForumId: org.fora.ssu,
      key: 'sundhedsaftale',
      kind: 'other',
      title: 'Dublet',
      periodFrom: '2025-01-01',
    });
    expect([again.statusCode, again.json().extra.code]).toEqual([409, 'plans.errors.keyTaken']);
    const list = (await reader.get(`/api/plans?collaborationId=${org.collaborationId}`)).json();
    expect(list.items.map((p: { id: string }) => p.id)).toEqual([planId]);
  });

  it('builds the goal hierarchy and refuses a misplaced goal in Danish', async () => {
    const add = async (body: Record<string, unknown>) => {
      const res = await sec.post(`/api/plans/${planId}/goals`, body);
      expect(res.statusCode, res.body).toBe(201);
      const plan = res.json() as PlanDetail;
      const find = (nodes: PlanDetail['goals']): string | undefined =>
        nodes
          .flatMap((n) => [n.code === body.code ? n.id : undefined, find(n.children)])
          .find(Boolean);
      return find(plan.goals) as string;
    };
    goals.vision = await add({ level: 'vision', code: 'V', title: 'Sammenhæng for borgeren' });
    goals.one = await add({
      level: 'goal',
      code: '1',
      title: 'Færre indlæggelser',
      parentId: goals.vision,
    });
    goals.oneOne = await add({
      level: 'subGoal',
      code: '1.1',
      title: 'Opfølgning',
      parentId: goals.one,
    });
    const wrong = await sec.post(`/api/plans/${planId}/goals`, {
      level: 'subGoal',
      code: '9',
      title: 'Forkert',
      parentId: goals.vision,
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().detail).toBe('Et delmål kan kun stå under et mål.');
    const cycle = await sec.patch(`/api/plans/${planId}/goals/${goals.one}`, {
      parentId: goals.oneOne,
    });
    expect(cycle.statusCode).toBe(422);
    const plan = await detail();
    expect(plan.goals).toHaveLength(1);
    expect(plan.goals[0]?.children[0]?.children[0]?.code).toBe('1.1');
  });

  it('adds initiatives on each level', async () => {
    const add = async (body: Record<string, unknown>) => {
      const res = await sec.post(`/api/plans/${planId}/initiatives`, body);
      expect(res.statusCode, res.body).toBe(201);
      return (res.json() as InitiativeDetail).id;
    };
    initiatives.muni = await add({
      number: '1',
      title: 'Opfølgende hjemmebesøg',
      level: 'municipality',
      goalId: goals.oneOne,
      participatingPartyIds: [org.parties.a],
      yearPriorities: [{ year: 2025, priority: 'high' }],
      responsibleForumId: org.fora.tss,
      economyDkk: 1_500_000,
      payer: 'kommunerne',
    });
    initiatives.cluster = await add({
      number: '2',
      title: 'Fælles akutteam',
      level: 'cluster',
      goalId: goals.one,
    });
    initiatives.region = await add({ number: '3', title: 'Regional hotline', level: 'region' });
    initiatives.joint = await add({ number: '4', title: 'Fælles data', level: 'joint' });
    const twice = await sec.post(`/api/plans/${planId}/initiatives`, {
      number: '4',
      title: 'Dublet',
      level: 'joint',
    });
    expect([twice.statusCode, twice.json().extra.code]).toEqual([
      409,
      'plans.errors.initiativeNumberTaken',
    ]);
    const stranger = await sec.post(`/api/plans/${planId}/initiatives`, {
      number: '5',
      title: 'Fremmed part',
      level: 'municipality',
      participatingPartyIds: [other.parties.a],
    });
    expect(stranger.statusCode).toBe(422);
    const years = await sec.post(`/api/plans/${planId}/initiatives`, {
      number: '5',
      title: 'To prioriteter',
      level: 'joint',
      yearPriorities: [
        { year: 2026, priority: 'high' },
        { year: 2026, priority: 'low' },
      ],
    });
    expect(years.json().detail).toBe('Året 2026 har mere end én prioritet.');
    const one = (
      await sec.get(`/api/plans/${planId}/initiatives/${initiatives.muni}?asOf=2026-01-15`)
    ).json() as InitiativeDetail;
    expect(one).toMatchObject({
      responsibleForumName: 'Tværsektorielt Strategisk Samarbejdsforum',
      participatingParties: [{ id: org.parties.a, name: 'Test Kommune A' }],
      subjects: [{ kind: 'party', id: org.parties.a, name: 'Test Kommune A' }],
    });
    const cluster = (
      await sec.get(`/api/plans/${planId}/initiatives/${initiatives.cluster}?asOf=2026-01-15`)
    ).json() as InitiativeDetail;
    expect(cluster.subjects.map((s) => s.name)).toEqual(['Klynge Nord', 'Klynge Syd']);
    const plan = await detail();
    expect(plan.counts).toMatchObject({
      initiatives: 4,
      initiativesByLevel: { municipality: 1, cluster: 1, region: 1, joint: 1 },
    });
  });

  it('pages the initiatives in SQL', async () => {
    const first = (
      await reader.get(`/api/plans/${planId}/initiatives?asOf=2026-01-15&limit=3`)
    ).json();
    expect(first.items.map((i: InitiativeSummary) => i.number)).toEqual(['1', '2', '3']);
    const second = (
      await reader.get(
        `/api/plans/${planId}/initiatives?asOf=2026-01-15&limit=3&cursor=${first.nextCursor}`,
      )
    ).json();
    expect([second.items.map((i: InitiativeSummary) => i.number), second.nextCursor]).toEqual([
      ['4'],
      null,
    ]);
    const byLevel = (
      await reader.get(`/api/plans/${planId}/initiatives?asOf=2026-01-15&level=cluster`)
    ).json();
    expect(byLevel.items.map((i: InitiativeSummary) => i.number)).toEqual(['2']);
    const bad = await reader.get(`/api/plans/${planId}/initiatives?cursor=nonsense`);
    expect(bad.statusCode).toBe(400);
  });

  it('refuses to delete a goal while initiatives or sub-goals hang on it', async () => {
    const res = await sec.delete(`/api/plans/${planId}/goals/${goals.one}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe(
      'Målet kan ikke slettes, fordi der hænger 1 indsatser og 1 delmål på det.',
    );
    const spare = await sec.post(`/api/plans/${planId}/goals`, {
      level: 'goal',
      code: '2',
      title: 'Til sletning',
    });
    const id = (spare.json() as PlanDetail).goals.find((g) => g.code === '2')?.id;
    expect((await sec.delete(`/api/plans/${planId}/goals/${id}`)).statusCode).toBe(200);
  });

  it('adopts only by a decision in the minutes of the owning forum', async () => {
    const meetingId = await createMeeting(sec, org, 'ssu', '2026-03-10');
    const agenda = (
      await sec.post(`/api/agendas/${meetingId}/items`, {
        kind: 'free',
        title: 'Vedtagelse af sundhedsaftalen',
        type: 'decision',
      })
    ).json() as Agenda;
    const itemId = agenda.items[0]?.id as string;
    const early = await sec.post(`/api/plans/${planId}/adopt`, { agendaItemId: itemId });
    expect(early.statusCode).toBe(422);
    expect(early.json().detail).toBe(
      'Planen kan kun vedtages ved en beslutning i referatet: dagsordenspunktet har ingen beslutning.',
    );
    const elsewhere = await createMeeting(sec, org, 'eu', '2026-03-11');
    const otherAgenda = (
      await sec.post(`/api/agendas/${elsewhere}/items`, {
        kind: 'free',
        title: 'Ikke her',
        type: 'decision',
      })
    ).json() as Agenda;
    const wrongForum = await sec.post(`/api/plans/${planId}/adopt`, {
      agendaItemId: otherAgenda.items[0]?.id,
    });
    expect([wrongForum.statusCode, wrongForum.json().extra.code]).toEqual([
      422,
      'plans.errors.adoptionWrongForum',
    ]);
    expect((await sec.post(`/api/agendas/${meetingId}/publish`, {})).statusCode).toBe(200);
    const decided = await sec.post(`/api/agendas/${meetingId}/items/${itemId}/decision`, {
      text: 'Sundhedsaftalen vedtages.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const adopted = await sec.post(`/api/plans/${planId}/adopt`, { agendaItemId: itemId });
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json()).toMatchObject({
      status: 'adopted',
      adoptedOn: '2026-03-10',
      adoptedAgendaItemId: itemId,
    });
    const twice = await sec.post(`/api/plans/${planId}/adopt`, { agendaItemId: itemId });
    expect(twice.statusCode).toBe(409);
  });
});

describe('time-versioning and ending', () => {
  it('shows an ended initiative as of before its end, not after', async () => {
    const ended = await sec.post(`/api/plans/${planId}/initiatives/${initiatives.joint}/end`, {
      on: '2026-06-30',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    const numbers = async (asOf: string) =>
      (await reader.get(`/api/plans/${planId}/initiatives?asOf=${asOf}`))
        .json()
        .items.map((i: InitiativeSummary) => i.number);
    expect(await numbers('2026-06-30')).toEqual(['1', '2', '3', '4']);
    expect(await numbers('2026-07-01')).toEqual(['1', '2', '3']);
    const again = await sec.post(`/api/plans/${planId}/initiatives/${initiatives.joint}/end`, {
      on: '2026-08-01',
    });
    expect(again.statusCode).toBe(409);
    const late = await sec.post(`/api/plans/${planId}/degrees`, {
      initiativeId: initiatives.joint,
      subjectKind: 'plan',
      subjectId: planId,
      degree: 'full',
      recordedOn: '2026-07-15',
    });
    expect(late.statusCode).toBe(409);
  });

  it('ends the plan; an ended plan cannot change', async () => {
    const res = await sec.post(`/api/plans/${planId}/end`, { on: '2027-12-31' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ended', endedOn: '2027-12-31' });
    const change = await sec.patch(`/api/plans/${planId}`, { title: 'Ny titel' });
    expect([change.statusCode, change.json().extra.code]).toEqual([409, 'plans.errors.planEnded']);
  });
});

describe('the day a plan is read as of', () => {
  it('reads a plan not yet begun as of its first day when no day is asked', async () => {
    const res = await sec.post('/api/plans', {
      collaborationId: org.collaborationId,
      ownerForumId: org.fora.ssu,
      key: 'fremtidsplan',
      kind: 'localHealthPlan',
      title: 'Nærsundhedsplan 2090',
      periodFrom: '2090-01-01',
      periodTo: '2093-12-31',
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = (res.json() as PlanDetail).id;
    const added = await sec.post(`/api/plans/${id}/initiatives`, {
      number: '1',
      title: 'Første indsats',
      level: 'joint',
    });
    expect(added.statusCode, added.body).toBe(201);
    const plan = (await reader.get(`/api/plans/${id}`)).json() as PlanDetail;
    expect([plan.asOf, plan.counts.initiatives]).toEqual(['2090-01-01', 1]);
    const list = (await reader.get(`/api/plans/${id}/initiatives`)).json();
    expect(list.items).toHaveLength(1);
  });
});

describe('access', () => {
  it('refuses a reader every change', async () => {
    const planUrl = `/api/plans/${planId}`;
    const calls: [string, () => Promise<{ statusCode: number }>][] = [
      [
        'create',
        () =>
          reader.post('/api/plans', {
            collaborationId: org.collaborationId,
            ownerForumId: org.fora.ssu,
            key: 'x',
            kind: 'other',
            title: 'x',
            periodFrom: '2025-01-01',
          }),
      ],
      ['patch', () => reader.patch(planUrl, { title: 'x' })],
      ['goal', () => reader.post(`${planUrl}/goals`, { level: 'goal', code: 'x', title: 'x' })],
      [
        'initiative',
        () => reader.post(`${planUrl}/initiatives`, { number: 'x', title: 'x', level: 'joint' }),
      ],
      [
        'degree',
        () =>
          reader.post(`${planUrl}/degrees`, {
            initiativeId: initiatives.muni,
            subjectKind: 'party',
            subjectId: org.parties.a,
            degree: 'full',
            recordedOn: '2026-01-01',
          }),
      ],
      ['end', () => reader.post(`${planUrl}/end`, { on: '2027-01-01' })],
    ];
    for (const [name, call] of calls)
      expect([name, (await call()).statusCode]).toEqual([name, 403]);
  });

  it('refuses a secretariat scoped to another region (out of scope)', async () => {
    const outsider = await ctx.loginAs('secretariat', 'Anden region', {
      scopes: [{ kind: 'region', target: 'Region Anden' }],
    });
    const own = await createPlan(outsider, other, other.fora.ssu, 'anden-plan');
    expect(own).toBeTruthy();
    const goal = await outsider.post(`/api/plans/${planId}/goals`, {
      level: 'goal',
      code: '7',
      title: 'Udefra',
    });
    expect(goal.statusCode).toBe(403);
    const create = await outsider.post('/api/plans', {
      collaborationId: org.collaborationId,
      ownerForumId: org.fora.ssu,
      key: 'udefra',
      kind: 'other',
      title: 'Udefra',
      periodFrom: '2025-01-01',
    });
    expect(create.statusCode).toBe(403);
    const priority = await outsider.put(
      `/api/plans/${own}/initiatives/${initiatives.muni}/priorities/${org.clusters.nord}`,
      { priority: 'now', note: '', decidedOn: '2026-01-01' },
    );
    expect(priority.statusCode).toBe(403);
  });
});
