/**
 * The real structures the generated data lives in, built from the shipped reference data
 * (reference/*.csv, read at run time) and written through the product's own org-file importer:
 * per region up to 31 Dec 2026 a collaboration with its municipalities, region, general practice,
 * the reference clusters (from 1 July 2022, verification flags as the CSV has them), the SSU,
 * KKR, an administrative steering group, theme groups and per cluster a political and an
 * administrative forum and working groups; from 1 Jan 2027 the 2027 organisation file of each
 * region (health councils, KKR) as `templates generate-2027` makes it. Collaboration keys start
 * with `gen-`, so they never meet the demo's or a real import's keys. Persons are fictional.
 */
import type { Db } from '../../db/client';
import { SYSTEM_ACTOR } from '../../platform/audit';
import {
  referenceMembership,
  reform2027OrgFile,
  slugOf,
  type ReferenceCluster,
  type ReferenceData,
  type Region2027,
} from '../../../domain/organisation-file/index';
import type { OrgFileInput } from '../../../shared/org-file.contract';
import { findEntityIdByKey, importOrgFile, loadSnapshot } from '../../modules/organisation/index';
import { seededRandom, type Random } from './random';
import { CLUSTER_GROUPS, personName, THEME_GROUPS } from './texts';

/** The prefix of every generated collaboration's key: how generated data is recognised. */
export const GENERATED_KEY_PREFIX = 'gen-';

/** The regions before the 2027 reform, as the reference data names them. */
export const REGIONS_2022 = [
  'Hovedstaden',
  'Midtjylland',
  'Nordjylland',
  'Sjælland',
  'Syddanmark',
] as const;
export type Region2022 = (typeof REGIONS_2022)[number];

/** What a scale builds: which regions, from which year, and how many fora. */
export interface StructurePlan {
  regions2022: readonly Region2022[];
  regions2027: readonly Region2027[];
  firstYear: number;
  themeGroups: number;
  clusterGroups: number;
}

/** The day the clusters and the SSU of 2022 began (reference/REFERENCE-NOTES.md §0). */
export const CLUSTERS_FROM = '2022-07-01';
export const LAST_DAY_2026 = '2026-12-31';
export const REFORM_DAY = '2027-01-01';

/** A forum of the generated structure, with how often it meets. */
export interface GeneratedForum {
  entityId: string;
  key: string;
  /** `collaborationKey/forumKey`: names the forum the same way in every run. */
  ref: string;
  name: string;
  collaborationId: string;
  clusterId: string | null;
  /** The forum a case escalates to (its `reportsTo`), entityId. */
  parentId: string | null;
  meetingsPerYear: number;
  from: string;
  to: string;
}

/** The imported structure. */
export interface GeneratedStructure {
  collaborationIds: string[];
  fora: GeneratedForum[];
  persons: number;
}

const regionSlug = (region: string) => slugOf(region);

/** How often each kind of forum meets in a year. */
const CADENCE: Record<string, number> = {
  ssu: 6,
  kkr: 8,
  styregruppe: 11,
  theme: 11,
  clusterPolitical: 4,
  clusterAdmin: 11,
  clusterGroup: 11,
  council: 6,
};

interface Planned {
  key: string;
  meetingsPerYear: number;
  from: string;
  parentKey: string | null;
}

function municipalitiesOf(reference: ReferenceData, region: string) {
  return [...reference.municipalities.values()]
    .filter((m) => m.region === region)
    .sort((a, b) => Number(a.code) - Number(b.code));
}

/** Persons (mayor and health director of every municipality) as org-file entries. */
function personsOf(random: Random, prefix: string, codes: readonly string[], from: string) {
  return codes.flatMap((code) =>
    (['mayor', 'healthDirector'] as const).map((office) => ({
      key: `${prefix}-${office}-${code}`,
      name: personName(random),
      fictional: true as const,
      offices: [{ party: code, office, validFrom: from }],
    })),
  );
}

type PlanForum = (key: string, cadence: number, parentKey: string | null, start?: string) => string;

/** A cluster's fora: political and administrative steering groups and `groups` working groups. */
function clusterFora(name: string, groups: number, from: string, forum: PlanForum) {
  const key = slugOf(name);
  const political = forum(`${key}-politisk`, CADENCE.clusterPolitical ?? 4, 'ssu', from);
  const admin = forum(`${key}-adm`, CADENCE.clusterAdmin ?? 11, political, from);
  const common = {
    level: 'cluster' as const,
    scope: 'crossSector' as const,
    cluster: key,
    validFrom: from,
  };
  return [
    {
      ...common,
      key: political,
      name: `${name}: politisk klyngestyregruppe`,
      kind: 'political' as const,
      reportsTo: 'ssu',
    },
    {
      ...common,
      key: admin,
      name: `${name}: administrativ klyngestyregruppe`,
      kind: 'administrative' as const,
      reportsTo: political,
    },
    ...CLUSTER_GROUPS.slice(0, groups).map((group, i) => ({
      ...common,
      key: forum(`${key}-gruppe-${i + 1}`, CADENCE.clusterGroup ?? 11, admin, from),
      name: `${name}: ${group}`,
      kind: 'professional' as const,
      reportsTo: admin,
    })),
  ];
}

