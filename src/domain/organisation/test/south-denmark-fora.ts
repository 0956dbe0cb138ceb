/**
 * The regional fora of the South Denmark fixture (seed 002): SSU, the health directors' forum
 * and its executive committee, the regional collaboration forum, and a theme group (seed 001).
 */
import type { SnapshotBuilder } from './snapshot-builder';
import {
  CLUSTER_NAMES,
  SOUTH_DENMARK_CLUSTERS,
  type ClusterName,
  type MunicipalOffice,
} from './south-denmark-data';

/** What the fora builders share: the builder and the parties and persons made first. */
export interface FixtureContext {
  b: SnapshotBuilder;
  region: string;
  councillors: string[];
  regionalDirector: string;
  municipality: (name: string) => string;
  holder: (office: MunicipalOffice, municipality: string) => string;
  clusters: Record<ClusterName, string>;
}

function buildSsuSeats(
  { b, holder, municipality, region, councillors }: FixtureContext,
  ssu: string,
  kkr: string,
) {
  b.seat(ssu, 'Klyngernes kommunale medformænd', {
    born: {
      kind: 'roleHolders',
      role: 'coChair',
      forums: { of: 'clusterForums', forumKind: 'political' },
      partyKind: 'municipality',
    },
  });
  const ssuKkrSeat = b.seat(ssu, 'Kommunal plads udpeget af KKR', {
    partyKind: 'municipality',
    appointedBy: { kind: 'forum', id: kkr },
  });
  const ssuKkrAppointment = b.appoint(ssuKkrSeat, holder('mayor', 'Svendborg'), {
    onBehalfOfPartyId: municipality('Svendborg'),
  });
  const ssuRegionSeats = ['Regional plads 1', 'Regional plads 2'].map((label, i) => {
    const seat = b.seat(ssu, label, { partyId: region, partyKind: 'region' });
    b.appoint(seat, councillors[i] ?? '');
    return seat;
  });
  const ssuChair = b.seat(ssu, 'Formand', { role: 'chair', isFunction: true, partyKind: 'region' });
  b.appoint(ssuChair, councillors[0] ?? '');
  const ssuViceChair = b.seat(ssu, 'Næstformand', {
    role: 'viceChair',
    isFunction: true,
    partyKind: 'municipality',
  });
  const ssuViceChairAppointment = b.appoint(ssuViceChair, holder('mayor', 'Odense'));
  return {
    seats: { ssuKkrSeat, ssuRegionSeats, ssuChair, ssuViceChair },
    appointments: { ssuKkrAppointment, ssuViceChairAppointment },
  };
}

/** The SSU: 5 municipal seats (4 born co-chairs + 1 from KKR), a municipal vice-chair. */
export function buildSsu(ctx: FixtureContext, kkr: string) {
  const { b } = ctx;
  const forum = b.forum('ssu', 'Sundhedssamarbejdsudvalget', {
    shortName: 'SSU',
    cadence: { min: 4, max: 6 },
  });
  const built = buildSsuSeats(ctx, forum, kkr);
  b.seat(forum, 'Kommunaldirektør fra næstformandens kommune', {
    role: 'attendee',
    born: {
      kind: 'officeHoldersOfRepresented',
      forumId: forum,
      role: 'viceChair',
      partyKind: 'municipality',
      office: 'municipalDirector',
    },
  });
  b.seat(forum, 'Sundhedsdirektører fra kommuner med politikere i udvalget', {
    role: 'optionalAttendee',
    born: {
      kind: 'officeHoldersOfRepresented',
      forumId: forum,
      partyKind: 'municipality',
      office: 'healthDirector',
    },
  });
  b.rule(forum, { kind: 'includesAllClusterCoChairs', side: 'municipality' });
  b.rule(forum, { kind: 'seatsOfPartyKind', partyKind: 'municipality', min: 5, max: 5 });
  b.rule(forum, { kind: 'roleHeldByPartyKind', role: 'viceChair', partyKind: 'municipality' });
  b.rule(forum, { kind: 'everyClusterRepresented' });
  return { forum, ...built };
}

