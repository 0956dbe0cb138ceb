/**
 * Issue 12, point 1, on the Central Denmark model (templates/central-denmark-2014.yaml, made
 * valid for the test's dates by dropping its end date): a case raised in a care-pathway group
 * (forløbsprogramgruppe KOL) travels theme group → steering group → the health coordination
 * committee (SKU). After the committee decides, the decision travels back down the same
 * trail: the steering group, the theme group and the care-pathway group each get a return step
 * and see it in their "returned" list; the theme group puts its return step on its next
 * meeting's agenda as an information item and notes it in the minutes; the steering group marks
 * its return step noted on the case page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agenda, AgendaCandidates, VisibleAgendaItem } from '../../../shared/agendas.contract';
import type {
  CaseDetail,
  CaseStepView,
  ReturnedList,
  VisibleCase,
} from '../../../shared/cases.contract';
import type { IsoDate } from '../../../shared/dates';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { daysFromToday } from '../../test/cases-fixtures';
import { loadByKey } from '../organisation/test/org-file-db';
import { readTemplate } from '../organisation/test/org-file-fixtures';

const YAML = { 'content-type': 'application/yaml' };
const KEYS = ['forlob-kol', 'tema-behandling', 'styregruppe', 'sku'] as const;
type Key = (typeof KEYS)[number];

let ctx: TestContext;
let sec: TestClient;
let outsider: TestClient;
let collaborationId: string;
const fora = {} as Record<Key, string>;

function visible(c: CaseDetail): VisibleCase {
  if (c.redacted) throw new Error('expected a visible case');
  return c;
}

async function createMeeting(key: Key, date: IsoDate): Promise<string> {
  const res = await sec.post('/api/meetings', {
    forumId: fora[key],
    collaborationId,
    title: `Møde i ${key} ${date}`,
    startsAt: `${date}T10:00`,
    endsAt: `${date}T12:00`,
    acknowledgeWarnings: true,
  });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as { id?: string; meeting?: { id: string } };
  return (body.meeting?.id ?? body.id) as string;
}

async function getCase(id: string): Promise<VisibleCase> {
  return visible((await sec.get(`/api/cases/${id}`)).json() as CaseDetail);
}

async function returnedTo(key: Key): Promise<ReturnedList> {
  const res = await sec.get(`/api/cases/returned?forumId=${fora[key]}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ReturnedList;
}

const backSteps = (c: VisibleCase): CaseStepView[] => c.steps.filter((s) => s.origin === 'trail');

beforeAll(async () => {
  ctx = await createTestContext();
  sec = await ctx.loginAs('secretariat', 'Sekretariatet');
  outsider = await ctx.loginAs('member', 'Ikke medlem');
  // The model ended in 2022; without its end date it is valid on the test's dates.
  const template = readTemplate('central-denmark-2014').replace(
    /\n {2}validTo: 2022-06-30\n/,
    '\n',
  );
  const res = await sec.post('/api/org/files/import?dryRun=false', template, { headers: YAML });
  expect(res.statusCode, res.body).toBe(200);
  const stored = await loadByKey(ctx.database.db, 'central-denmark-2014');
  collaborationId = stored.collaborations[0]!.entityId;
  for (const key of KEYS) {
    const forum = stored.fora.find((f) => f.key === key);
    if (!forum) throw new Error(`no forum ${key}`);
    fora[key] = forum.entityId;
  }
});
afterAll(() => ctx.close());

describe('the decision travels back down the trail (Central Denmark)', () => {
  let caseId: string;

  it('is raised in the care-pathway group and decided all the way up to the committee', async () => {
    const raised = await sec.post('/api/cases', {
      collaborationId,
      title: 'Fælles KOL-forløb på tværs af sektorer',
      summary: 'Forløbsprogramgruppen foreslår et fælles forløb',
      type: 'decision',
      raisedInForumId: fora['forlob-kol'],
      route: KEYS.map((k) => fora[k]),
    });
    expect(raised.statusCode, raised.body).toBe(201);
    caseId = visible(raised.json().case as CaseDetail).id;
    const today = daysFromToday(0);
    for (const key of KEYS) {
      const c = await getCase(caseId);
      const stepId = c.currentStepId as string;
      const meetingId = await createMeeting(key, today);
      const placed = await sec.post(`/api/agendas/${meetingId}/items`, {
        kind: 'case',
        caseId,
        stepId,
      });
      expect(placed.statusCode, placed.body).toBe(201);
      const text = key === 'sku' ? 'Udvalget godkender forløbet' : `Anbefales af ${key}`;
      const decided = await sec.post(`/api/cases/${caseId}/steps/${stepId}/decision`, { text });
      expect(decided.statusCode, decided.body).toBe(200);
    }
    const decided = await getCase(caseId);
    expect(decided.status).toBe('decided');
    expect(decided.currentStepId).toBeNull();
  });

  it('gives the steering group, the theme group and the care-pathway group a return step each', async () => {
    const c = await getCase(caseId);
    expect(backSteps(c).map((s) => [s.forumId, s.status, s.returnMode, s.decisionText])).toEqual([
      [fora.styregruppe, 'toNote', 'note', 'Udvalget godkender forløbet'],
      [fora['tema-behandling'], 'toNote', 'note', 'Udvalget godkender forløbet'],
      [fora['forlob-kol'], 'toNote', 'act', 'Udvalget godkender forløbet'],
    ]);
    expect(c.timeline.filter((e) => e.kind === 'returned').map((e) => e.toForumId)).toEqual([
      fora.styregruppe,
      fora['tema-behandling'],
      fora['forlob-kol'],
    ]);
    expect(c.returned.map((e) => e.kind)).toEqual(['returned']);
  });

  it('shows each lower forum its return step in its returned list; the committee gets none', async () => {
    for (const key of ['forlob-kol', 'tema-behandling', 'styregruppe'] as const) {
      const list = await returnedTo(key);
      expect(list.total).toBe(1);
      const [item] = list.items;
      expect(item?.case.id).toBe(caseId);
      expect(item?.steps.map((s) => [s.forumId, s.status])).toEqual([[fora[key], 'toNote']]);
      expect(item?.entries.map((e) => e.kind)).toEqual(['returned']);
    }
    expect((await returnedTo('sku')).items).toEqual([]);
  });

  it('lets the theme group put its return step on its next agenda as an information item', async () => {
    const next = await createMeeting('tema-behandling', daysFromToday(14));
    const candidates = (
      await sec.get(`/api/agendas/${next}/candidates`)
    ).json() as AgendaCandidates;
    const offered = candidates.items.find((i) => i.caseId === caseId);
    expect(offered).toMatchObject({ kind: 'return', offer: 'place' });
    const added = await sec.post(`/api/agendas/${next}/items`, {
      kind: 'case',
      caseId,
      stepId: offered?.stepId,
    });
    expect(added.statusCode, added.body).toBe(201);
    const item = ((added.json() as Agenda).items as VisibleAgendaItem[]).find(
      (i) => i.caseStepId === offered?.stepId,
    );
    expect(item?.type).toBe('information');
    expect(item?.body).toContain('Udvalget godkender forløbet');
    const step = backSteps(await getCase(caseId)).find((s) => s.id === offered?.stepId);
    expect([step?.status, step?.meetingId]).toEqual(['toNote', next]);
    const again = (await sec.get(`/api/agendas/${next}/candidates`)).json() as AgendaCandidates;
    expect(again.items.find((i) => i.caseId === caseId)?.offer).toBe('here');
  });

  it('lets the steering group mark its return step noted, once; an outsider may not', async () => {
    const step = backSteps(await getCase(caseId)).find((s) => s.forumId === fora.styregruppe)!;
    const path = `/api/cases/${caseId}/steps/${step.id}/note`;
    const refused = await outsider.post(path, { text: 'Set' });
    expect(refused.statusCode).toBe(403);
    const noted = await sec.post(path, { text: 'Taget til efterretning' });
    expect(noted.statusCode, noted.body).toBe(200);
    const after = backSteps(visible(noted.json() as CaseDetail)).find((s) => s.id === step.id);
    expect([after?.status, after?.noteText]).toEqual(['noted', 'Taget til efterretning']);
    expect(visible(noted.json() as CaseDetail).status).toBe('decided');
    const twice = await sec.post(path, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail ?? twice.body).toMatch(/allerede noteret/);
    const list = await returnedTo('styregruppe');
    expect(list.items[0]?.steps.map((s) => s.status)).toEqual(['noted']);
  });

  it('lets the secretariat set the care-pathway group’s return step to note instead of act', async () => {
    const step = backSteps(await getCase(caseId)).find((s) => s.forumId === fora['forlob-kol'])!;
    const res = await sec.post(`/api/cases/${caseId}/steps/${step.id}/return-mode`, {
      mode: 'note',
    });
    expect(res.statusCode, res.body).toBe(200);
    const after = backSteps(visible(res.json() as CaseDetail)).find((s) => s.id === step.id);
    expect(after?.returnMode).toBe('note');
    const routeStep = (await getCase(caseId)).steps[0]!;
    const refused = await sec.post(`/api/cases/${caseId}/steps/${routeStep.id}/note`, {});
    expect(refused.statusCode).toBe(409);
  });

  it('marks a return step noted when the minutes record the item’s decision', async () => {
    const step = backSteps(await getCase(caseId)).find((s) => s.forumId === fora['forlob-kol'])!;
    const meetingId = await createMeeting('forlob-kol', daysFromToday(0));
    const added = await sec.post(`/api/agendas/${meetingId}/items`, {
      kind: 'case',
      caseId,
      stepId: step.id,
    });
    expect(added.statusCode, added.body).toBe(201);
    const item = ((added.json() as Agenda).items as VisibleAgendaItem[])[0]!;
    expect((await sec.post(`/api/agendas/${meetingId}/publish`, {})).statusCode).toBe(200);
    const minutes = await sec.post(`/api/agendas/${meetingId}/items/${item.id}/decision`, {
      text: 'Gruppen tager beslutningen til efterretning',
    });
    expect(minutes.statusCode, minutes.body).toBe(200);
    const after = backSteps(await getCase(caseId)).find((s) => s.id === step.id);
    expect([after?.status, after?.noteText, after?.meetingId]).toEqual([
      'noted',
      'Gruppen tager beslutningen til efterretning',
      meetingId,
    ]);
    const agenda = (await sec.get(`/api/agendas/${meetingId}`)).json() as Agenda;
    const shown = (agenda.items as VisibleAgendaItem[])[0];
    expect([shown?.status, shown?.decision]).toEqual([
      'decided',
      'Gruppen tager beslutningen til efterretning',
    ]);
    const list = await returnedTo('forlob-kol');
    expect(list.items[0]?.steps.map((s) => s.status)).toEqual(['noted']);
  });
});
