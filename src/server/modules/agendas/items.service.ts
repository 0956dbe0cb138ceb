/**
 * Building an agenda: adding case steps (the case is placed on the meeting through the domain's
 * placeOnAgenda, in the same transaction) and free items, moving items to explicit positions,
 * removing free items. A case step placed on another meeting moves its item there.
 */
import { isAgendaEditable, moveInOrder, placementOffer } from '../../../domain/agendas/index';
import { placeOnAgenda } from '../../../domain/cases/index';
import type { AddItemRequest } from '../../../shared/agendas.contract';
import type { IsoDate } from '../../../shared/dates';
import { mutate, type Actor, type AuditInput } from '../../platform/audit';
import {
  appError,
  applyTransition,
  auditText,
  defaultOn,
  loadForChange,
  lockCase,
  setStepClosedRow,
  stepOf,
  type CaseDeps,
  type CaseMeeting,
  type Viewer,
} from '../cases/index';
import type { Db } from '../../db/client';
import {
  deleteItem,
  findAgenda,
  findItemOfStep,
  insertItem,
  listItems,
  lockAgenda,
  renumber,
  updateAgenda,
  type AgendaRow,
  type ItemRow,
} from './agendas.repo';
import { requireItem, requireCleared } from './items.guard';
import { requireMeeting } from './agendas.view';

/** The legal basis stored on the item of a confidential case. */
export const CONFIDENTIAL_REASON = 'Fortrolig sag';
/** The legal basis stored on the item of a decision that came back from a closed item. */
export const CLOSED_DECISION_REASON = 'Beslutning truffet i et lukket punkt';

/** A meeting that can still get agenda items. */
export async function requireOpenMeeting(deps: CaseDeps, meetingId: string): Promise<CaseMeeting> {
  const meeting = await requireMeeting(deps, meetingId);
  if (meeting.status === 'cancelled')
    throw appError('conflict', 'agendas', 'errors.agenda.meetingCancelled');
  return meeting;
}

/** Refuses changes to a published agenda. */
export function assertEditable(agenda: AgendaRow): void {
  if (!isAgendaEditable(agenda.status))
    throw appError('conflict', 'agendas', 'errors.agenda.notEditable');
}

function itemAudit(
  action: AuditInput['action'],
  item: ItemRow,
  extra: Record<string, unknown> = {},
): AuditInput {
  return {
    action,
    entityType: 'agenda',
    entityId: item.meetingId,
    after: {
      itemId: item.id,
      title: auditText(item.title, item.closed),
      closed: item.closed,
      ...extra,
    },
    relatedIds: [item.id, ...(item.caseId ? [item.caseId] : [])],
  };
}

/** Removes an item from its (editable) agenda and closes the gap. */
async function removeFromAgenda(tx: Db, item: ItemRow): Promise<void> {
  assertEditable(await lockAgenda(tx, item.meetingId));
  await deleteItem(tx, item.id);
  await renumber(
    tx,
    (await listItems(tx, item.meetingId)).map((i) => i.id),
  );
  await updateAgenda(tx, item.meetingId, {});
}

/**
 * Where the step stands and whether it may come here: a step on another agenda still being
 * prepared moves only when `move` confirms it; one on a published agenda stays (issue 11).
 */
async function checkPlacement(
  deps: CaseDeps,
  meetingId: string,
  previous: ItemRow | null,
  move: boolean,
): Promise<void> {
  if (!previous) return;
  const agenda = await findAgenda(deps.db, previous.meetingId);
  const offer = placementOffer(meetingId, 'planned', {
    meetingId: previous.meetingId,
    agendaStatus: agenda.status,
  });
  if (offer === 'here') throw appError('conflict', 'agendas', 'errors.agenda.stepAlreadyOnAgenda');
  if (offer === 'move' && move) return;
  const other = await requireMeeting(deps, previous.meetingId);
  const params = { meeting: other.title, date: other.date, meetingId: other.id };
  throw appError(
    'conflict',
    'agendas',
    offer === 'move' ? 'errors.agenda.stepOnOtherAgenda' : 'errors.agenda.stepOnPublishedAgenda',
    params,
  );
}

/**
 * Places a case step on the meeting and adds it as the last item. `input.on` dates the placing
 * (default today, or the case's latest event when that lies ahead). A step standing on another
 * meeting's agenda still being prepared is moved from there when `input.move` confirms it: the
 * case's history records the move (`movedOnAgenda`) and the audit row names the meeting it left.
 */
