/**
 * The office-holder import through the API (issue 11): on the South Danish model (the 2022
 * template: 22 real municipalities, the mayors born members of KKR, the health directors of the
 * health directors' forum), a CSV of five office holders (real offices, fictional names) → the
 * dry run lists the born seats that will fill and writes nothing; the real run fills them (read
 * back through the forum page as of the valid-from day). An XLSX file does the same; a bad row
 * is named by its number in Danish and refused whole; a reader and a secretariat of another
 * collaboration get 403.
 */
import ExcelJS from 'exceljs';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../../test/cases-fixtures';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { collaborations, persons } from './org-tables';
import { fingerprint, forumId, SOUTH } from './test/reform-fixtures';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DAY = '2026-01-01';

let ctx: TestContext;
let secretariat: TestClient;
let reader: TestClient;
let outsider: TestClient;
let collaborationId: string;
let kkr: string;
let directors: string;

/** Five office holders: three mayors and two health directors (`;`, UTF-8 with BOM). */
const FIVE_CSV = `\uFEFFKommune;Embede;Navn;E-mail;Titel;Gyldig fra
Vejle;Borgmester;Åse Østergård;aase.oestergaard@example.dk;Borgmester;1.1.2026
621;borgmester;Bjørn Ærenlund;bjorn.aerenlund@example.dk;;01-01-2026
Fredericia Kommune;Borgmester;Søren Fjord;;;2026-01-01
Middelfart;Sundhedsdirektør;Mette Ågård;mette.aagaard@example.dk;Direktør for Sundhed og Omsorg;1.1.2026
Odense;sundhedsdirektør;Jørgen Bæk;;Sundheds- og omsorgsdirektør;1.1.2026
`;

async function upload(
  client: TestClient,
  file: Buffer,
  name: string,
  query: string,
  auditDelta?: number,
) {
  const type = name.endsWith('.csv') ? 'text/csv' : name.endsWith('.xlsx') ? XLSX : 'text/plain';
  const body = multipartFile(name, file, type);
  return client.post(
    `/api/org/collaborations/${collaborationId}/office-holders/import?${query}`,
    body.payload,
    { headers: body.headers, ...(auditDelta === undefined ? {} : { auditDelta }) },
  );
}

async function personCount(): Promise<number> {
  const [row] = await ctx.database.db.select({ n: count() }).from(persons);
  return Number(row?.n ?? 0);
}

async function memberNames(forum: string, date: string): Promise<string[]> {
  const res = await secretariat.get(`/api/org/fora/${forum}?date=${date}`);
  expect(res.statusCode, res.body).toBe(200);
  const page = res.json() as { members: { person: { name: string } | null }[] };
  return page.members.flatMap((m) => (m.person ? [m.person.name] : []));
}

beforeAll(async () => {
  ctx = await createTestContext();
  secretariat = await ctx.loginAs('secretariat', 'Sekretariat');
  const imported = await secretariat.post('/api/org/files/import?dryRun=false', { yaml: SOUTH });
  expect(imported.statusCode, imported.body).toBe(200);
  const [collab] = await ctx.database.db
    .select({ id: collaborations.entityId })
    .from(collaborations)
    .where(eq(collaborations.key, 'south-denmark-2022'));
  collaborationId = collab?.id as string;
  kkr = await forumId(ctx.database.db, collaborationId, 'kkr');
  directors = await forumId(ctx.database.db, collaborationId, 'sundhedsdirektorforum');
  reader = await ctx.loginAs('reader', 'Læser');
  const other = await ctx.loginAs('secretariat', 'National');
  const created = await other.post('/api/org/collaborations', {
    key: 'andet-samarbejde',
    name: 'Et andet samarbejde',
    regionName: 'Region Nordjylland',
    validFrom: '2022-07-01',
  });
  expect(created.statusCode, created.body).toBe(201);
  outsider = await ctx.loginAs('secretariat', 'Andet sekretariat', {
    scopes: [
      { kind: 'collaboration', target: created.json().item?.entityId ?? created.json().entityId },
    ],
  });
}, 240_000);
afterAll(() => ctx.close());

