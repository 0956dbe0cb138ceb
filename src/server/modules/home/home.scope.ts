/**
 * Which fora are "mine" on a day: the fora the user's person sits in (the stored membership
 * periods, as the closed-item rule reads them), and, for the secretariat, the fora its scopes
 * cover (a forum, a cluster's fora, a collaboration or a region's collaborations, or everywhere).
 * A handful of indexed look-ups; the lists then filter by these ids in SQL.
 */
import { and, eq, inArray, isNull, lte, gte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { IsoDate } from '../../../shared/dates';
import { hasRole, type Role } from '../../../shared/roles';
import { grantsOf } from '../access/index';
import {
  clusters,
  collaborations,
  fora,
  parties,
  forumMemberPeriods,
  freshMemberPeriods,
  persons,
} from '../organisation/index';

/** What the user's work is drawn from. */
export interface MyScope {
  userId: string;
  /** The person linked to the user, if any. */
  personId: string | null;
  /** The fora the person sits in on the day (member, function holder, secretary or substitute). */
  seatForumIds: string[];
  /** True when the secretariat role (or admin) covers fora through scopes. */
  serves: boolean;
  /** The secretariat's scope is the whole country (or the user is an admin). */
  national: boolean;
  /** Collaborations the secretariat serves (its collaboration and region grants). */
  servedCollaborationIds: string[];
  /** Fora the secretariat serves by a forum or cluster grant. */
  servedForumIds: string[];
  /**
   * Collaborations of any grant (a region's, a collaboration, or the collaboration of a cluster,
   * forum or party), for a user without seats.
   */
  grantCollaborationIds: string[];
  /** No grant, or a national one: a user without seats sees the whole country's overview. */
  unscoped: boolean;
}

const unique = (values: readonly (string | null)[]): string[] => [
  ...new Set(values.filter((v): v is string => !!v)),
];

/** The fora the person linked to `userId` sits in on `asOf`. */
async function seatFora(
  db: Db,
  userId: string,
  asOf: IsoDate,
): Promise<{ personId: string | null; forumIds: string[] }> {
  const [person] = await db
    .select({ id: persons.id })
    .from(persons)
    .where(eq(persons.userId, userId))
    .limit(1);
  if (!person) return { personId: null, forumIds: [] };
  await freshMemberPeriods(db);
  const rows = await db
    .selectDistinct({ forumId: forumMemberPeriods.forumId })
    .from(forumMemberPeriods)
    .where(
      and(
        eq(forumMemberPeriods.personId, person.id),
        lte(forumMemberPeriods.validFrom, asOf),
        or(isNull(forumMemberPeriods.validTo), gte(forumMemberPeriods.validTo, asOf)),
      ),
    );
  return { personId: person.id, forumIds: unique(rows.map((r) => r.forumId)) };
}

/** The collaborations of region grants (by the region's name). */
async function collaborationsOfRegions(db: Db, regions: string[]): Promise<string[]> {
  if (!regions.length) return [];
  const rows = await db
    .selectDistinct({ id: collaborations.entityId })
    .from(collaborations)
    .where(inArray(collaborations.regionName, regions));
  return rows.map((r) => r.id);
}

/** The collaborations of cluster, forum and party grants (entityIds of any version). */
async function collaborationsOfEntities(
  db: Db,
  grants: { cluster: string[]; forum: string[]; party: string[] },
): Promise<string[]> {
  const found: string[] = [];
  const of = async (table: typeof clusters | typeof fora | typeof parties, ids: string[]) => {
    if (!ids.length) return;
    const rows = await db
      .selectDistinct({ id: table.collaborationId })
      .from(table)
      .where(inArray(table.entityId, ids));
    found.push(...rows.map((r) => r.id));
  };
  await of(clusters, grants.cluster);
  await of(fora, grants.forum);
  await of(parties, grants.party);
  return found;
}

/** The fora of cluster grants valid on `asOf`. */
async function foraOfClusters(db: Db, clusterIds: string[], asOf: IsoDate): Promise<string[]> {
  if (!clusterIds.length) return [];
  const rows = await db
    .selectDistinct({ id: fora.entityId })
    .from(fora)
    .where(
      and(
        inArray(fora.clusterId, clusterIds),
        lte(fora.validFrom, asOf),
        sql`(${fora.validTo} is null or ${fora.validTo} >= ${asOf})`,
      ),
    );
  return rows.map((r) => r.id);
}

/** The user's fora and scopes on `asOf` (see {@link MyScope}). */
export async function resolveMyScope(
  db: Db,
  user: { id: string; role: Role },
  asOf: IsoDate,
): Promise<MyScope> {
  const seats = await seatFora(db, user.id, asOf);
  const grants = await grantsOf(db, user.id);
  const targets = (kind: string) =>
    unique(grants.filter((g) => g.kind === kind).map((g) => g.target));
  const direct = unique([
    ...targets('collaboration'),
    ...(await collaborationsOfRegions(db, targets('region'))),
  ]);
  const grantCollaborationIds = unique([
    ...direct,
    ...(await collaborationsOfEntities(db, {
      cluster: targets('cluster'),
      forum: targets('forum'),
      party: targets('party'),
    })),
  ]);
  const secretariat = hasRole(user.role, 'secretariat');
  const national = user.role === 'admin' || (secretariat && grants.some((g) => g.kind === 'all'));
  const servedForumIds = secretariat
    ? unique([...targets('forum'), ...(await foraOfClusters(db, targets('cluster'), asOf))])
    : [];
  const servedCollaborationIds = secretariat ? direct : [];
  return {
    userId: user.id,
    personId: seats.personId,
    seatForumIds: seats.forumIds,
    serves: national || servedForumIds.length > 0 || servedCollaborationIds.length > 0,
    national,
    servedCollaborationIds,
    servedForumIds,
    grantCollaborationIds,
    unscoped: grants.length === 0 || grants.some((g) => g.kind === 'all'),
  };
}

/** The fora of collaborations (every version's entity), for the lists keyed by forum. */
export async function foraOfCollaborations(db: Db, collaborationIds: string[]): Promise<string[]> {
  if (!collaborationIds.length) return [];
  const rows = await db
    .selectDistinct({ id: fora.entityId })
    .from(fora)
    .where(inArray(fora.collaborationId, collaborationIds));
  return rows.map((r) => r.id);
}
