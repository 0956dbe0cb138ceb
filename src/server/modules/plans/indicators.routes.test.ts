/**
 * Indicators through the API: CRUD, values, the import (dry run with counts and Danish per-row
 * errors; a real import with one bad row refused whole, 422; CSV and XLSX), the chart series,
 * one audit row per change, and 403 for readers and an out-of-scope secretariat.
 */
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../../test/cases-fixtures';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { buildPlanFixture, xlsxOf, type PlanFixture } from './plan-file.fixtures';
import { planIndicatorValues } from './plans.table';

let ctx: TestContext;
let fx: PlanFixture;
let secretariat: TestClient;
let reader: TestClient;
let outsider: TestClient;
let base: string;
let indicatorId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  fx = await buildPlanFixture(ctx);
  secretariat = await ctx.loginAs('secretariat', 'Sekretariat');
  reader = await ctx.loginAs('reader', 'Læser');
  outsider = await ctx.loginAs('secretariat', 'Andet sekretariat', {
    scopes: [{ kind: 'collaboration', target: fx.otherCollaborationId }],
  });
  base = `/api/plans/${fx.planId}/indicators`;
}, 120_000);
afterAll(() => ctx.close());

const DEFINITION = {
  key: 'genindl',
  name: 'Akutte somatiske genindlæggelser inden for 30 dage',
  unit: 'pct.',
  direction: 'lowerIsBetter',
  source: 'public',
  sourceName: 'Akutte somatiske genindlæggelser inden for 30 dage',
  sourceUrl:
    'https://www.esundhed.dk/Emner/Patienter-og-sygehuse/Genindlaeggelser-i-somatik-og-psykiatri',
  target: '8.5',
  targetPeriod: '2027',
};

async function valueCount(): Promise<number> {
  const [row] = await ctx.database.db
    .select({ n: count() })
    .from(planIndicatorValues)
    .where(eq(planIndicatorValues.indicatorId, indicatorId));
  return Number(row?.n ?? 0);
}

function upload(
  client: TestClient,
  name: string,
  content: Buffer,
  dryRun: boolean,
  auditDelta?: number,
) {
  const body = multipartFile(
    name,
    content,
    name.endsWith('.csv') ? 'text/csv' : 'application/octet-stream',
  );
  return client.post(`${base}/import?dryRun=${dryRun}`, body.payload, {
    headers: body.headers,
    ...(auditDelta === undefined ? {} : { auditDelta }),
  });
}

