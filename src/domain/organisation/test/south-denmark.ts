/**
 * Test fixture modelled on seed 002 (South Denmark): 22 municipalities in 4 clusters, KKR with
 * the 22 mayors born, political cluster fora with the mayors born and a municipal co-chair
 * function, the SSU with the cluster co-chairs born, one KKR-appointed municipal seat and a
 * municipal vice-chair, the health directors' forum and its executive committee, and the
 * regional collaboration forum. A theme group with one seat per cluster follows seed 001.
 * Municipality names are real (public reference data); every person is fictional.
 */
import type { OrgSnapshot } from '../types';
import { createSnapshotBuilder, type SnapshotBuilder } from './snapshot-builder';
import {
  buildDirectors,
  buildRegionalForum,
  buildSsu,
  buildThemeGroup,
  type FixtureContext,
} from './south-denmark-fora';
import {
  CLUSTER_NAMES,
  CO_CHAIR_MUNICIPALITY,
  SOUTH_DENMARK_CLUSTERS,
  type ClusterName,
  type MunicipalOffice,
} from './south-denmark-data';

export * from './south-denmark-data';

const FIRST = [
  'Anna',
  'Bo',
  'Cecilie',
  'Dorte',
  'Erik',
  'Frida',
  'Gustav',
  'Hanne',
  'Ib',
  'Jonna',
  'Karl',
];
const LAST = [
  'Prøvesen',
  'Fiktivsen',
  'Eksempelsen',
  'Demodal',
  'Testrup',
  'Opdigtsen',
  'Skitsesen',
  'Attrapsen',
];

function fictionalName(n: number): string {
  return `${FIRST[n % FIRST.length] ?? 'Anna'} ${LAST[Math.floor(n / FIRST.length) % LAST.length] ?? 'Prøvesen'}`;
}

function buildParties(b: SnapshotBuilder) {
  b.collaboration('Sundhedssamarbejdet i Syddanmark', 'Syddanmark');
  const region = b.party('region', 'Region Syddanmark');
  const municipalities = new Map<string, string>();
  const people = new Map<string, string>();
  let n = 0;
  for (const name of CLUSTER_NAMES.flatMap((c) => SOUTH_DENMARK_CLUSTERS[c])) {
    const partyId = b.party('municipality', name);
    municipalities.set(name, partyId);
    for (const office of ['mayor', 'healthDirector', 'municipalDirector'] as const) {
      const personId = b.person(fictionalName(n++));
      people.set(`${office}|${name}`, personId);
      b.office(personId, partyId, office);
    }
  }
  const councillors = [
    'Regina Regionsen',
    'Rasmus Rådsen',
    'Rikke Regionsen',
    'Rune Rådsen',
    'Ruth Regionsen',
  ].map((name) => {
    const personId = b.person(name);
    b.office(personId, region, 'regionalCouncillor');
    return personId;
  });
  const regionalDirector = b.person('Dagny Direktørsen');
  b.office(regionalDirector, region, 'regionalDirector');
  return { region, municipalities, people, councillors, regionalDirector };
}

function buildContext(b: SnapshotBuilder): FixtureContext {
  const { region, municipalities, people, councillors, regionalDirector } = buildParties(b);
  const municipality = (name: string): string => municipalities.get(name) ?? `missing:${name}`;
  const holder = (office: MunicipalOffice, name: string): string =>
    people.get(`${office}|${name}`) ?? `missing:${office}:${name}`;
  const clusters = Object.fromEntries(
    CLUSTER_NAMES.map((c) => [c, b.cluster(c, SOUTH_DENMARK_CLUSTERS[c].map(municipality))]),
  ) as Record<ClusterName, string>;
  return { b, region, councillors, regionalDirector, municipality, holder, clusters };
}

function buildKkr({ b, holder }: FixtureContext) {
  const kkr = b.forum('kkr', 'KKR Syddanmark', {
    scope: 'interMunicipal',
    cadence: { min: 4, max: null },
  });
  b.seat(kkr, 'Borgmestre', {
    born: {
      kind: 'officeHolders',
      office: 'mayor',
      parties: { of: 'collaboration', partyKind: 'municipality' },
    },
  });
  const chair = b.seat(kkr, 'Formand', {
    role: 'chair',
    isFunction: true,
    partyKind: 'municipality',
  });
  b.appoint(chair, holder('mayor', 'Vejle'));
  b.seat(kkr, 'Kommunaldirektør fra formandens kommune', {
    role: 'attendee',
    born: {
      kind: 'officeHoldersOfRepresented',
      forumId: kkr,
      role: 'chair',
      office: 'municipalDirector',
    },
  });
  b.rule(kkr, { kind: 'seatsOfPartyKind', partyKind: 'municipality', min: 22, max: 22 });
  return kkr;
}

