/**
 * Seat burden: how many seats each municipality and each person carries across all fora on a
 * day, so that representation does not become too heavy for one municipality (seed 000:
 * appointments go through the cluster, "not every municipality in every working group").
 */
import type { OrgState } from './as-of';
import { compareDa, sortByName } from './collate';
import { createMemberEvaluator, deriveAllMembers } from './members';
import type { Member } from './members.types';

/** Seats in one forum. */
export interface ForumSeatCount {
  forumEntityId: string;
  forumName: string;
  seatCount: number;
}

/** The load one municipality carries. */
export interface MunicipalityBurden {
  partyEntityId: string;
  name: string;
  /** Member rows representing the municipality, vacancies included (the seat is still its). */
  seatCount: number;
  /**
   * Of those, the seats held for the cluster rather than for the municipality itself: the seat
   * is reserved for a cluster, or appointed by a cluster-level forum ("appointments through the
   * cluster").
   */
  clusterSeatCount: number;
  fora: ForumSeatCount[];
}

/** The load one person carries (vacancies have no person and are not counted). */
export interface PersonBurden {
  personId: string;
  name: string;
  seatCount: number;
  fora: ForumSeatCount[];
}

/** Seat burden on the state's day; fora whose members cannot be derived are listed and skipped. */
export interface SeatBurden {
  municipalities: MunicipalityBurden[];
  persons: PersonBurden[];
  skippedForumEntityIds: string[];
}

function isThroughCluster(state: OrgState, member: Member): boolean {
  const seat = state.seats.get(member.seatEntityId);
  if (seat === undefined) return false;
  if (seat.clusterId !== null) return true;
  const appointer = seat.appointedBy;
  return appointer?.kind === 'forum' && state.fora.get(appointer.id)?.clusterId != null;
}

function foraCounts(state: OrgState, members: readonly Member[]): ForumSeatCount[] {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(m.forumEntityId, (counts.get(m.forumEntityId) ?? 0) + 1);
  const rows = [...counts].map(([forumEntityId, seatCount]) => ({
    forumEntityId,
    forumName: state.fora.get(forumEntityId)?.name ?? forumEntityId,
    seatCount,
  }));
  return sortByName(rows, (r) => r.forumName);
}

function municipalityBurden(state: OrgState, members: readonly Member[]): MunicipalityBurden[] {
  return [...state.parties.values()]
    .filter((p) => p.kind === 'municipality')
    .map((party) => {
      const own = members.filter((m) => m.partyEntityId === party.entityId);
      return {
        partyEntityId: party.entityId,
        name: party.name,
        seatCount: own.length,
        clusterSeatCount: own.filter((m) => isThroughCluster(state, m)).length,
        fora: foraCounts(state, own),
      };
    })
    .sort((a, b) => compareDa(a.name, b.name));
}

function personBurden(state: OrgState, members: readonly Member[]): PersonBurden[] {
  const byPerson = new Map<string, Member[]>();
  for (const m of members) {
    if (m.personId !== null) byPerson.set(m.personId, [...(byPerson.get(m.personId) ?? []), m]);
  }
  const rows = [...byPerson].map(([personId, own]) => ({
    personId,
    name: state.persons.get(personId)?.name ?? personId,
    seatCount: own.length,
    fora: foraCounts(state, own),
  }));
  return sortByName(rows, (r) => r.name);
}

/**
 * Seats per municipality (all municipalities of the day, zero included) and per person (only
 * those with a seat), both in Danish name order. Function seats (chair, co-chair, vice-chair)
 * are not counted: they add a role to an existing member, not a seat. Optional attendees ("may
 * choose to attend") are not counted either; attendees and secretaries are, as they carry the
 * load of the meetings.
 */
export function seatBurden(state: OrgState): SeatBurden {
  const results = [...deriveAllMembers(state, createMemberEvaluator(state)).values()];
  const members = results
    .flatMap((r) => (r.ok ? r.members : []))
    .filter((m) => m.role !== 'optionalAttendee');
  return {
    municipalities: municipalityBurden(state, members),
    persons: personBurden(state, members),
    skippedForumEntityIds: results.filter((r) => !r.ok).map((r) => r.forumEntityId),
  };
}
