/**
 * Issue 12 point 6, bringing history in: a case from last year (raised 2025-03-01, cluster →
 * officials' committee → SSU, decided 2025-06-12) is recorded with its past meetings and
 * decisions in one transaction with one `history.recordCase` audit row; its timeline shows the
 * real dates and the decision flowed back. Refusals are Danish, with nothing written; a preview
 * writes nothing; only the secretariat may record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, desc, eq } from 'drizzle-orm';
import type { CaseDetail, VisibleCase } from '../../../shared/cases.contract';
import type { HistoryResult } from '../../../shared/history.contract';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { buildOrganisation, createMeeting, type OrgFixture } from '../../test/cases-fixtures';
import { auditLog } from '../audit/index';
import { cases } from '../cases/index';
import { meetings } from '../meetings/index';
import { historyRecords } from './history.table';

let ctx: TestContext;
let org: OrgFixture;
let sec: TestClient;

beforeAll(async () => {
  ctx = await createTestContext();
  org = await buildOrganisation(ctx);
  sec = await ctx.loginAs('secretariat', 'Sekretariatet');
  // The SSU meets after the TSS (an ordering rule), and the TSS met on 5 June 2025.
  const rule = await sec.post('/api/meetings/ordering-rules', {
    collaborationId: org.collaborationId,
    kind: 'after',
    forumId: org.fora.ssu,
    dependsOnForumId: org.fora.tss,
    minDaysBetween: 1,
    maxDaysBetween: 30,
  });
  expect(rule.statusCode, rule.body).toBe(201);
  await createMeeting(sec, org, 'tss', '2025-06-05');
});
afterAll(() => ctx.close());

/** Last year's case: cluster → officials' committee → SSU, decided in the SSU on 12 June. */
function lastYear(overrides: { ssuDate?: string; clusterDate?: string; title?: string } = {}) {
  return {
    collaborationId: org.collaborationId,
    title: overrides.title ?? 'Fælles forløb for borgere med KOL',
    summary: 'Klyngen foreslog et fælles forløb',
    type: 'decision',
    flags: ['crossCutting'],
    raisedInForumId: org.fora.klyngeNord,
    raisedOn: '2025-03-01',
    steps: [
      {
        forumId: org.fora.klyngeNord,
        meeting: { date: overrides.clusterDate ?? '2025-03-12' },
        recommendation: 'Klyngen indstiller forløbet til Embedsmandsudvalget',
        decision: { text: 'Sendes videre til Embedsmandsudvalget' },
      },
      {
        forumId: org.fora.eu,
        meeting: { date: '2025-04-09', start: '13:00' },
        decision: { text: 'Anbefales over for SSU' },
      },
      {
        forumId: org.fora.ssu,
        meeting: { date: overrides.ssuDate ?? '2025-06-12' },
        decision: { text: 'Forløbet godkendes i hele regionen', final: true },
      },
    ],
  };
}

async function counts() {
  const db = ctx.database.db;
  const [c] = await db.select({ n: count() }).from(cases);
  const [m] = await db.select({ n: count() }).from(meetings);
  const [a] = await db.select({ n: count() }).from(auditLog);
  return { cases: Number(c?.n), meetings: Number(m?.n), audit: Number(a?.n) };
}

function visible(detail: CaseDetail): VisibleCase {
  if (detail.redacted) throw new Error('redacted');
  return detail;
}

