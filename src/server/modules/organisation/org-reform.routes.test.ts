/**
 * The reform as a reorganisation the product performs (issue 7): the South Danish reform on a
 * copy of the 2022 model (clusters and SSU → four health councils, KKR continuing), a merger of
 * two collaborations into a new one, and bad input. Every open case and step, future meeting,
 * series and open agenda item before the reform is found at its successor after it; the dry run
 * writes nothing; the real run writes one audit row and one reorganisations row.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { createTestContext, type TestClient } from '../../test/test-app';
import type { ReformResult } from '../../../shared/reorganisation.contract';
import { appoint, createPerson, findEntityIdByKey, importOrgFile, orgContext } from './index';

const ctx = await createTestContext();
afterAll(() => ctx.close());
const db = ctx.database.db;

/** The 2022 template without its assumed end, as the demo's copy before the reform. */
const SOUTH = readFileSync('templates/south-denmark-2022.yaml', 'utf8').replace(
  /\n  validTo: 2026-12-31\n/,
  '\n',
);
const CAPITAL = readFileSync('templates/capital-2022.yaml', 'utf8').replace(
  /\n  validTo: 2026-12-31\n/,
  '\n',
);

const SOUTH_CODES = {
  fyn: ['420', '430', '440', '450', '461', '479', '480', '482', '492'],
  lillebaelt: ['410', '607', '621', '630'],
  sydvestjylland: ['530', '561', '563', '573', '575'],
  sonderjylland: ['510', '540', '550', '580'],
};

const councilSeats = `
    seats:
      - { key: formand, role: chair, isFunction: true, partyKind: region, label: Formand }
      - { key: municipal-co-chair, role: viceChair, isFunction: true, partyKind: municipality, label: Næstformand }
      - { key: municipal-members, partyKind: municipality, label: Kommunale medlemmer }`;

/** The successor model: four health councils on the clusters' areas, KKR by the same key. */
function southSuccessor(): string {
  const codes = Object.values(SOUTH_CODES).flat();
  const areas = Object.entries(SOUTH_CODES)
    .map(
      ([key, members]) => `  - key: omraade-${key}
    name: Sundhedsrådsområde ${key}
    members:
${members.map((m) => `      - { municipality: "${m}" }`).join('\n')}`,
    )
    .join('\n');
  const councils = Object.keys(SOUTH_CODES)
    .map(
      (key) => `  - key: sundhedsraad-${key}
    name: Sundhedsråd ${key}
    level: healthCouncil
    kind: political
    scope: crossSector
    cluster: omraade-${key}${councilSeats}`,
    )
    .join('\n');
  return `format: samspil/organisation@1
collaboration:
  key: south-denmark-2022
  name: Sundhedssamarbejdet i Syddanmark
  regionName: Syddanmark
  validFrom: 2027-01-01
parties:
${codes.map((c) => `  - { kind: municipality, code: "${c}" }`).join('\n')}
  - { key: region, kind: region, name: Region Syddanmark }
clusters:
${areas}
fora:
  - key: kkr
    name: KKR Syddanmark
    level: regional
    kind: political
    scope: interMunicipal
${councils}
`;
}

async function forumId(collaborationId: string, key: string): Promise<string> {
  const id = await findEntityIdByKey(db, 'forum', collaborationId, key);
  if (id === null) throw new Error(`no forum ${key}`);
  return id;
}

async function seatId(collaborationId: string, ref: string): Promise<string> {
  const id = await findEntityIdByKey(db, 'seat', collaborationId, ref);
  if (id === null) throw new Error(`no seat ${ref}`);
  return id;
}

/** What the dry run must leave untouched. */
async function fingerprint(): Promise<string> {
  const q = async (query: ReturnType<typeof sql>) =>
    ((await db.execute(query)) as unknown as { rows: unknown[] }).rows;
  return JSON.stringify([
    await q(sql`select id, forum_id, collaboration_id, ics_sequence from meetings order by id`),
    await q(sql`select id, forum_id, status, meeting_id from case_steps order by id`),
    await q(sql`select id, collaboration_id from cases order by id`),
    await q(sql`select id, forum_id from meeting_series order by id`),
    await q(sql`select id, valid_from, valid_to from fora order by id`),
    await q(sql`select id, valid_from, valid_to from seats order by id`),
    await q(sql`select id, valid_from, valid_to from clusters order by id`),
    await q(sql`select id, valid_from, valid_to from appointments order by id`),
    await q(sql`select id, valid_from, valid_to from office_holdings order by id`),
    await q(sql`select id, valid_from, valid_to from collaborations order by id`),
    await q(sql`select count(*)::int as n from reorganisations`),
    await q(sql`select count(*)::int as n from audit_log`),
  ]);
}

