/**
 * The task transfers' queries: the list paged in SQL with its total, single rows (locked for a
 * change), names of clusters, fora and parties, and what the orientation needs (the
 * collaboration's fora and areas as stored, the committee's candidate meetings).
 */
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { isAgendaEditable } from '../../../domain/agendas/index';
import type { CandidateMeeting, CommitteeForum } from '../../../domain/transfers/index';
import { danishDateOf, type IsoDate } from '../../../shared/dates';
import type { TransferKind, TransferStatus } from '../../../shared/transfers.contract';
import type { Db } from '../../db/client';
import { agendas } from '../agendas/index';
import { meetings } from '../meetings/index';
import type { clusters, parties } from '../organisation/index';
import { clusterMemberships, fora } from '../organisation/index';
import { taskTransfers, transferOrientations } from './transfers.table';

export type TransferRow = typeof taskTransfers.$inferSelect;
export type OrientationRow = typeof transferOrientations.$inferSelect;

export interface ListFilter {
  collaborationId?: string | undefined;
  clusterId?: string | undefined;
  status?: TransferStatus | undefined;
  kind?: TransferKind | undefined;
  precedent?: boolean | undefined;
  limit: number;
  offset: number;
}

/** One page of transfers (newest opened first) and the total matching the filter. */
export async function listTransfers(
  db: Db,
  filter: ListFilter,
): Promise<{ rows: TransferRow[]; total: number }> {
  const where: SQL[] = [];
  if (filter.collaborationId) where.push(eq(taskTransfers.collaborationId, filter.collaborationId));
  if (filter.clusterId) where.push(eq(taskTransfers.clusterId, filter.clusterId));
  if (filter.status) where.push(eq(taskTransfers.status, filter.status));
  if (filter.kind) where.push(eq(taskTransfers.kind, filter.kind));
  if (filter.precedent !== undefined) where.push(eq(taskTransfers.precedent, filter.precedent));
  const cond = where.length ? and(...where) : undefined;
  const [rows, totals] = await Promise.all([
    db
      .select()
      .from(taskTransfers)
      .where(cond)
      .orderBy(desc(taskTransfers.openedOn), desc(taskTransfers.createdAt), asc(taskTransfers.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(taskTransfers).where(cond),
  ]);
  return { rows, total: Number(totals[0]?.n ?? 0) };
}

export async function findTransfers(db: Db, ids: readonly string[]): Promise<TransferRow[]> {
  if (!ids.length) return [];
  return db
    .select()
    .from(taskTransfers)
    .where(inArray(taskTransfers.id, [...ids]));
}

/** The transfer, locked until the transaction ends; null when it does not exist. */
export async function lockTransfer(tx: Db, id: string): Promise<TransferRow | null> {
  const [row] = await tx.select().from(taskTransfers).where(eq(taskTransfers.id, id)).for('update');
  return row ?? null;
}

export async function orientationsOf(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, OrientationRow>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select()
    .from(transferOrientations)
    .where(inArray(transferOrientations.transferId, [...ids]));
  return new Map(rows.map((r) => [r.transferId, r]));
}

type Versioned = typeof fora | typeof clusters | typeof parties;

/** Names by entityId: the latest version's (unknown ids left out). */
export async function namesOf(
  db: Db,
  table: Versioned,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db
    .select({ id: table.entityId, name: table.name, from: table.validFrom })
    .from(table)
    .where(inArray(table.entityId, unique))
    .orderBy(asc(table.validFrom));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Entity ids among `ids` with a version in the collaboration valid on `on`. */
export async function validEntities(
  db: Db,
  table: Versioned,
  collaborationId: string,
  ids: readonly string[],
  on: IsoDate | null,
): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Set();
  const rows = await db
    .select({ id: table.entityId })
    .from(table)
    .where(
      and(
        eq(table.collaborationId, collaborationId),
        inArray(table.entityId, unique),
        on
          ? sql`${table.validFrom} <= ${on} and (${table.validTo} is null or ${table.validTo} >= ${on})`
          : undefined,
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/** The forum's version valid on `on` (for its cluster), or null. */
export async function forumOn(
  db: Db,
  forumId: string,
  on: IsoDate,
): Promise<{ collaborationId: string; clusterId: string | null } | null> {
  const [row] = await db
    .select({ collaborationId: fora.collaborationId, clusterId: fora.clusterId })
    .from(fora)
    .where(
      and(
        eq(fora.entityId, forumId),
        sql`${fora.validFrom} <= ${on} and (${fora.validTo} is null or ${fora.validTo} >= ${on})`,
      ),
    )
    .limit(1);
  return row ?? null;
}

/** Every forum version of the collaboration (a collaboration has tens of fora, not thousands). */
export async function committeeFora(db: Db, collaborationId: string): Promise<CommitteeForum[]> {
  const rows = await db
    .select({
      id: fora.entityId,
      name: fora.name,
      level: fora.level,
      kind: fora.kind,
      clusterId: fora.clusterId,
      reportsToId: fora.reportsToForumId,
      validFrom: fora.validFrom,
      validTo: fora.validTo,
    })
    .from(fora)
    .where(eq(fora.collaborationId, collaborationId));
  return rows;
}

/** The member parties of every cluster/area of the collaboration (any time), for the overlap. */
export async function areaMembers(db: Db, collaborationId: string): Promise<Map<string, string[]>> {
  const rows = await db
    .selectDistinct({
      clusterId: clusterMemberships.clusterId,
      partyId: clusterMemberships.partyId,
    })
    .from(clusterMemberships)
    .where(eq(clusterMemberships.collaborationId, collaborationId));
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.clusterId, [...(out.get(r.clusterId) ?? []), r.partyId]);
  return out;
}

/**
 * The committee's meetings from the day before `on` (a Danish day starts before UTC midnight),
 * with their agenda state: the candidates of the next meeting. Bounded by the forum's index.
 */
export async function committeeMeetings(
  db: Db,
  forumId: string,
  on: IsoDate,
): Promise<CandidateMeeting[]> {
  const rows = await db
    .select({
      id: meetings.id,
      startsAt: meetings.startsAt,
      status: meetings.status,
      agendaStatus: agendas.status,
    })
    .from(meetings)
    .leftJoin(agendas, eq(agendas.meetingId, meetings.id))
    .where(and(eq(meetings.forumId, forumId), sql`${meetings.startsAt} >= ${on}::date - 1`))
    .orderBy(asc(meetings.startsAt))
    .limit(50);
  return rows.map((r) => ({
    id: r.id,
    date: danishDateOf(r.startsAt),
    startsAt: r.startsAt.toISOString(),
    cancelled: r.status === 'cancelled',
    agendaEditable:
      isAgendaEditable(r.agendaStatus ?? 'draft') &&
      (r.status === 'planned' || r.status === 'agendaDraft'),
  }));
}

/** A meeting's title and Danish day. */
export async function meetingInfo(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, { id: string; title: string; date: IsoDate }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
    .from(meetings)
    .where(inArray(meetings.id, [...ids]));
  return new Map(
    rows.map((r) => [r.id, { id: r.id, title: r.title, date: danishDateOf(r.startsAt) }]),
  );
}
