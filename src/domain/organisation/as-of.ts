/**
 * The organisation as it stands on one day. Everything else in the domain (members, breaches,
 * burden) works on an `OrgState`, so "who sat where on 1 March 2024" is the same computation as
 * "who sits where today".
 */
import { compareDates, validOn, type IsoDate } from '../../shared/dates';
import type { ForumKind, Office, SeatRole } from '../../shared/organisation.enums';
import { compareDa, sortByName } from './collate';
import type {
  Appointment,
  Cluster,
  Collaboration,
  CompositionRule,
  Forum,
  OfficeHolding,
  OrgSnapshot,
  Party,
  Person,
  Seat,
} from './types';

/** A cluster on the day, with the entityIds of its member parties (Danish name order). */
export interface ClusterOnDay extends Cluster {
  memberPartyIds: readonly string[];
}

/**
 * The rows valid on `date`, keyed by entityId (persons by id). Lists are in display order:
 * parties, clusters and fora by Danish name, seats by role then label.
 */
export interface OrgState {
  readonly date: IsoDate;
  readonly collaboration: Collaboration | null;
  readonly parties: ReadonlyMap<string, Party>;
  readonly persons: ReadonlyMap<string, Person>;
  readonly clusters: ReadonlyMap<string, ClusterOnDay>;
  /** party entityId → cluster entityIds (several for a split municipality). */
  readonly clustersByParty: ReadonlyMap<string, readonly string[]>;
  readonly fora: ReadonlyMap<string, Forum>;
  readonly seats: ReadonlyMap<string, Seat>;
  readonly seatsByForum: ReadonlyMap<string, readonly Seat[]>;
  /** seat entityId → appointments valid on the day (normally at most one). */
  readonly appointmentsBySeat: ReadonlyMap<string, readonly Appointment[]>;
  /** `officeKey(partyId, office)` → holdings valid on the day. */
  readonly officeHoldings: ReadonlyMap<string, readonly OfficeHolding[]>;
  readonly rulesByForum: ReadonlyMap<string, readonly CompositionRule[]>;
  /** forum entityId → all its meeting dates (every year, sorted), for cadence checks. */
  readonly meetingDates: ReadonlyMap<string, readonly IsoDate[]>;
}

const ROLE_ORDER: readonly SeatRole[] = [
  'chair',
  'coChair',
  'viceChair',
  'member',
  'secretary',
  'attendee',
  'optionalAttendee',
];

/** Display rank of a seat role: chair first, optional attendee last. */
export function roleRank(role: SeatRole): number {
  return ROLE_ORDER.indexOf(role);
}

/** The key of `OrgState.officeHoldings`. */
export function officeKey(partyId: string, office: Office): string {
  return `${partyId}|${office}`;
}

function byEntityId<T extends { entityId: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.entityId, row]));
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

function clustersOnDay(snapshot: OrgSnapshot, date: IsoDate, parties: Map<string, Party>) {
  const memberships = validOn(snapshot.clusterMemberships, date).filter((m) =>
    parties.has(m.partyId),
  );
  const clusters = new Map<string, ClusterOnDay>();
  for (const cluster of sortByName(validOn(snapshot.clusters, date), (c) => c.name)) {
    const memberIds = memberships.filter((m) => m.clusterId === cluster.entityId);
    const sorted = sortByName(memberIds, (m) => parties.get(m.partyId)?.name ?? '');
    clusters.set(cluster.entityId, { ...cluster, memberPartyIds: sorted.map((m) => m.partyId) });
  }
  const clustersByParty = new Map<string, string[]>();
  for (const cluster of clusters.values()) {
    for (const partyId of cluster.memberPartyIds) {
      clustersByParty.set(partyId, [...(clustersByParty.get(partyId) ?? []), cluster.entityId]);
    }
  }
  return { clusters, clustersByParty };
}

