/**
 * Issue 12, acceptance: on the Central Denmark template (made valid for the test's dates: its end
 * date removed), a pilot of the clusters' forum is raised as a case along the scale-up route —
 * clusters' forum → theme group → steering group → committee (Sundhedskoordinationsudvalget) —,
 * the committee decides "scale up, all clusters" through the pilot's decision route, and the
 * spread is then recorded for two municipalities, feeding the linked plan initiative's degrees.
 * The knowledge bank finds the pilot by a Danish word form, and a confidential pilot is hidden
 * from a reader outside its forum.
 */
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInDenmark } from '../../../shared/dates';
import type { PilotDetail } from '../../../shared/pilots.contract';
import type { KnowledgeList } from '../../../shared/knowledge.contract';
import type { ReturnedList } from '../../../shared/cases.contract';
import { parties, planDegrees, planInitiatives, planOwners, plans } from '../../db/schema';
import { findEntityIdByKey } from '../organisation/index';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { readTemplate } from '../organisation/test/org-file-fixtures';

let ctx: TestContext;
let sec: TestClient;
let collaborationId: string;
const forum: Record<string, string> = {};
let municipalities: string[];
let initiativeId: string;
let planId: string;

const TODAY = todayInDenmark();

beforeAll(async () => {
  ctx = await createTestContext();
  sec = await ctx.loginAs('secretariat', 'Fællessekretariatet');
  // The template describes 2014–2022; made open-ended so its fora are valid on the test's dates.
  const yaml = readTemplate('central-denmark-2014').replace(/\n {2}validTo: 2022-06-30\n/, '\n');
  const imported = await sec.post('/api/org/files/import?dryRun=false', yaml, {
    headers: { 'content-type': 'text/yaml' },
  });
  expect(imported.statusCode, imported.body).toBe(200);
  const db = ctx.database.db;
  collaborationId = (await findEntityIdByKey(db, 'collaboration', null, 'central-denmark-2014'))!;
  for (const key of ['klyngerne', 'tema-behandling', 'styregruppe', 'sku']) {
    forum[key] = (await findEntityIdByKey(db, 'forum', collaborationId, key))!;
    expect(forum[key], key).toBeTruthy();
  }
  const rows = await db
    .selectDistinct({ id: parties.entityId, name: parties.name })
    .from(parties)
    .where(and(eq(parties.collaborationId, collaborationId), eq(parties.kind, 'municipality')))
    .orderBy(asc(parties.name));
  municipalities = rows.map((r) => r.id);
  expect(municipalities).toHaveLength(19);
  // A plan of the collaboration with the initiative the pilot tries out (default scale).
  const [plan] = await db
    .insert(plans)
    .values({
      collaborationId,
      key: 'sundhedsaftale-test',
      kind: 'healthAgreement',
      title: 'Sundhedsaftale (test)',
      periodFrom: '2025-01-01',
      periodTo: '2030-12-31',
      degreeScale: [
        { key: 'notRelevant', label: null, score: null },
        { key: 'notStarted', label: null, score: 0 },
        { key: 'planned', label: null, score: 20 },
        { key: 'inProgress', label: null, score: 50 },
        { key: 'partly', label: null, score: 75 },
        { key: 'full', label: null, score: 100 },
      ],
    })
    .returning({ id: plans.id });
  planId = plan!.id;
  await db.insert(planOwners).values({ planId, forumId: forum.sku!, validFrom: '2025-01-01' });
  const [initiative] = await db
    .insert(planInitiatives)
    .values({
      planId,
      number: '4.2',
      title: 'Tidlig opsporing af KOL',
      level: 'municipality',
      validFrom: '2025-01-01',
    })
    .returning({ id: planInitiatives.id });
  initiativeId = initiative!.id;
}, 120_000);
afterAll(() => ctx.close());

/** A meeting of the forum today, with the case's current step on its published agenda. */
async function onAgendaToday(key: string, caseId: string, stepId: string) {
  const created = await sec.post('/api/meetings', {
    forumId: forum[key],
    collaborationId,
    title: `Møde i ${key}`,
    startsAt: `${TODAY}T10:00`,
    endsAt: `${TODAY}T12:00`,
    acknowledgeWarnings: true,
  });
  expect(created.statusCode, created.body).toBe(201);
  const body = created.json() as { id?: string; meeting?: { id: string } };
  const meetingId = (body.meeting?.id ?? body.id) as string;
  const added = await sec.post(`/api/agendas/${meetingId}/items`, { kind: 'case', caseId, stepId });
  expect(added.statusCode, added.body).toBe(201);
  const itemId = (added.json() as { items: { id: string }[] }).items[0]?.id as string;
  expect((await sec.post(`/api/agendas/${meetingId}/publish`, {})).statusCode).toBe(200);
  return { meetingId, itemId };
}

interface CaseView {
  currentStepId: string | null;
  status: string;
  steps: {
    id: string;
    forumId: string;
    status: string;
    origin: string;
    returnMode: string | null;
    decisionText: string | null;
  }[];
}
const caseOf = async (id: string) => (await sec.get(`/api/cases/${id}`)).json() as CaseView;

