/**
 * The plan spreadsheet through the API: a 74-initiative XLSX imported (dry run, then real),
 * exported to XLSX and CSV and imported again with an empty diff; a file with one bad row refused
 * whole with that row's number in the Danish error and nothing written; the PDF report's text;
 * readers and an out-of-scope secretariat refused.
 */
import ExcelJS from 'exceljs';
import { count, eq, isNull, and } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../../test/cases-fixtures';
import { pdfFacts } from '../../test/extract-text';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { buildPlanFixture, initiativeRows, planXlsx, type PlanFixture } from './plan-file.fixtures';
import { planDegrees, planGoals, planInitiatives, planMilestones, planRounds } from './plans.table';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let ctx: TestContext;
let fx: PlanFixture;
let secretariat: TestClient;
let reader: TestClient;
let outsider: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  fx = await buildPlanFixture(ctx);
  secretariat = await ctx.loginAs('secretariat', 'Sekretariat');
  reader = await ctx.loginAs('reader', 'Læser');
  outsider = await ctx.loginAs('secretariat', 'Andet sekretariat', {
    scopes: [{ kind: 'collaboration', target: fx.otherCollaborationId }],
  });
}, 120_000);
afterAll(() => ctx.close());

async function importFile(
  client: TestClient,
  planId: string,
  file: Buffer,
  name: string,
  dryRun: boolean,
  auditDelta?: number,
) {
  const body = multipartFile(name, file, name.endsWith('.csv') ? 'text/csv' : XLSX);
  return client.post(
    `/api/plans/${planId}/import?dryRun=${dryRun}&effectiveFrom=2025-03-01`,
    body.payload,
    { headers: body.headers, ...(auditDelta === undefined ? {} : { auditDelta }) },
  );
}

async function currentInitiatives(planId: string) {
  const [row] = await ctx.database.db
    .select({ n: count() })
    .from(planInitiatives)
    .where(and(eq(planInitiatives.planId, planId), isNull(planInitiatives.validTo)));
  return Number(row?.n ?? 0);
}

