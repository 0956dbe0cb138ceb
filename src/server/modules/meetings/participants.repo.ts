/** Queries on meeting participants. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { meetingParticipants } from './meetings.table';

/** A stored participant. */
export type ParticipantRow = typeof meetingParticipants.$inferSelect;
/** Columns for a new participant. */
export type NewParticipantRow = typeof meetingParticipants.$inferInsert;

/** The participants of a meeting, in insertion order. */
export async function listParticipantRows(db: Db, meetingId: string): Promise<ParticipantRow[]> {
  return db
    .select()
    .from(meetingParticipants)
    .where(eq(meetingParticipants.meetingId, meetingId))
    .orderBy(asc(meetingParticipants.createdAt), asc(meetingParticipants.id));
}

/** One participant of a meeting. */
export async function findParticipantRow(
  db: Db,
  meetingId: string,
  id: string,
): Promise<ParticipantRow | undefined> {
  const rows = await db
    .select()
    .from(meetingParticipants)
    .where(and(eq(meetingParticipants.meetingId, meetingId), eq(meetingParticipants.id, id)));
  return rows[0];
}

/** Inserts participants. */
export async function insertParticipantRows(tx: Db, rows: NewParticipantRow[]): Promise<void> {
  if (rows.length > 0) await tx.insert(meetingParticipants).values(rows);
}

/** Updates one participant (stamping `updatedAt`). */
export async function updateParticipantRow(
  tx: Db,
  id: string,
  patch: Partial<NewParticipantRow>,
): Promise<ParticipantRow | undefined> {
  const rows = await tx
    .update(meetingParticipants)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(meetingParticipants.id, id))
    .returning();
  return rows[0];
}

/** Deletes participants by id. */
export async function deleteParticipantRows(tx: Db, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) {
    await tx.delete(meetingParticipants).where(inArray(meetingParticipants.id, [...ids]));
  }
}