/** A reference cluster with its members and their verification flags, as the CSV has them. */
function clusterEntry(reference: ReferenceData, c: ReferenceCluster, from: string) {
  return {
    key: slugOf(c.name),
    name: c.name,
    reference: c.name,
    verified: c.verified,
    source: c.source,
    validFrom: from,
    members: c.municipalityCodes.flatMap((code) => {
      const flags = referenceMembership(reference, c, code);
      return flags
        ? [
            {
              municipality: code,
              partial: flags.partial,
              verified: flags.verified,
              source: 'reference/dk-health-clusters.csv',
              note: flags.note,
            },
          ]
        : [];
    }),
  };
}

/** The org file of one region up to 2026, and its fora's cadence. */
export function region2022File(
  reference: ReferenceData,
  region: Region2022,
  plan: StructurePlan,
): { file: OrgFileInput; planned: Planned[] } {
  const random = seededRandom(`structure:${region}`);
  const from = `${plan.firstYear}-01-01`;
  const slug = regionSlug(region);
  const municipalities = municipalitiesOf(reference, region);
  const codes = municipalities.map((m) => m.code);
  const clusters = reference.clusters.filter((c) => c.region === region);
  const clustersFrom = from > CLUSTERS_FROM ? from : CLUSTERS_FROM;
  const planned: Planned[] = [];
  const forum = (key: string, cadence: number, parentKey: string | null, start = from) => {
    planned.push({ key, meetingsPerYear: cadence, from: start, parentKey });
    return key;
  };
  const prefix = `gen-${slug}`;
  const appointed = (n: number) => ({
    key: 'member',
    label: 'Medlem',
    partyKind: 'municipality' as const,
    count: n,
  });
  const fora: NonNullable<OrgFileInput['fora']> = [
    {
      key: forum('ssu', CADENCE.ssu ?? 6, null),
      name: `Sundhedssamarbejdsudvalget i ${region} (genereret)`,
      shortName: 'SSU',
      level: 'regional',
      kind: 'political',
      scope: 'crossSector',
      seats: [
        { key: 'chair', role: 'chair', label: 'Formand', partyKind: 'region' },
        { key: 'vice-chair', role: 'viceChair', label: 'Næstformand', partyKind: 'municipality' },
        appointed(4),
      ],
    },
    {
      key: forum('kkr', CADENCE.kkr ?? 8, null),
      name: `KKR ${region} (genereret)`,
      level: 'regional',
      kind: 'political',
      scope: 'interMunicipal',
      seats: [
        {
          key: 'mayors',
          label: `Borgmestrene i de ${codes.length} kommuner`,
          partyKind: 'municipality',
          born: {
            kind: 'officeHolders',
            office: 'mayor',
            parties: { of: 'collaboration', partyKind: 'municipality' },
          },
        },
      ],
    },
    {
      key: forum('styregruppe', CADENCE.styregruppe ?? 11, 'ssu'),
      name: `Den administrative styregruppe i ${region} (genereret)`,
      level: 'regional',
      kind: 'administrative',
      scope: 'crossSector',
      reportsTo: 'ssu',
      seats: [appointed(4)],
    },
    ...THEME_GROUPS.slice(0, plan.themeGroups).map((name, i) => ({
      key: forum(`tema-${i + 1}`, CADENCE.theme ?? 11, 'styregruppe'),
      name: `Temagruppe: ${name}`,
      level: 'regional' as const,
      kind: 'professional' as const,
      scope: 'crossSector' as const,
      reportsTo: 'styregruppe',
      seats: [appointed(3)],
    })),
    ...clusters.flatMap((c) => clusterFora(c.name, plan.clusterGroups, clustersFrom, forum)),
  ];
  const persons = personsOf(random, prefix, codes, from);
  const directors = persons.filter((p) => p.key.includes('-healthDirector-'));
  const appointments = planned.flatMap((f, fi) => {
    const count =
      f.key === 'ssu' || f.key === 'styregruppe' ? 4 : f.key.startsWith('tema-') ? 3 : 0;
    return Array.from({ length: count }, (_, i) => {
      const person = directors[(fi * 3 + i) % directors.length];
      return person
        ? [{ seat: `${f.key}/member#${i + 1}`, person: person.key, validFrom: f.from }]
        : [];
    }).flat();
  });
  const file: OrgFileInput = {
    format: 'samspil/organisation@1',
    collaboration: {
      key: `${prefix}-${plan.firstYear}`,
      name: `Sundhedssamarbejdet i ${region} (genereret)`,
      regionName: region,
      validFrom: from,
      validTo: LAST_DAY_2026,
    },
    parties: [
      ...codes.map((code) => ({ kind: 'municipality' as const, code })),
      { key: 'region', kind: 'region', name: `Region ${region}` },
      { key: 'almen-praksis', kind: 'generalPractice', name: 'Almen praksis (PLO)' },
    ],
    clusters: clusters.map((c) => clusterEntry(reference, c, clustersFrom)),
    fora,
    persons,
    appointments,
  };
  return { file, planned };
}

