import { describe, expect, it } from 'vitest';
import { checkOrgFile } from './check';
import { storedToNormalised } from './from-stored';
import { planOrgImport } from './import-plan';
import { predecessorRef, type ImportPlanInput } from './import-types';
import type { NormalisedOrg } from './model';
import { parseOrgFile } from './parse';
import { stringifyOrgFile } from './stringify';
import { HEALTH_COUNCIL_FILE, TEST_REFERENCE } from './test/fixtures';
import { createMemoryStore } from './test/memory-store';
import { toFileData } from './to-file';
import { toSnapshot } from './to-snapshot';

const parse = (text: string) => parseOrgFile(text, TEST_REFERENCE);
const orgOf = (text: string): NormalisedOrg => {
  const result = parse(text);
  if (result.org === null) throw new Error(JSON.stringify(result.errors));
  return result.org;
};
const messages = (text: string) => parse(text).errors.map((e) => e.message);
const replaced = (from: string, to: string) => {
  if (!HEALTH_COUNCIL_FILE.includes(from)) throw new Error(`not in the file: ${from}`);
  return HEALTH_COUNCIL_FILE.replace(from, to);
};

describe('a health council in an organisation file', () => {
  it('reads owner, area kind, council size, predecessors, verification and political parties', () => {
    const org = orgOf(HEALTH_COUNCIL_FILE);
    const region = org.parties.find((p) => p.key === 'region');
    expect(region).toMatchObject({
      councilSize: 31,
      predecessors: [{ collaboration: 'syd-2022', party: 'region' }],
      verification: { councilSize: { status: 'verified', source: 'L 214 § 1 nr. 7', note: null } },
    });
    expect(org.clusters[0]).toMatchObject({
      kind: 'healthCouncilArea',
      verification: { members: { status: 'unverified', source: null } },
    });
    expect(org.memberships[1]?.verification).toEqual({
      membership: { status: 'conflict', source: null, note: 'CONFLICT: to kilder' },
    });
    expect(org.fora[0]).toMatchObject({
      level: 'healthCouncil',
      kind: 'political',
      clusterKey: 'sydvest',
      ownerKey: 'region',
      verification: { owner: { status: 'verified' } },
    });
    const seat = (key: string) => org.seats.find((s) => s.key === key);
    expect(seat('extra-a')?.politicalParty).toBe('A');
    expect(seat('mayors')?.born).toMatchObject({ substitute: { office: 'deputyMayor' } });
    expect(seat('esbjerg-mayor')?.born).toMatchObject({
      parties: { of: 'parties', parties: ['561'] },
    });
    expect(org.rules.map((r) => [r.key, r.verification?.formula?.status ?? null])).toEqual([
      ['seatsPerMunicipality_seats-1_tiers-100000-2', 'inferred'],
      ['seatCountRelation_difference-1_otherPartyKind-municipality_partyKind-region', null],
      ['politicalComposition', null],
      ['everyClusterRepresented_areaKind-healthCouncilArea', null],
    ]);
    expect(org.persons.map((p) => p.politicalParty)).toEqual(['V', null, 'A']);
  });

  it('accepts YAML merge keys, the entry’s own keys winning', () => {
    const org = orgOf(
      replaced('    cluster: sydvest\n', '    cluster: sydvest\n    kind: administrative\n'),
    );
    expect(org.fora[0]).toMatchObject({ level: 'healthCouncil', kind: 'administrative' });
  });

  it('gives the snapshot entity ids for owner, named parties and predecessors', () => {
    const snap = toSnapshot(orgOf(HEALTH_COUNCIL_FILE));
    expect(snap.parties.find((p) => p.key === 'region')?.predecessorPartyIds).toEqual([
      'syd-2022:party:region',
    ]);
    expect(snap.fora[0]?.ownerPartyId).toBe('sundhed-2027:party:region');
    const born = snap.seats.find((s) => s.key.endsWith('/esbjerg-mayor'))?.born;
    expect(born).toEqual({
      kind: 'officeHolders',
      office: 'mayor',
      parties: { of: 'parties', partyIds: ['sundhed-2027:party:561'] },
    });
  });

  it('refuses an owner that is not a region, a council area of the wrong kind and unknown parties', () => {
    expect(messages(replaced('    owner: region', '    owner: "561"'))).toEqual([
      'Ejeren "561" er af typen municipality; et forums ejer skal være en region',
    ]);
    expect(messages(replaced('    kind: healthCouncilArea\n', ''))).toEqual([
      'Et sundhedsråds område skal være af typen healthCouncilArea, men "sydvest" er cluster',
    ]);
    expect(messages(replaced('parties: ["561"]', 'parties: ["999x"]'))).toEqual([
      'Henvisning til parten "999x", som ikke findes i filen',
    ]);
  });

  it('checks the composition rules on a day', () => {
    const check = (text: string) =>
      checkOrgFile(text, TEST_REFERENCE, { today: '2027-03-01', date: '2027-03-01' }).breaches.map(
        (b) => [b.breach.code, b.breach.params],
      );
    expect(check(HEALTH_COUNCIL_FILE)).toEqual([
      [
        'breach.seatCountRelation',
        expect.objectContaining({ count: 3, otherCount: 4, difference: 1, expected: 5 }),
      ],
      [
        'breach.politicalComposition',
        expect.objectContaining({
          personName: 'Anna Prøvesen (demo)',
          politicalParty: 'A',
          personParty: 'V',
        }),
      ],
    ]);
    const withoutEsbjergSeat = replaced(
      'born: { kind: officeHolders, office: mayor, parties: { of: parties, parties: ["561"] } }',
      'partyKind: region',
    );
    expect(check(withoutEsbjergSeat)).toContainEqual([
      'breach.seatsPerMunicipality',
      expect.objectContaining({ municipalityName: 'Esbjerg', expected: 2, count: 1 }),
    ]);
  });
});

