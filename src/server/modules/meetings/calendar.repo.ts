/** Queries on closure days and ordering rules. */
import { and, asc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { closureDays, orderingRules } from './calendar.table';

/** A stored closure day. */
export type ClosureRow = typeof closureDays.$inferSelect;
/** A stored ordering rule. */
export type OrderingRuleRow = typeof orderingRules.$inferSelect;
/** Columns for a new ordering rule. */
export type NewOrderingRuleRow = typeof orderingRules.$inferInsert;

/**
 * Closure days that apply to a collaboration: its own and the global ones (collaboration null).
 * Without a collaboration: only the global ones; with `all`: every row.
 */
export async function listClosureRows(
  db: Db,
  scope: { collaborationId?: string | null; all?: boolean },
): Promise<ClosureRow[]> {
  const global = isNull(closureDays.collaborationId);
  const where = scope.all
    ? undefined
    : scope.collaborationId
      ? or(global, eq(closureDays.collaborationId, scope.collaborationId))
      : global;
  return db
    .select()
    .from(closureDays)
    .where(where)
    .orderBy(asc(closureDays.createdAt), asc(closureDays.id));
}

/** Inserts a closure day. */
export async function insertClosureRow(
  tx: Db,
  row: typeof closureDays.$inferInsert,
): Promise<ClosureRow> {
  const rows = await tx.insert(closureDays).values(row).returning();
  return rows[0] as ClosureRow;
}

/** Deletes a closure day; the deleted row, or undefined. */
export async function deleteClosureRow(tx: Db, id: string): Promise<ClosureRow | undefined> {
  const rows = await tx.delete(closureDays).where(eq(closureDays.id, id)).returning();
  return rows[0];
}

/** Ordering rules, filtered by collaboration and/or forum (as dependent or dependency). */
export async function listRuleRows(
  db: Db,
  f: { collaborationId?: string; forumId?: string },
): Promise<OrderingRuleRow[]> {
  const where: SQL[] = [];
  if (f.collaborationId) where.push(eq(orderingRules.collaborationId, f.collaborationId));
  if (f.forumId) {
    const touches = or(
      eq(orderingRules.forumId, f.forumId),
      eq(orderingRules.dependsOnForumId, f.forumId),
    );
    if (touches) where.push(touches);
  }
  return db
    .select()
    .from(orderingRules)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(orderingRules.createdAt), asc(orderingRules.id));
}

/** Rules whose dependent forum or dependency is one of `forumIds`. */
export async function rulesTouching(
  db: Db,
  forumIds: readonly string[],
): Promise<OrderingRuleRow[]> {
  if (forumIds.length === 0) return [];
  const ids = [...forumIds];
  return db
    .select()
    .from(orderingRules)
    .where(or(inArray(orderingRules.forumId, ids), inArray(orderingRules.dependsOnForumId, ids)));
}

/** One rule by id. */
export async function findRuleRow(db: Db, id: string): Promise<OrderingRuleRow | undefined> {
  const rows = await db.select().from(orderingRules).where(eq(orderingRules.id, id));
  return rows[0];
}

/** Inserts rules. */
export async function insertRuleRows(
  tx: Db,
  rows: NewOrderingRuleRow[],
): Promise<OrderingRuleRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(orderingRules).values(rows).returning();
}

/** Updates a rule (stamping `updatedAt`). */
export async function updateRuleRow(
  tx: Db,
  id: string,
  patch: Partial<NewOrderingRuleRow>,
): Promise<OrderingRuleRow | undefined> {
  const rows = await tx
    .update(orderingRules)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(orderingRules.id, id))
    .returning();
  return rows[0];
}

/** Deletes a rule; the deleted row, or undefined. */
export async function deleteRuleRow(tx: Db, id: string): Promise<OrderingRuleRow | undefined> {
  const rows = await tx.delete(orderingRules).where(eq(orderingRules.id, id)).returning();
  return rows[0];
}