describe('plan import and export', () => {
  it('a dry run shows the diff and writes nothing', async () => {
    const res = await importFile(secretariat, fx.planId, await planXlsx(), 'plan.xlsx', true, 0);
    expect(res.statusCode, res.body).toBe(200);
    const diff = res.json();
    expect(diff).toMatchObject({ dryRun: true, noop: false, effectiveFrom: '2025-03-01' });
    expect(diff.initiatives.added).toHaveLength(74);
    expect(diff.goals.added).toHaveLength(13);
    expect(diff.counts).toEqual({ added: 87, changed: 0, ended: 0, unchanged: 0 });
    expect(await currentInitiatives(fx.planId)).toBe(0);
  });

  it('imports 74 initiatives with one audit row', async () => {
    const res = await importFile(secretariat, fx.planId, await planXlsx(), 'plan.xlsx', false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().counts.added).toBe(87);
    expect(await currentInitiatives(fx.planId)).toBe(74);
    const [sub] = await ctx.database.db
      .select()
      .from(planGoals)
      .where(and(eq(planGoals.planId, fx.planId), eq(planGoals.code, '2.1')));
    const [parent] = await ctx.database.db
      .select()
      .from(planGoals)
      .where(and(eq(planGoals.planId, fx.planId), eq(planGoals.code, '2')));
    expect(sub?.parentId).toBe(parent?.id);
    const [five] = await ctx.database.db
      .select()
      .from(planInitiatives)
      .where(and(eq(planInitiatives.planId, fx.planId), eq(planInitiatives.number, '5')));
    expect(five?.participatingPartyIds.sort()).toEqual(
      [fx.municipalities.kbh, fx.municipalities.frb].sort(),
    );
    expect(five?.responsibleForumId).toBe(fx.org.fora.eu);
  });

  it('round-trips: export.xlsx imported again gives an empty diff', async () => {
    const res = await secretariat.get(`/api/plans/${fx.planId}/export.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('sundhedsaftale.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Indsatser', 'Mål']);
    expect(wb.getWorksheet('Indsatser')?.rowCount).toBe(75);
    const again = await importFile(secretariat, fx.planId, res.rawPayload, 'x.xlsx', false, 0);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({
      noop: true,
      counts: { added: 0, changed: 0, ended: 0, unchanged: 87 },
    });
  });

  it('round-trips through CSV (initiatives only)', async () => {
    const res = await reader.get(`/api/plans/${fx.planId}/export.csv`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body.split('\r\n')[0]).toContain('nummer;titel;beskrivelse;niveau;mål');
    const again = await importFile(secretariat, fx.planId, res.rawPayload, 'x.csv', true, 0);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().noop).toBe(true);
  });

  it('shows changed fields and ended initiatives', async () => {
    const rows = initiativeRows(73, { 3: { titel: 'Ny titel', 'prioritet 2026': 'høj' } });
    const { xlsxOf, goalRows } = await import('./plan-file.fixtures');
    const file = await xlsxOf([
      { name: 'Indsatser', rows },
      { name: 'Mål', rows: goalRows() },
    ]);
    const res = await importFile(secretariat, fx.planId, file, 'plan.xlsx', true, 0);
    expect(res.statusCode, res.body).toBe(200);
    const diff = res.json();
    expect(diff.initiatives.ended).toEqual(['74']);
    expect(diff.initiatives.changed).toEqual([
      {
        key: '3',
        fields: [
          { field: 'titel', from: 'Indsats 3: fiktiv indsats', to: 'Ny titel' },
          { field: 'prioritet 2026', from: '', to: 'høj' },
        ],
      },
    ]);
    const real = await importFile(secretariat, fx.planId, file, 'plan.xlsx', false);
    expect(real.statusCode).toBe(200);
    expect(await currentInitiatives(fx.planId)).toBe(73);
    // The full file again re-opens initiative 74 and restores 3.
    const back = await importFile(secretariat, fx.planId, await planXlsx(), 'plan.xlsx', false);
    expect(back.json().counts).toMatchObject({ added: 1, changed: 1 });
    expect(await currentInitiatives(fx.planId)).toBe(74);
  });

  it('refuses a file with one bad row whole, naming the row in Danish', async () => {
    const file = await planXlsx(74, { 40: { niveau: 'amt' } });
    for (const dryRun of [true, false]) {
      const res = await importFile(secretariat, fx.emptyPlanId, file, 'plan.xlsx', dryRun);
      expect(res.statusCode, res.body).toBe(422);
      const body = res.json();
      expect(body.detail).toBe(
        'Filen er afvist, og intet er gemt: 1 række(r) har fejl. Første fejl: Række 41: niveauet "amt" skal være kommune, klynge, region eller fælles.',
      );
      expect(body.en.detail).toContain('Row 41: the level "amt" must be');
      expect(body.extra.rows).toEqual([
        expect.objectContaining({ sheet: 'Indsatser', row: 41, column: 'niveau' }),
      ]);
    }
    expect(await currentInitiatives(fx.emptyPlanId)).toBe(0);
    const [m] = await ctx.database.db
      .select({ n: count() })
      .from(planMilestones)
      .where(eq(planMilestones.planId, fx.emptyPlanId));
    expect(Number(m?.n)).toBe(0);
  });

  it('refuses a file that is not CSV or XLSX, and an unreadable XLSX', async () => {
    const txt = multipartFile('plan.txt', Buffer.from('hej'), 'text/plain');
    const res = await secretariat.post(`/api/plans/${fx.planId}/import`, txt.payload, {
      headers: txt.headers,
    });
    expect(res.statusCode).toBe(415);
    const broken = await importFile(
      secretariat,
      fx.planId,
      Buffer.from('PK no zip'),
      'x.xlsx',
      true,
    );
    expect(broken.statusCode).toBe(422);
    expect(broken.json().detail).toBe('Filen kan ikke læses som CSV eller XLSX.');
  });

  it('refuses readers and a secretariat of another collaboration (403), nothing written', async () => {
    const file = await planXlsx(3);
    expect((await importFile(reader, fx.emptyPlanId, file, 'p.xlsx', false)).statusCode).toBe(403);
    expect((await importFile(outsider, fx.emptyPlanId, file, 'p.xlsx', true)).statusCode).toBe(403);
    expect(await currentInitiatives(fx.emptyPlanId)).toBe(0);
  });

  it('answers 404 for an unknown plan', async () => {
    const res = await secretariat.get('/api/plans/00000000-0000-4000-8000-000000000000/export.csv');
    expect(res.statusCode).toBe(404);
  });
});

describe('the PDF report', () => {
  it('holds the plan, goals, initiatives with milestones and indicators', async () => {
    const created = await secretariat.post(`/api/plans/${fx.planId}/indicators`, {
      key: 'genindl',
      name: 'Akutte somatiske genindlæggelser inden for 30 dage',
      unit: 'pct.',
      direction: 'lowerIsBetter',
      source: 'public',
      sourceName: 'eSundhed',
      target: '8.5',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    for (const [partyId, value] of [
      [fx.region, '9.25'],
      [fx.municipalities.kbh, '10.5'],
      [fx.municipalities.frb, '8'],
    ] as const) {
      const put = await secretariat.put(`/api/plans/${fx.planId}/indicators/${id}/values`, {
        partyId,
        period: '2025',
        value,
      });
      expect(put.statusCode, put.body).toBe(200);
    }
    const res = await reader.get(`/api/plans/${fx.planId}/report.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const facts = await pdfFacts(res.rawPayload);
    expect(facts.title).toBe('Rapport: Sundhedsaftalen 2024–2027');
    expect(facts.text).toContain('Fiktivt eksempel: planen og dens tal er opdigtede.');
    expect(facts.text).toContain('Målhierarki');
    expect(facts.text).toContain('Delmål 1.1');
    expect(facts.text).toContain('2. Indsats 2: fiktiv indsats');
    expect(facts.text).toContain('2026-12-31: Evaluering af indsats 2 (Ikke påbegyndt)');
    expect(facts.text).toContain('Ingen afsluttet afrapporteringsrunde endnu.');
    expect(facts.text).toContain('Akutte somatiske genindlæggelser inden for 30 dage (pct.)');
    expect(facts.text).toContain('Mål: 8,5');
    expect(facts.text).toMatch(/Seneste periode 2025: regionen 9,25; 2 kommuner 8–10,5/);
    expect(facts.pages).toBeGreaterThan(1);
  });

  it('shows the degree distribution per initiative of the latest closed round', async () => {
    const db = ctx.database.db;
    const [two] = await db
      .select()
      .from(planInitiatives)
      .where(and(eq(planInitiatives.planId, fx.planId), eq(planInitiatives.number, '2')));
    const round = async (title: string, closedOn: string) => {
      const [r] = await db
        .insert(planRounds)
        .values({
          planId: fx.planId,
          title,
          opensOn: '2025-01-01',
          deadline: closedOn,
          status: 'closed',
          closedOn,
          initiativeIds: [two?.id as string],
          partyIds: Object.values(fx.municipalities),
        })
        .returning({ id: planRounds.id });
      return r?.id as string;
    };
    const old = await round('Runde 1', '2025-03-01');
    const latest = await round('Runde 2', '2025-09-01');
    const degree = (roundId: string, subjectId: string, value: string) => ({
      planId: fx.planId,
      initiativeId: two?.id as string,
      subjectKind: 'party' as const,
      subjectId,
      degree: value,
      recordedOn: '2025-09-01',
      roundId,
    });
    const { kbh, frb, taarnby } = fx.municipalities;
    await db
      .insert(planDegrees)
      .values([
        degree(old, kbh, 'planned'),
        degree(latest, kbh, 'inProgress'),
        degree(latest, frb, 'inProgress'),
        degree(latest, taarnby, 'full'),
      ]);
    const facts = await pdfFacts(
      (await reader.get(`/api/plans/${fx.planId}/report.pdf`)).rawPayload,
    );
    expect(facts.text).toContain('Implementeringsgrad (Runde 2)');
    expect(facts.text).toContain('I gang: 2');
    expect(facts.text).toContain('Fuldt implementeret: 1');
    expect(facts.text).not.toContain('Planlagt: 1');
    expect(facts.text).not.toContain('Ingen afsluttet afrapporteringsrunde endnu.');
  });
});