/** The template's predecessor collaborations (by key) and the regions they stand for. */
const PREDECESSOR_REGIONS: Record<string, Region2022> = {
  'capital-2022': 'Hovedstaden',
  'zealand-2022': 'Sjælland',
};

/**
 * A party's predecessors pointed at the generated collaborations of their regions (Østdanmark:
 * Region Hovedstaden and Region Sjælland); dropped when those regions are not generated.
 */
function generatedPredecessors(
  party: NonNullable<OrgFileInput['parties']>[number],
  plan: StructurePlan,
): NonNullable<OrgFileInput['parties']>[number] {
  if (party.kind === 'municipality' || !party.predecessors?.length) return party;
  const mapped = party.predecessors.flatMap((p) => {
    const region = PREDECESSOR_REGIONS[p.collaboration];
    return region && plan.regions2022.includes(region)
      ? [{ ...p, collaboration: `gen-${regionSlug(region)}-${plan.firstYear}` }]
      : [];
  });
  if (mapped.length === party.predecessors.length) return { ...party, predecessors: mapped };
  const { predecessors: _dropped, verification, ...rest } = party;
  const { predecessors: _unused, ...facts } = verification ?? {};
  return { ...rest, ...(verification ? { verification: facts } : {}) };
}

/** The 2027 org file of one region (`templates generate-2027`), under a generated key. */
export function region2027File(
  reference: ReferenceData,
  region: Region2027,
  plan: StructurePlan,
): { file: OrgFileInput; planned: Planned[] } {
  const template = reform2027OrgFile(reference, region) as OrgFileInput;
  const base = {
    ...template,
    parties: (template.parties ?? []).map((p) => generatedPredecessors(p, plan)),
  };
  const random = seededRandom(`structure-2027:${region}`);
  const slug = regionSlug(region);
  const codes = (base.parties ?? []).flatMap((p) => (p.kind === 'municipality' ? [p.code] : []));
  const planned: Planned[] = (base.fora ?? []).map((f) => ({
    key: f.key,
    meetingsPerYear: f.key.startsWith('kkr') ? (CADENCE.kkr ?? 8) : (CADENCE.council ?? 6),
    from: REFORM_DAY,
    parentKey: null,
  }));
  const file: OrgFileInput = {
    ...base,
    collaboration: {
      ...base.collaboration,
      key: `gen-${base.collaboration.key}`,
      name: `${base.collaboration.name} (genereret)`,
    },
    persons: personsOf(random, `gen-${slug}-2027`, codes.map(String), REFORM_DAY),
  };
  return { file, planned };
}

/** Imports `file` through the org-file importer and returns the collaboration's fora. */
async function importStructure(
  db: Db,
  file: OrgFileInput,
  planned: readonly Planned[],
  to: string,
): Promise<{ collaborationId: string; fora: GeneratedForum[] }> {
  await importOrgFile(db, SYSTEM_ACTOR, JSON.stringify(file), { dryRun: false });
  const collaborationId = await findEntityIdByKey(
    db,
    'collaboration',
    null,
    file.collaboration.key,
  );
  if (collaborationId === null) throw new Error(`Samarbejdet ${file.collaboration.key} mangler.`);
  const snapshot = await loadSnapshot(db, collaborationId);
  const byKey = new Map(snapshot.fora.map((f) => [f.key, f]));
  const fora = planned.flatMap((p) => {
    const forum = byKey.get(p.key);
    if (!forum) return [];
    return [
      {
        entityId: forum.entityId,
        key: p.key,
        ref: `${file.collaboration.key}/${p.key}`,
        name: forum.name,
        collaborationId,
        clusterId: forum.clusterId ?? null,
        parentId: p.parentKey ? (byKey.get(p.parentKey)?.entityId ?? null) : null,
        meetingsPerYear: p.meetingsPerYear,
        from: p.from,
        to,
      },
    ];
  });
  return { collaborationId, fora };
}

/** Builds and imports every collaboration of `plan`; `log` gets one line per collaboration. */
export async function buildStructure(
  db: Db,
  reference: ReferenceData,
  plan: StructurePlan,
  log: (line: string) => void,
): Promise<GeneratedStructure> {
  const result: GeneratedStructure = { collaborationIds: [], fora: [], persons: 0 };
  const files = [
    ...plan.regions2022.map((r) => ({ ...region2022File(reference, r, plan), to: LAST_DAY_2026 })),
    ...plan.regions2027.map((r) => ({ ...region2027File(reference, r, plan), to: '2027-12-31' })),
  ];
  for (const { file, planned, to } of files) {
    const started = performance.now();
    const { collaborationId, fora } = await importStructure(db, file, planned, to);
    result.collaborationIds.push(collaborationId);
    result.fora.push(...fora);
    result.persons += file.persons?.length ?? 0;
    log(
      `  ${file.collaboration.name}: ${file.parties?.length ?? 0} parter, ${file.clusters?.length ?? 0} klynger/områder, ${file.fora?.length ?? 0} fora, ${file.persons?.length ?? 0} personer (${Math.round(performance.now() - started)} ms)`,
    );
  }
  return result;
}
