/**
 * The agenda's and the minutes' life cycles (FirstAgenda's flow): send the draft agenda to
 * chosen reviewers, who comment; publish; record attendance; send the minutes for approval;
 * members approve; the chair or the secretariat closes the approval. See minutes.rules.ts.
 */
import {
  approvalOutcome,
  canMoveAgenda,
  canMoveMinutes,
  undecidedItems,
} from '../../../domain/agendas/index';
import type { AgendaStatus, MinutesStatus } from '../../../shared/agendas.enums';
import { todayInDenmark, type IsoDate } from '../../../shared/dates';
import type { Attendance } from '../../../shared/meetings.enums';
import { mutate, type Actor, type AuditInput } from '../../platform/audit';
import { findUserById } from '../auth/index';
import {
  appError,
  assertMeetingHeld,
  auditText,
  markHeldIfDue,
  type CaseDeps,
  type Viewer,
} from '../cases/index';
import { agendaRights, mayCloseApprovalAsWho, mayCommentAsWho } from './agenda-rights';
import {
  insertApproval,
  insertComment,
  listApprovals,
  listItems,
  listReviewers,
  lockAgenda,
  setReviewers,
  updateAgenda,
  type AgendaRow,
} from './agendas.repo';
import { fullItems, requireMeeting } from './agendas.view';
import { requireCleared, requireItem } from './items.guard';

function agendaAudit(action: AuditInput['action'], meetingId: string, after: unknown): AuditInput {
  return { action, entityType: 'agenda', entityId: meetingId, after, relatedIds: [meetingId] };
}

function assertAgendaMove(agenda: AgendaRow, to: AgendaStatus): void {
  if (!canMoveAgenda(agenda.status, to)) {
    throw appError('conflict', 'agendas', 'errors.agenda.invalidTransition', {
      from: agenda.status,
      to,
    });
  }
}

function assertMinutesMove(agenda: AgendaRow, to: MinutesStatus): void {
  if (agenda.status !== 'published')
    throw appError('conflict', 'agendas', 'errors.agenda.notPublished');
  if (!canMoveMinutes(agenda.minutesStatus, to)) {
    throw appError('conflict', 'agendas', 'errors.minutes.invalidTransition', {
      from: agenda.minutesStatus,
      to,
    });
  }
}

/** Sends the draft agenda to the chosen reviewers (users), who may then comment. */
export async function sendForReview(
  deps: CaseDeps,
  actor: Actor,
  meetingId: string,
  reviewerUserIds: readonly string[],
): Promise<void> {
  await requireMeeting(deps, meetingId);
  const unique = [...new Set(reviewerUserIds)];
  for (const id of unique) {
    if (!(await findUserById(deps.db, id)))
      throw appError('unprocessable', 'agendas', 'errors.agenda.unknownReviewer');
  }
  await mutate(deps.db, actor, async (tx) => {
    assertAgendaMove(await lockAgenda(tx, meetingId), 'inReview');
    await setReviewers(tx, meetingId, unique);
    await updateAgenda(tx, meetingId, { status: 'inReview', sentForReviewAt: new Date() });
    return {
      result: undefined,
      audit: agendaAudit('agenda.sendForReview', meetingId, { reviewers: unique }),
    };
  });
}

/** A reviewer's (or the secretariat's) comment on the draft agenda or one of its items. */
export async function commentOnAgenda(
  deps: CaseDeps,
  actor: Actor,
  viewer: Viewer,
  meetingId: string,
  input: { text: string; itemId?: string | undefined },
): Promise<void> {
  const meeting = await requireMeeting(deps, meetingId);
  const reviewers = await listReviewers(deps.db, meetingId);
  if (!mayCommentAsWho(await agendaRights(deps, viewer, meeting, reviewers))) {
    throw appError('forbidden', 'agendas', 'errors.agenda.notReviewer');
  }
  const item = input.itemId ? await requireItem(deps, meetingId, input.itemId) : null;
  if (item) await requireCleared(deps, viewer, meeting, item);
  await mutate(deps.db, actor, async (tx) => {
    const agenda = await lockAgenda(tx, meetingId);
    if (agenda.status !== 'inReview')
      throw appError('conflict', 'agendas', 'errors.agenda.reviewClosed');
    const comment = await insertComment(tx, {
      meetingId,
      itemId: item?.id ?? null,
      authorUserId: viewer.userId,
      authorName: viewer.name,
      text: input.text,
    });
    const audit = agendaAudit('agenda.comment', meetingId, {
      commentId: comment.id,
      itemId: item?.id ?? null,
      text: auditText(input.text, item?.closed ?? false),
    });
    return { result: undefined, audit };
  });
}