async function meeting(client: TestClient, forum: string, date: string, title: string) {
  const res = await client.post('/api/meetings', {
    forumId: forum,
    title,
    startsAt: `${date}T10:00:00+01:00`,
    endsAt: `${date}T12:00:00+01:00`,
    acknowledgeWarnings: true,
  });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as { id?: string; meeting?: { id: string } };
  return (body.meeting?.id ?? body.id) as string;
}

async function raise(
  client: TestClient,
  collaborationId: string,
  title: string,
  route: string[],
): Promise<{ id: string; steps: { id: string; forumId: string }[] }> {
  const res = await client.post('/api/cases', {
    collaborationId,
    title,
    type: 'decision',
    raisedInForumId: route[0],
    route,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().case;
}

const KINDS_WITH_WORK = [
  'openCases',
  'openCaseSteps',
  'futureMeetings',
  'meetingSeries',
  'openAgendaItems',
  'continuingAppointments',
];

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
      fora[key] = await forumId(south, key);
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
        seatId: await seatId(south, ref),
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
    const before = await fingerprint();
    const res = await secretariat.post('/api/org/reorganisations', request(), { auditDelta: 0 });
    expect(res.statusCode, res.body).toBe(200);
    dry = res.json();
    expect(dry).toMatchObject({
      dryRun: true,
      id: null,
      target: 'continue',
      lastDay: '2026-12-31',
    });
    expect(await fingerprint()).toBe(before);
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
    const council = async (key: string) => forumId(south, `sundhedsraad-${key}`);
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
      successorForumIds: [await forumId(south, 'sundhedsraad-fyn')],
    });
    const kkr = await secretariat.get(`/api/org/fora/${fora.kkr}?date=2027-03-01`);
    expect(kkr.statusCode).toBe(200);
    const anna = real.mappings.find((m) => m.from.key === 'politisk-fyn');
    expect(anna?.to[0]?.name).toBe('Sundhedsråd fyn');
  });
});

/** A tiny 2022 collaboration standing in for Region Sjælland's. */
const ZEALAND = `format: samspil/organisation@1
collaboration:
  key: zealand-test-2022
  name: Sundhedssamarbejdet i Sjælland (test)
  regionName: Sjælland
  validFrom: 2022-07-01
parties:
  - { kind: municipality, code: "259" }
  - { kind: municipality, code: "265" }
  - { kind: municipality, code: "330" }
  - { key: region, kind: region, name: Region Sjælland }
clusters:
  - key: klynge-koege
    name: Sundhedsklynge Køge
    members:
      - { municipality: "259" }
      - { municipality: "265" }
  - key: klynge-slagelse
    name: Sundhedsklynge Slagelse
    members:
      - { municipality: "330" }
fora:
  - key: ssu
    name: Sundhedssamarbejdsudvalget Sjælland
    level: regional
    kind: political
    scope: crossSector
  - key: klynge-koege
    name: Sundhedsklynge Køge
    level: cluster
    kind: political
    scope: crossSector
    cluster: klynge-koege
    seats:
      - { key: municipal-co-chair, role: coChair, partyKind: municipality, label: Kommunal medformand }
  - key: klynge-slagelse
    name: Sundhedsklynge Slagelse
    level: cluster
    kind: political
    scope: crossSector
    cluster: klynge-slagelse
`;

/** The merged 2027 collaboration: one council on the Køge and Copenhagen areas, one on the rest. */
function eastSuccessor(capitalCodes: string[]): string {
  const all = [...new Set([...capitalCodes, '259', '265', '330'])];
  const east = capitalCodes.filter((c) => c !== '101');
  return `format: samspil/organisation@1
collaboration:
  key: ostdanmark-2027
  name: Sundhedssamarbejdet i Østdanmark
  regionName: Østdanmark
  validFrom: 2027-01-01
parties:
${all.map((c) => `  - { kind: municipality, code: "${c}" }`).join('\n')}
  - { key: region, kind: region, name: Region Østdanmark }
clusters:
  - key: omraade-byen
    name: Sundhedsrådsområde København og Køge
    members:
${['101', '259', '265'].map((m) => `      - { municipality: "${m}" }`).join('\n')}
  - key: omraade-resten
    name: Sundhedsrådsområde resten
    members:
${[...east, '330'].map((m) => `      - { municipality: "${m}" }`).join('\n')}
fora:
  - key: sundhedsraad-byen
    name: Sundhedsråd København og Køge
    level: healthCouncil
    kind: political
    scope: crossSector
    cluster: omraade-byen${councilSeats}
  - key: sundhedsraad-resten
    name: Sundhedsråd resten
    level: healthCouncil
    kind: political
    scope: crossSector
    cluster: omraade-resten${councilSeats}
`;
}

