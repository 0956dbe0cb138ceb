/**
 * An item's content: wording, type, closing (with its legal basis), the recommendation, and the
 * decision in the minutes. For an item carrying a case step, the recommendation and decision are
 * recorded on the case through the domain (recordRecommendation/recordDecision), in the same
 * transaction: the decision flows back along the case's route to the forum it was raised in.
 */
import { areMinutesEditable, isAgendaEditable } from '../../../domain/agendas/index';
import { noteReturn, recordDecision, recordRecommendation } from '../../../domain/cases/index';
import type { UpdateItemRequest } from '../../../shared/agendas.contract';
import { todayInDenmark, type IsoDate } from '../../../shared/dates';
import { mutate, type Actor } from '../../platform/audit';
import {
  appError,
  applyTransition,
  assertMeetingHeld,
  auditText,
  defaultOn,
  loadCases,
  loadForChange,
  lockCase,
  markHeldIfDue,
  setStepClosedRow,
  type CaseDeps,
  type Viewer,
} from '../cases/index';
import type { Db } from '../../db/client';
import { findAgenda, lockAgenda, updateAgenda, updateItem, type ItemRow } from './agendas.repo';
import { requireCleared, requireItem } from './items.guard';
import { requireMeeting } from './agendas.view';

const WORDING = ['title', 'body', 'type', 'closed', 'closedReason'] as const;

/** Checks the closing rules: a reason when closed, and a confidential case stays closed. */
async function checkClosing(
  deps: CaseDeps,
  item: ItemRow,
  patch: UpdateItemRequest,
): Promise<void> {
  const closed = patch.closed ?? item.closed;
  const reason = patch.closedReason !== undefined ? patch.closedReason : item.closedReason;
  if (closed && !reason)
    throw appError('unprocessable', 'agendas', 'errors.agenda.closedReasonRequired');
  if (!closed && item.caseId) {
    const [loaded] = await loadCases(deps.db, [item.caseId]);
    if (loaded?.row.confidential)
      throw appError('conflict', 'agendas', 'errors.agenda.confidentialCase');
  }
}

async function writeRecommendation(
  tx: Db,
  item: ItemRow,
  text: string,
  change: { actor: Actor; on: IsoDate | undefined },
): Promise<void> {
  if (!item.caseId || !item.caseStepId) {
    await updateItem(tx, item.id, { recommendation: text });
    return;
  }
  const stepId = item.caseStepId;
  await applyTransition(tx, await lockCase(tx, item.caseId), (c) =>
    recordRecommendation(c, {
      stepId,
      text,
      on: change.on ?? defaultOn(c),
      ...actorId(change.actor),
    }),
  );
}

const actorId = (actor: Actor) => (actor.userId ? { actorId: actor.userId } : {});

/**
 * Changes an item's wording, type, closing or recommendation. `options.on` dates a case item's
 * recommendation (default today, or the case's latest event when that lies ahead).
 */
