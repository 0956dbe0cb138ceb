/**
 * The history import file through POST /api/history/import: a preview writes nothing and
 * names every case's problems; a commit of a good file records its cases (one transaction,
 * one `history.import` audit row); a commit of a file with any problem writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, desc } from 'drizzle-orm';
import type { ImportReport } from '../../../shared/history.contract';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { buildOrganisation, multipartFile, type OrgFixture } from '../../test/cases-fixtures';
import { auditLog } from '../audit/index';
import { cases } from '../cases/index';
import { slugKey } from '../organisation/index';

let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Sekretariatet');
});
afterAll(() => ctx.close());

const HEADER =
  'case_key;title;type;flags;raised_in_forum;raised_on;forum;meeting_date;recommendation;decision;final;skipped_reason';

/** Two cases sharing the officials' committee meeting of 9 April 2025; the SSU by its key. */
function csv(ssuDate = '2025-06-12'): Buffer {
  const ssu = slugKey('Sundhedssamarbejdsudvalget');
  const rows = [
    HEADER,
    `KOL;Fælles KOL-forløb;beslutning;tværgående;${org.fora.klyngeNord};2025-03-01;${org.fora.klyngeNord};2025-03-12;Indstilles;Sendes videre;;`,
    `KOL;;;;;;${org.fora.eu};2025-04-09;;Anbefales;;`,
    `KOL;;;;;;${ssu};${ssuDate};;Godkendt;ja;`,
    `DEMENS;Demensvenlige kommuner;decision;;${org.fora.klyngeSyd};2025-02-01;${org.fora.klyngeSyd};2025-02-20;;Videre til EU;;`,
    `DEMENS;;;;;;${org.fora.eu};2025-04-09;;Godkendt i EU;ja;`,
  ];
  return Buffer.from(`${rows.join('\n')}\n`, 'utf8');
}

async function post(body: Buffer, commit: boolean, auditDelta?: number) {
  const { payload, headers } = multipartFile('historik.csv', body, 'text/csv');
  const url = `/api/history/import?collaborationId=${org.collaborationId}&commit=${commit}`;
  return sec.request('POST', url, {
    payload,
    headers,
    ...(auditDelta !== undefined ? { auditDelta } : {}),
  });
}

async function caseCount(): Promise<number> {
  const [row] = await ctx.database.db.select({ n: count() }).from(cases);
  return Number(row?.n);
}

describe('POST /api/history/import', () => {
  it('previews a file without writing, then refuses a commit with a problem', async () => {
    const before = await caseCount();
    const res = await post(csv('2025-04-01'), false, 0);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as ImportReport;
    expect(report.preview).toBe(true);
    expect(report.cases.map((c) => [c.key, c.rows])).toEqual([
      ['KOL', [2, 3, 4]],
      ['DEMENS', [5, 6]],
    ]);
    const kol = report.cases[0]?.result;
    expect(kol?.problems.map((p) => p.code)).toEqual(['history.meetingsOutOfOrder']);
    expect(kol?.problems[0]?.message.da).toContain('Trin 3');
    expect(report.cases[1]?.result.problems).toEqual([]);
    const refused = await post(csv('2025-04-01'), true);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().detail).toContain('intet er gemt');
    expect(await caseCount()).toBe(before);
  });

  it('commits a good file: both cases, one shared meeting, one audit row', async () => {
    const before = await caseCount();
    const preview = await post(csv(), false, 0);
    expect(
      preview
        .json()
        .cases.every((c: { result: { problems: unknown[] } }) => c.result.problems.length === 0),
    ).toBe(true);
    const res = await post(csv(), true);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as ImportReport;
    expect(report.committed).toBe(true);
    expect(report.cases.every((c) => c.result.caseId)).toBe(true);
    expect(await caseCount()).toBe(before + 2);
    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit?.action).toBe('history.import');
    const after = audit?.after as { historical: boolean; cases: { meetingsCreated: string[] }[] };
    expect(after.historical).toBe(true);
    // The officials' committee's meeting of 9 April is created once, for both cases.
    expect(after.cases.flatMap((c) => c.meetingsCreated)).toHaveLength(4);
    const kolId = report.cases[0]?.result.caseId as string;
    const demensId = report.cases[1]?.result.caseId as string;
    const kol = (await sec.get(`/api/cases/${kolId}`)).json();
    const demens = (await sec.get(`/api/cases/${demensId}`)).json();
    expect(kol.steps[1].meetingId).toBe(demens.steps[1].meetingId);
    expect(demens.status).toBe('decided');
  });

  it('reports a file without the needed columns', async () => {
    const res = await post(Buffer.from('a;b\n1;2\n'), false, 0);
    expect(res.statusCode).toBe(200);
    expect(res.json().fileProblems[0].message.da).toContain('case_key');
  });

  it('is for the secretariat only', async () => {
    const member = await ctx.loginAs('member', 'Medlem');
    const { payload, headers } = multipartFile('historik.csv', csv(), 'text/csv');
    const url = `/api/history/import?collaborationId=${org.collaborationId}`;
    const res = await member.request('POST', url, { payload, headers });
    expect(res.statusCode).toBe(403);
  });
});
