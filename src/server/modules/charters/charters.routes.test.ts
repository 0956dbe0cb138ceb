/**
 * Charters (issue 13, acceptance): a forum's charter saved as versions (the version valid on a
 * day, the history with who saved it); the officials' committee of the Capital Region's
 * template collaboration (templates/capital-2022.yaml) requests charters from its five clusters
 * with three minimum requirements; one cluster delivers on time and is assessed, one delivers
 * late, the rest are missing: the status matrix on a day says so.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { createTestContext, type TestClient } from '../../test/test-app';
import { findEntityIdByKey, importOrgFile } from '../organisation/index';
import type { CharterRequestDetail, StatusRow } from '../../../shared/charters.contract';

const ctx = await createTestContext();
afterAll(() => ctx.close());
const db = ctx.database.db;

const template = readFileSync(
  fileURLToPath(new URL('../../../../templates/capital-2022.yaml', import.meta.url)),
  'utf8',
);

let secretariat: TestClient;
let outsider: TestClient;
let collaborationId: string;
const forum: Record<string, string> = {};
const REQUIREMENTS = ['Formål beskrevet', 'Faste opgaver og forpligtelser', 'Mødefrekvens'];

beforeAll(async () => {
  await importOrgFile(db, SYSTEM_ACTOR, template, { dryRun: false, today: '2026-06-01' });
  collaborationId = (await findEntityIdByKey(db, 'collaboration', null, 'capital-2022')) ?? '';
  for (const key of ['embedsmandsudvalget', 'administrativ-byen', 'politisk-syd', 'ssu']) {
    forum[key] = (await findEntityIdByKey(db, 'forum', collaborationId, key)) ?? '';
  }
  secretariat = await ctx.loginAs('secretariat', 'Fælles sekretariat');
  outsider = await ctx.loginAs('secretariat', 'Sekretær i Syddanmark', {
    scopes: [{ kind: 'region', target: 'Region Syddanmark' }],
  });
}, 300_000);

const charter = (validFrom: string, purpose: string) => ({
  purpose,
  mustTasks: ['Ansvar for den fælles population i sundhedsklyngen'],
  mayTasks: ['Fælles ansøgninger til puljer'],
  composition: 'Sundhedschefer fra klyngens kommuner og akuthospitalet; 4 møder om året.',
  validFrom,
});

describe("a forum's charter", () => {
  it('saves versions and shows the one valid on a day, with the history', async () => {
    const url = `/api/charters/fora/${forum['administrativ-byen']}`;
    expect((await outsider.post(`${url}/versions`, charter('2025-01-01', 'x'))).statusCode).toBe(
      403,
    );
    const v1 = await secretariat.post(`${url}/versions`, charter('2025-01-01', 'Første formål'));
    expect(v1.statusCode, v1.body).toBe(201);
    expect(v1.json()).toMatchObject({ version: 1, savedBy: 'Fælles sekretariat' });
    const v2 = await secretariat.post(`${url}/versions`, charter('2026-07-01', 'Nyt formål'));
    expect(v2.json().version).toBe(2);
    const before = (await secretariat.get(`${url}?on=2026-06-30`)).json();
    expect(before.current).toMatchObject({ version: 1, purpose: 'Første formål' });
    const after = (await secretariat.get(`${url}?on=2026-07-01`)).json();
    expect(after.current).toMatchObject({ version: 2, purpose: 'Nyt formål' });
    expect(after.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(after.total).toBe(2);
    expect((await secretariat.get(`${url}?on=2024-01-01`)).json().current).toBeNull();
  });
});

describe("the officials' committee requests charters from every cluster", () => {
  let requestId: string;
  const status = async (on: string) => {
    const res = await secretariat.get(`/api/charters/requests/${requestId}?on=${on}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as CharterRequestDetail;
  };
  const row = (detail: CharterRequestDetail, name: string) =>
    detail.rows.find((r) => r.clusterName === name) as StatusRow;

  it('creates the request for the clusters of the collaboration as of a day', async () => {
    const res = await secretariat.post('/api/charters/requests', {
      requestingForumId: forum.embedsmandsudvalget,
      title: 'Kommissorier for sundhedsklyngerne',
      asOf: '2026-06-01',
      deadline: '2026-09-01',
      requirements: REQUIREMENTS,
    });
    expect(res.statusCode, res.body).toBe(201);
    requestId = res.json().id;
    const detail = await status('2026-08-01');
    expect(detail.rows.map((r) => r.clusterName).sort()).toEqual([
      'Sundhedsklynge Bornholm',
      'Sundhedsklynge Byen',
      'Sundhedsklynge Midt',
      'Sundhedsklynge Nord',
      'Sundhedsklynge Syd',
    ]);
    expect(detail.counts).toEqual({ onTime: 0, late: 0, missing: 0, awaiting: 5 });
    const list = await secretariat.get(`/api/charters/requests?collaborationId=${collaborationId}`);
    expect(list.json()).toMatchObject({ total: 1, items: [{ requirements: REQUIREMENTS }] });
  });

  it('refuses a delivery from a forum outside the clusters, and one without a charter', async () => {
    const ssu = await secretariat.post(`/api/charters/requests/${requestId}/deliveries`, {
      forumId: forum.ssu,
      deliveredOn: '2026-08-10',
    });
    expect(ssu.statusCode).toBe(422);
    expect(ssu.json().detail).toContain('ikke en klynges forum');
    const none = await secretariat.post(`/api/charters/requests/${requestId}/deliveries`, {
      forumId: forum['politisk-syd'],
      deliveredOn: '2026-08-10',
    });
    expect(none.statusCode).toBe(422);
    expect(none.json().detail).toContain('intet kommissorium');
  });

  it('shows one cluster on time with its marks, one late and the rest missing', async () => {
    const byen = await secretariat.post(`/api/charters/requests/${requestId}/deliveries`, {
      forumId: forum['administrativ-byen'],
      deliveredOn: '2026-08-15',
    });
    expect(byen.statusCode, byen.body).toBe(201);
    const deliveryId = byen.json().id;
    const assess = (met: boolean[]) =>
      secretariat.put(`/api/charters/requests/${requestId}/deliveries/${deliveryId}/assessment`, {
        met,
      });
    expect((await assess([true, true])).statusCode).toBe(422);
    expect((await assess([true, true, false])).statusCode).toBe(200);
    await secretariat.post(
      `/api/charters/fora/${forum['politisk-syd']}/versions`,
      charter('2026-09-01', 'Klynge Syds formål'),
    );
    const syd = await secretariat.post(`/api/charters/requests/${requestId}/deliveries`, {
      forumId: forum['politisk-syd'],
      deliveredOn: '2026-09-10',
    });
    expect(syd.statusCode, syd.body).toBe(201);

    const early = await status('2026-09-05');
    expect(row(early, 'Sundhedsklynge Byen')).toMatchObject({
      status: 'onTime',
      met: [true, true, false],
      metCount: 2,
      delivery: { version: 2, deliveredOn: '2026-08-15' },
    });
    expect(row(early, 'Sundhedsklynge Syd')).toMatchObject({ status: 'missing', delivery: null });
    expect(early.counts).toEqual({ onTime: 1, late: 0, missing: 4, awaiting: 0 });

    const later = await status('2026-09-15');
    expect(row(later, 'Sundhedsklynge Syd')).toMatchObject({
      status: 'late',
      met: [null, null, null],
      delivery: { deliveredOn: '2026-09-10' },
    });
    expect(later.counts).toEqual({ onTime: 1, late: 1, missing: 3, awaiting: 0 });
  });

  it('is out of reach for a secretariat of another region', async () => {
    const res = await outsider.post(`/api/charters/requests`, {
      requestingForumId: forum.embedsmandsudvalget,
      title: 'x',
      asOf: '2026-06-01',
      deadline: '2026-09-01',
      requirements: ['Formål beskrevet'],
    });
    expect(res.statusCode).toBe(403);
  });
});
