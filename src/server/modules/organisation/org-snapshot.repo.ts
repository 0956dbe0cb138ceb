/**
 * Loading a collaboration's whole organisation (every version, every period) in a few queries,
 * as the domain's `OrgSnapshot`. Rows keep their `key` and `collaborationId`, so the org-file
 * exporter and the history views can use the same load.
 */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { IsoDate } from '../../../shared/dates';
import type { OrgSnapshot } from '../../../domain/organisation/index';
import { clusterMemberships, clusters, collaborations, parties } from './org-structure.table';
import { compositionRules, fora, seats } from './org-fora.table';
import { appointments, officeHoldings, persons } from './org-people.table';

export type CollaborationRow = typeof collaborations.$inferSelect;
export type PartyRow = typeof parties.$inferSelect;
export type ClusterRow = typeof clusters.$inferSelect;
export type ClusterMembershipRow = typeof clusterMemberships.$inferSelect;
export type ForumRow = typeof fora.$inferSelect;
export type SeatRow = typeof seats.$inferSelect;
export type CompositionRuleRow = typeof compositionRules.$inferSelect;
export type PersonRow = typeof persons.$inferSelect;
export type OfficeHoldingRow = typeof officeHoldings.$inferSelect;
export type AppointmentRow = typeof appointments.$inferSelect;

/** An `OrgSnapshot` whose rows are the stored rows (with `key` and `collaborationId`). */
export interface StoredSnapshot extends OrgSnapshot {
  readonly collaborations: readonly CollaborationRow[];
  readonly parties: readonly PartyRow[];
  readonly clusters: readonly ClusterRow[];
  readonly clusterMemberships: readonly ClusterMembershipRow[];
  readonly fora: readonly ForumRow[];
  readonly seats: readonly SeatRow[];
  readonly persons: readonly PersonRow[];
  readonly officeHoldings: readonly OfficeHoldingRow[];
  readonly appointments: readonly AppointmentRow[];
  readonly compositionRules: readonly CompositionRuleRow[];
}

/**
 * Supplies the dates of (held and planned) meetings per forum entityId, for the cadence rule,
 * optionally only those within a period of days (inclusive). The meetings module implements it;
 * app.ts injects it, so neither module imports the other's internals and there is no import
 * cycle.
 */
export type MeetingDatesProvider = (
  db: Db,
  forumEntityIds: readonly string[],
  period?: { from?: IsoDate; to?: IsoDate },
) => Promise<Record<string, IsoDate[]>>;

/** The provider used until a meetings module is wired: no meetings are known. */
export const noMeetingDates: MeetingDatesProvider = async () => ({});

/** Options of `loadSnapshot`. */
export interface LoadSnapshotOptions {
  /** Where meeting dates come from; default none (the cadence rule then sees no meetings). */
  meetingDates?: MeetingDatesProvider;
}

async function loadPersons(
  db: Db,
  holdings: readonly OfficeHoldingRow[],
  appointmentRows: readonly AppointmentRow[],
): Promise<PersonRow[]> {
  const ids = new Set<string>(holdings.map((h) => h.personId));
  for (const a of appointmentRows) {
    ids.add(a.personId);
    if (a.substitutePersonId !== null) ids.add(a.substitutePersonId);
  }
  if (ids.size === 0) return [];
  return db
    .select()
    .from(persons)
    .where(inArray(persons.id, [...ids]));
}

/**
 * Every row of one collaboration (its entityId) and the persons its facts refer to. Rows come
 * ordered by start date, so versions of one entity are in time order. An unknown collaboration
 * gives an empty snapshot.
 */
export async function loadSnapshot(
  db: Db,
  collaborationId: string,
  options: LoadSnapshotOptions = {},
): Promise<StoredSnapshot> {
  const collaboration = await db
    .select()
    .from(collaborations)
    .where(eq(collaborations.entityId, collaborationId))
    .orderBy(asc(collaborations.validFrom));
  const partyRows = await db
    .select()
    .from(parties)
    .where(eq(parties.collaborationId, collaborationId))
    .orderBy(asc(parties.validFrom));
  const clusterRows = await db
    .select()
    .from(clusters)
    .where(eq(clusters.collaborationId, collaborationId))
    .orderBy(asc(clusters.validFrom));
  const membershipRows = await db
    .select()
    .from(clusterMemberships)
    .where(eq(clusterMemberships.collaborationId, collaborationId))
    .orderBy(asc(clusterMemberships.validFrom));
  const forumRows = await db
    .select()
    .from(fora)
    .where(eq(fora.collaborationId, collaborationId))
    .orderBy(asc(fora.validFrom));
  const seatRows = await db
    .select()
    .from(seats)
    .where(eq(seats.collaborationId, collaborationId))
    .orderBy(asc(seats.validFrom));
  const ruleRows = await db
    .select()
    .from(compositionRules)
    .where(eq(compositionRules.collaborationId, collaborationId))
    .orderBy(asc(compositionRules.validFrom));
  const holdingRows = await db
    .select()
    .from(officeHoldings)
    .where(eq(officeHoldings.collaborationId, collaborationId))
    .orderBy(asc(officeHoldings.validFrom));
  const appointmentRows = await db
    .select()
    .from(appointments)
    .where(eq(appointments.collaborationId, collaborationId))
    .orderBy(asc(appointments.validFrom));
  const personRows = await loadPersons(db, holdingRows, appointmentRows);
  const forumIds = [...new Set(forumRows.map((f) => f.entityId))];
  const provider = options.meetingDates ?? noMeetingDates;
  return {
    collaborations: collaboration,
    parties: partyRows,
    clusters: clusterRows,
    clusterMemberships: membershipRows,
    fora: forumRows,
    seats: seatRows,
    persons: personRows,
    officeHoldings: holdingRows,
    appointments: appointmentRows,
    compositionRules: ruleRows,
    meetingDates: forumIds.length ? await provider(db, forumIds) : {},
  };
}

/**
 * Parties by entityId with their collaboration's key and their own key (a merger's predecessors
 * in other collaborations, for the org-file export). Unknown ids are left out.
 */
export async function loadPartyKeys(
  db: Db,
  partyIds: readonly string[],
): Promise<Map<string, { collaboration: string; party: string }>> {
  if (partyIds.length === 0) return new Map();
  const rows = await db
    .selectDistinct({
      entityId: parties.entityId,
      party: parties.key,
      collaboration: collaborations.key,
    })
    .from(parties)
    .innerJoin(collaborations, eq(collaborations.entityId, parties.collaborationId))
    .where(inArray(parties.entityId, [...partyIds]));
  return new Map(rows.map((r) => [r.entityId, { collaboration: r.collaboration, party: r.party }]));
}

/**
 * Serialises organisation changes per collaboration for the rest of the transaction: breaches
 * are checked before and after a change, and two concurrent changes must not both pass the
 * check against a state the other is about to change.
 */
export async function lockCollaboration(db: Db, collaborationId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`org:${collaborationId}`}))`);
}
