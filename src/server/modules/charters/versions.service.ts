/**
 * A forum's charter (kommissorium) as versions: each save adds version n+1 (who, when); the
 * version valid on a day follows the pure rule in src/domain/charters.
 */
import { and, count, desc, eq, lte, max } from 'drizzle-orm';
import { charterVersionOn } from '../../../domain/charters/index';
import type { IsoDate } from '../../../shared/dates';
import type { Charter, CharterInput, CharterVersion } from '../../../shared/charters.contract';
import type { Db } from '../../db/client';
import { mutate, type Actor } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { forumAsOf } from '../funding/index';
import { charterVersions } from './charters.table';

type VersionRow = typeof charterVersions.$inferSelect;

export const FORUM = { da: 'Forummet', en: 'The forum' };

export const toVersion = (row: VersionRow): CharterVersion => ({
  id: row.id,
  forumId: row.forumId,
  version: row.version,
  purpose: row.purpose,
  mustTasks: row.mustTasks,
  mayTasks: row.mayTasks,
  composition: row.composition,
  validFrom: row.validFrom,
  savedAt: row.savedAt.toISOString(),
  savedBy: row.savedByName,
});

/** The forum (as of a day, else its latest version), or 404. */
export async function requireForum(db: Db, forumId: string, on: IsoDate) {
  const forum = await forumAsOf(db, forumId, on);
  if (!forum) throw notFound(FORUM);
  return forum;
}

/** The version valid on `on` (the pure rule over the candidates the index finds). */
export async function versionOn(db: Db, forumId: string, on: IsoDate): Promise<VersionRow | null> {
  const rows = await db
    .select()
    .from(charterVersions)
    .where(and(eq(charterVersions.forumId, forumId), lte(charterVersions.validFrom, on)))
    .orderBy(desc(charterVersions.validFrom), desc(charterVersions.version))
    .limit(1);
  return charterVersionOn(rows, on);
}

export async function readCharter(
  db: Db,
  forumId: string,
  query: { on: IsoDate; limit: number; offset: number },
): Promise<Charter> {
  const forum = await requireForum(db, forumId, query.on);
  const versions = await db
    .select()
    .from(charterVersions)
    .where(eq(charterVersions.forumId, forumId))
    .orderBy(desc(charterVersions.version))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db
    .select({ n: count() })
    .from(charterVersions)
    .where(eq(charterVersions.forumId, forumId));
  const current = await versionOn(db, forumId, query.on);
  return {
    forumId,
    forumName: forum.name,
    on: query.on,
    current: current ? toVersion(current) : null,
    versions: versions.map(toVersion),
    total: Number(total?.n ?? 0),
  };
}

export async function saveCharter(
  db: Db,
  actor: Actor,
  forumId: string,
  input: CharterInput,
): Promise<CharterVersion> {
  const forum = await requireForum(db, forumId, input.validFrom);
  return mutate(db, actor, async (tx) => {
    const [last] = await tx
      .select({ n: max(charterVersions.version) })
      .from(charterVersions)
      .where(eq(charterVersions.forumId, forumId));
    const [row] = await tx
      .insert(charterVersions)
      .values({
        forumId,
        version: (last?.n ?? 0) + 1,
        ...input,
        savedByUserId: actor.userId,
        savedByName: actor.name,
      })
      .returning();
    const version = toVersion(row!);
    return {
      result: version,
      audit: {
        action: 'charter.save',
        entityType: 'charterVersion',
        entityId: version.id,
        summary: `${forum.name}: version ${version.version}, gyldig fra ${version.validFrom}`,
        after: version,
        relatedIds: [forumId, forum.collaborationId],
      },
    };
  });
}
