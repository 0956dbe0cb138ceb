/** The queries of agendas, items, reviewers, review comments and minutes approvals. */
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  agendaItems,
  agendaReviewComments,
  agendaReviewers,
  agendas,
  minutesApprovals,
} from './agendas.table';

export type AgendaRow = typeof agendas.$inferSelect;
export type ItemRow = typeof agendaItems.$inferSelect;
export type NewItemRow = typeof agendaItems.$inferInsert;
export type CommentRow = typeof agendaReviewComments.$inferSelect;
export type ApprovalRow = typeof minutesApprovals.$inferSelect;

/** The agenda state of a meeting before its first change. */
export function defaultAgenda(meetingId: string): AgendaRow {
  return {
    meetingId,
    status: 'draft',
    minutesStatus: 'draft',
    sentForReviewAt: null,
    publishedAt: null,
    minutesSentAt: null,
    minutesApprovedAt: null,
    approvalEnding: null,
    version: 1,
    updatedAt: new Date(0),
  };
}

/** The agenda state of a meeting (the default when nothing was changed yet). */
export async function findAgenda(db: Db, meetingId: string): Promise<AgendaRow> {
  const [row] = await db.select().from(agendas).where(eq(agendas.meetingId, meetingId));
  return row ?? defaultAgenda(meetingId);
}

/** Creates the agenda row if needed and locks it until the transaction ends. */
export async function lockAgenda(tx: Db, meetingId: string): Promise<AgendaRow> {
  await tx.insert(agendas).values({ meetingId }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(agendas)
    .where(eq(agendas.meetingId, meetingId))
    .for('update');
  if (!row) throw new Error('agenda row vanished');
  return row;
}

/** Changes the agenda state and bumps its version. */
export async function updateAgenda(
  tx: Db,
  meetingId: string,
  patch: Partial<Omit<AgendaRow, 'meetingId' | 'version'>>,
): Promise<void> {
  await tx
    .update(agendas)
    .set({ ...patch, version: sql`${agendas.version} + 1`, updatedAt: new Date() })
    .where(eq(agendas.meetingId, meetingId));
}

/** The items of a meeting in agenda order. */
export async function listItems(db: Db, meetingId: string): Promise<ItemRow[]> {
  return db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, meetingId))
    .orderBy(asc(agendaItems.position));
}

/** One item of a meeting, or null. */
export async function findItem(db: Db, meetingId: string, itemId: string): Promise<ItemRow | null> {
  const [row] = await db
    .select()
    .from(agendaItems)
    .where(and(eq(agendaItems.id, itemId), eq(agendaItems.meetingId, meetingId)));
  return row ?? null;
}

/** The item carrying a case step, on any meeting, or null. */
export async function findItemOfStep(db: Db, stepId: string): Promise<ItemRow | null> {
  const [row] = await db.select().from(agendaItems).where(eq(agendaItems.caseStepId, stepId));
  return row ?? null;
}

/** Inserts an item and returns it. */
export async function insertItem(tx: Db, values: NewItemRow): Promise<ItemRow> {
  const [row] = await tx.insert(agendaItems).values(values).returning();
  if (!row) throw new Error('item insert returned nothing');
  return row;
}

/** Changes an item. */
export async function updateItem(
  tx: Db,
  itemId: string,
  patch: Partial<Omit<ItemRow, 'id' | 'meetingId' | 'createdAt'>>,
): Promise<void> {
  await tx
    .update(agendaItems)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(agendaItems.id, itemId));
}

/** Deletes an item (review comments on it keep their text, no longer linked). */
export async function deleteItem(tx: Db, itemId: string): Promise<void> {
  await tx.delete(agendaItems).where(eq(agendaItems.id, itemId));
}

/** Gives the items of a meeting the positions 1..n in the given order. */
export async function renumber(tx: Db, order: readonly string[]): Promise<void> {
  for (const [i, id] of order.entries()) {
    await tx
      .update(agendaItems)
      .set({ position: i + 1 })
      .where(eq(agendaItems.id, id));
  }
}

/** The chosen reviewers of a meeting's draft agenda. */
export async function listReviewers(db: Db, meetingId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: agendaReviewers.userId })
    .from(agendaReviewers)
    .where(eq(agendaReviewers.meetingId, meetingId))
    .orderBy(asc(agendaReviewers.addedAt), asc(agendaReviewers.userId));
  return rows.map((r) => r.userId);
}

/** Replaces the reviewers of a meeting. */
export async function setReviewers(
  tx: Db,
  meetingId: string,
  userIds: readonly string[],
): Promise<void> {
  await tx.delete(agendaReviewers).where(eq(agendaReviewers.meetingId, meetingId));
  if (userIds.length === 0) return;
  await tx.insert(agendaReviewers).values(userIds.map((userId) => ({ meetingId, userId })));
}

/** The review comments of a meeting, oldest first. */
export async function listComments(db: Db, meetingId: string): Promise<CommentRow[]> {
  return db
    .select()
    .from(agendaReviewComments)
    .where(eq(agendaReviewComments.meetingId, meetingId))
    .orderBy(asc(agendaReviewComments.createdAt), asc(agendaReviewComments.id));
}

/** Adds a review comment and returns it. */
export async function insertComment(
  tx: Db,
  values: typeof agendaReviewComments.$inferInsert,
): Promise<CommentRow> {
  const [row] = await tx.insert(agendaReviewComments).values(values).returning();
  if (!row) throw new Error('comment insert returned nothing');
  return row;
}

/** The approvals of a meeting's minutes. */
export async function listApprovals(db: Db, meetingId: string): Promise<ApprovalRow[]> {
  return db
    .select()
    .from(minutesApprovals)
    .where(eq(minutesApprovals.meetingId, meetingId))
    .orderBy(asc(minutesApprovals.approvedAt));
}

/** Records one person's approval. */
export async function insertApproval(
  tx: Db,
  values: typeof minutesApprovals.$inferInsert,
): Promise<void> {
  await tx.insert(minutesApprovals).values(values);
}

/** The items carrying steps of these cases (for moving and carrying over). */
export async function itemsOfCases(db: Db, caseIds: readonly string[]): Promise<ItemRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(agendaItems)
    .where(inArray(agendaItems.caseId, [...caseIds]));
}

/** Where steps stand: each step's item's meeting and that agenda's status (one query). */
export async function placementsOfSteps(
  db: Db,
  stepIds: readonly string[],
): Promise<Map<string, { meetingId: string; agendaStatus: AgendaRow['status'] }>> {
  if (stepIds.length === 0) return new Map();
  const rows = await db
    .select({
      stepId: agendaItems.caseStepId,
      meetingId: agendaItems.meetingId,
      agendaStatus: agendas.status,
    })
    .from(agendaItems)
    .innerJoin(agendas, eq(agendas.meetingId, agendaItems.meetingId))
    .where(inArray(agendaItems.caseStepId, [...stepIds]));
  return new Map(
    rows.flatMap((r) =>
      r.stepId ? [[r.stepId, { meetingId: r.meetingId, agendaStatus: r.agendaStatus }]] : [],
    ),
  );
}
