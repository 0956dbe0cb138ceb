/**
 * The reform as a merger (issue 7): Region Hovedstaden's 2022 collaboration and a small stand-in
 * for Region Sjælland's are reformed together into a new Østdanmark collaboration; the open work
 * moves into it with equal counts and the history of both sources stays readable. And an org-file
 * import that ends fora and creates new ones carries their open work over (`carryOver=true`).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { createTestContext, type TestClient } from '../../test/test-app';
import type { ReformResult } from '../../../shared/reorganisation.contract';
import { findEntityIdByKey, importOrgFile } from './index';
import { CAPITAL, eastSuccessor, forumId, meeting, raise, ZEALAND } from './test/reform-fixtures';

const ctx = await createTestContext();
afterAll(() => ctx.close());
const db = ctx.database.db;

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
    const koege = await forumId(db, zealand, 'klynge-koege');
    koegeMeeting = await meeting(secretariat, koege, '2027-02-02', 'Køge');
    koegeCase = (
      await raise(secretariat, zealand, 'Køge-sag', [koege, await forumId(db, zealand, 'ssu')])
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
    expect(moved.forumId).toBe(await forumId(db, east, 'sundhedsraad-byen'));
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
      `/api/org/fora/${await forumId(db, zealand, 'klynge-koege')}?date=2026-06-01`,
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

/** The same small collaboration reorganised by an import: clusters and SSU out, a council in. */
const IMPORT_SUCCESSOR = `format: samspil/organisation@1
collaboration:
  key: import-test-2022
  name: Sundhedssamarbejdet i Sjælland (test)
  regionName: Sjælland
  validFrom: 2022-07-01
parties:
  - { kind: municipality, code: "259" }
  - { kind: municipality, code: "265" }
  - { kind: municipality, code: "330" }
  - { key: region, kind: region, name: Region Sjælland }
clusters:
  - key: omraade
    kind: healthCouncilArea
    name: Sundhedsrådsområde Sjælland
    validFrom: 2027-01-01
    members:
      - { municipality: "259" }
      - { municipality: "265" }
      - { municipality: "330" }
fora:
  - key: sundhedsraad
    name: Sundhedsråd Sjælland
    level: healthCouncil
    kind: political
    scope: crossSector
    cluster: omraade
    validFrom: 2027-01-01
`;

describe('an org-file import that ends fora, with carryOver=true', () => {
  let secretariat: TestClient;
  let id: string;
  let koegeMeeting: string;

  beforeAll(async () => {
    await importOrgFile(
      db,
      SYSTEM_ACTOR,
      ZEALAND.replace('zealand-test-2022', 'import-test-2022'),
      {
        dryRun: false,
      },
    );
    id = (await findEntityIdByKey(db, 'collaboration', null, 'import-test-2022')) as string;
    secretariat = await ctx.loginAs('secretariat');
    const koege = await forumId(db, id, 'klynge-koege');
    koegeMeeting = await meeting(secretariat, koege, '2027-02-02', 'Køge');
    await raise(secretariat, id, 'Køge-sag', [koege, await forumId(db, id, 'ssu')]);
  });

  const url = (dryRun: boolean) =>
    `/api/org/files/import?dryRun=${dryRun}&prune=true&effectiveFrom=2027-01-01&carryOver=true`;

  it('previews the carry-over in a dry run without writing', async () => {
    const res = await secretariat.post(url(true), { yaml: IMPORT_SUCCESSOR }, { auditDelta: 0 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().carryOver).toMatchObject({ id: null, effectiveDate: '2027-01-01' });
    const still = (await secretariat.get(`/api/meetings/${koegeMeeting}`)).json();
    expect(still.forumId).toBe(await forumId(db, id, 'klynge-koege'));
  });

  it('carries the open work to the new council in the import’s one audited change', async () => {
    const res = await secretariat.post(url(false), { yaml: IMPORT_SUCCESSOR });
    expect(res.statusCode, res.body).toBe(200);
    const carried = res.json().carryOver;
    expect(carried.id).toEqual(expect.any(String));
    for (const c of carried.counts) expect(c.after, c.kind).toBe(c.before);
    expect(carried.counts.find((c: { kind: string }) => c.kind === 'openCases').before).toBe(1);
    const council = await forumId(db, id, 'sundhedsraad');
    expect((await secretariat.get(`/api/meetings/${koegeMeeting}`)).json().forumId).toBe(council);
    const list = await secretariat.get(`/api/org/reorganisations?collaborationId=${id}`);
    expect(list.json().items[0]).toMatchObject({ kind: 'import', effectiveDate: '2027-01-01' });
  });
});
