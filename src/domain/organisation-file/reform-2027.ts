/**
 * The 2027 organisation files (templates/*-2027.yaml), derived from the shipped reference data:
 * the 17 health councils with their areas from reference/dk-health-councils-2027.csv, the
 * municipalities from reference/dk-municipalities.csv, and the facts of
 * reference/REFORM-2027-NOTES.md (regional council sizes, composition pattern, KKR). One file for
 * all of Denmark or one per region. Pure: the caller passes the reference data in.
 */
import { Document, isAlias, isMap, isScalar, isSeq, visit, type Node } from 'yaml';
import type { OrgFileInput } from '../../shared/org-file.contract';
import type { ReferenceData, ReferenceHealthCouncil, ReferenceMunicipality } from './reference';

/** The four regions from 2027, as dk-health-councils-2027.csv names them. */
export const REGIONS_2027 = ['Syddanmark', 'Østdanmark', 'Midtjylland', 'Nordjylland'] as const;
/** A region from 2027. */
export type Region2027 = (typeof REGIONS_2027)[number];

/** The first day of the 2027 structure (OVG § 2, REFORM-2027-NOTES §1). */
export const REFORM_2027_DAY = '2027-01-01';

type FileData = OrgFileInput;
type Party = NonNullable<FileData['parties']>[number];
type Cluster = NonNullable<FileData['clusters']>[number];
type Member = NonNullable<Cluster['members']>[number];
type Forum = NonNullable<FileData['fora']>[number];
type Seat = NonNullable<Forum['seats']>[number];
type Rule = NonNullable<Forum['rules']>[number];

const NOTES = 'reference/REFORM-2027-NOTES.md';
const L214 =
  'L 214 (2024-25) § 1 nr. 7, https://www.ft.dk/samling/20241/lovforslag/l214/20241_l214_som_fremsat.htm';
const OVG =
  'Overgangsloven, LOV nr 699 af 20/06/2025 § 2, https://www.lovguiden.dk/loven/lov-om-overgangen-til-en-ny-sundhedsstruktur-overgangsloven';
/** The table's source: a secondary, journalistic data set (REFORM-2027-NOTES §2). */
export const GH_DATA = '[GH] afpihl/sundhedsraad data.json (secondary)';
const GH_MEMBERS = '[GH] afpihl/sundhedsraad data.json member lists (secondary)';
const GH_HTML = '[GH] afpihl/sundhedsraad sundhedsraad.html and data.json (secondary)';
const RITZAU =
  'Ritzau: https://via.ritzau.dk/pressemeddelelse/14758086/behandling-skal-rykke-taettere-pa-borgerne-i-sundhedsrad-amager-og-vestegnen?lang=da&publisherId=13562843';
/** The council whose members a second source confirms (Ritzau, REFORM-2027-NOTES §2). */
const CROSS_CHECKED_COUNCIL = 'Sundhedsråd Amager og Vestegnen';

/** What the notes say about each region from 2027. */
interface RegionFacts {
  /** Key part: `syddanmark` → `syddanmark-2027`, `region-syddanmark`. */
  slug: string;
  /** Seats of the regional council (L 214 § 1 nr. 7, verified). */
  councilSize: number;
  /** KKR (KL's municipal contact councils) covering the region: one per region of 2022. */
  kkr: readonly { slug: string; name: string; region2022: string }[];
}

const REGION_FACTS: Readonly<Record<Region2027, RegionFacts>> = {
  Syddanmark: {
    slug: 'syddanmark',
    councilSize: 31,
    kkr: [{ slug: 'syddanmark', name: 'KKR Syddanmark', region2022: 'Syddanmark' }],
  },
  Østdanmark: {
    slug: 'ostdanmark',
    councilSize: 47,
    kkr: [
      { slug: 'hovedstaden', name: 'KKR Hovedstaden', region2022: 'Hovedstaden' },
      { slug: 'sjaelland', name: 'KKR Sjælland', region2022: 'Sjælland' },
    ],
  },
  Midtjylland: {
    slug: 'midtjylland',
    councilSize: 31,
    kkr: [{ slug: 'midtjylland', name: 'KKR Midtjylland', region2022: 'Midtjylland' }],
  },
  Nordjylland: {
    slug: 'nordjylland',
    councilSize: 25,
    kkr: [{ slug: 'nordjylland', name: 'KKR Nordjylland', region2022: 'Nordjylland' }],
  },
};

