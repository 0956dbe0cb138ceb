/**
 * The financing simulator over the API (issue 14): hosts derived from the co-chair holders on the
 * Capital Region's 2022 template, population sets, scenarios saved and compared, put on a forum's
 * agenda and recorded as its decision, and the exports carrying the totals.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatKroner } from '../../../domain/financing/index';
import type { Comparison, FinancingSetup, Scenario } from '../../../shared/financing.contract';
import { pdfFacts } from '../../test/extract-text';
import { createTestContext, type TestClient } from '../../test/test-app';
import { findEntityIdByKey, loadReferenceData } from '../organisation/index';
import { CO_CHAIRS, giveCoChair, importCapital } from './test/financing-fixtures';

const ctx = await createTestContext();
afterAll(() => ctx.close());
const db = ctx.database.db;

const AS_OF = '2025-06-01';
let capital: string;
let secretariat: TestClient;
let admin: TestClient;
let reader: TestClient;

const setup = async (query = `asOf=${AS_OF}`): Promise<FinancingSetup> => {
  const res = await reader.get(`/api/financing/collaborations/${capital}/setup?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

beforeAll(async () => {
  capital = await importCapital(db);
  secretariat = await ctx.loginAs('secretariat');
  admin = await ctx.loginAs('admin');
  reader = await ctx.loginAs('reader');
}, 120_000);

describe('the setup on a day', () => {
  it('shows every cluster without a host while no co-chair is recorded', async () => {
    const s = await setup();
    expect(s.clusters).toHaveLength(5);
    expect(s.municipalities).toHaveLength(29);
    expect(s.clusters.every((c) => c.hostCode === null)).toBe(true);
    expect(s.population).toMatchObject({ year: 2020, kind: 'reference' });
    expect(s.population.source).toMatch(/FOLK1A/);
  });

  it('derives each host from the mayor holding the political cluster forum’s co-chair seat', async () => {
    for (const [forum, code] of Object.entries(CO_CHAIRS))
      await giveCoChair(secretariat, db, capital, forum, code, '2025-01-01');
    const s = await setup();
    const hosts = Object.fromEntries(s.clusters.map((c) => [c.name, c.hostCode]));
    expect(hosts).toMatchObject({
      'Sundhedsklynge Byen': '147',
      'Sundhedsklynge Syd': '167',
      'Sundhedsklynge Midt': '151',
      'Sundhedsklynge Nord': '219',
      'Sundhedsklynge Bornholm': null,
    });
    expect(s.clusters.find((c) => c.hostCode === '147')?.hostName).toBe('Frederiksberg');
    // Before the appointments, no host.
    expect((await setup('asOf=2024-12-31')).clusters.every((c) => c.hostCode === null)).toBe(true);
  });
});

describe('population sets', () => {
  const codes = [...loadReferenceData().municipalities.values()];
  const csv = [
    'code,population,year,source',
    ...codes.map((m) => `${m.code},${m.population + 1000},2024,"DST FOLK1A 2024K1 (test)"`),
  ].join('\n');

  it('are loaded by an admin only, with Danish errors per row', async () => {
    expect((await secretariat.post('/api/financing/population-sets', { csv })).statusCode).toBe(
      403,
    );
    const bad = await admin.post('/api/financing/population-sets', {
      csv: 'code,population,year,source\n999,5,2024,DST\n101,x,2024,DST',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().detail).toBe(
      'Filen har fejl: række 2: ukendt kommunekode 999; række 3: befolkningstallet skal være et helt tal',
    );
    const ok = await admin.post('/api/financing/population-sets', { csv });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ year: 2024, count: 98 });
  });

  it('the latest year ≤ the date is the default; the reference year can still be chosen', async () => {
    const s = await setup();
    expect(s.population).toMatchObject({
      year: 2024,
      kind: 'uploaded',
      source: 'DST FOLK1A 2024K1 (test)',
    });
    expect(s.municipalities.find((m) => m.code === '101')?.population).toBe(632_340 + 1000);
    expect((await setup('asOf=2023-06-01')).population).toMatchObject({ year: 2020 });
    expect((await setup(`asOf=${AS_OF}&populationYear=2020`)).population.kind).toBe('reference');
    const unknown = await reader.get(
      `/api/financing/collaborations/${capital}/setup?asOf=${AS_OF}&populationYear=2019`,
    );
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().detail).toBe('Der er ingen befolkningstal for 2019.');
  });
});

describe('scenarios', () => {
  let a: Scenario;
  let b: Scenario;
  let s: FinancingSetup;
  const input = (name: string, key: Scenario['key']) => ({
    collaborationId: capital,
    name,
    asOf: AS_OF,
    populationYear: null,
    clusters: s.clusters.map((c, i) => ({
      clusterId: c.id,
      fteHundredths: 150 + 25 * i,
      ratePerFte: 65_432_123,
    })),
    key,
    secretariatKey: { kind: 'population' as const },
    model4Mode: 'fundsToHosts' as const,
  });

  beforeAll(async () => {
    s = await setup();
  });

  it('names the cluster without a host and computes nothing', async () => {
    const res = await secretariat.post(
      '/api/financing/scenarios',
      input('Uden vært', { kind: 'population' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const saved: Scenario = res.json();
    expect(saved.result.ok).toBe(false);
    expect(saved.result.problems).toContainEqual({
      code: 'financing.noHost',
      params: { cluster: 'Sundhedsklynge Bornholm' },
    });
    expect((await secretariat.delete(`/api/financing/scenarios/${saved.id}`)).statusCode).toBe(204);
  });

  it('are saved with their four models, each paying its cost to the øre', async () => {
    await giveCoChair(secretariat, db, capital, 'politisk-bornholm', '400', '2025-01-01');
    s = await setup();
    const res = await secretariat.post(
      '/api/financing/scenarios',
      input('Befolkning', { kind: 'population' }),
    );
    expect(res.statusCode, res.body).toBe(201);
    a = res.json();
    expect(a.result.ok).toBe(true);
    expect(a.result.models).toHaveLength(4);
    const expected = s.clusters.reduce(
      (sum, _c, i) => sum + Number((BigInt(150 + 25 * i) * 65_432_123n + 50n) / 100n),
      0,
    );
    expect(a.result.total).toBe(expected);
    for (const m of a.result.models) {
      expect(m.rows.reduce((x, r) => x + r.pays, 0)).toBe(m.cost);
      expect(m.rows.reduce((x, r) => x + r.receives, 0) + m.secretariatReceives).toBe(m.cost);
    }
    const created = await secretariat.post(
      '/api/financing/scenarios',
      input('Lige andele', { kind: 'equal' }),
    );
    expect(created.statusCode).toBe(201);
    b = created.json();
  });

  it('are recomputed on save', async () => {
    const res = await secretariat.put(`/api/financing/scenarios/${b.id}`, {
      ...input('Blanding 70/30', { kind: 'mix', populationPercent: 70 }),
      collaborationId: undefined,
    });
    expect(res.statusCode, res.body).toBe(200);
    b = res.json();
    expect(b.name).toBe('Blanding 70/30');
    expect(b.key).toEqual({ kind: 'mix', populationPercent: 70 });
    const list = await reader.get(`/api/financing/scenarios?collaborationId=${capital}`);
    expect(list.json()).toMatchObject({ total: 2 });
  });

  it('are compared side by side', async () => {
    const res = await reader.get(`/api/financing/compare?ids=${a.id},${b.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const c: Comparison = res.json();
    expect(c.scenarios.map((x) => x.name)).toEqual(['Befolkning', 'Blanding 70/30']);
    expect(c.scenarios[0]?.modelCosts).toEqual([
      a.result.total,
      a.result.total,
      a.result.total,
      a.result.total,
    ]);
    expect(c.rows).toHaveLength(29);
    const kbh = c.rows.find((r) => r.code === '101');
    const net3 = a.result.models[2]?.rows.find((r) => r.code === '101')?.net;
    expect(kbh?.nets[2]?.[0]).toBe(net3);
    expect((await reader.get(`/api/financing/compare?ids=${a.id}`)).statusCode).toBe(400);
  });

  it('are put on a forum’s agenda and the chosen one recorded as its decision', async () => {
    const ssu = (await findEntityIdByKey(db, 'forum', capital, 'ssu')) as string;
    const meeting = await secretariat.post('/api/meetings', {
      forumId: ssu,
      collaborationId: capital,
      title: 'SSU-møde om finansiering',
      startsAt: '2025-09-15T10:00',
      endsAt: '2025-09-15T12:00',
      acknowledgeWarnings: true,
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const meetingId =
      (meeting.json() as { meeting?: { id: string }; id?: string }).meeting?.id ??
      meeting.json().id;
    const early = await secretariat.post(`/api/financing/scenarios/${a.id}/decision`, { model: 3 });
    expect(early.statusCode).toBe(409);
    expect(early.json().detail).toBe('Scenariet er ikke sat på en dagsorden.');
    const put = await secretariat.post(`/api/financing/scenarios/${a.id}/agenda`, {
      meetingId,
      alsoScenarioIds: [b.id],
    });
    expect(put.statusCode, put.body).toBe(200);
    const item = (put.json() as Scenario).agendaItem;
    expect(item?.meetingId).toBe(meetingId);
    const agenda = (await secretariat.get(`/api/agendas/${meetingId}`)).json();
    const onAgenda = agenda.items.find((i: { id: string }) => i.id === item?.itemId);
    expect(onAgenda).toMatchObject({
      type: 'decision',
      title: 'Finansiering af sekretariatsbetjeningen: "Befolkning", "Blanding 70/30"',
    });
    // The item is not decided while the agenda is a draft.
    expect(
      (await secretariat.post(`/api/financing/scenarios/${a.id}/decision`, { model: 3 }))
        .statusCode,
    ).toBe(409);
    expect((await secretariat.post(`/api/agendas/${meetingId}/publish`, {})).statusCode).toBe(200);
    const decided = await secretariat.post(`/api/financing/scenarios/${a.id}/decision`, {
      model: 3,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect((decided.json() as Scenario).decision).toMatchObject({
      model: 3,
      forumId: ssu,
      meetingId,
      on: '2025-09-15',
    });
    const minutes = (await secretariat.get(`/api/agendas/${meetingId}`)).json();
    const decidedItem = minutes.items.find((i: { id: string }) => i.id === item?.itemId);
    expect(JSON.stringify(decidedItem)).toContain(
      `Forumet valgte Model 3 i scenariet \\"Befolkning\\" (samlet udgift ${formatKroner(a.result.total)}).`,
    );
    const list = (await reader.get(`/api/financing/scenarios?collaborationId=${capital}`)).json();
    expect(list.items.find((x: { id: string }) => x.id === a.id)?.chosenModel).toBe(3);
  });

  it('export XLSX and PDF with the totals that equal the cost', async () => {
    const xlsx = await reader.get(`/api/financing/scenarios/${a.id}/export.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Forudsætninger',
      'Model 1',
      'Model 2',
      'Model 3',
      'Model 4',
    ]);
    const inputs = book.getWorksheet('Forudsætninger');
    expect(String(inputs?.getCell('B4').value)).toContain('DST FOLK1A 2024K1 (test)');
    const model3 = book.getWorksheet('Model 3');
    const last = model3?.getRow(model3.rowCount);
    expect(last?.getCell(2).value).toBe('I alt');
    expect(last?.getCell(3).value).toBe(Number((a.result.total / 100).toFixed(2)));
    const pdf = await reader.get(`/api/financing/scenarios/${a.id}/export.pdf`);
    expect(pdf.statusCode).toBe(200);
    const { text } = await pdfFacts(pdf.rawPayload);
    expect(text).toContain(`I alt betaler: ${formatKroner(a.result.total)}`);
    expect(text).toContain('Model 3: Fælles bidrag fra alle kommuner');
  });
});
