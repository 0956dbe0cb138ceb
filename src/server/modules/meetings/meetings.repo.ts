/** Queries on meetings, their series, processes and predecessor links. */
import { and, asc, eq, gte, inArray, lt, ne, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { MeetingStatus } from '../../../shared/meetings.enums';
import {
  meetingParticipants,
  meetingPredecessors,
  meetings,
  meetingSeries,
  processInstances,
} from './meetings.table';

/** A stored meeting. */
export type MeetingRow = typeof meetings.$inferSelect;
/** Columns for a new meeting. */
export type NewMeetingRow = typeof meetings.$inferInsert;

/** Filters for {@link listMeetingRows}; times are instants. */
export interface MeetingFilter {
  forumIds?: readonly string[];
  collaborationId?: string;
  from?: Date;
  before?: Date;
  status?: MeetingStatus;
  includeCancelled?: boolean;
  limit?: number;
}

/** Inserts meetings and returns them in the given order. */
export async function insertMeetings(tx: Db, rows: NewMeetingRow[]): Promise<MeetingRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(meetings).values(rows).returning();
}

/** Updates one meeting (stamping `updatedAt`); undefined when it does not exist. */
export async function updateMeetingRow(
  tx: Db,
  id: string,
  patch: Partial<NewMeetingRow>,
): Promise<MeetingRow | undefined> {
  const rows = await tx
    .update(meetings)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(meetings.id, id))
    .returning();
  return rows[0];
}

/** One meeting by id. */
export async function findMeetingRow(db: Db, id: string): Promise<MeetingRow | undefined> {
  const rows = await db.select().from(meetings).where(eq(meetings.id, id));
  return rows[0];
}

/** Meetings by id (unknown ids left out). */
export async function findMeetingRows(db: Db, ids: readonly string[]): Promise<MeetingRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(meetings)
    .where(inArray(meetings.id, [...ids]));
}

/** Meetings matching the filter, by start time. */
export async function listMeetingRows(db: Db, f: MeetingFilter): Promise<MeetingRow[]> {
  const where: SQL[] = [];
  if (f.forumIds) where.push(inArray(meetings.forumId, [...f.forumIds]));
  if (f.collaborationId) where.push(eq(meetings.collaborationId, f.collaborationId));
  if (f.from) where.push(gte(meetings.startsAt, f.from));
  if (f.before) where.push(lt(meetings.startsAt, f.before));
  if (f.status) where.push(eq(meetings.status, f.status));
  if (f.includeCancelled === false) where.push(ne(meetings.status, 'cancelled'));
  const query = db
    .select()
    .from(meetings)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  return f.limit ? query.limit(f.limit) : query;
}

/** Meetings a person takes part in (any role), from an instant on. */
export async function listMeetingRowsOfPerson(
  db: Db,
  personId: string,
  from: Date,
): Promise<MeetingRow[]> {
  const rows = await db
    .select({ meeting: meetings })
    .from(meetings)
    .innerJoin(meetingParticipants, eq(meetingParticipants.meetingId, meetings.id))
    .where(and(eq(meetingParticipants.personId, personId), gte(meetings.startsAt, from)))
    .orderBy(asc(meetings.startsAt));
  return rows.map((r) => r.meeting);
}

/** Predecessor ids per meeting id. */
export async function predecessorsOf(
  db: Db,
  meetingIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (meetingIds.length === 0) return out;
  const rows = await db
    .select()
    .from(meetingPredecessors)
    .where(inArray(meetingPredecessors.meetingId, [...meetingIds]));
  for (const r of rows) out.set(r.meetingId, [...(out.get(r.meetingId) ?? []), r.predecessorId]);
  return out;
}

/** Links meetings to their predecessors. */
export async function insertPredecessors(
  tx: Db,
  links: { meetingId: string; predecessorId: string }[],
): Promise<void> {
  if (links.length > 0) await tx.insert(meetingPredecessors).values(links).onConflictDoNothing();
}

/** Records a generated series. */
export async function insertSeries(
  tx: Db,
  row: typeof meetingSeries.$inferInsert,
): Promise<string> {
  const rows = await tx.insert(meetingSeries).values(row).returning({ id: meetingSeries.id });
  return (rows[0] as { id: string }).id;
}

/** Records an instantiated process. */
export async function insertProcessInstance(
  tx: Db,
  row: typeof processInstances.$inferInsert,
): Promise<string> {
  const rows = await tx.insert(processInstances).values(row).returning({ id: processInstances.id });
  return (rows[0] as { id: string }).id;
}

/** Active meetings of a forum starting at or after an instant (for carry-over). */
export async function futureMeetingRows(
  db: Db,
  forumId: string,
  from: Date,
): Promise<MeetingRow[]> {
  return listMeetingRows(db, { forumIds: [forumId], from, includeCancelled: false });
}

/** The statuses of a meeting not yet held (its invitation list may still change by itself). */
export const NOT_HELD_STATUSES = ['planned', 'agendaDraft', 'agendaPublished'] as const;

/**
 * Meetings of the fora not yet held, starting at or after an instant, oldest first, locked
 * for the transaction (FOR UPDATE: two app servers syncing the same meeting take turns).
 * Filtered in SQL over the (forum_id, starts_at) index.
 */
export async function notHeldMeetingRowsForUpdate(
  tx: Db,
  forumIds: readonly string[],
  from: Date,
): Promise<MeetingRow[]> {
  if (forumIds.length === 0) return [];
  return tx
    .select()
    .from(meetings)
    .where(
      and(
        inArray(meetings.forumId, [...forumIds]),
        gte(meetings.startsAt, from),
        inArray(meetings.status, [...NOT_HELD_STATUSES]),
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(meetings.id))
    .for('update');
}

/** Locks one meeting row for the transaction (participant syncs of one meeting take turns). */
export async function lockMeetingRow(tx: Db, id: string): Promise<void> {
  await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, id)).for('update');
}
