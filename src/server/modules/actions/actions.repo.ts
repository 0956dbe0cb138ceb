/**
 * The queries of decision follow-up actions: paged lists filtered in SQL (indexed by follow-up
 * forum, owner and due date), the overdue actions of a forum on a day, the owner's open actions,
 * and the organisation look-ups the form needs (fora, parties and ordering rules of a
 * collaboration on a day).
 */
import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNull,
  lt,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import type { ActionListQuery, ActionStatus } from '../../../shared/actions.contract';
import type { IsoDate } from '../../../shared/dates';
import { orderingRules } from '../meetings/index';
import { appointments, fora, officeHoldings, parties, persons } from '../organisation/index';
import { decisionActions, followUpAgendaItems } from './actions.table';

export type ActionRow = typeof decisionActions.$inferSelect;
export type NewActionRow = typeof decisionActions.$inferInsert;

const OPEN: ActionStatus[] = ['open', 'inProgress'];

/** `valid_from <= on <= valid_to` (open-ended when `valid_to` is null). */
const validOn = (t: { validFrom: AnyPgColumn; validTo: AnyPgColumn }, on: IsoDate) =>
  and(lte(t.validFrom, on), or(isNull(t.validTo), sql`${t.validTo} >= ${on}`));

export async function findAction(db: Db, id: string): Promise<ActionRow | null> {
  const [row] = await db.select().from(decisionActions).where(eq(decisionActions.id, id));
  return row ?? null;
}

/** The action row locked for a change (inside a transaction). */
export async function lockAction(tx: Db, id: string): Promise<ActionRow | null> {
  const [row] = await tx
    .select()
    .from(decisionActions)
    .where(eq(decisionActions.id, id))
    .for('update');
  return row ?? null;
}

export async function insertAction(tx: Db, row: NewActionRow): Promise<ActionRow> {
  const [created] = await tx.insert(decisionActions).values(row).returning();
  return created as ActionRow;
}

export async function updateActionRow(
  tx: Db,
  id: string,
  patch: Partial<NewActionRow>,
): Promise<ActionRow> {
  const [row] = await tx
    .update(decisionActions)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(decisionActions.id, id))
    .returning();
  return row as ActionRow;
}

/** The actions made from one minutes decision (a handful). */
export async function actionsOfItem(db: Db, meetingId: string, itemId: string) {
  return db
    .select()
    .from(decisionActions)
    .where(and(eq(decisionActions.meetingId, meetingId), eq(decisionActions.itemId, itemId)))
    .orderBy(asc(decisionActions.dueDate), asc(decisionActions.id));
}

/** The SQL form of `isOverdue` (src/domain/actions/actions.ts). */
const overdueSql = (on: IsoDate): SQL =>
  and(inArray(decisionActions.status, OPEN), lt(decisionActions.dueDate, on)) as SQL;

/** One page of actions matching the filters, with the total. */
export async function listActionRows(
  db: Db,
  query: ActionListQuery,
): Promise<{ rows: ActionRow[]; total: number }> {
  const where = and(
    query.followUpForumId ? eq(decisionActions.followUpForumId, query.followUpForumId) : undefined,
    query.ownerPartyId ? eq(decisionActions.ownerPartyId, query.ownerPartyId) : undefined,
    query.ownerPersonId ? eq(decisionActions.ownerPersonId, query.ownerPersonId) : undefined,
    query.status ? eq(decisionActions.status, query.status) : undefined,
    query.overdueOn ? overdueSql(query.overdueOn) : undefined,
  );
  const [total] = await db.select({ n: count() }).from(decisionActions).where(where);
  const rows = await db
    .select()
    .from(decisionActions)
    .where(where)
    .orderBy(asc(decisionActions.dueDate), asc(decisionActions.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { rows, total: total?.n ?? 0 };
}

/**
 * The actions a forum follows up that are overdue on `on` and were decided before it (the SQL
 * of `actionsForAgenda`); at most `limit`, earliest due first.
 */
export async function overdueForForum(db: Db, forumId: string, on: IsoDate, limit = 200) {
  return db
    .select()
    .from(decisionActions)
    .where(
      and(
        eq(decisionActions.followUpForumId, forumId),
        overdueSql(on),
        lt(decisionActions.decidedOn, on),
      ),
    )
    .orderBy(asc(decisionActions.dueDate), asc(decisionActions.title))
    .limit(limit);
}

/** The open actions owned by a person or by one of `partyIds`: overdue first, then by due date. */
export async function openActionsOfOwner(
  db: Db,
  owner: { personId: string | null; partyIds: readonly string[] },
  on: IsoDate,
  limit: number,
): Promise<{ rows: ActionRow[]; total: number }> {
  const mine = or(
    owner.personId ? eq(decisionActions.ownerPersonId, owner.personId) : undefined,
    owner.partyIds.length ? inArray(decisionActions.ownerPartyId, [...owner.partyIds]) : undefined,
  );
  if (!mine) return { rows: [], total: 0 };
  const where = and(mine, inArray(decisionActions.status, OPEN));
  const [total] = await db.select({ n: count() }).from(decisionActions).where(where);
  const rows = await db
    .select()
    .from(decisionActions)
    .where(where)
    .orderBy(
      desc(sql`${decisionActions.dueDate} < ${on}`),
      asc(decisionActions.dueDate),
      asc(decisionActions.id),
    )
    .limit(limit);
  return { rows, total: total?.n ?? 0 };
}

/** The parties a person acts for on `on`: their offices, and whom their seats represent. */
export async function partiesActedFor(db: Db, personId: string, on: IsoDate): Promise<string[]> {
  const offices = await db
    .selectDistinct({ partyId: officeHoldings.partyId })
    .from(officeHoldings)
    .where(and(eq(officeHoldings.personId, personId), validOn(officeHoldings, on)));
  const seats = await db
    .selectDistinct({ partyId: appointments.onBehalfOfPartyId })
    .from(appointments)
    .where(and(eq(appointments.personId, personId), validOn(appointments, on)));
  return [
    ...new Set([...offices, ...seats].map((r) => r.partyId).filter((p): p is string => p !== null)),
  ];
}

/** The person linked to a user account, if any. */
export async function personOfUser(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: persons.id })
    .from(persons)
    .where(eq(persons.userId, userId))
    .limit(1);
  return row?.id ?? null;
}

