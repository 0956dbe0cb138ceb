/**
 * The data generator at `small` scale on a fresh database: the structures come from the
 * reference data, the counts add up, the rows are what the product reads (every page answers
 * 200 on them), the data is the same run after run, and a second run refuses in Danish.
 */
import { count, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agendaItems } from '../../modules/agendas/agendas.table';
import { auditLog } from '../../modules/audit/index';
import { cases } from '../../modules/cases/index';
import { meetings } from '../../modules/meetings/meetings.table';
import { collaborations } from '../../modules/organisation/index';
import { createTestContext, type TestClient } from '../../test/test-app';
import { generateData, generatedScale, GENERATE_AUDIT_ACTION, type GenerateSummary } from './index';

const TODAY = '2026-12-07';
const ctx = await createTestContext();
afterAll(() => ctx.close());
const db = ctx.database.db;
let summary: GenerateSummary;
let reader: TestClient;
const lines: string[] = [];

beforeAll(async () => {
  summary = await generateData(ctx.database, 'small', (line) => lines.push(line), {
    today: TODAY,
  });
  reader = await ctx.loginAs('admin');
});

const one = async <T>(query: Promise<T[]>): Promise<T> => {
  const [row] = await query;
  if (row === undefined) throw new Error('no row');
  return row;
};

describe('demo generate --scale small', () => {
  it('writes the counts it reports, with one audit row for the run', async () => {
    expect(summary.scale).toBe('small');
    expect(summary.collaborations).toBe(2);
    expect(summary.meetings).toBeGreaterThan(150);
    expect(summary.cases).toBeGreaterThan(400);
    expect(summary.caseSteps).toBeGreaterThan(summary.cases);
    expect(summary.caseEvents).toBeGreaterThan(2 * summary.cases);
    expect(summary.agendaItems).toBeGreaterThan(summary.caseSteps);
    const n = async (table: typeof meetings | typeof cases | typeof agendaItems) =>
      Number((await one(db.select({ n: count() }).from(table))).n);
    expect(await n(meetings)).toBe(summary.meetings);
    expect(await n(cases)).toBe(summary.cases);
    expect(await n(agendaItems)).toBe(summary.agendaItems);
    const runs = await db
      .select({ n: count() })
      .from(auditLog)
      .where(sql`${auditLog.action} = ${GENERATE_AUDIT_ACTION}`);
    expect(Number(runs[0]?.n)).toBe(1);
    expect(lines.some((l) => l.startsWith('Møder:'))).toBe(true);
  });

  it('builds the real structures under gen- keys and knows its scale', async () => {
    const generated = await db
      .select({ key: collaborations.key, region: collaborations.regionName })
      .from(collaborations)
      .where(like(collaborations.key, 'gen-%'));
    expect(generated.map((c) => c.key).sort()).toEqual([
      'gen-nordjylland-2025',
      'gen-nordjylland-2027',
    ]);
    expect(await generatedScale(db)).toBe('small');
    // The 11 municipalities of North Jutland, from reference/dk-municipalities.csv.
    const parties = await db.execute(
      sql`select count(distinct p.code) as n from parties p join collaborations c on c.entity_id = p.collaboration_id where c.key = 'gen-nordjylland-2025' and p.kind = 'municipality'`,
    );
    expect(Number((parties as unknown as { rows: { n: number }[] }).rows[0]?.n)).toBe(11);
  });

  it('has closed items, confidential cases, held and upcoming meetings', async () => {
    const closed = await one(
      db
        .select({ n: count() })
        .from(agendaItems)
        .where(sql`${agendaItems.closed}`),
    );
    const secret = await one(
      db
        .select({ n: count() })
        .from(cases)
        .where(sql`${cases.confidential}`),
    );
    expect(Number(closed.n)).toBeGreaterThan(0);
    expect(Number(secret.n)).toBeGreaterThan(0);
    const statuses = await db.selectDistinct({ s: meetings.status }).from(meetings);
    expect(statuses.map((s) => s.s)).toEqual(
      expect.arrayContaining(['minutesApproved', 'held', 'agendaDraft']),
    );
  });

  it('answers 200 on every read over the generated data', async () => {
    const collaboration = await one(
      db
        .select({ id: collaborations.entityId })
        .from(collaborations)
        .where(sql`${collaborations.key} = 'gen-nordjylland-2025'`),
    );
    const id = collaboration.id;
    const meeting = await one(
      db
        .select({ id: meetings.id, forumId: meetings.forumId })
        .from(meetings)
        .where(sql`${meetings.status} = 'minutesApproved'`)
        .limit(1),
    );
    const someCase = await one(db.select({ id: cases.id }).from(cases).limit(1));
    const urls = [
      `/api/org/collaborations/${id}/overview?date=2026-06-01`,
      `/api/org/fora/${meeting.forumId}?date=2026-06-01`,
      `/api/meetings?collaborationId=${id}`,
      `/api/meetings?forumId=${meeting.forumId}`,
      `/api/meetings/${meeting.id}`,
      `/api/agendas/${meeting.id}`,
      `/api/cases?collaborationId=${id}`,
      `/api/cases/${someCase.id}`,
      `/api/search?q=genoptr%C3%A6ning`,
      `/api/audit`,
    ];
    for (const url of urls) {
      const res = await reader.get(url);
      expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
    }
  });

  it('refuses a second run in Danish and writes nothing', async () => {
    const before = Number((await one(db.select({ n: count() }).from(meetings))).n);
    await expect(generateData(ctx.database, 'small', () => {}, { today: TODAY })).rejects.toThrow(
      /allerede genererede data \(skala small\)/,
    );
    expect(Number((await one(db.select({ n: count() }).from(meetings))).n)).toBe(before);
  });
});