export async function updateAgendaItem(
  deps: CaseDeps,
  actor: Actor,
  viewer: Viewer,
  ids: { meetingId: string; itemId: string },
  patch: UpdateItemRequest,
  options: { on?: IsoDate } = {},
): Promise<void> {
  const meeting = await requireMeeting(deps, ids.meetingId);
  const item = await requireItem(deps, ids.meetingId, ids.itemId);
  await requireCleared(deps, viewer, meeting, item);
  if (item.caseId && item.caseStepId)
    await loadForChange(deps, viewer, item.caseId, item.caseStepId);
  await checkClosing(deps, item, patch);
  const rewording = WORDING.some((k) => patch[k] !== undefined);
  await mutate(deps.db, actor, async (tx) => {
    const agenda = await lockAgenda(tx, ids.meetingId);
    if (rewording && !isAgendaEditable(agenda.status)) {
      throw appError('conflict', 'agendas', 'errors.agenda.notEditable');
    }
    if (patch.recommendation !== undefined && agenda.minutesStatus !== 'draft') {
      throw appError('conflict', 'agendas', 'errors.minutes.notEditable');
    }
    const { recommendation, ...wording } = patch;
    const closed = patch.closed ?? item.closed;
    if (rewording) {
      await updateItem(tx, item.id, {
        ...wording,
        closedReason: closed ? (patch.closedReason ?? item.closedReason) : null,
      });
    }
    if (patch.closed !== undefined && item.caseStepId)
      await setStepClosedRow(tx, item.caseStepId, closed);
    if (recommendation !== undefined) {
      await writeRecommendation(tx, item, recommendation, { actor, on: options.on });
    }
    await updateAgenda(tx, ids.meetingId, {});
    const secret = item.closed || closed;
    return {
      result: undefined,
      audit: {
        action: 'agenda.updateItem',
        entityType: 'agenda',
        entityId: ids.meetingId,
        before: { itemId: item.id, closed: item.closed, title: auditText(item.title, secret) },
        after: {
          fields: Object.keys(patch),
          closed,
          title: auditText(patch.title ?? item.title, secret),
          recommendation: auditText(recommendation ?? null, secret),
        },
        relatedIds: [item.id, ...(item.caseId ? [item.caseId] : [])],
      },
    };
  });
}

/**
 * Records the decision of an item in the minutes (the agenda must be published, the meeting
 * held on `options.today` (default today) and the minutes still a draft; the first decision marks
 * the meeting held). For a case item this is the case's decision for that step, dated the meeting
 * day; with `final` the remaining route is skipped.
 */
export async function recordItemDecision(
  deps: CaseDeps,
  actor: Actor,
  viewer: Viewer,
  ids: { meetingId: string; itemId: string },
  input: { text: string; final: boolean },
  options: { today?: IsoDate } = {},
): Promise<void> {
  const meeting = await requireMeeting(deps, ids.meetingId);
  const item = await requireItem(deps, ids.meetingId, ids.itemId);
  const agenda = await findAgenda(deps.db, ids.meetingId);
  if (agenda.status !== 'published')
    throw appError('conflict', 'agendas', 'errors.agenda.notPublished');
  const today = options.today ?? todayInDenmark();
  assertMeetingHeld(meeting, today, 'agendas');
  await requireCleared(deps, viewer, meeting, item);
  if (item.caseId && item.caseStepId)
    await loadForChange(deps, viewer, item.caseId, item.caseStepId);
  await mutate(deps.db, actor, async (tx) => {
    const locked = await lockAgenda(tx, ids.meetingId);
    if (!areMinutesEditable(locked.status, locked.minutesStatus)) {
      throw appError('conflict', 'agendas', 'errors.minutes.notEditable');
    }
    if (item.caseId && item.caseStepId) {
      const stepId = item.caseStepId;
      // A decision that came back (issue 12): the minutes' entry marks it noted at the meeting.
      await applyTransition(tx, await lockCase(tx, item.caseId), (c) =>
        c.steps.find((s) => s.id === stepId)?.origin === 'trail'
          ? noteReturn(c, { stepId, text: input.text, on: meeting.date, ...actorId(actor) })
          : recordDecision(c, {
              stepId,
              text: input.text,
              final: input.final,
              on: meeting.date,
              ...actorId(actor),
            }),
      );
    } else {
      await updateItem(tx, item.id, { decision: input.text });
    }
    await markHeldIfDue(tx, deps, meeting, today);
    await updateAgenda(tx, ids.meetingId, {});
    return {
      result: undefined,
      audit: {
        action: 'agenda.recordDecision',
        entityType: 'agenda',
        entityId: ids.meetingId,
        after: {
          itemId: item.id,
          decision: auditText(input.text, item.closed),
          final: input.final,
        },
        relatedIds: [item.id, ...(item.caseId ? [item.caseId] : [])],
      },
    };
  });
}