function seatsOnDay(snapshot: OrgSnapshot, date: IsoDate) {
  const seats = [...validOn(snapshot.seats, date)].sort(
    (a, b) => roleRank(a.role) - roleRank(b.role) || compareDa(a.label, b.label),
  );
  return { seats: byEntityId(seats), seatsByForum: groupBy(seats, (s) => s.forumId) };
}

function meetingDatesOf(snapshot: OrgSnapshot): Map<string, IsoDate[]> {
  return new Map(
    Object.entries(snapshot.meetingDates).map(([forumId, dates]) => [forumId, [...dates].sort()]),
  );
}

/**
 * Evaluates a snapshot on `date`: keeps only rows valid on that day (inclusive ends) and indexes
 * them for the lookups that member derivation and composition checks need. Pure and cheap
 * enough to call per request; callers that evaluate many days build one state per day.
 */
export function stateOn(snapshot: OrgSnapshot, date: IsoDate): OrgState {
  const parties = byEntityId(sortByName(validOn(snapshot.parties, date), (p) => p.name));
  const { clusters, clustersByParty } = clustersOnDay(snapshot, date, parties);
  const { seats, seatsByForum } = seatsOnDay(snapshot, date);
  const holdings = validOn(snapshot.officeHoldings, date);
  return {
    date,
    collaboration: validOn(snapshot.collaborations, date)[0] ?? null,
    parties,
    persons: new Map(sortByName(snapshot.persons, (p) => p.name).map((p) => [p.id, p])),
    clusters,
    clustersByParty,
    fora: byEntityId(sortByName(validOn(snapshot.fora, date), (f) => f.name)),
    seats,
    seatsByForum,
    appointmentsBySeat: groupBy(
      // Latest-starting first: if periods overlap by mistake, the newest appointment wins.
      [...validOn(snapshot.appointments, date)].sort(
        (a, b) => compareDates(b.validFrom, a.validFrom) || a.id.localeCompare(b.id),
      ),
      (a) => a.seatId,
    ),
    officeHoldings: groupBy(holdings, (h) => officeKey(h.partyId, h.office)),
    rulesByForum: groupBy(validOn(snapshot.compositionRules, date), (r) => r.forumId),
    meetingDates: meetingDatesOf(snapshot),
  };
}

/** The seats of a forum on the day (role order). */
export function seatsOf(state: OrgState, forumId: string): readonly Seat[] {
  return state.seatsByForum.get(forumId) ?? [];
}

/** The holdings of `office` in `partyId` on the day: usually one, none when unfilled. */
export function officeHoldersOf(
  state: OrgState,
  partyId: string,
  office: Office,
): readonly OfficeHolding[] {
  return state.officeHoldings.get(officeKey(partyId, office)) ?? [];
}

/** The clusters a party belongs to on the day (several for a split municipality). */
export function clustersOf(state: OrgState, partyId: string): readonly ClusterOnDay[] {
  const ids = state.clustersByParty.get(partyId) ?? [];
  return ids.flatMap((id) => state.clusters.get(id) ?? []);
}

/**
 * The cluster-level fora of the day, optionally of one kind (e.g. the political cluster fora).
 * Health councils also name an area (`clusterId`) but are not cluster fora.
 */
export function clusterFora(state: OrgState, kind?: ForumKind): readonly Forum[] {
  return [...state.fora.values()].filter(
    (f) =>
      f.clusterId !== null &&
      f.level !== 'healthCouncil' &&
      (kind === undefined || f.kind === kind),
  );
}

/** The composition rules declared on a forum that are valid on the day. */
export function rulesOf(state: OrgState, forumId: string): readonly CompositionRule[] {
  return state.rulesByForum.get(forumId) ?? [];
}

/** The appointment that fills an appointed seat on the day: the latest-starting one if several. */
export function appointmentOf(state: OrgState, seatId: string): Appointment | null {
  return state.appointmentsBySeat.get(seatId)?.[0] ?? null;
}