describe('importing a merged region', () => {
  const input = (store: ReturnType<typeof createMemoryStore>, extra: Partial<ImportPlanInput>) => {
    const incoming = orgOf(HEALTH_COUNCIL_FILE);
    return planOrgImport({
      stored: store.snapshot(),
      knownPersons: [],
      incoming,
      effectiveFrom: incoming.collaboration.validFrom,
      prune: false,
      newId: store.newId,
      ...extra,
    });
  };

  it('refuses a predecessor that is not stored, in Danish', () => {
    const plan = input(createMemoryStore(), {});
    expect(plan.problems).toEqual([
      {
        path: ['parties', 3, 'predecessors', 0],
        message:
          'Forgængeren "region" i samarbejdet "syd-2022" findes ikke. Indlæs først det samarbejde, eller ret nøglerne.',
        messageEn:
          'The predecessor "region" in collaboration "syd-2022" does not exist. Import that collaboration first, or correct the keys.',
      },
    ]);
  });

  it('stores the predecessor’s entity id and exports it by keys, as a no-op round trip', () => {
    const store = createMemoryStore();
    const old = 'aaaaaaaa-0000-4000-8000-000000000001';
    const predecessorIds = new Map([[predecessorRef('syd-2022', 'region'), old]]);
    const plan = input(store, { predecessorIds });
    expect(plan.problems).toEqual([]);
    store.applyAll(plan.ops, plan.collaborationId);
    const region = store.tables.parties.find((p) => p.key === 'region');
    expect(region).toMatchObject({ councilSize: 31, predecessorPartyIds: [old] });
    const forum = store.tables.fora[0];
    expect(forum?.ownerPartyId).toBe(region?.entityId);
    const foreign = new Map([[old, { collaboration: 'syd-2022', party: 'region' }]]);
    const view = storedToNormalised(store.snapshot()!, '2027-03-01', TEST_REFERENCE, foreign)!;
    const text = stringifyOrgFile(toFileData(view.org), { reference: TEST_REFERENCE });
    expect(text).toContain('owner: region');
    expect(text).toContain('kind: healthCouncilArea');
    expect(text).toContain('politicalParty: A');
    expect(text).toContain('substitute: { office: deputyMayor }');
    const again = planOrgImport({
      stored: store.snapshot(),
      knownPersons: [],
      incoming: orgOf(text),
      effectiveFrom: '2027-03-01',
      prune: false,
      newId: store.newId,
      predecessorIds,
    });
    expect(again.problems).toEqual([]);
    expect(again.diff.noop).toBe(true);
  });
});