describe('loading office holders', () => {
  it('the dry run shows five born seats that will fill and writes nothing', async () => {
    const before = await fingerprint(ctx.database.db);
    const people = await personCount();
    const res = await upload(secretariat, Buffer.from(FIVE_CSV), 'embeder.csv', 'dryRun=true', 0);
    expect(res.statusCode, res.body).toBe(200);
    const { plan, dryRun, written } = res.json();
    expect(dryRun).toBe(true);
    expect(written).toBeNull();
    expect(plan.errors).toEqual([]);
    expect(plan.counts).toMatchObject({ rows: 5, starts: 5, newPersons: 5 });
    const filled = (forum: string) =>
      plan.bornSeats
        .filter((s: { forumId: string }) => s.forumId === forum)
        .map((s: { personName: string; partyName: string }) => `${s.personName} (${s.partyName})`);
    expect(filled(kkr)).toEqual([
      'Åse Østergård (Vejle)',
      'Bjørn Ærenlund (Kolding)',
      'Søren Fjord (Fredericia)',
    ]);
    expect(filled(directors)).toEqual(['Mette Ågård (Middelfart)', 'Jørgen Bæk (Odense)']);
    for (const row of [2, 3, 4, 5, 6]) {
      expect(plan.bornSeats.some((s: { row: number }) => s.row === row)).toBe(true);
    }
    expect(await fingerprint(ctx.database.db)).toBe(before);
    expect(await personCount()).toBe(people);
    expect(await memberNames(kkr, DAY)).toEqual([]);
  });

  it('the real run fills the five born seats as of the valid-from day', async () => {
    const res = await upload(secretariat, Buffer.from(FIVE_CSV), 'embeder.csv', 'dryRun=false');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.written).toMatchObject({ personsCreated: 5, holdingsStarted: 5, holdingsEnded: 0 });
    expect(
      body.plan.rows.every((r: { person: { ref: string } }) => !r.person.ref.startsWith('new:')),
    ).toBe(true);
    expect(await memberNames(kkr, DAY)).toEqual(
      expect.arrayContaining(['Åse Østergård', 'Bjørn Ærenlund', 'Søren Fjord']),
    );
    expect(await memberNames(directors, DAY)).toEqual(
      expect.arrayContaining(['Mette Ågård', 'Jørgen Bæk']),
    );
    expect(await memberNames(kkr, '2025-12-31')).toEqual([]);
    // The organisation file stays for the structure: importing it again (pruning what it does
    // not name) leaves the real office holders alone.
    const reimport = await secretariat.post(
      '/api/org/files/import?dryRun=false&prune=true',
      { yaml: SOUTH },
      { auditDelta: 0 },
    );
    expect(reimport.json().diff.noop).toBe(true);
    expect(reimport.statusCode, reimport.body).toBe(200);
    expect(await memberNames(directors, DAY)).toEqual(
      expect.arrayContaining(['Mette Ågård', 'Jørgen Bæk']),
    );
    const again = await upload(secretariat, Buffer.from(FIVE_CSV), 'embeder.csv', 'dryRun=true', 0);
    expect(again.json().plan.counts).toMatchObject({ starts: 0, unchanged: 5, bornSeats: 0 });
  });

  it('reads an XLSX file, and a new mayor ends the previous one the day before', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Embeder');
    sheet.addRow(['Kommunekode', 'Embede', 'Navn', 'E-mail', 'Titel', 'Gyldig fra']);
    sheet.addRow([
      630,
      'Borgmester',
      'Ny Borgmester i Vejle',
      'ny@example.dk',
      null,
      new Date(Date.UTC(2026, 5, 1)),
    ]);
    sheet.addRow(['0461', 'Borgmester', 'Karin Ørsted', null, null, '1.6.2026']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const dry = await upload(secretariat, file, 'embeder.xlsx', 'dryRun=true', 0);
    expect(dry.statusCode, dry.body).toBe(200);
    const plan = dry.json().plan;
    expect(plan.errors).toEqual([]);
    expect(plan.rows[0].ends).toEqual([
      expect.objectContaining({ personName: 'Åse Østergård', lastDay: '2026-05-31' }),
    ]);
    const real = await upload(secretariat, file, 'embeder.xlsx', 'dryRun=false');
    expect(real.statusCode, real.body).toBe(200);
    expect(await memberNames(kkr, '2026-06-01')).toEqual(
      expect.arrayContaining(['Ny Borgmester i Vejle', 'Karin Ørsted']),
    );
    expect(await memberNames(kkr, '2026-06-01')).not.toContain('Åse Østergård');
    expect(await memberNames(kkr, '2026-05-31')).toContain('Åse Østergård');
  });

  it('names a bad row by its number in Danish, and refuses the file whole', async () => {
    const csv = [
      'Kommune,Embede,Navn,Gyldig fra',
      'Nyborg,Borgmester,"Hansen, Lise",1.1.2026',
      'Atlantis,Borgmester,Per Hav,1.1.2026',
      'Kerteminde,Kejser,Ida Krone,1.1.2026',
      'Assens,Borgmester,,1.1.2026',
      'Faaborg-Midtfyn,Borgmester,Ole Dato,32.1.2026',
    ].join('\r\n');
    const dry = await upload(secretariat, Buffer.from(csv), 'fejl.csv', 'dryRun=true', 0);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json().plan.errors.map((e: { message: string }) => e.message)).toEqual([
      'Række 3: kommunen »Atlantis« findes ikke i samarbejdet.',
      'Række 4: embedet »Kejser« kendes ikke. Brug fx borgmester, sundhedsdirektør eller regionsrådsmedlem.',
      'Række 5: navnet mangler.',
      'Række 6: »32.1.2026« er ikke en dato. Skriv fx 1.1.2026 eller 2026-01-01.',
    ]);
    expect(dry.json().plan.rows.map((r: { row: number }) => r.row)).toEqual([2]);
    const people = await personCount();
    const real = await upload(secretariat, Buffer.from(csv), 'fejl.csv', 'dryRun=false');
    expect(real.statusCode).toBe(422);
    expect(real.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = real.json();
    expect(problem.detail).toContain('4 fejl');
    expect(problem.extra.rows.map((e: { row: number }) => e.row)).toEqual([3, 4, 5, 6]);
    expect(problem.errors[0].message).toBe(
      'Række 3: kommunen »Atlantis« findes ikke i samarbejdet.',
    );
    expect(await personCount()).toBe(people);
  });

  it('refuses files that are not CSV or XLSX, and unreadable ones', async () => {
    const txt = await upload(secretariat, Buffer.from('hej'), 'noter.txt', 'dryRun=true');
    expect(txt.statusCode).toBe(415);
    const broken = await upload(
      secretariat,
      Buffer.from('PK\u0003\u0004nope'),
      'x.xlsx',
      'dryRun=true',
    );
    expect(broken.statusCode).toBe(422);
    expect(broken.json().detail).toBe('Filen kan ikke læses som CSV eller XLSX.');
  });

  it('is for the secretariat of the collaboration only', async () => {
    const byReader = await upload(reader, Buffer.from(FIVE_CSV), 'embeder.csv', 'dryRun=true');
    expect(byReader.statusCode).toBe(403);
    const byOutsider = await upload(outsider, Buffer.from(FIVE_CSV), 'embeder.csv', 'dryRun=true');
    expect(byOutsider.statusCode).toBe(403);
  });

  it('offers the template with the Danish header', async () => {
    const res = await secretariat.get('/api/org/office-holders/template.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'Kommune;Embede;Navn;E-mail;Titel;Gyldig fra',
    );
  });
});
