/**
 * Record- and field-level checks for agenda items: the item must be on the meeting, and a
 * closed item may only be changed by someone who may see it (a member of the forum on the
 * meeting date), so nobody edits, reveals or removes closed text blind.
 */
import { isCleared, itemRestriction } from '../../../domain/agendas/index';
import { appError, type CaseDeps, type CaseMeeting, type Viewer } from '../cases/index';
import { findItem, type ItemRow } from './agendas.repo';
import { itemClearance } from './agendas.view';

/** The item on the meeting, or 404. */
export async function requireItem(
  deps: CaseDeps,
  meetingId: string,
  itemId: string,
): Promise<ItemRow> {
  const item = await findItem(deps.db, meetingId, itemId);
  if (!item) throw appError('notFound', 'agendas', 'errors.agenda.itemNotFound');
  return item;
}

/** Refuses (403) a closed item to a viewer who may not see it. */
export async function requireCleared(
  deps: CaseDeps,
  viewer: Viewer,
  meeting: CaseMeeting,
  item: Pick<ItemRow, 'closed'>,
): Promise<void> {
  if (!item.closed) return;
  const clearance = await itemClearance(deps, viewer, meeting, [item]);
  const restriction = itemRestriction(item, { forumId: meeting.forumId, date: meeting.date });
  if (!isCleared(clearance, restriction)) {
    throw appError('forbidden', 'agendas', 'errors.agenda.closedNotCleared');
  }
}
