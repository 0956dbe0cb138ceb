/**
 * The organisation look-ups of pilots, each one indexed query: the collaboration's parties and
 * municipalities on a day, its clusters and their members on a day, and the forum's reporting
 * line (the proposed scale-up route).
 */
import { and, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { IsoDate } from '../../../shared/dates';
import type { Db } from '../../db/client';
import { clusterMemberships, clusters, fora, parties } from '../organisation/index';

type Period = typeof parties | typeof clusters | typeof fora | typeof clusterMemberships;
const validOn = (t: Period, day: IsoDate) =>
  and(lte(t.validFrom, day), or(isNull(t.validTo), gte(t.validTo, day)));

/** The collaboration's parties on `day` (entityId → kind). */
export async function partiesOnDay(
  db: Db,
  collaborationId: string,
  day: IsoDate,
): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: parties.entityId, kind: parties.kind })
    .from(parties)
    .where(and(eq(parties.collaborationId, collaborationId), validOn(parties, day)));
  return new Map(rows.map((r) => [r.id, r.kind]));
}

/** The collaboration's clusters on `day`, with their member parties then. */
export async function clustersOnDay(
  db: Db,
  collaborationId: string,
  day: IsoDate,
): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ id: clusters.entityId })
    .from(clusters)
    .where(and(eq(clusters.collaborationId, collaborationId), validOn(clusters, day)));
  const out = new Map<string, string[]>(rows.map((r) => [r.id, []]));
  if (out.size === 0) return out;
  const members = await db
    .select({ clusterId: clusterMemberships.clusterId, partyId: clusterMemberships.partyId })
    .from(clusterMemberships)
    .where(
      and(inArray(clusterMemberships.clusterId, [...out.keys()]), validOn(clusterMemberships, day)),
    );
  for (const m of members) out.get(m.clusterId)?.push(m.partyId);
  return out;
}

/** The forum and the fora it reports to on `day`, upwards (at most 8, no cycles). */
export async function reportingLine(db: Db, forumId: string, day: IsoDate): Promise<string[]> {
  const line = [forumId];
  let current: string | null = forumId;
  while (current !== null && line.length < 8) {
    const [row] = await db
      .select({ up: fora.reportsToForumId })
      .from(fora)
      .where(and(eq(fora.entityId, current), validOn(fora, day)))
      .limit(1);
    const up: string | null = row?.up ?? null;
    if (up === null || line.includes(up)) break;
    line.push(up);
    current = up;
  }
  return line;
}
