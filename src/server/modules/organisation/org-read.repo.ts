/** Look-ups across collaborations: which collaboration an entity belongs to, and lists. */
import { and, asc, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { clusters, collaborations, parties } from './org-structure.table';
import { compositionRules, fora, seats } from './org-fora.table';
import type { IsoDate } from '../../../shared/dates';
import type { CollaborationRow, CompositionRuleRow, ForumRow, SeatRow } from './org-snapshot.repo';
import type { VersionedKind } from './org-version.repo';

const BY_KIND = { party: parties, cluster: clusters, forum: fora, seat: seats } as const;

/** The collaboration (entityId) of a party, cluster, forum or seat entity, or null if unknown. */
export async function collaborationOf(
  db: Db,
  kind: Exclude<VersionedKind, 'collaboration'>,
  entityId: string,
): Promise<string | null> {
  const table = BY_KIND[kind] as unknown as typeof parties;
  const [row] = await db
    .select({ id: table.collaborationId })
    .from(table)
    .where(eq(table.entityId, entityId))
    .limit(1);
  return row?.id ?? null;
}

/** Every version of every collaboration, oldest first. */
export async function listCollaborationRows(db: Db): Promise<CollaborationRow[]> {
  return db.select().from(collaborations).orderBy(asc(collaborations.validFrom));
}

/** Every version of the given fora (any collaboration), oldest first. */
export async function forumVersions(db: Db, forumIds: readonly string[]): Promise<ForumRow[]> {
  if (forumIds.length === 0) return [];
  return db
    .select()
    .from(fora)
    .where(inArray(fora.entityId, [...new Set(forumIds)]))
    .orderBy(asc(fora.validFrom));
}

/** Every version of every seat of a forum, oldest first. */
export async function seatVersionsOfForum(db: Db, forumId: string): Promise<SeatRow[]> {
  return db.select().from(seats).where(eq(seats.forumId, forumId)).orderBy(asc(seats.validFrom));
}

/** The composition rules of a forum that are valid on `day` or start later. */
export async function rulesOfForumFrom(
  db: Db,
  forumId: string,
  day: IsoDate,
): Promise<CompositionRuleRow[]> {
  return db
    .select()
    .from(compositionRules)
    .where(
      and(
        eq(compositionRules.forumId, forumId),
        or(isNull(compositionRules.validTo), gte(compositionRules.validTo, day)),
      ),
    );
}