/**
 * The observed seat pattern (REFORM-2027-NOTES §3, UNVERIFIED): 1 seat per municipality, 2 above
 * 75,000 inhabitants, 3 above 300,000. With the 2020 populations of dk-municipalities.csv these
 * thresholds reproduce every council size the notes report: 9 (Aarhus, Vendsyssel,
 * Sønderjylland), 19 (Amager og Vestegnen, Ritzau) and 21 (Østsjælland og Øerne, Midt- og
 * Vestsjælland, and Fyn with Middelfart in Lillebælt). The 2-seat threshold must lie between
 * Gentofte (74,830; keeps Københavns Omegn Nord ≤ 21) / Sønderborg (74,220; 1 seat) and Slagelse
 * (79,073; 2 seats); the 3-seat one between Aalborg (217,075) and Aarhus (349,983).
 */
export const OBSERVED_SEAT_PATTERN = {
  seats: 1,
  tiers: [
    { populationAbove: 75_000, seats: 2 },
    { populationAbove: 300_000, seats: 3 },
  ],
} as const;

/** Seats of a municipality with `population` inhabitants under the observed pattern. */
export function observedSeats(population: number): number {
  let seats: number = OBSERVED_SEAT_PATTERN.seats;
  for (const tier of OBSERVED_SEAT_PATTERN.tiers) {
    if (population > tier.populationAbove) seats = tier.seats;
  }
  return seats;
}

/** A key from a Danish name: lower case, æ→ae, ø→o, å→aa, words joined by `-`. */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The area key of a council: "Sundhedsråd Fyn" → `fyn`. */
export function councilAreaKey(councilName: string): string {
  return slugOf(councilName.replace(/^Sundhedsråd\s+/, ''));
}

/** The forum key of a council: "Sundhedsråd Fyn" → `sundhedsraad-fyn`. */
export function councilForumKey(councilName: string): string {
  return `sundhedsraad-${councilAreaKey(councilName)}`;
}

/** The template name (file name without `.yaml`): `denmark-2027` or `<region>-2027`. */
export function reform2027TemplateName(region?: Region2027): string {
  return region === undefined ? 'denmark-2027' : `${REGION_FACTS[region].slug}-2027`;
}

/** Whether `value` names a region from 2027. */
export function isRegion2027(value: string): value is Region2027 {
  return (REGIONS_2027 as readonly string[]).includes(value);
}

function municipality(reference: ReferenceData, code: string): ReferenceMunicipality {
  const m = reference.municipalities.get(code);
  if (m === undefined) throw new Error(`Municipality ${code} is not in the reference data`);
  return m;
}

/** The municipal and regional seats of a council under the observed pattern. */
export function observedCouncilSeats(
  reference: ReferenceData,
  council: ReferenceHealthCouncil,
): { municipal: number; regional: number } {
  const municipal = council.members.reduce(
    (sum, m) => sum + observedSeats(municipality(reference, m.code).population),
    0,
  );
  return { municipal, regional: municipal + 1 };
}

/**
 * The members of a council's area. The rows that share a verification share one object, which the
 * YAML writer turns into an anchor and aliases (one per area: short lines, few aliases each).
 */
function members(council: ReferenceHealthCouncil): Member[] {
  const shared =
    council.name === CROSS_CHECKED_COUNCIL
      ? {
          membership: {
            status: 'verified' as const,
            source: RITZAU,
            note: `Ritzau lists the same 9 municipalities as ${GH_DATA} (${NOTES} §2)`,
          },
        }
      : { membership: { status: 'unverified' as const, source: GH_DATA } };
  return council.members.map((m): Member => {
    if (m.conflict) {
      return {
        municipality: m.code,
        verified: false,
        verification: { membership: { status: 'conflict', source: GH_DATA, note: m.status } },
      };
    }
    return {
      municipality: m.code,
      ...(shared.membership.status === 'verified' ? {} : { verified: false }),
      verification: shared,
    };
  });
}

