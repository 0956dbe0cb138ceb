/**
 * The automatic participants sync (issue 11): when an organisation change moves the members of
 * fora (a seat changes hands, an appointment or membership period changes), the invitation
 * lists of those fora's meetings not yet held, from the change's effective date on, are
 * re-derived in the change's own transaction, exactly as "Hent medlemmer igen" does (recorded
 * attendance and hand-added participants are kept). What changed per meeting goes into the
 * change's one audit row (`after.participantSyncs`, the meetings among its related ids), so each
 * meeting's history shows it with its cause. Held, approved and cancelled meetings are never
 * touched. The meetings are selected in SQL (the fora's index on start time) and locked, so
 * several app servers cannot interleave.
 */
import type { Db } from '../../db/client';
import {
  registerMembersChangedHandler,
  type MembersChangedContext,
  type MembersChangedRecord,
} from '../organisation/index';
import { notHeldMeetingRowsForUpdate } from './meetings.repo';
import type { OrganisationPort } from './org-port';
import { syncForumParticipantsOf } from './participants.service';
import { atDanishTime, danishDate } from './time';

/** The audit key of the syncs in an organisation change's row. */
export const PARTICIPANT_SYNCS_KEY = 'participantSyncs';

/** One meeting's automatic sync, as recorded. */
export interface ParticipantSyncEntry {
  meetingId: string;
  forumId: string;
  date: string;
  added: string[];
  removed: string[];
  changed: string[];
}

/**
 * Re-derives the participants of the fora's meetings not yet held from `effectiveDate` on, in
 * the caller's transaction. Returns the meetings whose list changed, with who came and went.
 */
export async function syncNotHeldMeetings(
  tx: Db,
  port: OrganisationPort,
  forumIds: readonly string[],
  effectiveDate: string,
): Promise<ParticipantSyncEntry[]> {
  const rows = await notHeldMeetingRowsForUpdate(
    tx,
    forumIds,
    atDanishTime(effectiveDate, '00:00'),
  );
  const entries: ParticipantSyncEntry[] = [];
  for (const row of rows) {
    const result = await syncForumParticipantsOf(tx, port, row);
    if (!result) continue;
    if (result.added.length + result.removed.length + result.changed.length === 0) continue;
    entries.push({
      meetingId: row.id,
      forumId: row.forumId,
      date: danishDate(row.startsAt),
      ...result,
    });
  }
  return entries;
}

/** The handler's record for the change's audit row, or null when no meeting changed. */
async function handle(
  port: OrganisationPort,
  ctx: MembersChangedContext,
): Promise<MembersChangedRecord | null> {
  const entries = await syncNotHeldMeetings(ctx.tx, port, ctx.forumIds, ctx.effectiveDate);
  if (entries.length === 0) return null;
  return {
    key: PARTICIPANT_SYNCS_KEY,
    value: entries,
    relatedIds: entries.map((e) => e.meetingId),
  };
}

let registered = false;

/**
 * Registers the automatic sync with the organisation module (idempotent; the registry is
 * global, like the carry-over handler's).
 */
export function registerParticipantsAutoSync(port: OrganisationPort): void {
  if (registered) return;
  registered = true;
  registerMembersChangedHandler({
    name: 'meetings.participantsAutoSync',
    handle: (ctx) => handle(port, ctx),
  });
}