describe('indicator definitions', () => {
  it('creates an indicator (201, one audit row) and lists it with the public sources', async () => {
    const res = await secretariat.post(base, DEFINITION);
    expect(res.statusCode, res.body).toBe(201);
    indicatorId = res.json().id;
    expect(res.json()).toMatchObject({ ...DEFINITION, position: 0, goalId: null });
    const list = await reader.get(base);
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(1);
    expect(list.json().publicSources.map((s: { name: string }) => s.name)).toContain(
      'Færdigbehandlingsdage (somatik)',
    );
  });

  it('refuses a key the plan already has (409) and a goal of another plan (422)', async () => {
    expect((await secretariat.post(base, DEFINITION)).statusCode).toBe(409);
    const res = await secretariat.post(base, {
      ...DEFINITION,
      key: 'andet',
      goalId: '00000000-0000-4000-8000-000000000000',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toBe('Målet hører ikke til planen.');
  });

  it('changes an indicator', async () => {
    const res = await secretariat.patch(`${base}/${indicatorId}`, { target: '8', unit: 'procent' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ target: '8', unit: 'procent', key: 'genindl' });
  });

  it('refuses readers and an out-of-scope secretariat (403), writing nothing', async () => {
    expect((await reader.post(base, { ...DEFINITION, key: 'x' })).statusCode).toBe(403);
    expect((await outsider.post(base, { ...DEFINITION, key: 'x' })).statusCode).toBe(403);
    expect((await outsider.patch(`${base}/${indicatorId}`, { name: 'x' })).statusCode).toBe(403);
    expect((await outsider.delete(`${base}/${indicatorId}`)).statusCode).toBe(403);
    const put = await outsider.put(`${base}/${indicatorId}/values`, {
      partyId: fx.municipalities.kbh,
      period: '2025',
      value: '1',
    });
    expect(put.statusCode).toBe(403);
    const csv = Buffer.from('indikator;kommune;periode;værdi\ngenindl;101;2025;1\n');
    expect((await upload(outsider, 'v.csv', csv, false)).statusCode).toBe(403);
    expect((await upload(reader, 'v.csv', csv, true)).statusCode).toBe(403);
  });
});

describe('values', () => {
  it('records and replaces a value (one audit row each)', async () => {
    const url = `${base}/${indicatorId}/values`;
    const first = await secretariat.put(url, {
      partyId: fx.municipalities.kbh,
      period: '2024',
      value: '10.25',
      note: 'foreløbig',
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ period: '2024', value: '10.25', note: 'foreløbig' });
    const second = await secretariat.put(url, {
      partyId: fx.municipalities.kbh,
      period: '2024',
      value: '10.5',
    });
    expect(second.json()).toMatchObject({ value: '10.5', note: '' });
    expect(await valueCount()).toBe(1);
  });

  it('refuses a bad period or decimal (400) and a party of another collaboration (422)', async () => {
    const url = `${base}/${indicatorId}/values`;
    const bad = await secretariat.put(url, {
      partyId: fx.municipalities.kbh,
      period: '2024-13',
      value: '1',
    });
    expect(bad.statusCode).toBe(400);
    const comma = await secretariat.put(url, {
      partyId: fx.municipalities.kbh,
      period: '2024',
      value: '1,5',
    });
    expect(comma.statusCode).toBe(400);
    const foreign = await secretariat.put(url, {
      partyId: fx.otherCollaborationId,
      period: '2024',
      value: '1',
    });
    expect(foreign.statusCode).toBe(422);
  });
});

describe('import', () => {
  const GOOD =
    'indikator;kommune;periode;værdi;note\n' +
    'genindl;København;2024;10,5;\n' +
    'genindl;147;2024;8,25;\n' +
    'genindl;Tårnby;2024-K2;"1.234,5";stor\n' +
    'genindl;Region Test;2024;9;\n';

  it('a dry run counts new, changed and unchanged and writes nothing', async () => {
    const res = await upload(secretariat, 'v.csv', Buffer.from(GOOD), true, 0);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      dryRun: true,
      rows: 4,
      counts: { new: 3, changed: 0, unchanged: 1 },
      errors: [],
    });
    expect(await valueCount()).toBe(1);
  });

  it('a dry run names each bad row in Danish', async () => {
    const csv =
      GOOD +
      'ukendt;København;2024;1;\ngenindl;Atlantis;2024;1;\ngenindl;101;forår;1;\ngenindl;101;2023;x;\n';
    const res = await upload(secretariat, 'v.csv', Buffer.from(csv), true, 0);
    expect(res.statusCode).toBe(200);
    expect(res.json().counts).toEqual({ new: 3, changed: 0, unchanged: 1 });
    expect(
      res.json().errors.map((e: { row: number; message: string }) => [e.row, e.message]),
    ).toEqual([
      [6, 'Række 6: indikatoren "ukendt" findes ikke i planen.'],
      [
        7,
        'Række 7: kommunen "Atlantis" findes ikke i samarbejdet (skriv navnet eller den trecifrede kode).',
      ],
      [8, 'Række 8: perioden "forår" skal skrives som ÅÅÅÅ, ÅÅÅÅ-Kn (fx 2025-K2) eller ÅÅÅÅ-MM.'],
      [9, 'Række 9: værdien "x" er ikke et tal (skriv fx 12,5).'],
    ]);
  });

  it('a real import with one bad row is refused whole (422) and writes nothing', async () => {
    const csv = GOOD + 'genindl;København;2025;ti;\n';
    const res = await upload(secretariat, 'v.csv', Buffer.from(csv), false);
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toBe(
      'Filen er afvist, og intet er gemt: 1 række(r) har fejl. Første fejl: Række 6: værdien "ti" er ikke et tal (skriv fx 12,5).',
    );
    expect(res.json().extra.rows).toHaveLength(1);
    expect(await valueCount()).toBe(1);
  });

  it('imports a CSV file (one audit row), then the same file changes nothing', async () => {
    const res = await upload(secretariat, 'v.csv', Buffer.from(GOOD), false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().counts).toEqual({ new: 3, changed: 0, unchanged: 1 });
    expect(await valueCount()).toBe(4);
    const again = await upload(secretariat, 'v.csv', Buffer.from(GOOD), true, 0);
    expect(again.json().counts).toEqual({ new: 0, changed: 0, unchanged: 4 });
  });

  it('imports an XLSX file with numbers and Danish text', async () => {
    const file = await xlsxOf([
      {
        name: 'Ark1',
        rows: [
          ['indikator', 'kommune', 'periode', 'værdi', 'note'],
          ['genindl', 'København', 2025, 9.75, null],
          ['genindl', 'Frederiksberg', '2025', '7,5', 'ny'],
          ['genindl', 'Region Test', 2025, 8.5, null],
          ['genindl', '101', 2024, '10,5', null],
        ],
      },
    ]);
    const res = await upload(secretariat, 'værdier.xlsx', file, false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().counts).toEqual({ new: 3, changed: 0, unchanged: 1 });
  });

  it('refuses a file without the columns, naming them', async () => {
    const res = await upload(
      secretariat,
      'v.csv',
      Buffer.from('indikator,kommune\ngenindl,101\n'),
      true,
      0,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().errors.map((e: { message: string }) => e.message)).toEqual([
      'Kolonnen "periode" mangler i overskriftsrækken.',
      'Kolonnen "værdi" mangler i overskriftsrækken.',
    ]);
  });
});