function area(council: ReferenceHealthCouncil): Cluster {
  const crossChecked = council.name === CROSS_CHECKED_COUNCIL;
  const conflicts = council.members.filter((m) => m.conflict).map((m) => m.name);
  const note = [
    'The statutory order dividing the councils was not found; the table rests on a secondary source',
    `(${NOTES} §2).`,
    crossChecked ? 'Ritzau lists the same 9 municipalities.' : '',
    conflicts.length > 0 ? `Unresolved: ${conflicts.join(', ')} (CONFLICT rows).` : '',
  ]
    .filter((s) => s !== '')
    .join(' ');
  return {
    key: councilAreaKey(council.name),
    kind: 'healthCouncilArea',
    name: `Sundhedsrådsområde ${council.name.replace(/^Sundhedsråd\s+/, '')}`,
    ...(crossChecked ? {} : { verified: false }),
    source: 'reference/dk-health-councils-2027.csv',
    verification: {
      members: crossChecked
        ? { status: 'verified', source: RITZAU, note }
        : { status: 'unverified', source: GH_DATA, note },
    },
    members: members(council),
  };
}

const COUNCIL_CHARTER =
  'Sundhedsrådet er et udvalg under regionsrådet med politikere fra regionsrådet og ' +
  'kommunalbestyrelserne i området og finansieres af regionen; regionsrådsmedlemmerne har ' +
  'flertallet, og regionen har det overordnede ansvar og beslutningskompetencen. ' +
  'Medlemsformel, udpegning, sekretariat og mødefrekvens er ikke verificeret ' +
  '(reference/REFORM-2027-NOTES.md §3).';

const COUNCIL_TASKS = [
  'Umiddelbart politisk og forvaltningsmæssigt ansvar for drift og udvikling af regionens sundhedsopgaver lokalt',
  'Fordele en investeringsmotor til nære sundhedsindsatser',
];

/** The councils' rules: one array, written once (an anchor) and aliased by the other councils. */
function councilRules(): Rule[] {
  return [
    {
      kind: 'seatsPerMunicipality',
      seats: OBSERVED_SEAT_PATTERN.seats,
      tiers: OBSERVED_SEAT_PATTERN.tiers.map((t) => ({ ...t })),
      severity: 'warning',
      verification: {
        formula: {
          status: 'inferred',
          source: GH_MEMBERS,
          note:
            `Observed pattern, not verified: no statutory member formula was found (${NOTES} §3). ` +
            'The thresholds reproduce the council sizes the notes report with the 2020 populations ' +
            'of reference/dk-municipalities.csv. The secretariat can set the rule.',
        },
      },
    },
    {
      kind: 'seatCountRelation',
      partyKind: 'region',
      otherPartyKind: 'municipality',
      difference: 1,
      severity: 'warning',
      verification: {
        formula: {
          status: 'inferred',
          source: GH_MEMBERS,
          note:
            `Regional members = municipal members + 1 in every council in the source; observed, ` +
            `not verified (${NOTES} §3). Verified: regional members hold the majority.`,
        },
      },
    },
  ];
}

/** What is verified about every council's composition (REFORM-2027-NOTES §3). */
function councilVerification(): Forum['verification'] {
  return {
    chair: {
      status: 'verified',
      source: GH_HTML,
      note: `All 17 chairs and vice-chairs are regional councillors in the secondary source (${NOTES} §3)`,
    },
    members: {
      status: 'verified',
      source: 'https://eurohealthobservatory.who.int (sub-councils of the regional council)',
      note: `Members are politicians from the regional council and the municipal councils; regional members hold the majority (${NOTES} §3)`,
    },
  };
}