describe('POST /api/history/cases', () => {
  it('previews without writing anything', async () => {
    const before = await counts();
    const res = await sec.post(
      '/api/history/cases',
      { ...lastYear(), preview: true },
      { auditDelta: 0 },
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as HistoryResult;
    expect(body.problems).toEqual([]);
    expect(body.caseId).toBeNull();
    expect(body.plan?.meetings.map((m) => [m.date, m.existing, m.forumName])).toEqual([
      ['2025-03-12', false, 'Klynge Nord, administrativt forum'],
      ['2025-04-09', false, 'Embedsmandsudvalget'],
      ['2025-06-12', false, 'Sundhedssamarbejdsudvalget'],
    ]);
    expect(body.plan?.events[0]).toMatchObject({ kind: 'raised', on: '2025-03-01' });
    expect(await counts()).toEqual(before);
  });

  it("records last year's case with its past meetings, real dates and one audit row", async () => {
    const before = await counts();
    const res = await sec.post('/api/history/cases', lastYear());
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json() as HistoryResult;
    const caseId = body.caseId as string;
    expect(caseId).toBeTruthy();
    const after = await counts();
    expect(after.cases - before.cases).toBe(1);
    expect(after.meetings - before.meetings).toBe(3);
    expect(after.audit - before.audit).toBe(1);

    // The case's timeline shows the real dates, and the SSU decision flowed back.
    const detail = visible((await sec.get(`/api/cases/${caseId}`)).json() as CaseDetail);
    expect(detail.raisedOn).toBe('2025-03-01');
    expect(detail.status).toBe('decided');
    expect(
      detail.steps.filter((s) => s.origin !== 'trail').map((s) => [s.status, s.decidedOn]),
    ).toEqual([
      ['decided', '2025-03-12'],
      ['decided', '2025-04-09'],
      ['decided', '2025-06-12'],
    ]);
    // ... and travelled back down the trail: the officials' committee and the cluster each have
    // a return step carrying the SSU's decision of its real day.
    expect(
      detail.steps.filter((s) => s.origin === 'trail').map((s) => [s.status, s.decidedOn]),
    ).toEqual([
      ['toNote', '2025-06-12'],
      ['toNote', '2025-06-12'],
    ]);
    const dated = detail.timeline.map((e) => `${e.on} ${e.kind}`);
    expect(dated[0]).toBe('2025-03-01 raised');
    expect(dated).toContain('2025-03-12 decided');
    expect(dated).toContain('2025-04-09 decided');
    expect(dated).toContain('2025-06-12 decided');
    expect(detail.timeline.every((e) => e.on <= '2025-06-12')).toBe(true);
    const back = detail.timeline.filter((e) => e.kind === 'returned');
    expect(back.length).toBeGreaterThan(0);
    expect(back.some((e) => e.toForumId === org.fora.klyngeNord)).toBe(true);
    const returned = await sec.get(`/api/cases/returned?forumId=${org.fora.klyngeNord}`);
    expect(returned.json().items.map((i: { case: { id: string } }) => i.case.id)).toContain(caseId);

    // The meetings are held with approved minutes carrying the decision.
    const ssuMeeting = detail.steps[2]?.meetingId as string;
    const agenda = await sec.get(`/api/agendas/${ssuMeeting}`);
    expect(agenda.statusCode, agenda.body).toBe(200);
    expect(agenda.json()).toMatchObject({ status: 'published', minutesStatus: 'approved' });
    const [row] = await ctx.database.db.select().from(meetings).where(eq(meetings.id, ssuMeeting));
    expect(row?.status).toBe('minutesApproved');

    // One audit row, the historical action, listing what was created.
    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit?.action).toBe('history.recordCase');
    expect(audit?.entityId).toBe(caseId);
    const details = audit?.after as { historical: boolean; meetingsCreated: string[] };
    expect(details.historical).toBe(true);
    expect(details.meetingsCreated).toHaveLength(3);

    // The case is marked as recorded afterwards.
    const record = await sec.get(`/api/history/cases/${caseId}`);
    expect(record.statusCode).toBe(200);
    expect(record.json().record).toMatchObject({ source: 'form', recordedByName: 'Sekretariatet' });
    const [stored] = await ctx.database.db
      .select()
      .from(historyRecords)
      .where(eq(historyRecords.caseId, caseId));
    expect(stored?.throughSeq).toBe(detail.timeline.length);
  });

  it("refuses an SSU meeting before the cluster's, in Danish, writing nothing", async () => {
    const before = await counts();
    const res = await sec.post('/api/history/cases', lastYear({ clusterDate: '2025-06-20' }));
    expect(res.statusCode, res.body).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json();
    expect(problem.detail).toContain('Trin 2');
    expect(problem.detail).toContain('20. juni 2025');
    expect(problem.extra.problems.map((p: { code: string }) => p.code)).toContain(
      'history.meetingsOutOfOrder',
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses a breach of the ordering rule (the SSU before any TSS meeting), writing nothing', async () => {
    const before = await counts();
    const res = await sec.post('/api/history/cases', lastYear({ ssuDate: '2025-05-20' }));
    expect(res.statusCode, res.body).toBe(422);
    const problem = res.json();
    expect(problem.extra.problems[0].code).toBe('history.orderingRule');
    expect(problem.detail).toContain('Sundhedssamarbejdsudvalget');
    expect(problem.detail).toContain('Tværsektorielt Strategisk Samarbejdsforum');
    expect(await counts()).toEqual(before);
  });

  it('refuses a date after today', async () => {
    const res = await sec.post('/api/history/cases', {
      ...lastYear(),
      raisedOn: '2999-01-01',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toContain('efter i dag');
  });

  it('is for the secretariat only: a reader and a member get 403', async () => {
    const reader = await ctx.loginAs('reader', 'Læser');
    const member = await ctx.loginAs('member', 'Medlem');
    for (const client of [reader, member]) {
      const res = await client.post('/api/history/cases', lastYear());
      expect(res.statusCode).toBe(403);
    }
  });
});
