/**
 * Fields the organisation file validates and that now survive the database: cluster-member
 * `source`/`note`, the cluster's `reference` and a forum's `agendaDeadlineWorkingDays`. They are
 * stored on import, shown in the API, exported, and re-importing the export changes nothing. The
 * meetings module computes a forum's default agenda deadline from its setting.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addWorkingDays } from '../../../domain/meetings/index';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { countRows } from './test/org-file-db';
import { readTemplate } from './test/org-file-fixtures';

let ctx: TestContext;
let secretariat: TestClient;
let reader: TestClient;

const YAML = { 'content-type': 'text/yaml' };
const IMPORT = '/api/org/files/import?dryRun=false';
const SOUTH = readTemplate('south-denmark-2022').replace(
  '    shortName: SSU\n',
  '    shortName: SSU\n    agendaDeadlineWorkingDays: 7\n',
);

interface FileCluster {
  key: string;
  reference?: string;
  members: { municipality: string; source?: string; note?: string }[];
}
interface FileForum {
  key: string;
  agendaDeadlineWorkingDays?: number;
}
interface ParsedFile {
  clusters: FileCluster[];
  fora: FileForum[];
}

let collaborationId = '';
const forumIds = new Map<string, string>();

beforeAll(async () => {
  ctx = await createTestContext();
  secretariat = await ctx.loginAs('secretariat');
  reader = await ctx.loginAs('reader');
  const res = await secretariat.post(IMPORT, SOUTH, { headers: YAML });
  expect(res.statusCode, res.body).toBe(200);
  const list = await reader.get('/api/org/collaborations?date=2024-01-01');
  collaborationId = (list.json() as { items: { entityId: string }[] }).items[0]?.entityId ?? '';
  const overview = await reader.get(
    `/api/org/collaborations/${collaborationId}/overview?date=2024-01-01`,
  );
  const levels = (
    overview.json() as { foraByLevel: { fora: { entityId: string; name: string }[] }[] }
  ).foraByLevel;
  for (const f of levels.flatMap((l) => l.fora)) forumIds.set(f.name, f.entityId);
});
afterAll(() => ctx.close());

describe('the organisation file round trip', () => {
  it('exports cluster references, member sources and notes, and agenda deadlines', async () => {
    const res = await reader.get(
      '/api/org/collaborations/south-denmark-2022/export?date=2024-01-01',
    );
    expect(res.statusCode, res.body).toBe(200);
    const exported = parse(res.body) as ParsedFile;
    const original = parse(SOUTH) as ParsedFile;
    expect(exported.clusters.map((c) => c.reference)).toEqual(
      original.clusters.map((c) => c.reference),
    );
    expect(exported.clusters[0]?.reference).toBe(
      'Sundhedsklynge Fyn (official cluster name not verified)',
    );
    const members = (file: ParsedFile) =>
      file.clusters.flatMap((c) =>
        c.members.map((m) => [c.key, String(m.municipality), m.source ?? null, m.note ?? null]),
      );
    expect(members(exported)).toEqual(members(original));
    expect(members(exported)[0]).toEqual([
      'fyn',
      '420',
      'reference/dk-health-clusters.csv',
      'partial: members only from 2019 proposal (2 media copies); 2022 cluster page not found',
    ]);
    expect(exported.fora.find((f) => f.key === 'ssu')?.agendaDeadlineWorkingDays).toBe(7);
    expect(exported.fora.find((f) => f.key === 'kkr')?.agendaDeadlineWorkingDays).toBeUndefined();

    const before = await countRows(ctx.database.db);
    const again = await secretariat.post(IMPORT, res.body, { headers: YAML, auditDelta: 0 });
    expect(again.json()).toMatchObject({ diff: { noop: true, counts: { changed: 0 } } });
    expect(await countRows(ctx.database.db)).toEqual(before);
  });

  it('shows the fields in the API: forum attributes, clusters and their members', async () => {
    const ssu = forumIds.get('Sundhedssamarbejdsudvalget') ?? '';
    const page = (await reader.get(`/api/org/fora/${ssu}?date=2024-01-01`)).json() as {
      forum: { agendaDeadlineWorkingDays: number | null };
    };
    expect(page.forum.agendaDeadlineWorkingDays).toBe(7);
    const overview = (
      await reader.get(`/api/org/collaborations/${collaborationId}/overview?date=2024-01-01`)
    ).json() as {
      clusters: {
        cluster: { reference: string | null };
        members: { code: string; source: string | null; note: string | null }[];
      }[];
    };
    const fyn = overview.clusters.find((c) =>
      c.cluster.reference?.startsWith('Sundhedsklynge Fyn'),
    );
    expect(fyn?.members.find((m) => m.code === '461')).toMatchObject({
      source: 'reference/dk-health-clusters.csv',
      note: expect.stringContaining('2019 proposal'),
    });
  });

  it('lets the secretariat change a forum’s agenda deadline', async () => {
    const kkr = forumIds.get('KKR Syddanmark') ?? '';
    const res = await secretariat.patch(`/api/org/fora/${kkr}`, {
      effectiveFrom: '2022-07-01',
      agendaDeadlineWorkingDays: 12,
    });
    expect(res.statusCode, res.body).toBe(200);
    const page = (await reader.get(`/api/org/fora/${kkr}?date=2024-01-01`)).json() as {
      forum: { agendaDeadlineWorkingDays: number | null };
    };
    expect(page.forum.agendaDeadlineWorkingDays).toBe(12);
  });
});

describe('the agenda deadline of a meeting', () => {
  const meeting = async (forum: string, day: string) => {
    const res = await secretariat.post('/api/meetings', {
      forumId: forumIds.get(forum),
      title: `Møde i ${forum}`,
      startsAt: `${day}T10:00`,
      endsAt: `${day}T12:00`,
      acknowledgeWarnings: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { meeting: { id: string; agendaDeadline: string } }).meeting;
  };

  it('follows the forum’s working days, else the default of 10', async () => {
    const ssu = await meeting('Sundhedssamarbejdsudvalget', '2024-03-14');
    expect(ssu.agendaDeadline).toBe(addWorkingDays('2024-03-14', -7));
    const kkr = await meeting('KKR Syddanmark', '2024-03-12');
    expect(kkr.agendaDeadline).toBe(addWorkingDays('2024-03-12', -12));
    const fu = await meeting('Forretningsudvalget for Sundhedsdirektørforum', '2024-03-11');
    expect(fu.agendaDeadline).toBe(addWorkingDays('2024-03-11', -10));
  });

  it('gives each preparing forum its own working days in the deadline plan', async () => {
    const sf = forumIds.get('Samarbejdsforum mellem kommuner og region') ?? '';
    const ssuId = forumIds.get('Sundhedssamarbejdsudvalget') ?? '';
    const patched = await secretariat.patch(`/api/org/fora/${sf}`, {
      effectiveFrom: '2022-07-01',
      agendaDeadlineWorkingDays: 3,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const rule = await secretariat.post('/api/meetings/ordering-rules', {
      collaborationId,
      kind: 'prepares',
      forumId: ssuId,
      dependsOnForumId: sf,
      minDaysBetween: 7,
      maxDaysBetween: 42,
    });
    expect(rule.statusCode, rule.body).toBe(201);
    await meeting('Samarbejdsforum mellem kommuner og region', '2024-09-02');
    const ssu = await meeting('Sundhedssamarbejdsudvalget', '2024-09-26');
    const res = await reader.get(`/api/meetings/${ssu.id}/deadlines`);
    expect(res.statusCode, res.body).toBe(200);
    const plan = (res.json() as { plans: { steps: { agendaDeadline: string }[] }[] }).plans[0];
    expect(plan?.steps.map((s) => s.agendaDeadline)).toEqual([
      addWorkingDays('2024-09-02', -3),
      addWorkingDays('2024-09-26', -7),
    ]);
  });

  it('moves with the meeting, still from the forum’s working days', async () => {
    const ssu = await meeting('Sundhedssamarbejdsudvalget', '2024-05-16');
    const res = await secretariat.patch(`/api/meetings/${ssu.id}`, {
      startsAt: '2024-05-23T10:00',
      endsAt: '2024-05-23T12:00',
      acknowledgeWarnings: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    const moved = (res.json() as { meeting: { agendaDeadline: string } }).meeting;
    expect(moved.agendaDeadline).toBe(addWorkingDays('2024-05-23', -7));
  });
});