describe('acceptance: pilot → theme group → steering group → committee → scale-up → spread', () => {
  let pilot: PilotDetail;

  it('records a pilot with its evaluation in the clusters’ forum', async () => {
    const res = await sec.post('/api/pilots', {
      collaborationId,
      forumId: forum.klyngerne,
      title: 'Tidlig opsporing af KOL med spirometri i kommunerne',
      hypothesis: 'Spirometri i kommunale sundhedscentre finder KOL tidligere end i dag.',
      theme: 'Kronisk sygdom',
      periodFrom: '2025-01-01',
      periodTo: '2025-12-31',
      participantPartyIds: municipalities.slice(0, 3),
      initiativeId,
      results: 'Flere borgere fik stillet diagnosen i et tidligt stadie.',
      costsOre: 123_456_750,
    });
    expect(res.statusCode, res.body).toBe(201);
    pilot = res.json() as PilotDetail;
    expect(pilot).toMatchObject({
      clusterId: null,
      forumName: 'Klyngerne (det lokalt udmøntende niveau)',
      planId,
      initiativeTitle: '4.2 Tidlig opsporing af KOL',
      costsOre: 123_456_750,
      evaluated: true,
    });
    // The proposal: the owning forum and the fora it reports to, from the organisation.
    expect(pilot.proposedRoute.map((f) => f.forumId).slice(0, 2)).toEqual([
      forum.klyngerne,
      forum.styregruppe,
    ]);
  });

  it('raises it as a case along the chosen route and decides at the three lower fora', async () => {
    const route = [forum.klyngerne, forum['tema-behandling'], forum.styregruppe, forum.sku];
    const res = await sec.post(`/api/pilots/${pilot.id}/case`, { route });
    expect(res.statusCode, res.body).toBe(201);
    pilot = res.json() as PilotDetail;
    const caseId = pilot.caseId as string;
    expect(caseId).toBeTruthy();
    expect((await caseOf(caseId)).steps.map((s) => s.forumId)).toEqual(route);
    // A second raising is refused, with no audit row.
    const again = await sec.post(`/api/pilots/${pilot.id}/case`, { route });
    expect(again.statusCode).toBe(409);

    for (const key of ['klyngerne', 'tema-behandling', 'styregruppe']) {
      const stepId = (await caseOf(caseId)).currentStepId as string;
      const { meetingId, itemId } = await onAgendaToday(key, caseId, stepId);
      const decided = await sec.post(`/api/agendas/${meetingId}/items/${itemId}/decision`, {
        text: `Indstilles til videre behandling (${key})`,
      });
      expect(decided.statusCode, decided.body).toBe(200);
    }
    const atCommittee = await caseOf(caseId);
    expect(atCommittee.steps.find((s) => s.id === atCommittee.currentStepId)?.forumId).toBe(
      forum.sku,
    );
  });

  it('the committee decides "scale up, all clusters" through the case’s decide path', async () => {
    const caseId = pilot.caseId as string;
    // Before the committee has met on it, the step is not on an agenda: refused, nothing written.
    const early = await sec.post(`/api/pilots/${pilot.id}/decision`, {
      outcome: 'scaleUp',
      scope: { kind: 'all' },
    });
    expect(early.statusCode).toBe(409);
    const stepId = (await caseOf(caseId)).currentStepId as string;
    await onAgendaToday('sku', caseId, stepId);
    const missingScope = await sec.post(`/api/pilots/${pilot.id}/decision`, {
      outcome: 'scaleUp',
    });
    expect(missingScope.statusCode).toBe(422);
    expect(missingScope.json().extra.code).toBe('pilots.errors.scopeMissing');

    const res = await sec.post(`/api/pilots/${pilot.id}/decision`, {
      outcome: 'scaleUp',
      scope: { kind: 'all' },
    });
    expect(res.statusCode, res.body).toBe(200);
    pilot = res.json() as PilotDetail;
    expect(pilot.outcome).toBe('scaleUp');
    expect(pilot.decisions).toMatchObject([
      {
        forumId: forum.sku,
        outcome: 'scaleUp',
        scope: { kind: 'all' },
        decidedOn: TODAY,
        text: 'Pilotprojektet «Tidlig opsporing af KOL med spirometri i kommunerne» opskaleres til alle klynger.',
      },
    ]);
    const done = await caseOf(caseId);
    const up = done.steps.filter((s) => s.origin !== 'trail');
    expect(up.map((s) => s.status)).toEqual(['decided', 'decided', 'decided', 'decided']);
    expect(up[3]?.decisionText).toBe(pilot.decisions[0]?.text);
    // The decision travels back down the same trail: each of the three lower fora gets a return
    // step of its own (the raising forum to act on, the others to note) in its returned list.
    const back = done.steps.filter((s) => s.origin === 'trail');
    expect(back.map((s) => [s.forumId, s.status, s.returnMode])).toEqual([
      [forum.styregruppe, 'toNote', 'note'],
      [forum['tema-behandling'], 'toNote', 'note'],
      [forum.klyngerne, 'toNote', 'act'],
    ]);
    for (const key of ['klyngerne', 'tema-behandling', 'styregruppe']) {
      const returned = await sec.get(`/api/cases/returned?forumId=${forum[key]}`);
      expect(returned.statusCode, returned.body).toBe(200);
      const item = (returned.json() as ReturnedList).items.find((i) => i.case.id === caseId);
      expect(
        item?.steps.map((s) => [s.forumId, s.status]),
        key,
      ).toEqual([[forum[key], 'toNote']]);
    }
    // Every municipality of the collaboration is in the scope ("all clusters").
    expect(pilot.spread).toHaveLength(19);
    expect(pilot.spread.every((row) => row.current === null)).toBe(true);
  });

  it('records the spread for two municipalities, with history, feeding the plan’s degrees', async () => {
    const [first, second] = municipalities as [string, string];
    for (const [partyId, status] of [
      [first, 'started'],
      [second, 'implemented'],
    ] as const) {
      const res = await sec.post(`/api/pilots/${pilot.id}/spread`, {
        partyId,
        status,
        on: TODAY,
      });
      expect(res.statusCode, res.body).toBe(200);
      pilot = res.json() as PilotDetail;
    }
    const row = (id: string) => pilot.spread.find((r) => r.partyId === id);
    expect(row(first)?.current).toMatchObject({ status: 'started', on: TODAY });
    expect(row(second)?.current).toMatchObject({ status: 'implemented', on: TODAY });
    // The same status again is refused; going on to implemented keeps the history.
    const same = await sec.post(`/api/pilots/${pilot.id}/spread`, {
      partyId: first,
      status: 'started',
      on: TODAY,
    });
    expect(same.statusCode).toBe(409);
    const next = await sec.post(`/api/pilots/${pilot.id}/spread`, {
      partyId: first,
      status: 'implemented',
      on: TODAY,
    });
    expect(next.statusCode, next.body).toBe(200);
    pilot = next.json() as PilotDetail;
    expect(row(first)?.history.map((h) => h.status)).toEqual(['implemented', 'started']);

    const degrees = await ctx.database.db
      .select({ subjectId: planDegrees.subjectId, degree: planDegrees.degree })
      .from(planDegrees)
      .where(eq(planDegrees.initiativeId, initiativeId))
      .orderBy(asc(planDegrees.createdAt));
    expect(degrees).toEqual([
      { subjectId: first, degree: 'inProgress' },
      { subjectId: second, degree: 'full' },
      { subjectId: first, degree: 'full' },
    ]);
    const history = await sec.get(`/api/plans/${planId}/initiatives/${initiativeId}/degrees`);
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().items).toHaveLength(3);
  });

  it('the knowledge bank finds the pilot and its decision by a Danish word form', async () => {
    const reader = await ctx.loginAs('reader', 'Læser i en anden klynge');
    const res = await reader.get(`/api/knowledge?q=${encodeURIComponent('spirometrien')}`);
    expect(res.statusCode, res.body).toBe(200);
    const found = res.json() as KnowledgeList;
    expect(found.items.map((i) => [i.kind, i.outcome, i.href]).sort()).toEqual(
      [
        ['pilot', 'evaluated', `/pilots/${pilot.id}`],
        ['scaleUpDecision', 'scaleUp', `/pilots/${pilot.id}`],
      ].sort(),
    );
    const filtered = await reader.get(
      `/api/knowledge?kind=scaleUpDecision&outcome=scaleUp&theme=${encodeURIComponent('kronisk sygdom')}&year=${TODAY.slice(0, 4)}`,
    );
    expect((filtered.json() as KnowledgeList).total).toBe(1);
  });

  it('hides a confidential pilot from a reader outside its forum', async () => {
    const res = await sec.post('/api/pilots', {
      collaborationId,
      forumId: forum.klyngerne,
      title: 'Fortroligt forsøg med hjemmemonitorering af hjertesvigt',
      hypothesis: 'Hjemmemonitorering forebygger genindlæggelser.',
      periodFrom: '2025-03-01',
      participantPartyIds: municipalities.slice(0, 1),
      confidential: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const secret = res.json() as PilotDetail;
    const reader = await ctx.loginAs('reader', 'Læser udenfor forummet');
    const search = await reader.get(
      `/api/knowledge?q=${encodeURIComponent('hjemmemonitoreringen')}`,
    );
    expect(search.statusCode).toBe(200);
    expect(search.json()).toMatchObject({ items: [], total: 0 });
    const all = (await reader.get('/api/knowledge')).json() as KnowledgeList;
    expect(all.items.map((i) => i.sourceId)).not.toContain(secret.id);
    expect((await reader.get(`/api/knowledge/pilot/${secret.id}/similar`)).statusCode).toBe(404);
    expect((await reader.get(`/api/pilots/${secret.id}`)).statusCode).toBe(403);
    const list = await reader.get(`/api/pilots?collaborationId=${collaborationId}`);
    expect(list.json().items.map((p: { id: string }) => p.id)).toEqual([pilot.id]);
  });
});