describe('a merger of two collaborations into a new one', () => {
  let secretariat: TestClient;
  let capital: string;
  let zealand: string;
  let result: ReformResult;
  let koegeMeeting: string;
  let koegeCase: string;

  beforeAll(async () => {
    await importOrgFile(db, SYSTEM_ACTOR, CAPITAL, { dryRun: false });
    await importOrgFile(db, SYSTEM_ACTOR, ZEALAND, { dryRun: false });
    capital = (await findEntityIdByKey(db, 'collaboration', null, 'capital-2022')) as string;
    zealand = (await findEntityIdByKey(db, 'collaboration', null, 'zealand-test-2022')) as string;
    secretariat = await ctx.loginAs('secretariat');
    const koege = await forumId(zealand, 'klynge-koege');
    koegeMeeting = await meeting(secretariat, koege, '2027-02-02', 'Køge');
    koegeCase = (
      await raise(secretariat, zealand, 'Køge-sag', [koege, await forumId(zealand, 'ssu')])
    ).id;
  });

  it('reforms both into Region Østdanmark’s collaboration with equal counts', async () => {
    const codes = (
      (await db.execute(
        sql`select distinct code from parties where collaboration_id = ${capital} and kind = 'municipality'`,
      )) as unknown as { rows: { code: string }[] }
    ).rows.map((r) => r.code);
    const body = {
      sourceCollaborationIds: [capital, zealand],
      effectiveDate: '2027-01-01',
      successorYaml: eastSuccessor(codes),
      acknowledgeBreaches: true,
    };
    const preview = await secretariat.post('/api/org/reorganisations', body, { auditDelta: 0 });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      target: 'new',
      targetCollaboration: { id: null, key: 'ostdanmark-2027', created: true },
    });
    expect(await findEntityIdByKey(db, 'collaboration', null, 'ostdanmark-2027')).toBeNull();
    const res = await secretariat.post('/api/org/reorganisations', { ...body, dryRun: false });
    expect(res.statusCode, res.body).toBe(200);
    result = res.json();
    for (const c of result.counts) expect(c.after, c.kind).toBe(c.before);
    expect(result.counts.find((c) => c.kind === 'futureMeetings')?.before).toBe(1);
    expect(result.mappings.find((m) => m.from.key === 'klynge-koege')?.to[0]?.key).toBe(
      'sundhedsraad-byen',
    );
  });

  it('moves the open work into the new collaboration', async () => {
    const east = result.targetCollaboration.id as string;
    const moved = (await secretariat.get(`/api/meetings/${koegeMeeting}`)).json();
    expect(moved.forumId).toBe(await forumId(east, 'sundhedsraad-byen'));
    const detail = (await secretariat.get(`/api/cases/${koegeCase}`)).json();
    expect(detail.collaborationId).toBe(east);
  });

  it('keeps the history of both sources readable and shows the new one from 2027', async () => {
    for (const id of [capital, zealand]) {
      const res = await secretariat.get(`/api/org/collaborations/${id}/overview?date=2026-06-01`);
      expect(res.statusCode, res.body).toBe(200);
      expect(JSON.stringify(res.json())).toContain('2022');
    }
    const koege = await secretariat.get(
      `/api/org/fora/${await forumId(zealand, 'klynge-koege')}?date=2026-06-01`,
    );
    expect(koege.statusCode).toBe(200);
    const east = result.targetCollaboration.id as string;
    const now = await secretariat.get(`/api/org/collaborations/${east}/overview?date=2027-03-01`);
    expect(now.statusCode, now.body).toBe(200);
    expect(JSON.stringify(now.json())).toContain('Sundhedsråd København og Køge');
    const list = await secretariat.get(`/api/org/reorganisations?collaborationId=${zealand}`);
    expect(list.json().items[0]).toMatchObject({ target: { key: 'ostdanmark-2027' } });
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
    const koege = await forumId(small, 'klynge-koege');
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