describe('series', () => {
  it('answers periods in order, a line per municipality, the region and the target', async () => {
    const res = await reader.get(`${base}/${indicatorId}/series`);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.periods).toEqual(['2024', '2024-Q2', '2025']);
    expect(s.target).toBe('8');
    expect(s.region).toMatchObject({
      name: 'Region Test',
      isRegion: true,
      values: ['9', null, '8.5'],
    });
    const kbh = s.lines.find((l: { partyId: string }) => l.partyId === fx.municipalities.kbh);
    expect(kbh.values).toEqual(['10.5', null, '9.75']);
    expect(s.lines.map((l: { name: string }) => l.name).sort()).toEqual([
      'Frederiksberg',
      'København',
      'Tårnby',
    ]);
  });

  it('narrows to the parties asked for (and keeps the region)', async () => {
    const res = await reader.get(
      `${base}/${indicatorId}/series?partyIds=${fx.municipalities.taarnby}`,
    );
    const s = res.json();
    expect(s.lines).toEqual([
      expect.objectContaining({ name: 'Tårnby', values: [null, '1234.5', null] }),
    ]);
    expect(s.region.values).toEqual(['9', null, '8.5']);
    expect((await reader.get(`${base}/${indicatorId}/series?partyIds=nope`)).statusCode).toBe(400);
  });
});

describe('deleting', () => {
  it('deletes the indicator and its values (204, one audit row)', async () => {
    const res = await secretariat.delete(`${base}/${indicatorId}`);
    expect(res.statusCode).toBe(204);
    expect(await valueCount()).toBe(0);
    expect((await reader.get(`${base}/${indicatorId}/series`)).statusCode).toBe(404);
  });
});