/** Publishes (releases) the agenda to the forum; its items are final from then on. */
export async function publishAgenda(
  deps: CaseDeps,
  actor: Actor,
  meetingId: string,
): Promise<void> {
  await requireMeeting(deps, meetingId);
  await mutate(deps.db, actor, async (tx) => {
    assertAgendaMove(await lockAgenda(tx, meetingId), 'published');
    await updateAgenda(tx, meetingId, { status: 'published', publishedAt: new Date() });
    await deps.meetings.setStatus(tx, meetingId, 'agendaPublished');
    return {
      result: undefined,
      audit: agendaAudit('agenda.publish', meetingId, { status: 'published' }),
    };
  });
}

/** Records attendance through the meetings module's participants (one audit row). */
export async function recordAgendaAttendance(
  deps: CaseDeps,
  actor: Actor,
  meetingId: string,
  entries: readonly { participantId: string; attendance: Attendance }[],
): Promise<void> {
  await requireMeeting(deps, meetingId);
  await mutate(deps.db, actor, async (tx) => {
    await deps.meetings.recordAttendance(tx, meetingId, entries);
    return { result: undefined, audit: agendaAudit('agenda.recordAttendance', meetingId, entries) };
  });
}

/** Sends the minutes for approval once every decision item is decided. */
export async function sendMinutesForApproval(
  deps: CaseDeps,
  actor: Actor,
  meetingId: string,
  options: { today?: IsoDate } = {},
): Promise<void> {
  const meeting = await requireMeeting(deps, meetingId);
  const today = options.today ?? todayInDenmark();
  const missing = undecidedItems(await fullItems(deps, await listItems(deps.db, meetingId)));
  await mutate(deps.db, actor, async (tx) => {
    assertMinutesMove(await lockAgenda(tx, meetingId), 'sentForApproval');
    assertMeetingHeld(meeting, today, 'agendas');
    await markHeldIfDue(tx, deps, meeting, today);
    if (missing.length > 0) {
      throw appError('conflict', 'agendas', 'errors.minutes.decisionMissing', {
        number: missing.join(', '),
      });
    }
    await updateAgenda(tx, meetingId, {
      minutesStatus: 'sentForApproval',
      minutesSentAt: new Date(),
    });
    return {
      result: undefined,
      audit: agendaAudit('agenda.sendMinutes', meetingId, { minutesStatus: 'sentForApproval' }),
    };
  });
}

/** A member approves the minutes; when every eligible member has, they are approved. */
export async function approveMinutes(
  deps: CaseDeps,
  actor: Actor,
  viewer: Viewer,
  meetingId: string,
): Promise<void> {
  const meeting = await requireMeeting(deps, meetingId);
  const { approver: me, eligible } = await agendaRights(deps, viewer, meeting, []);
  if (!me) throw appError('forbidden', 'agendas', 'errors.minutes.notEligible');
  await mutate(deps.db, actor, async (tx) => {
    const agenda = await lockAgenda(tx, meetingId);
    if (agenda.minutesStatus !== 'sentForApproval') assertMinutesMove(agenda, 'approved');
    const approvals = await listApprovals(tx, meetingId);
    if (approvals.some((a) => a.personId === me.personId)) {
      throw appError('conflict', 'agendas', 'errors.minutes.alreadyApproved');
    }
    await insertApproval(tx, {
      meetingId,
      personId: me.personId,
      name: me.name,
      userId: viewer.userId,
    });
    const ending = approvalOutcome(
      eligible.map((p) => p.personId),
      [...approvals.map((a) => a.personId), me.personId],
    );
    if (ending) {
      await updateAgenda(tx, meetingId, {
        minutesStatus: 'approved',
        minutesApprovedAt: new Date(),
        approvalEnding: ending,
      });
      await deps.meetings.setStatus(tx, meetingId, 'minutesApproved');
    }
    const audit = agendaAudit('agenda.approveMinutes', meetingId, {
      personId: me.personId,
      approved: ending !== null,
    });
    return { result: undefined, audit: { ...audit, relatedIds: [meetingId, me.personId] } };
  });
}

/** The chair of the forum (on the meeting date) or the secretariat closes the approval. */
export async function closeMinutesApproval(
  deps: CaseDeps,
  actor: Actor,
  viewer: Viewer,
  meetingId: string,
): Promise<void> {
  const meeting = await requireMeeting(deps, meetingId);
  if (!mayCloseApprovalAsWho(await agendaRights(deps, viewer, meeting, []))) {
    throw appError('forbidden', 'cases', 'errors.notAllowed');
  }
  await mutate(deps.db, actor, async (tx) => {
    assertMinutesMove(await lockAgenda(tx, meetingId), 'approved');
    await updateAgenda(tx, meetingId, {
      minutesStatus: 'approved',
      minutesApprovedAt: new Date(),
      approvalEnding: 'closed',
    });
    await deps.meetings.setStatus(tx, meetingId, 'minutesApproved');
    return {
      result: undefined,
      audit: agendaAudit('agenda.closeApproval', meetingId, { approvalEnding: 'closed' }),
    };
  });
}