/** One political cluster forum (seed 002 "Politiske sundhedsklynger"). */
function buildPoliticalCluster(ctx: FixtureContext, c: ClusterName, i: number) {
  const { b, region, councillors, holder, clusters } = ctx;
  const forum = b.forum(`political-${i}`, `Sundhedsklynge ${c}`, {
    level: 'cluster',
    clusterId: clusters[c],
  });
  b.seat(forum, 'Borgmestre', {
    born: { kind: 'officeHolders', office: 'mayor', parties: { of: 'forumCluster' } },
  });
  const councillor = councillors[i] ?? '';
  b.appoint(
    b.seat(forum, 'Regionsrådsmedlem', { partyId: region, partyKind: 'region' }),
    councillor,
  );
  const coChair = b.seat(forum, 'Kommunal medformand', {
    role: 'coChair',
    isFunction: true,
    partyKind: 'municipality',
  });
  const appointment = b.appoint(coChair, holder('mayor', CO_CHAIR_MUNICIPALITY[c]));
  const regional = b.seat(forum, 'Regional medformand', {
    role: 'coChair',
    isFunction: true,
    partyKind: 'region',
  });
  b.appoint(regional, councillor);
  b.seat(forum, 'Sundhedsdirektør fra medformandskommunen', {
    role: 'attendee',
    born: {
      kind: 'officeHoldersOfRepresented',
      forumId: forum,
      role: 'coChair',
      partyKind: 'municipality',
      office: 'healthDirector',
    },
  });
  return { forum, coChair, appointment };
}

function buildClusterFora(ctx: FixtureContext) {
  const political = {} as Record<ClusterName, string>;
  const administrative = {} as Record<ClusterName, string>;
  const coChairSeat = {} as Record<ClusterName, string>;
  const coChairAppointment = {} as Record<ClusterName, string>;
  CLUSTER_NAMES.forEach((c, i) => {
    const built = buildPoliticalCluster(ctx, c, i);
    political[c] = built.forum;
    coChairSeat[c] = built.coChair;
    coChairAppointment[c] = built.appointment;
    administrative[c] = ctx.b.forum(`administrative-${i}`, `Administrativ sundhedsklynge ${c}`, {
      level: 'cluster',
      kind: 'administrative',
      clusterId: ctx.clusters[c],
    });
    ctx.b.seat(administrative[c], 'Sundhedsdirektører', {
      born: { kind: 'officeHolders', office: 'healthDirector', parties: { of: 'forumCluster' } },
    });
  });
  return { political, administrative, coChairSeat, coChairAppointment };
}

/** Builds the South Denmark fixture; every call returns fresh, independent rows. */
export function buildSouthDenmark() {
  const b = createSnapshotBuilder();
  const ctx = buildContext(b);
  const kkr = buildKkr(ctx);
  const clusterFora = buildClusterFora(ctx);
  const ssu = buildSsu(ctx, kkr);
  const directors = buildDirectors(ctx, ssu.forum);
  const regionalForum = buildRegionalForum(ctx, ssu.forum, directors.executive);
  const theme = buildThemeGroup(ctx, clusterFora.administrative);
  return {
    ...ctx,
    builder: b,
    snapshot: (): OrgSnapshot => b.snapshot(),
    fora: {
      kkr,
      ssu: ssu.forum,
      healthDirectors: directors.healthDirectors,
      executive: directors.executive,
      regionalForum,
      themeGroup: theme.forum,
      political: clusterFora.political,
      administrative: clusterFora.administrative,
    },
    seats: {
      coChair: clusterFora.coChairSeat,
      ...ssu.seats,
      ...directors.seats,
      theme: theme.seats,
    },
    appointments: {
      coChair: clusterFora.coChairAppointment,
      ...ssu.appointments,
      theme: theme.appointments,
    },
  };
}

/** The fixture's handle type. */
export type SouthDenmark = ReturnType<typeof buildSouthDenmark>;