function councilForum(
  reference: ReferenceData,
  council: ReferenceHealthCouncil,
  regionKey: string,
  shared: { rules: Rule[]; tasks: string[]; verification: Forum['verification'] },
): Forum {
  const seats = observedCouncilSeats(reference, council);
  const seatNote = `Number from the observed pattern (rule seatsPerMunicipality), not verified`;
  const seatList: Seat[] = [
    {
      key: 'chair',
      role: 'chair',
      isFunction: true,
      partyKind: 'region',
      label: 'Formand (regionsrådsmedlem)',
    },
    {
      key: 'vice-chair',
      role: 'viceChair',
      isFunction: true,
      partyKind: 'region',
      label: 'Næstformand (regionsrådsmedlem)',
    },
    {
      key: 'municipal-members',
      count: seats.municipal,
      partyKind: 'municipality',
      label: 'Kommunale medlemmer (kommunalbestyrelsesmedlemmer)',
      note: seatNote,
    },
    {
      key: 'regional-members',
      count: seats.regional,
      party: regionKey,
      partyKind: 'region',
      label: 'Regionale medlemmer (regionsrådsmedlemmer)',
      note: seatNote,
    },
  ];
  return {
    key: councilForumKey(council.name),
    name: council.name,
    level: 'healthCouncil',
    kind: 'political',
    scope: 'crossSector',
    cluster: councilAreaKey(council.name),
    owner: regionKey,
    verification: shared.verification,
    charter: COUNCIL_CHARTER,
    mustTasks: shared.tasks,
    seats: seatList,
    rules: shared.rules,
  };
}

function kkrForum(
  reference: ReferenceData,
  kkr: RegionFacts['kkr'][number],
  key: string,
  wholeCollaboration: boolean,
): Forum {
  const codes = [...reference.municipalities.values()]
    .filter((m) => m.region === kkr.region2022)
    .map((m) => m.code);
  return {
    key,
    name: kkr.name,
    level: 'regional',
    kind: 'political',
    scope: 'interMunicipal',
    verification: {
      role: {
        status: 'unverified',
        source: `${NOTES} §6`,
        note:
          'KKR remains a KL body; its role in the health collaboration after 2027 is unverified ' +
          '(historically KKR appointed the municipal SKU/SSU members).',
      },
    },
    charter:
      `KL's kommunekontaktråd for de ${codes.length} kommuner i den tidligere Region ` +
      `${kkr.region2022}: alle borgmestre (viceborgmesteren er stedfortræder) samt medlemmer, der ` +
      'afspejler kommunalvalgets resultat. KKR er fortsat et KL-organ; dets rolle i ' +
      'sundhedssamarbejdet efter 2027 er ikke verificeret (reference/REFORM-2027-NOTES.md §6).',
    seats: [
      {
        key: 'mayors',
        label: `Borgmestrene i de ${codes.length} kommuner`,
        partyKind: 'municipality',
        born: {
          kind: 'officeHolders',
          office: 'mayor',
          parties: wholeCollaboration
            ? { of: 'collaboration', partyKind: 'municipality' }
            : { of: 'parties', parties: codes },
        },
      },
      {
        key: 'chair',
        role: 'chair',
        isFunction: true,
        partyKind: 'municipality',
        label: 'Formand (vælges blandt medlemmerne)',
      },
    ],
  };
}

function regionParty(region: Region2027, key: string, withPredecessors: boolean): Party {
  const facts = REGION_FACTS[region];
  return {
    key,
    kind: 'region',
    name: `Region ${region}`,
    councilSize: facts.councilSize,
    ...(withPredecessors
      ? {
          predecessors: [
            { collaboration: 'capital-2022', party: 'region' },
            { collaboration: 'zealand-2022', party: 'region' },
          ],
        }
      : {}),
    verification: {
      councilSize: { status: 'verified', source: L214 },
      ...(withPredecessors
        ? {
            predecessors: {
              status: 'verified',
              source: OVG,
              note: `Region Sjælland and Region Hovedstaden merge into Region Østdanmark from 1 January 2027 (${NOTES} §5)`,
            },
          }
        : {}),
    },
  };
}

/** The collaboration's name: "Sundhedssamarbejdet i Syddanmark fra 2027". */
function collaborationName(region?: Region2027): string {
  return region === undefined
    ? 'Sundhedssamarbejdet i Danmark fra 2027 (alle fire regioner)'
    : `Sundhedssamarbejdet i ${region} fra 2027`;
}

