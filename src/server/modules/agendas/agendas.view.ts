/**
 * The agenda of a meeting as one viewer may see it. EVERY channel that shows agenda content
 * (API, search, DOCX/PDF exports, ICS, e-mail) must read agendas through
 * {@link getAgendaForViewer}: closed items reach non-members only as the placeholder
 * ("Lukket punkt", item number) decided by src/domain/agendas/visibility.ts, with the clearance
 * resolved by the cases module's resolveClearance.
 */
import {
  agendaItemView,
  freeItemStatus,
  isMeetingHeld,
  itemRestriction,
  itemStatusFromStep,
  reviewCommentView,
  type Clearance,
} from '../../../domain/agendas/index';
import type { Agenda, VisibleAgendaItem } from '../../../shared/agendas.contract';
import { todayInDenmark } from '../../../shared/dates';
import { hasRole } from '../../../shared/roles';
import { notFound } from '../../platform/errors';
import {
  attachmentsOf,
  loadCases,
  resolveClearance,
  type CaseDeps,
  type CaseMeeting,
  type LoadedCase,
  type Viewer,
} from '../cases/index';
import { agendaRights, viewerBlock } from './agenda-rights';
import { listComments, listItems, listReviewers, findAgenda, type ItemRow } from './agendas.repo';
import { approvalsView, reviewerNames } from './minutes.rules';

const MEETING = { da: 'Mødet', en: 'The meeting' };

/** The meeting or 404. */
export async function requireMeeting(deps: CaseDeps, meetingId: string): Promise<CaseMeeting> {
  const meeting = await deps.meetings.findMeeting(deps.db, meetingId);
  if (!meeting) throw notFound(MEETING);
  return meeting;
}

/** Every item with its full content (before the visibility rule). */
export async function fullItems(
  deps: CaseDeps,
  items: readonly ItemRow[],
): Promise<VisibleAgendaItem[]> {
  const caseIds = [...new Set(items.flatMap((i) => (i.caseId ? [i.caseId] : [])))];
  const loaded = new Map((await loadCases(deps.db, caseIds)).map((l) => [l.row.id, l]));
  const attachments = await attachmentsOf(deps.db, caseIds);
  return items.map((item, i) => toVisible(item, i + 1, loaded, attachments));
}

function toVisible(
  item: ItemRow,
  number: number,
  loaded: ReadonlyMap<string, LoadedCase>,
  attachments: ReadonlyMap<string, VisibleAgendaItem['attachments']>,
): VisibleAgendaItem {
  const step = item.caseId
    ? loaded.get(item.caseId)?.case.steps.find((s) => s.id === item.caseStepId)
    : undefined;
  return {
    id: item.id,
    number,
    redacted: false,
    closed: item.closed,
    closedReason: item.closedReason,
    title: item.title,
    body: item.body,
    type: item.type,
    caseId: item.caseId,
    caseStepId: item.caseStepId,
    recommendation: step ? step.recommendation : item.recommendation,
    // A decision that came back (issue 12): the minutes show the forum's note, not the decision.
    decision: step ? (step.origin === 'trail' ? step.noteText : step.decisionText) : item.decision,
    status: step ? itemStatusFromStep(step.status) : freeItemStatus(item),
    attachments: item.caseId ? (attachments.get(item.caseId) ?? []) : [],
  };
}

/** The viewer's clearance for the closed items of a meeting. */
export async function itemClearance(
  deps: CaseDeps,
  viewer: Viewer,
  meeting: CaseMeeting,
  items: readonly { closed: boolean }[],
): Promise<Clearance> {
  const where = { forumId: meeting.forumId, date: meeting.date };
  return resolveClearance(
    deps.db,
    deps.org,
    viewer,
    items.map((i) => itemRestriction(i, where)),
  );
}

/** `load` memoised by key for the life of the returned function (one read). */
function memo<A extends unknown[], T>(
  key: (...args: A) => string,
  load: (...args: A) => Promise<T>,
): (...args: A) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (...args) => {
    const k = key(...args);
    const found = cache.get(k) ?? load(...args);
    cache.set(k, found);
    return found;
  };
}

/**
 * The dependencies with the forum's members and the meeting's participants memoised for one
 * read: the clearance, the approvals and the viewer's rights then share one derivation per
 * forum and day, and one participant list per meeting.
 */
function withMemoisedMembers(deps: CaseDeps): CaseDeps {
  return {
    ...deps,
    org: {
      ...deps.org,
      forumMembers: memo(
        (_db, forumId, date) => `${forumId}|${date}`,
        (db, forumId, date) => deps.org.forumMembers(db, forumId, date),
      ),
    },
    meetings: {
      ...deps.meetings,
      participants: memo(
        (_db, meetingId) => meetingId,
        (db, meetingId) => deps.meetings.participants(db, meetingId),
      ),
    },
  };
}

/**
 * The agenda and minutes of a meeting for one viewer. While the agenda is a draft or in
 * review, its items and comments are shown only to the secretariat and the chosen reviewers.
 * `viewer` says what the viewer may do (see agenda-rights.ts).
 */
export async function getAgendaForViewer(
  base: CaseDeps,
  viewer: Viewer,
  meetingId: string,
): Promise<Agenda> {
  const deps = withMemoisedMembers(base);
  const meeting = await requireMeeting(deps, meetingId);
  const agenda = await findAgenda(deps.db, meetingId);
  const reviewerIds = await listReviewers(deps.db, meetingId);
  const itemsVisible =
    agenda.status === 'published' ||
    hasRole(viewer.role, 'secretariat') ||
    reviewerIds.includes(viewer.userId);
  const items = itemsVisible ? await fullItems(deps, await listItems(deps.db, meetingId)) : [];
  const clearance = await itemClearance(deps, viewer, meeting, items);
  const where = { forumId: meeting.forumId, date: meeting.date };
  const views = items.map((item) => agendaItemView(item, where, clearance));
  const hidden = new Set(views.filter((v) => v.redacted).map((v) => v.id));
  const comments = itemsVisible ? await listComments(deps.db, meetingId) : [];
  const approvals = await approvalsView(deps, meeting);
  const rights = await agendaRights(deps, viewer, meeting, reviewerIds);
  const approved = approvals.flatMap((a) => (a.approvedAt ? [a.personId] : []));
  return {
    meetingId,
    forumId: meeting.forumId,
    meetingDate: meeting.date,
    meetingHeld: isMeetingHeld(meeting, todayInDenmark()),
    status: agenda.status,
    minutesStatus: agenda.minutesStatus,
    itemsVisible,
    reviewers: await reviewerNames(deps, reviewerIds),
    reviewComments: comments.map((c) =>
      reviewCommentView(
        {
          id: c.id,
          itemId: c.itemId,
          authorUserId: c.authorUserId,
          authorName: c.authorName,
          text: c.text,
          redacted: false,
          createdAt: c.createdAt.toISOString(),
        },
        hidden,
      ),
    ),
    items: views,
    approvals,
    approvalEnding: agenda.approvalEnding,
    publishedAt: agenda.publishedAt?.toISOString() ?? null,
    minutesApprovedAt: agenda.minutesApprovedAt?.toISOString() ?? null,
    viewer: viewerBlock(rights, agenda, approved),
    ...(itemsVisible && deps.followUps
      ? {
          followUp: await deps.followUps.forAgenda(deps.db, {
            id: meetingId,
            forumId: meeting.forumId,
            date: meeting.date,
          }),
        }
      : {}),
  };
}
