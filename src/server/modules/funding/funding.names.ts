/**
 * Names of organisation objects for funding and charter views: the latest version's name of
 * parties, clusters and fora by entityId, one query per kind for a page of rows.
 */
import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { clusters, collaborations, fora, forumNames, parties } from '../organisation/index';
import type { IsoDate } from '../../../shared/dates';

async function latest(
  db: Db,
  table: typeof parties | typeof clusters,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const unique = [...new Set(ids)];
  if (!unique.length) return names;
  const rows = await db
    .select({ id: table.entityId, name: table.name })
    .from(table)
    .where(inArray(table.entityId, unique))
    .orderBy(asc(table.validFrom));
  for (const r of rows) names.set(r.id, r.name);
  return names;
}

/** Party names (latest version). */
export const partyNames = (db: Db, ids: readonly string[]) => latest(db, parties, ids);
/** Cluster names (latest version). */
export const clusterNames = (db: Db, ids: readonly string[]) => latest(db, clusters, ids);
/** Forum names (latest version). */
export const namesOfFora = (db: Db, ids: readonly string[]) => forumNames(db, [...new Set(ids)]);

const validOn = (t: typeof parties | typeof clusters | typeof fora, on: IsoDate) =>
  and(lte(t.validFrom, on), or(isNull(t.validTo), gte(t.validTo, on)));

/** The parties among `ids` that belong to the collaboration (any version). */
export async function partiesOfCollaboration(
  db: Db,
  collaborationId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .selectDistinct({ id: parties.entityId })
    .from(parties)
    .where(and(eq(parties.collaborationId, collaborationId), inArray(parties.entityId, [...ids])));
  return new Set(rows.map((r) => r.id));
}

/** Whether the collaboration exists. */
export async function collaborationExists(db: Db, collaborationId: string): Promise<boolean> {
  const rows = await db
    .select({ id: collaborations.entityId })
    .from(collaborations)
    .where(eq(collaborations.entityId, collaborationId))
    .limit(1);
  return rows.length > 0;
}

/** A forum as of a day (or its latest version when none is valid that day). */
export async function forumAsOf(
  db: Db,
  forumId: string,
  on: IsoDate,
): Promise<{ id: string; name: string; collaborationId: string; clusterId: string | null } | null> {
  const rows = await db
    .select({
      id: fora.entityId,
      name: fora.name,
      collaborationId: fora.collaborationId,
      clusterId: fora.clusterId,
      validFrom: fora.validFrom,
      validTo: fora.validTo,
    })
    .from(fora)
    .where(eq(fora.entityId, forumId))
    .orderBy(asc(fora.validFrom));
  if (!rows.length) return null;
  const valid = rows.find((r) => r.validFrom <= on && (r.validTo === null || r.validTo >= on));
  const row = valid ?? rows[rows.length - 1]!;
  return {
    id: row.id,
    name: row.name,
    collaborationId: row.collaborationId,
    clusterId: row.clusterId,
  };
}

/** The clusters of a collaboration on a day, with their fora valid that day. */
export async function clustersOn(
  db: Db,
  collaborationId: string,
  on: IsoDate,
): Promise<{ id: string; name: string; fora: { id: string; name: string }[] }[]> {
  const rows = await db
    .select({ id: clusters.entityId, name: clusters.name })
    .from(clusters)
    .where(and(eq(clusters.collaborationId, collaborationId), validOn(clusters, on)))
    .orderBy(asc(clusters.name));
  if (!rows.length) return [];
  const forumRows = await db
    .select({ id: fora.entityId, name: fora.name, clusterId: fora.clusterId })
    .from(fora)
    .where(
      and(
        eq(fora.collaborationId, collaborationId),
        inArray(
          fora.clusterId,
          rows.map((r) => r.id),
        ),
        validOn(fora, on),
      ),
    )
    .orderBy(asc(fora.name));
  return rows.map((r) => ({
    ...r,
    fora: forumRows.filter((f) => f.clusterId === r.id).map((f) => ({ id: f.id, name: f.name })),
  }));
}