/**
 * The 2027 organisation file as data: for `region`, its collaboration (`<region>-2027`, party key
 * `region`, KKR key `kkr` or for Østdanmark `kkr-hovedstaden` and `kkr-sjaelland`); without,
 * all of Denmark (`denmark-2027`, party keys `region-<slug>`, KKR keys `kkr-<region of 2022>`).
 */
export function reform2027OrgFile(reference: ReferenceData, region?: Region2027): FileData {
  const councils = reference.healthCouncils.filter(
    (c) => region === undefined || c.region === region,
  );
  if (councils.length === 0) {
    throw new Error('The reference data has no health councils (dk-health-councils-2027.csv)');
  }
  const regions = REGIONS_2027.filter((r) => councils.some((c) => c.region === r));
  const single = region !== undefined;
  const regionKey = (r: Region2027) => (single ? 'region' : `region-${REGION_FACTS[r].slug}`);
  const codes = councils
    .flatMap((c) => c.members.map((m) => m.code))
    .sort((a, b) => Number(a) - Number(b));
  const parties: Party[] = [
    ...codes.map((code): Party => ({ kind: 'municipality', code })),
    ...regions.map((r) => regionParty(r, regionKey(r), single && r === 'Østdanmark')),
  ];
  const kkrFora = regions.flatMap((r) => {
    const list = REGION_FACTS[r].kkr;
    return list.map((kkr) =>
      kkrForum(
        reference,
        kkr,
        single && list.length === 1 ? 'kkr' : `kkr-${kkr.slug}`,
        single && list.length === 1,
      ),
    );
  });
  const shared = {
    rules: councilRules(),
    tasks: [...COUNCIL_TASKS],
    verification: councilVerification(),
  };
  return {
    format: 'samspil/organisation@1',
    collaboration: {
      key: reform2027TemplateName(region),
      name: collaborationName(region),
      regionName: region ?? 'Danmark',
      validFrom: REFORM_2027_DAY,
    },
    parties,
    clusters: councils.map(area),
    fora: [
      ...kkrFora,
      ...councils.map((c) => councilForum(reference, c, regionKey(c.region as Region2027), shared)),
    ],
  };
}

function header(reference: ReferenceData, region?: Region2027): string[] {
  const name = reform2027TemplateName(region);
  const councils = reference.healthCouncils.filter(
    (c) => region === undefined || c.region === region,
  );
  const conflicts = councils
    .flatMap((c) => c.members.filter((m) => m.conflict).map((m) => `${m.name} in ${c.name}`))
    .join(', ');
  return [
    `Organisation as code: ${collaborationName(region)}: the structure of the health reform`,
    `(L 214 (2024-25) and the transition law, LOV nr 699 af 20/06/2025) from 1 January 2027.`,
    'Format: docs/org-file.md.',
    '',
    'GENERATED, do not edit by hand. Regenerate with:',
    `  npm run samspil -- templates generate-2027${region ? ` --region ${region}` : ''} --out templates/${name}.yaml`,
    `Check with: npm run samspil -- org check templates/${name}.yaml`,
    '',
    'Sources:',
    '- reference/dk-health-councils-2027.csv: the councils, their regions and areas, from the',
    `  secondary dataset ${GH_DATA}; the official statutory order`,
    '  was not found (reference/REFORM-2027-NOTES.md §2).',
    '- reference/dk-municipalities.csv: municipality codes, names and 2020 populations.',
    '- reference/REFORM-2027-NOTES.md: regional council sizes (L 214 § 1 nr. 7, verified), the',
    '  composition of the councils (§3), KKR (§6).',
    '',
    'What is NOT verified (see each element’s `verification`):',
    '- the areas (except Amager og Vestegnen, confirmed by Ritzau): secondary source only;',
    ...(conflicts === ''
      ? []
      : [`- CONFLICT rows, as the source lists them but unresolved: ${conflicts};`]),
    '- the seat formula: `seatsPerMunicipality` (1 seat, 2 above 75,000, 3 above 300,000',
    '  inhabitants) and `seatCountRelation` (regional = municipal + 1) are the pattern observed in',
    '  the secondary source, set as warnings; the secretariat can change them. The seat counts',
    '  follow that pattern;',
    "- KKR's role after 2027 (KKR remains a KL body);",
    '- the day L 214 ends the clusters and the SSU (1 January 2027 assumed).',
    'Seats are left vacant (no real persons).',
  ];
}

