/**
 * The 2027 organisation files (templates/*-2027.yaml), derived from the shipped reference data:
 * the 17 health councils with their areas from reference/dk-health-councils-2027.csv, the
 * municipalities from reference/dk-municipalities.csv, and the facts of
 * reference/REFORM-2027-NOTES.md (regional council sizes, composition pattern, KKR). One file for
 * all of Denmark or one per region. Pure: the caller passes the reference data in.
 */
import type { OrgFileInput } from '../../shared/org-file.contract';
import type { ReferenceData, ReferenceHealthCouncil, ReferenceMunicipality } from './reference';
import {
  CROSS_CHECKED_COUNCIL,
  GH_DATA,
  GH_HTML,
  GH_MEMBERS,
  L214,
  NOTES,
  OBSERVED_SEAT_PATTERN,
  OVG,
  REFORM_2027_DAY,
  REGION_FACTS,
  REGIONS_2027,
  RITZAU,
  collaborationName,
  councilAreaKey,
  councilForumKey,
  observedSeats,
  reform2027TemplateName,
  type Region2027,
  type RegionFacts,
} from './reform-2027-facts';

export type FileData = OrgFileInput;
type Party = NonNullable<FileData['parties']>[number];
type Cluster = NonNullable<FileData['clusters']>[number];
type Member = NonNullable<Cluster['members']>[number];
type Forum = NonNullable<FileData['fora']>[number];
type Seat = NonNullable<Forum['seats']>[number];
type Rule = NonNullable<Forum['rules']>[number];

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
  const seatNote = 'Number from the observed pattern (rule seatsPerMunicipality), not verified';
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
    // One seat (or more, by the observed pattern) per municipality of the area.
    ...council.members.map((m): Seat => {
      const count = observedSeats(municipality(reference, m.code).population);
      return {
        key: `municipal-${m.code}`,
        ...(count > 1 ? { count } : {}),
        party: m.code,
        partyKind: 'municipality',
        label: `Kommunalt medlem (${m.name})`,
        ...(count > 1 ? { note: seatNote } : {}),
      };
    }),
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
          // "the deputy mayor substitutes" (kl.dk, reference/REFERENCE-NOTES.md §3)
          substitute: { office: 'deputyMayor' },
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