/** Sundhedsdirektørforum and its executive committee (forretningsudvalg). */
export function buildDirectors({ b, holder, municipality }: FixtureContext, ssu: string) {
  const healthDirectors = b.forum('health-directors', 'Sundhedsdirektørforum', {
    kind: 'administrative',
    scope: 'interMunicipal',
  });
  b.seat(healthDirectors, 'Sundhedsdirektører', {
    born: {
      kind: 'officeHolders',
      office: 'healthDirector',
      parties: { of: 'collaboration', partyKind: 'municipality' },
    },
  });
  const executive = b.forum(
    'executive-committee',
    'Forretningsudvalget for Sundhedsdirektørforum',
    {
      kind: 'administrative',
      scope: 'interMunicipal',
      reportsToForumId: healthDirectors,
    },
  );
  b.seat(executive, 'Direktører fra kommuner i SSU', {
    born: {
      kind: 'officeHoldersOfRepresented',
      forumId: ssu,
      partyKind: 'municipality',
      office: 'healthDirector',
    },
  });
  const executiveDirectorSeat = b.seat(executive, 'Kommunaldirektør', {
    partyKind: 'municipality',
  });
  b.appoint(executiveDirectorSeat, holder('municipalDirector', 'Haderslev'), {
    onBehalfOfPartyId: municipality('Haderslev'),
  });
  const executiveChair = b.seat(executive, 'Formand', {
    role: 'chair',
    isFunction: true,
    partyKind: 'municipality',
  });
  b.appoint(executiveChair, holder('healthDirector', 'Esbjerg'));
  b.rule(executive, { kind: 'everyClusterRepresented' });
  return { healthDirectors, executive, seats: { executiveDirectorSeat, executiveChair } };
}

/** The administrative, cross-sector forum of municipalities and region. */
export function buildRegionalForum(ctx: FixtureContext, ssu: string, executive: string): string {
  const { b, region, regionalDirector } = ctx;
  const forum = b.forum('regional-forum', 'Samarbejdsforum mellem kommuner og region', {
    kind: 'administrative',
  });
  b.seat(forum, 'Forretningsudvalget', {
    born: { kind: 'roleHolders', role: 'member', forums: { of: 'forums', forumIds: [executive] } },
  });
  b.seat(forum, 'Kommunal medformand', {
    role: 'coChair',
    partyKind: 'municipality',
    born: {
      kind: 'officeHoldersOfRepresented',
      forumId: ssu,
      role: 'viceChair',
      partyKind: 'municipality',
      office: 'municipalDirector',
    },
  });
  const regional = b.seat(forum, 'Regional medformand', {
    role: 'coChair',
    partyId: region,
    partyKind: 'region',
  });
  b.appoint(regional, regionalDirector);
  return forum;
}

/** A theme group with one seat per cluster, appointed through the cluster (seeds 000, 001). */
export function buildThemeGroup(ctx: FixtureContext, administrative: Record<ClusterName, string>) {
  const { b, holder, municipality, clusters } = ctx;
  const forum = b.forum('theme-prevention', 'Temagruppe Forebyggelse', { kind: 'professional' });
  const seats = {} as Record<ClusterName, string>;
  const appointments = {} as Record<ClusterName, string>;
  for (const c of CLUSTER_NAMES) {
    const name = SOUTH_DENMARK_CLUSTERS[c][0];
    seats[c] = b.seat(forum, `Repræsentant for ${c}`, {
      clusterId: clusters[c],
      partyKind: 'municipality',
      appointedBy: { kind: 'forum', id: administrative[c] },
    });
    appointments[c] = b.appoint(seats[c], holder('healthDirector', name), {
      onBehalfOfPartyId: municipality(name),
    });
  }
  b.rule(forum, { kind: 'everyClusterRepresented' });
  return { forum, seats, appointments };
}
