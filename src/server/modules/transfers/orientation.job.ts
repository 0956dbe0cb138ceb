/**
 * The job that keeps "automatically on the committee's next agenda" true when the committee had
 * no meeting on the decision day: every few minutes (and at start-up) each pending orientation
 * whose committee now has a next meeting with a draft agenda is placed there, exactly once (the
 * transfer's row lock and the orientation row's `agenda_item_id`), audited as the system in the
 * same transaction. The pending rows (few: only those whose committee had no meeting yet) are
 * read in keyset pages, so a committee that never meets does not hold up the others.
 */
import { and, asc, eq, gt, isNull, or } from 'drizzle-orm';
import { nextMeeting } from '../../../domain/transfers/index';
import type { Db } from '../../db/client';
import { SYSTEM_ACTOR, writeAudit, type Actor } from '../../platform/audit';
import type { CaseDeps } from '../cases/index';
import { placeIfPossible, placementAudit } from './orientation';
import { committeeMeetings, lockTransfer, orientationsOf } from './transfers.repo';
import { transferOrientations } from './transfers.table';

/** The job's queue name. */
export const PLACE_ORIENTATIONS_JOB = 'transfers.placeOrientations';

const PAGE = 200;

type Cursor = { decidedOn: string; transferId: string };

async function pendingPage(db: Db, after: Cursor | null) {
  const t = transferOrientations;
  return db
    .select({
      transferId: t.transferId,
      committeeForumId: t.committeeForumId,
      decidedOn: t.decidedOn,
    })
    .from(t)
    .where(
      and(
        isNull(t.agendaItemId),
        after
          ? or(
              gt(t.decidedOn, after.decidedOn),
              and(eq(t.decidedOn, after.decidedOn), gt(t.transferId, after.transferId)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(t.decidedOn), asc(t.transferId))
    .limit(PAGE);
}

/** Places one pending orientation if its committee has a meeting now; true when placed. */
async function placeOne(
  db: Db,
  cases: CaseDeps,
  actor: Actor,
  transferId: string,
): Promise<boolean> {
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    const transfer = await lockTransfer(tx, transferId);
    const pending = (await orientationsOf(tx, [transferId])).get(transferId);
    if (!transfer || !pending || pending.agendaItemId) return false;
    const placed = await placeIfPossible(tx, cases, actor, transfer, pending);
    if (!placed.agendaItemId) return false;
    await writeAudit(tx, actor, placementAudit(transferId, placed, true));
    return true;
  });
}

/**
 * Places every pending orientation that can be placed now; returns how many were. A committee's
 * meetings are read once per run, and a transfer is locked only when a meeting is there.
 */
export async function placePendingOrientations(
  deps: { db: Db; cases: CaseDeps },
  actor: Actor = SYSTEM_ACTOR,
): Promise<number> {
  let placed = 0;
  let cursor: Cursor | null = null;
  const meetingsOf = new Map<string, Awaited<ReturnType<typeof committeeMeetings>>>();
  for (;;) {
    const page = await pendingPage(deps.db, cursor);
    for (const row of page) {
      const key = `${row.committeeForumId}|${row.decidedOn}`;
      let candidates = meetingsOf.get(key);
      if (!candidates) {
        candidates = await committeeMeetings(deps.db, row.committeeForumId, row.decidedOn);
        meetingsOf.set(key, candidates);
      }
      if (!nextMeeting(candidates, row.decidedOn)) continue;
      if (await placeOne(deps.db, deps.cases, actor, row.transferId)) placed += 1;
    }
    const last = page.at(-1);
    if (page.length < PAGE || !last) return placed;
    cursor = { decidedOn: last.decidedOn, transferId: last.transferId };
  }
}
