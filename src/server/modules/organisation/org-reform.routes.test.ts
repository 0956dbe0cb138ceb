/**
 * The reform as a reorganisation the product performs (issue 7): the South Danish reform on a
 * copy of the 2022 model (clusters and SSU → four health councils, KKR continuing) and bad input.
 * Every open case and step, future meeting, series and open agenda item before the reform is found
 * at its successor after it; the dry run writes nothing; the real run writes one audit row and one
 * reorganisations row. The merger: org-reform.merger.routes.test.ts.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { createTestContext, type TestClient } from '../../test/test-app';
import type { ReformResult } from '../../../shared/reorganisation.contract';
import { appoint, createPerson, findEntityIdByKey, importOrgFile, orgContext } from './index';
import {
  eastSuccessor,
  fingerprint,
  forumId,
  KINDS_WITH_WORK,
  meeting,
  raise,
  seatId,
  SOUTH,
  SOUTH_CODES,
  southSuccessor,
  ZEALAND,
} from './test/reform-fixtures';

const ctx = await createTestContext();
afterAll(() => ctx.close());
const db = ctx.database.db;

describe('the South Danish reform (continue)', () => {
  let secretariat: TestClient;
  let south: string;
  const fora: Record<string, string> = {};
  const meetings: Record<string, string> = {};
  const cases: Record<string, { id: string; steps: { id: string; forumId: string }[] }> = {};
  let seriesId: string;
  let dry: ReformResult;
  let real: ReformResult;

  beforeAll(async () => {
    await importOrgFile(db, SYSTEM_ACTOR, SOUTH, { dryRun: false });
    south = (await findEntityIdByKey(db, 'collaboration', null, 'south-denmark-2022')) as string;
    for (const key of [
      'kkr',
      'ssu',
      'politisk-fyn',
      'administrativ-fyn',
      'politisk-lillebaelt',
      'administrativ-sonderjylland',
      'politisk-sonderjylland',
    ]) {
      fora[key] = await forumId(db, south, key);
    }
    secretariat = await ctx.loginAs('secretariat');
    meetings.pastFyn = await meeting(secretariat, fora['politisk-fyn']!, '2026-11-10', 'Før');
    meetings.fyn = await meeting(secretariat, fora['politisk-fyn']!, '2027-02-09', 'Fyn');
    meetings.ssu = await meeting(secretariat, fora.ssu!, '2027-02-16', 'SSU');
    meetings.sonder = await meeting(
      secretariat,
      fora['administrativ-sonderjylland']!,
      '2027-02-23',
      'Sønderjylland',
    );
    const series = await secretariat.post('/api/meetings/series', {
      forumId: fora['politisk-lillebaelt'],
      from: '2027-03-01',
      to: '2027-06-30',
      weekday: 2,
      time: '14:00',
      perYear: 4,
      cadence: { min: 1, max: 12 },
      title: 'Klyngemøde Lillebælt',
    });
    expect(series.statusCode, series.body).toBe(201);
    seriesId = series.json().seriesId;

    cases.fynSsu = await raise(secretariat, south, 'Fælles forløb Fyn', [
      fora['politisk-fyn']!,
      fora.ssu!,
    ]);
    cases.sonder = await raise(secretariat, south, 'Sønderjysk sag', [
      fora['administrativ-sonderjylland']!,
      fora['politisk-sonderjylland']!,
    ]);
    cases.kkr = await raise(secretariat, south, 'KKR-sag', [fora.kkr!, fora.ssu!]);
    // The placed step: both of its steps go to Sundhedsråd Sønderjylland.
    const placed = await secretariat.post(
      `/api/cases/${cases.sonder.id}/steps/${cases.sonder.steps[0]!.id}/place`,
      { meetingId: meetings.sonder },
    );
    expect(placed.statusCode, placed.body).toBe(200);
    const item = await secretariat.post(`/api/agendas/${meetings.ssu}/items`, {
      kind: 'free',
      title: 'Orientering om sundhedsreformen',
    });
    expect(item.statusCode, item.body).toBe(201);

    const org = orgContext(db);
    for (const [name, ref] of [
      ['Anna Prøvesen (demo)', 'politisk-fyn/municipal-co-chair'],
      ['Bo Eksempel (demo)', 'ssu/kkr-seat'],
      ['Carl Fiktiv (demo)', 'kkr/chair'],
    ] as const) {
      const person = await createPerson(org, SYSTEM_ACTOR, { name, fictional: true });
      await appoint(org, SYSTEM_ACTOR, {
        seatId: await seatId(db, south, ref),
        personId: person.id,
        validFrom: '2024-01-01',
        acknowledgeBreaches: true,
      });
    }
  });

  const request = (extra: Record<string, unknown> = {}) => ({
    sourceCollaborationIds: [south],
    effectiveDate: '2027-01-01',
    successorYaml: southSuccessor(),
    acknowledgeBreaches: true,
    ...extra,
  });

  it('previews the reform in a dry run that writes nothing', async () => {
    const before = await fingerprint(db);
    const res = await secretariat.post('/api/org/reorganisations', request(), { auditDelta: 0 });
    expect(res.statusCode, res.body).toBe(200);
    dry = res.json();
    expect(dry).toMatchObject({
      dryRun: true,
      id: null,
      target: 'continue',
      lastDay: '2026-12-31',
    });
    expect(await fingerprint(db)).toBe(before);
    const fyn = dry.mappings.find((m) => m.from.key === 'politisk-fyn');
    expect(fyn).toMatchObject({ basis: 'overlap', to: [{ key: 'sundhedsraad-fyn', id: null }] });
    expect(dry.mappings.find((m) => m.from.key === 'kkr')?.basis).toBe('sameKey');
    expect(dry.mappings.find((m) => m.from.key === 'ssu')?.to.map((t) => t.key)).toEqual([
      'sundhedsraad-fyn',
      'sundhedsraad-sydvestjylland',
      'sundhedsraad-lillebaelt',
      'sundhedsraad-sonderjylland',
    ]);
  });

  it('carries every open item over, with equal counts, one audit row and one record', async () => {
    const auditBefore = await db.execute(
      sql`select count(*)::int as n from audit_log where action = 'organisation.reform'`,
    );
    const res = await secretariat.post('/api/org/reorganisations', request({ dryRun: false }));
    expect(res.statusCode, res.body).toBe(200);
    real = res.json();
    expect(real.dryRun).toBe(false);
    expect(real.id).toEqual(expect.any(String));
    for (const c of real.counts) expect(c.after, c.kind).toBe(c.before);
    for (const kind of KINDS_WITH_WORK) {
      expect(real.counts.find((c) => c.kind === kind)?.before, kind).toBeGreaterThan(0);
    }
    expect(real.counts.map((c) => [c.kind, c.before])).toEqual(
      dry.counts.map((c) => [c.kind, c.before]),
    );
    const auditAfter = await db.execute(
      sql`select count(*)::int as n from audit_log where action = 'organisation.reform'`,
    );
    const n = (r: unknown) => (r as { rows: { n: number }[] }).rows[0]?.n;
    expect(n(auditAfter)! - n(auditBefore)!).toBe(1);

    const list = await secretariat.get(`/api/org/reorganisations?collaborationId=${south}`);
    expect(list.json().items).toHaveLength(1);
    const one = await secretariat.get(`/api/org/reorganisations/${real.id}`);
    expect(one.json()).toMatchObject({
      kind: 'reform',
      effectiveDate: '2027-01-01',
      target: { id: south, key: 'south-denmark-2022' },
    });
  });

  it('finds the meetings, series, cases and items at the successors', async () => {
    const council = async (key: string) => forumId(db, south, `sundhedsraad-${key}`);
    const councils = new Set(await Promise.all(Object.keys(SOUTH_CODES).map((k) => council(k))));
    const after = async (id: string) => (await secretariat.get(`/api/meetings/${id}`)).json();
    expect((await after(meetings.fyn!)).forumId).toBe(await council('fyn'));
    expect((await after(meetings.sonder!)).forumId).toBe(await council('sonderjylland'));
    expect(councils.has((await after(meetings.ssu!)).forumId)).toBe(true);
    expect((await after(meetings.pastFyn!)).forumId).toBe(fora['politisk-fyn']);
    const series = await db.execute(
      sql`select forum_id from meeting_series where id = ${seriesId}`,
    );
    expect((series as unknown as { rows: { forum_id: string }[] }).rows[0]?.forum_id).toBe(
      await council('lillebaelt'),
    );

    for (const c of Object.values(cases)) {
      const detail = (await secretariat.get(`/api/cases/${c.id}`)).json();
      const pending = detail.steps.filter((s: { status: string }) =>
        ['planned', 'onAgenda', 'recommended'].includes(s.status),
      );
      expect(pending.length, c.id).toBeGreaterThan(0);
      for (const s of pending) {
        expect(councils.has(s.forumId) || s.forumId === fora.kkr, s.forumId).toBe(true);
      }
    }
    const sonder = (await secretariat.get(`/api/cases/${cases.sonder!.id}`)).json();
    const placed = sonder.steps.find((s: { id: string }) => s.id === cases.sonder!.steps[0]!.id);
    expect(placed).toMatchObject({
      forumId: await council('sonderjylland'),
      meetingId: meetings.sonder,
    });
    expect(real.ended.some((e) => e.kind === 'openCaseSteps')).toBe(true);

    const agenda = (await secretariat.get(`/api/agendas/${meetings.ssu}`)).json();
    expect(agenda.items.map((i: { title: string }) => i.title)).toContain(
      'Orientering om sundhedsreformen',
    );
  });

  it('keeps the history readable and the successors named', async () => {
    const old = await secretariat.get(`/api/org/fora/${fora['politisk-fyn']}?date=2026-12-31`);
    expect(old.statusCode, old.body).toBe(200);
    const gone = await secretariat.get(`/api/org/fora/${fora['politisk-fyn']}?date=2027-03-01`);
    expect(gone.json().forum).toMatchObject({
      validTo: '2026-12-31',
      successorForumIds: [await forumId(db, south, 'sundhedsraad-fyn')],
    });
    const kkr = await secretariat.get(`/api/org/fora/${fora.kkr}?date=2027-03-01`);
    expect(kkr.statusCode).toBe(200);
    const anna = real.mappings.find((m) => m.from.key === 'politisk-fyn');
    expect(anna?.to[0]?.name).toBe('Sundhedsråd fyn');
  });
});

describe('bad input', () => {
  let secretariat: TestClient;
  let small: string;
  const file = ZEALAND.replace('key: zealand-test-2022', 'key: bad-input-2022');
  const successor = eastSuccessor(['101']).replace('key: ostdanmark-2027', 'key: bad-input-2022');
  beforeAll(async () => {
    secretariat = await ctx.loginAs('secretariat');
    await importOrgFile(db, SYSTEM_ACTOR, file, { dryRun: false });
    small = (await findEntityIdByKey(db, 'collaboration', null, 'bad-input-2022')) as string;
  });
  const detail = (res: { json: () => unknown }) => (res.json() as { detail?: string }).detail;

  it('answers 404 for an unknown collaboration', async () => {
    const res = await secretariat.post('/api/org/reorganisations', {
      sourceCollaborationIds: ['00000000-0000-4000-8000-000000000000'],
      effectiveDate: '2027-01-01',
      successorYaml: successor,
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('answers 422 for a date not after the fora start', async () => {
    const res = await secretariat.post('/api/org/reorganisations', {
      sourceCollaborationIds: [small],
      effectiveDate: '2022-07-01',
      successorYaml: successor,
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(detail(res)).toContain('2022-07-01');
  });

  it('answers 422 for an unknown successor key in a mapping, in Danish and English', async () => {
    const koege = await forumId(db, small, 'klynge-koege');
    const body = {
      sourceCollaborationIds: [small],
      effectiveDate: '2027-01-01',
      successorYaml: successor,
      mappings: [{ fromForumId: koege, toForumKeys: ['findes-ikke'] }],
    };
    const res = await secretariat.post('/api/org/reorganisations', body);
    expect(res.statusCode, res.body).toBe(422);
    expect(detail(res)).toContain('findes-ikke');
    const en = await secretariat.post('/api/org/reorganisations', body, {
      headers: { 'accept-language': 'en' },
    });
    expect((en.json() as { en: { detail: string } }).en.detail).toContain('unknown findes-ikke');
  });

  it('refuses members and readers', async () => {
    for (const role of ['member', 'reader'] as const) {
      const client = await ctx.loginAs(role);
      const res = await client.post('/api/org/reorganisations', {
        sourceCollaborationIds: [small],
        effectiveDate: '2027-01-01',
        successorYaml: successor,
      });
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });
});
