/**
 * Test fixture: ends a forum on a day and names its successors on its last version, as a
 * reorganisation does (fictional data only).
 */
import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { SYSTEM_ACTOR } from '../platform/audit';
import { endForum, fora, orgContext } from '../modules/organisation/index';

/** Ends `forumId` with `lastDay` as its last day and records `successorIds` on that version. */
export async function endForumWithSuccessors(
  db: Db,
  forumId: string,
  lastDay: string,
  successorIds: readonly string[],
): Promise<void> {
  const latest = () =>
    db
      .select({ id: fora.id, validTo: fora.validTo })
      .from(fora)
      .where(eq(fora.entityId, forumId))
      .orderBy(desc(fora.validFrom))
      .limit(1);
  if ((await latest())[0]?.validTo !== lastDay) {
    await endForum(orgContext(db), SYSTEM_ACTOR, forumId, { lastDay, acknowledgeBreaches: true });
  }
  const [last] = await latest();
  if (!last) throw new Error(`forum ${forumId} has no versions`);
  await db
    .update(fora)
    .set({ successorForumIds: [...successorIds] })
    .where(eq(fora.id, last.id));
}