function nameBeside(node: unknown, field: string, reference: ReferenceData): void {
  if (!isMap(node)) return;
  const code = node.get(field);
  const name = typeof code === 'string' ? reference.municipalities.get(code)?.name : undefined;
  if (name === undefined) return;
  if (node.flow) node.comment = ` ${name}`;
  else {
    const scalar = node.get(field, true);
    if (isScalar(scalar)) scalar.comment = ` ${name}`;
  }
}

function eachItem(doc: Document, path: readonly (string | number)[], fn: (n: Node) => void) {
  const seq = doc.getIn(path, true);
  if (isSeq(seq)) for (const item of seq.items) fn(item as Node);
}

/** Readable anchor names instead of the writer's `a1`, `a2`, …. */
function nameAnchors(doc: Document, data: FileData): void {
  const names = new Map<string, string>();
  const rename = (path: readonly (string | number)[], name: string) => {
    const node = doc.getIn(path, true) as Node | undefined;
    if (node?.anchor && !names.has(node.anchor)) {
      names.set(node.anchor, name);
      node.anchor = name;
    }
  };
  (data.clusters ?? []).forEach((c, i) =>
    (c.members ?? []).forEach((_, j) =>
      rename(['clusters', i, 'members', j, 'verification'], `${c.key}-membership`),
    ),
  );
  (data.fora ?? []).forEach((_, i) => {
    rename(['fora', i, 'verification'], 'council-verification');
    rename(['fora', i, 'mustTasks'], 'council-tasks');
    rename(['fora', i, 'rules'], 'council-rules');
  });
  visit(doc, {
    Alias(_, alias) {
      alias.source = names.get(alias.source) ?? alias.source;
    },
  });
}

/**
 * The 2027 organisation file as YAML text with its header comment: municipalities and members on
 * one line with their names beside the codes, a verification shared by an area's members written
 * once (an anchor on the first member, aliases on the others), born rules on one line.
 */
export function reform2027Yaml(reference: ReferenceData, region?: Region2027): string {
  const data = reform2027OrgFile(reference, region);
  const doc = new Document(data, { aliasDuplicateObjects: true });
  doc.commentBefore = header(reference, region)
    .map((l) => (l === '' ? '' : ` ${l}`))
    .join('\n');
  eachItem(doc, ['parties'], (party) => {
    if (isMap(party) && party.get('kind') === 'municipality') party.flow = true;
    nameBeside(party, 'code', reference);
  });
  (data.clusters ?? []).forEach((_, i) => {
    eachItem(doc, ['clusters', i, 'members'], (m) => {
      // A member whose verification is an alias fits on one line; the others stay blocks.
      if (isMap(m) && isAlias(m.get('verification', true))) m.flow = true;
      nameBeside(m, 'municipality', reference);
    });
  });
  (data.fora ?? []).forEach((forum, i) => {
    (forum.seats ?? []).forEach((_, j) => {
      const born = doc.getIn(['fora', i, 'seats', j, 'born'], true);
      const codes = doc.getIn(['fora', i, 'seats', j, 'born', 'parties', 'parties'], true);
      // A list of municipalities is written one a line, with the names beside the codes.
      if (isSeq(codes)) {
        for (const code of codes.items) {
          const name = isScalar(code)
            ? reference.municipalities.get(String(code.value))
            : undefined;
          if (isScalar(code) && name !== undefined) code.comment = ` ${name.name}`;
        }
      } else if (isMap(born)) born.flow = true;
    });
    (forum.rules ?? []).forEach((_, j) => {
      eachItem(doc, ['fora', i, 'rules', j, 'tiers'], (t) => {
        if (isMap(t)) t.flow = true;
      });
    });
  });
  nameAnchors(doc, data);
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}
