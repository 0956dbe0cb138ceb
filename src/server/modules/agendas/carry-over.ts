/**
 * The agendas module's part in a reorganisation: agenda items live on their meeting, so they
 * move with it (the meetings module carries the future meetings of an ended forum to its
 * successor). This handler moves nothing itself; it reports the open items (`openAgendaItems`:
 * items on not-cancelled meetings from the reform date) so the reform can check that every one
 * is found at a successor afterwards.
 */
import { and, eq, gte, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { atDanishTime, meetings } from '../meetings/index';
import { registerCarryOverHandler } from '../organisation/index';
import { agendaItems } from './agendas.table';

async function openItemsAt(tx: Db, forumIds: readonly string[], from: Date): Promise<string[]> {
  if (forumIds.length === 0) return [];
  const rows = await tx
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(
      and(
        inArray(meetings.forumId, [...forumIds]),
        gte(meetings.startsAt, from),
        isNull(meetings.cancelledAt),
      ),
    );
  return rows.map((r) => r.id);
}

let registered = false;

/** Registers the agendas' open-work count with reorganisations, once per process. */
export function registerAgendasCarryOver(): void {
  if (registered) return;
  registered = true;
  registerCarryOverHandler({
    name: 'agendas',
    carryOver: async (ctx) => {
      const to = [...new Set(ctx.mappings.flatMap((m) => m.toForumIds))];
      const items = await openItemsAt(ctx.tx, to, atDanishTime(ctx.effectiveDate, '00:00'));
      return {
        handler: 'agendas',
        summary: `${items.length} dagsordenspunkt(er) fulgte med deres møder`,
        movedIds: [],
      };
    },
    openWork: async (ctx) => ({
      openAgendaItems: await openItemsAt(
        ctx.tx,
        ctx.forumIds,
        atDanishTime(ctx.effectiveDate, '00:00'),
      ),
    }),
  });
}
