/**
 * A 2027 health council through the org-file API: the region's predecessor in another
 * collaboration is resolved by keys (a missing one is refused in Danish), the new columns are
 * stored and shown by the API (owner region, area kind, council size, predecessors, verification
 * per fact, political parties, the substitute of a born seat), and the export re-imports as no
 * change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEALTH_COUNCIL_FILE } from '../../../domain/organisation-file/test/fixtures';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';

let ctx: TestContext;
let secretariat: TestClient;
let reader: TestClient;

const YAML = { 'content-type': 'text/yaml' };
const IMPORT = '/api/org/files/import?dryRun=false';
const PREDECESSOR = `collaboration:
  key: syd-2022
  name: Sundhedssamarbejde Syddanmark 2022
  regionName: Syddanmark
  validFrom: 2022-07-01
  validTo: 2026-12-31
parties:
  - { key: region, kind: region, name: Region Syddanmark }
`;

beforeAll(async () => {
  ctx = await createTestContext();
  secretariat = await ctx.loginAs('secretariat');
  reader = await ctx.loginAs('reader');
});
afterAll(() => ctx.close());

interface Overview {
  parties: {
    key: string;
    entityId: string;
    councilSize: number | null;
    predecessorPartyIds: string[];
    verification: unknown;
  }[];
  clusters: {
    cluster: { kind: string; verification: unknown };
    members: { code: string; verification: unknown }[];
  }[];
  foraByLevel: { fora: { entityId: string; name: string }[] }[];
}

describe('a health council through the org-file API', () => {
  it('refuses a predecessor that is not stored, in Danish with its line', async () => {
    const res = await secretariat.post(IMPORT, HEALTH_COUNCIL_FILE, {
      headers: YAML,
      auditDelta: 0,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      errors: [
        {
          path: 'parties.3.predecessors.0',
          message: expect.stringContaining(
            'Forgængeren "region" i samarbejdet "syd-2022" findes ikke',
          ),
        },
      ],
    });
  });

  it('stores and shows the new fields, and exports a file that re-imports as no change', async () => {
    expect((await secretariat.post(IMPORT, PREDECESSOR, { headers: YAML })).statusCode).toBe(200);
    const res = await secretariat.post(IMPORT, HEALTH_COUNCIL_FILE, { headers: YAML });
    expect(res.statusCode, res.body).toBe(200);
    const listed = async (date: string) =>
      (
        (await reader.get(`/api/org/collaborations?date=${date}`)).json() as {
          items: { entityId: string; key: string }[];
        }
      ).items;
    const items = [...(await listed('2024-01-01')), ...(await listed('2027-03-01'))];
    const id = (key: string) => items.find((c) => c.key === key)?.entityId ?? '';
    const old = (
      await reader.get(`/api/org/collaborations/${id('syd-2022')}/overview?date=2024-01-01`)
    ).json() as Overview;
    const overview = (
      await reader.get(`/api/org/collaborations/${id('sundhed-2027')}/overview?date=2027-03-01`)
    ).json() as Overview;
    const region = overview.parties.find((p) => p.key === 'region');
    expect(region).toMatchObject({
      councilSize: 31,
      predecessorPartyIds: [old.parties[0]?.entityId],
      verification: { councilSize: { status: 'verified' } },
    });
    expect(overview.clusters[0]?.cluster).toMatchObject({
      kind: 'healthCouncilArea',
      verification: { members: { status: 'unverified' } },
    });
    expect(overview.clusters[0]?.members.find((m) => m.code === '563')?.verification).toEqual({
      membership: { status: 'conflict', source: null, note: 'CONFLICT: to kilder' },
    });
    const forumId = overview.foraByLevel.flatMap((l) => l.fora)[0]?.entityId ?? '';
    const page = (await reader.get(`/api/org/fora/${forumId}?date=2027-03-01`)).json() as {
      forum: { level: string; ownerPartyId: string | null; verification: unknown };
      seats: { label: string; politicalParty: string | null; explanation: { da: string } }[];
      rules: { spec: { kind: string }; verification: unknown }[];
      members: {
        seatLabel: string;
        person: { name: string } | null;
        substituteText: { da: string } | null;
      }[];
    };
    expect(page.forum).toMatchObject({
      level: 'healthCouncil',
      ownerPartyId: region?.entityId,
      verification: { owner: { status: 'verified' } },
    });
    expect(page.seats.find((s) => s.label === 'Supplerende medlem (A)')?.politicalParty).toBe('A');
    expect(page.seats.find((s) => s.label === 'Esbjergs borgmester')?.explanation.da).toBe(
      'Født plads: Borgmester i Esbjerg',
    );
    expect(page.seats.find((s) => s.label === 'Borgmestre')?.explanation.da).toContain(
      'stedfortræder: viceborgmester',
    );
    expect(
      page.rules.find((r) => r.spec.kind === 'seatsPerMunicipality')?.verification,
    ).toMatchObject({
      formula: { status: 'inferred' },
    });
    const esbjerg = page.members.find(
      (m) => m.seatLabel === 'Borgmestre' && m.person?.name === 'Anna Prøvesen (demo)',
    );
    expect(esbjerg?.substituteText?.da).toBe('Stedfortræder (viceborgmester): Bo Prøvesen (demo)');

    const municipality = overview.parties.find((p) => p.key === '561')?.entityId;
    const refused = await secretariat.patch(`/api/org/fora/${forumId}`, {
      effectiveFrom: '2027-03-01',
      ownerPartyId: municipality,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('Et forums ejer skal være en region; Esbjerg er af typen');

    const exported = await reader.get(
      '/api/org/collaborations/sundhed-2027/export?date=2027-03-01',
    );
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain('      - collaboration: syd-2022\n        party: region\n');
    expect(exported.body).toContain('kind: healthCouncilArea');
    const again = await secretariat.post(IMPORT, exported.body, { headers: YAML, auditDelta: 0 });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ diff: { noop: true } });
  });
});