export async function addCaseItem(
  deps: CaseDeps,
  actor: Actor,
  viewer: Viewer,
  meetingId: string,
  input: { caseId: string; stepId: string; on?: IsoDate; move?: boolean },
): Promise<string> {
  const meeting = await requireOpenMeeting(deps, meetingId);
  const loaded = await loadForChange(deps, viewer, input.caseId, input.stepId);
  if (stepOf(loaded, input.stepId).forumId !== meeting.forumId) {
    throw appError('unprocessable', 'agendas', 'errors.agenda.wrongForum');
  }
  const previous = await findItemOfStep(deps.db, input.stepId);
  await checkPlacement(deps, meetingId, previous, input.move === true);
  return mutate(deps.db, actor, async (tx) => {
    assertEditable(await lockAgenda(tx, meetingId));
    if (previous) await removeFromAgenda(tx, previous);
    const locked = await lockCase(tx, input.caseId);
    await applyTransition(tx, locked, (c) =>
      placeOnAgenda(c, {
        stepId: input.stepId,
        meetingId,
        on: input.on ?? defaultOn(c),
        ...(actor.userId ? { actorId: actor.userId } : {}),
      }),
    );
    // A decision that came back (a return step, issue 12) is an information item carrying the
    // decision; it stays closed when the decision was treated in a closed item.
    const step = stepOf(locked, input.stepId);
    const back = step.origin === 'trail';
    const closed = locked.row.confidential || (back && locked.closedSteps.has(step.id));
    // The decision's text is left out when it was made in a closed item (it stays with that forum).
    const secretDecision = back && locked.closedSteps.has(step.id);
    const decision =
      back && step.decisionText && !secretDecision ? [`Beslutning: ${step.decisionText}`] : [];
    const item = await insertItem(tx, {
      meetingId,
      position: (await listItems(tx, meetingId)).length + 1,
      caseId: input.caseId,
      caseStepId: input.stepId,
      title: locked.row.title,
      body: [...decision, locked.row.summary, locked.row.body].filter((t) => t !== '').join('\n\n'),
      type: back ? 'information' : locked.row.type,
      closed,
      closedReason: closed
        ? locked.row.confidential
          ? CONFIDENTIAL_REASON
          : CLOSED_DECISION_REASON
        : null,
      createdBy: actor.userId,
    });
    await setStepClosedRow(tx, input.stepId, closed);
    await updateAgenda(tx, meetingId, {});
    await deps.meetings.setStatus(tx, meetingId, 'agendaDraft');
    const audit = itemAudit('agenda.addCaseItem', item, { movedFrom: previous?.meetingId ?? null });
    return { result: item.id, audit };
  });
}

/** Adds a free item (no case) as the last item; a closed one needs its legal basis. */
export async function addFreeItem(
  deps: CaseDeps,
  actor: Actor,
  meetingId: string,
  input: Extract<AddItemRequest, { kind: 'free' }>,
): Promise<string> {
  await requireOpenMeeting(deps, meetingId);
  if (input.closed && !input.closedReason) {
    throw appError('unprocessable', 'agendas', 'errors.agenda.closedReasonRequired');
  }
  return mutate(deps.db, actor, async (tx) => {
    const item = await insertFreeItem(tx, deps, actor, meetingId, input);
    return { result: item.id, audit: itemAudit('agenda.addFreeItem', item) };
  });
}

/**
 * Adds a free item as the last item inside the caller's transaction (the caller writes the one
 * audit row, e.g. a task transfer's decision placing its orientation item): the agenda is locked
 * and must still be editable (409 otherwise). The meeting must be open (checked by the caller
 * with {@link requireOpenMeeting} or its own query).
 */
export async function insertFreeItem(
  tx: Db,
  deps: CaseDeps,
  actor: Actor,
  meetingId: string,
  input: Extract<AddItemRequest, { kind: 'free' }>,
): Promise<ItemRow> {
  assertEditable(await lockAgenda(tx, meetingId));
  const item = await insertItem(tx, {
    meetingId,
    position: (await listItems(tx, meetingId)).length + 1,
    title: input.title,
    body: input.body,
    type: input.type,
    closed: input.closed,
    closedReason: input.closed ? (input.closedReason ?? null) : null,
    createdBy: actor.userId,
  });
  await updateAgenda(tx, meetingId, {});
  await deps.meetings.setStatus(tx, meetingId, 'agendaDraft');
  return item;
}

/** Moves an item to an explicit 1-based position; the others keep their order. */
export async function moveItem(
  deps: CaseDeps,
  actor: Actor,
  meetingId: string,
  itemId: string,
  position: number,
): Promise<void> {
  const item = await requireItem(deps, meetingId, itemId);
  await mutate(deps.db, actor, async (tx) => {
    assertEditable(await lockAgenda(tx, meetingId));
    const order = (await listItems(tx, meetingId)).map((i) => i.id);
    const moved = moveInOrder(order, itemId, position);
    if (!moved) {
      throw appError('unprocessable', 'agendas', 'errors.agenda.positionOutOfRange', {
        max: order.length,
      });
    }
    await renumber(tx, moved);
    await updateAgenda(tx, meetingId, {});
    return { result: undefined, audit: itemAudit('agenda.moveItem', item, { position }) };
  });
}

/** Removes a free item; a case item is moved to another meeting or withdrawn instead. */
export async function removeItem(
  deps: CaseDeps,
  actor: Actor,
  viewer: Viewer,
  meetingId: string,
  itemId: string,
): Promise<void> {
  const meeting = await requireMeeting(deps, meetingId);
  const item = await requireItem(deps, meetingId, itemId);
  if (item.caseId) throw appError('conflict', 'agendas', 'errors.agenda.caseItemNotRemovable');
  await requireCleared(deps, viewer, meeting, item);
  await mutate(deps.db, actor, async (tx) => {
    await removeFromAgenda(tx, item);
    return { result: undefined, audit: itemAudit('agenda.removeItem', item) };
  });
}
