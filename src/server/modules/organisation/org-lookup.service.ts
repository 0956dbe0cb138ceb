/**
 * Small look-ups for other modules (meetings, cases): a forum on a day, forum names, and whether
 * a user is a member of a forum (closed agenda items are for members only).
 */
import type { Db } from '../../db/client';
import { isValidOn, type IsoDate } from '../../../shared/dates';
import { getForumMembers } from './org-forum-view.service';
import { forumVersions } from './org-read.repo';
import type { ForumRow } from './org-snapshot.repo';

/** The version of a forum valid on `date` (with `collaborationId` and `key`), or null. */
export async function findForum(db: Db, forumId: string, date: IsoDate): Promise<ForumRow | null> {
  const versions = await forumVersions(db, [forumId]);
  return versions.find((v) => isValidOn(v, date)) ?? null;
}

/** Names of fora by entityId (their latest version; any collaboration). Unknown ids are left out. */
export async function forumNames(
  db: Db,
  forumIds: readonly string[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  // Versions come oldest first, so the latest name wins.
  for (const v of await forumVersions(db, forumIds)) names.set(v.entityId, v.name);
  return names;
}

/**
 * True when the user's person is a member (or the substitute of a member) of the forum on `date`.
 * A user without a linked person is never a member.
 */
export async function isForumMember(
  db: Db,
  forumId: string,
  userId: string,
  date: IsoDate,
): Promise<boolean> {
  const members = await getForumMembers(db, forumId, date);
  return (members ?? []).some((m) => m.userId === userId || m.substitute?.userId === userId);
}