/** The fora of a collaboration valid on `on` (at most a few dozen). */
export async function foraOn(db: Db, collaborationId: string, on: IsoDate) {
  return db
    .select({
      entityId: fora.entityId,
      name: fora.name,
      reportsToForumId: fora.reportsToForumId,
      mustTasks: fora.mustTasks,
    })
    .from(fora)
    .where(and(eq(fora.collaborationId, collaborationId), validOn(fora, on)))
    .orderBy(asc(fora.name));
}

/** The parties of a collaboration valid on `on`. */
export async function partiesOn(db: Db, collaborationId: string, on: IsoDate) {
  return db
    .select({ id: parties.entityId, name: parties.name })
    .from(parties)
    .where(and(eq(parties.collaborationId, collaborationId), validOn(parties, on)))
    .orderBy(asc(parties.name));
}

/** Whether a party is one of the collaboration's on `on`. */
export async function partyValidOn(db: Db, collaborationId: string, partyId: string, on: IsoDate) {
  const [row] = await db
    .select({ id: parties.entityId })
    .from(parties)
    .where(
      and(
        eq(parties.entityId, partyId),
        eq(parties.collaborationId, collaborationId),
        validOn(parties, on),
      ),
    )
    .limit(1);
  return !!row;
}

/** The preparation links of a collaboration (its ordering rules). */
export async function rulesOf(db: Db, collaborationId: string) {
  return db
    .select({
      kind: orderingRules.kind,
      forumId: orderingRules.forumId,
      dependsOnForumId: orderingRules.dependsOnForumId,
    })
    .from(orderingRules)
    .where(eq(orderingRules.collaborationId, collaborationId))
    .orderBy(asc(orderingRules.createdAt), asc(orderingRules.id));
}

/** Latest names of parties (any version) and persons, by id. */
export async function ownerNames(
  db: Db,
  partyIds: readonly string[],
  personIds: readonly string[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (partyIds.length) {
    const rows = await db
      .select({ id: parties.entityId, name: parties.name })
      .from(parties)
      .where(inArray(parties.entityId, [...partyIds]))
      .orderBy(asc(parties.validFrom));
    for (const r of rows) names.set(r.id, r.name);
  }
  if (personIds.length) {
    const rows = await db
      .select({ id: persons.id, name: persons.name })
      .from(persons)
      .where(inArray(persons.id, [...personIds]));
    for (const r of rows) names.set(r.id, r.name);
  }
  return names;
}

export async function personExists(db: Db, personId: string): Promise<boolean> {
  const [row] = await db.select({ id: persons.id }).from(persons).where(eq(persons.id, personId));
  return !!row;
}

/** The follow-up item already added to a meeting, if any. */
export async function followUpItemOf(db: Db, meetingId: string): Promise<string | null> {
  const [row] = await db
    .select({ itemId: followUpAgendaItems.itemId })
    .from(followUpAgendaItems)
    .where(eq(followUpAgendaItems.meetingId, meetingId));
  return row?.itemId ?? null;
}

/** Records the follow-up item of a meeting; false when one was there already. */
export async function insertFollowUpItem(tx: Db, meetingId: string, itemId: string) {
  const rows = await tx
    .insert(followUpAgendaItems)
    .values({ meetingId, itemId })
    .onConflictDoNothing()
    .returning({ meetingId: followUpAgendaItems.meetingId });
  return rows.length > 0;
}

/** The fora that follow up any action (distinct over the follow-up index; a few hundred at most). */
export async function followUpForumIds(db: Db): Promise<string[]> {
  const rows = await db
    .selectDistinct({ id: decisionActions.followUpForumId })
    .from(decisionActions)
    .limit(1_000);
  return rows.map((r) => r.id);
}
