/**
 * Who may see a pilot. A confidential pilot is a closed item of its owning forum: only whoever sat
 * in that forum (on the pilot's start day or today) sees it, and its author; the same clearance as
 * closed agenda items (`satInForumSql`, the rule of visibility.service.ts).
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { todayInDenmark, type IsoDate } from '../../../shared/dates';
import type { CaseDeps, Viewer } from '../cases/index';
import { freshMemberPeriods, satInForumSql } from '../organisation/index';
import { pilots } from './pilots.table';
import { pilotError } from './pilots.texts';

/** SQL: the viewer may see the `pilots` row. */
export function pilotVisibleSql(userId: string, today: IsoDate): SQL {
  return sql`(not ${pilots.confidential} or ${pilots.createdBy} = ${userId} or ${satInForumSql(
    userId,
    pilots.forumId,
    sql`${today}::date`,
  )} or ${satInForumSql(userId, pilots.forumId, pilots.periodFrom)})`;
}

/** Refuses (403) a confidential pilot to a viewer outside its forum. */
export async function assertMaySeePilot(
  deps: CaseDeps,
  viewer: Viewer,
  pilot: typeof pilots.$inferSelect,
  today: IsoDate = todayInDenmark(),
): Promise<void> {
  if (!pilot.confidential || pilot.createdBy === viewer.userId) return;
  await freshMemberPeriods(deps.db);
  const [row] = await deps.db
    .select({ ok: sql<boolean>`true` })
    .from(pilots)
    .where(and(eq(pilots.id, pilot.id), pilotVisibleSql(viewer.userId, today)))
    .limit(1);
  if (!row) throw pilotError('forbidden', 'confidential');
}
