/**
 * The follow-up forum's side (issue 12, point 5): the agenda's computed section "Handlinger der
 * er overskredet" (no write, so it holds on any date), the secretariat's one-click information
 * item (once per meeting), and the owner's open actions for the home page.
 */
import { DateTime } from 'luxon';
import { ownerOrder } from '../../../domain/actions/index';
import type { AgendaFollowUp, DecisionAction } from '../../../shared/actions.contract';
import type { IsoDate } from '../../../shared/dates';
import { actions as texts } from '../../../shared/i18n/actions';
import type { Db } from '../../db/client';
import { mutate, type Actor } from '../../platform/audit';
import { insertFreeItem } from '../agendas/index';
import type { CaseDeps, FollowUpLookup } from '../cases/index';
import { caseDeps } from '../cases/index';
import {
  followUpItemOf,
  insertFollowUpItem,
  openActionsOfOwner,
  overdueForForum,
  partiesActedFor,
  personOfUser,
} from './actions.repo';
import { presentAll, presentOverdue } from './actions.present';
import { agendaSelection } from './actions.service';
import { actionError } from './actions.texts';

/** The agenda's follow-up section for a meeting of `forumId` on `date`. */
async function forAgenda(
  db: Db,
  meeting: { id: string; forumId: string; date: IsoDate },
): Promise<AgendaFollowUp> {
  const rows = agendaSelection(await overdueForForum(db, meeting.forumId, meeting.date), meeting);
  return {
    overdue: await presentOverdue(caseDeps(db), rows),
    itemId: await followUpItemOf(db, meeting.id),
  };
}

/** The port the agendas module reads the section through (wired in app.ts). */
export const followUpLookup: FollowUpLookup = { forAgenda };

const danish = (date: IsoDate) =>
  DateTime.fromISO(date, { locale: 'da-DK' }).toFormat('d. MMMM yyyy');

/**
 * Puts the meeting's overdue actions on its (editable) agenda as one information item; a second
 * call returns the item already made (idempotent, once per meeting, no second audit row).
 */
export async function addFollowUpItem(
  deps: CaseDeps,
  actor: Actor,
  meetingId: string,
): Promise<{ itemId: string; created: boolean }> {
  const meeting = await deps.meetings.findMeeting(deps.db, meetingId);
  if (!meeting) throw actionError('notFound', 'meetingNotFound');
  const existing = await followUpItemOf(deps.db, meetingId);
  if (existing) return { itemId: existing, created: false };
  const section = await forAgenda(deps.db, { ...meeting, id: meetingId });
  if (!section.overdue.length) throw actionError('conflict', 'noneOverdue');
  const t = texts.da.agenda;
  const body = section.overdue
    .map(
      (a) =>
        `- ${t.itemLine
          .replace('{{title}}', a.title)
          .replace('{{dueDate}}', danish(a.dueDate))
          .replace('{{owner}}', a.ownerName ?? '–')
          .replace('{{forum}}', a.decidingForumName ?? '–')
          .replace('{{decidedOn}}', danish(a.decidedOn))}`,
    )
    .join('\n');
  return mutate(deps.db, actor, async (tx) => {
    const item = await insertFreeItem(tx, deps, actor, meetingId, {
      kind: 'free',
      title: t.itemTitle,
      body,
      type: 'information',
      closed: false,
    });
    if (!(await insertFollowUpItem(tx, meetingId, item.id))) {
      // A concurrent call won the race: its item stands (this transaction rolls back).
      throw actionError('conflict', 'noneOverdue');
    }
    return {
      result: { itemId: item.id, created: true },
      audit: {
        action: 'decisionAction.addToAgenda',
        entityType: 'agenda',
        entityId: meetingId,
        after: { itemId: item.id, actionIds: section.overdue.map((a) => a.id) },
        relatedIds: [item.id, ...section.overdue.map((a) => a.id)],
      },
    };
  });
}

/**
 * "Mine handlinger": the open actions the user owns on `asOf` (as the person, or acting for the
 * owning party), overdue first; at most `limit`, with the total.
 */
export async function myActions(
  db: Db,
  userId: string,
  asOf: IsoDate,
  limit: number,
): Promise<{ items: DecisionAction[]; total: number }> {
  const personId = await personOfUser(db, userId);
  if (!personId) return { items: [], total: 0 };
  const partyIds = await partiesActedFor(db, personId, asOf);
  const { rows, total } = await openActionsOfOwner(db, { personId, partyIds }, asOf, limit);
  return { items: await presentAll(caseDeps(db), ownerOrder(rows, asOf), asOf), total };
}
