/**
 * Use cases of decision follow-up actions (issue 12, point 5): the form's proposal for one
 * minutes decision, creating an action, updating its status and progress, and listing.
 *
 * Who may do what (decided here, in one place):
 * - create: the secretariat in scope of the deciding meeting (the same role and scope as
 *   recording the decision in the minutes, see agendas' flow.routes.ts);
 * - update (status, progress note): the secretariat in scope, the owner (the person, or a person
 *   acting for the owning party through an office or a seat on its behalf, on the day), or a
 *   member of the follow-up forum on the day (TSS members drive the SSU's decisions forward).
 */
import { actionsForAgenda, canMoveAction, checkNewAction } from '../../../domain/actions/index';
import { proposeFollowUpForum } from '../../../domain/actions/index';
import type {
  ActionListQuery,
  ActionPage,
  ActionProposal,
  CreateActionRequest,
  DecisionAction,
  FollowUpFora,
  UpdateActionRequest,
} from '../../../shared/actions.contract';
import type { VisibleAgendaItem } from '../../../shared/agendas.contract';
import type { IsoDate } from '../../../shared/dates';
import { hasRole } from '../../../shared/roles';
import { mutate, type Actor } from '../../platform/audit';
import { getAgendaForViewer } from '../agendas/index';
import { isViewer, type CaseDeps, type CaseMeeting, type Viewer } from '../cases/index';
import {
  actionsOfItem,
  findAction,
  followUpForumIds,
  foraOn,
  insertAction,
  listActionRows,
  lockAction,
  partiesActedFor,
  partiesOn,
  partyValidOn,
  personExists,
  personOfUser,
  rulesOf,
  updateActionRow,
} from './actions.repo';
import { presentAction, presentAll, namesFor } from './actions.present';
import { actionError } from './actions.texts';

/** The minutes decision an action comes from, as the viewer may see it. */
interface Source {
  meeting: CaseMeeting;
  item: VisibleAgendaItem;
  collaborationId: string;
}

async function requireSource(
  deps: CaseDeps,
  viewer: Viewer,
  ids: { meetingId: string; itemId: string },
): Promise<Source> {
  const meeting = await deps.meetings.findMeeting(deps.db, ids.meetingId);
  if (!meeting) throw actionError('notFound', 'meetingNotFound');
  const agenda = await getAgendaForViewer(deps, viewer, ids.meetingId);
  const item = agenda.items.find((i) => i.id === ids.itemId);
  if (!item) throw actionError('notFound', 'itemNotFound');
  if (item.redacted || item.closed) throw actionError('conflict', 'closedItem');
  if (!item.decision) throw actionError('conflict', 'noDecision');
  const forum = await deps.org.findForum(deps.db, meeting.forumId, meeting.date);
  if (!forum) throw actionError('notFound', 'unknownForum', { date: meeting.date });
  return { meeting, item, collaborationId: forum.collaborationId };
}

/** The proposed follow-up forum of a decision, and the fora it may be chosen from. */
async function followUpOf(deps: CaseDeps, source: Source) {
  const on = source.meeting.date;
  const fora = await foraOn(deps.db, source.collaborationId, on);
  const rules = await rulesOf(deps.db, source.collaborationId);
  const proposed = proposeFollowUpForum(source.meeting.forumId, fora, rules);
  return { fora, proposed };
}

/** What the "Tilføj handling" form needs for one decision. */
export async function actionProposal(
  deps: CaseDeps,
  viewer: Viewer,
  ids: { meetingId: string; itemId: string },
): Promise<ActionProposal> {
  const source = await requireSource(deps, viewer, ids);
  const on = source.meeting.date;
  const { fora, proposed } = await followUpOf(deps, source);
  const name = (id: string) => fora.find((f) => f.entityId === id)?.name ?? null;
  const members = [
    ...(await deps.org.forumMembers(deps.db, source.meeting.forumId, on)),
    ...(proposed.forumId === source.meeting.forumId
      ? []
      : await deps.org.forumMembers(deps.db, proposed.forumId, on)),
  ];
  const persons = [...new Map(members.map((m) => [m.personId, m.name])).entries()]
    .map(([id, n]) => ({ id, name: n }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  const existing = await actionsOfItem(deps.db, ids.meetingId, ids.itemId);
  return {
    decidedOn: on,
    decidingForum: { id: source.meeting.forumId, name: name(source.meeting.forumId) },
    followUpForum: { id: proposed.forumId, name: name(proposed.forumId) },
    basis: proposed.basis,
    fora: fora.map((f) => ({ id: f.entityId, name: f.name })),
    parties: await partiesOn(deps.db, source.collaborationId, on),
    persons,
    actions: await presentAll(deps, existing, on),
  };
}

/** Creates an action from a minutes decision (one mutation, one audit row). */
export async function createAction(
  deps: CaseDeps,
  actor: Actor,
  viewer: Viewer,
  input: CreateActionRequest,
  today: IsoDate,
): Promise<DecisionAction> {
  const source = await requireSource(deps, viewer, input);
  const decidedOn = source.meeting.date;
  const problem = checkNewAction({ ...input, decidedOn });
  if (problem) {
    const key = problem.replace('action.', '') as
      'ownerRequired' | 'ownerBoth' | 'dueBeforeDecision';
    throw actionError('unprocessable', key, { dueDate: input.dueDate, decidedOn });
  }
  const { fora, proposed } = await followUpOf(deps, source);
  const followUpForumId = input.followUpForumId ?? proposed.forumId;
  if (!fora.some((f) => f.entityId === followUpForumId)) {
    throw actionError('unprocessable', 'unknownForum', { date: decidedOn });
  }
  if (
    input.ownerPartyId &&
    !(await partyValidOn(deps.db, source.collaborationId, input.ownerPartyId, decidedOn))
  ) {
    throw actionError('unprocessable', 'unknownParty', { date: decidedOn });
  }
  if (input.ownerPersonId && !(await personExists(deps.db, input.ownerPersonId))) {
    throw actionError('unprocessable', 'unknownPerson');
  }
  const row = await mutate(deps.db, actor, async (tx) => {
    const created = await insertAction(tx, {
      collaborationId: source.collaborationId,
      title: input.title,
      description: input.description,
      meetingId: input.meetingId,
      itemId: input.itemId,
      caseId: source.item.caseId,
      caseStepId: source.item.caseStepId,
      decidingForumId: source.meeting.forumId,
      decidedOn,
      ownerPartyId: input.ownerPartyId ?? null,
      ownerPersonId: input.ownerPersonId ?? null,
      dueDate: input.dueDate,
      status: 'open',
      statusChangedOn: today,
      statusChangedBy: actor.name,
      followUpForumId,
      progress: [],
      createdBy: actor.userId,
    });
    return {
      result: created,
      audit: {
        action: 'decisionAction.create',
        entityType: 'decisionAction',
        entityId: created.id,
        after: created,
        relatedIds: [
          input.meetingId,
          input.itemId,
          followUpForumId,
          ...(source.item.caseId ? [source.item.caseId] : []),
        ],
      },
    };
  });
  return presentAction(row, await namesFor(deps, [row]), today);
}

/** Whether the viewer may update the action (see the module comment). */
async function mayUpdate(
  deps: CaseDeps,
  viewer: Viewer,
  row: { ownerPartyId: string | null; ownerPersonId: string | null; followUpForumId: string },
  today: IsoDate,
): Promise<boolean> {
  if (hasRole(viewer.role, 'secretariat')) return true;
  const personId = await personOfUser(deps.db, viewer.userId);
  if (personId && row.ownerPersonId === personId) return true;
  if (personId && row.ownerPartyId) {
    if ((await partiesActedFor(deps.db, personId, today)).includes(row.ownerPartyId)) return true;
  }
  const members = await deps.org.forumMembers(deps.db, row.followUpForumId, today);
  return members.some((m) => isViewer(viewer, m));
}

/** Moves the status and/or adds a progress note (one mutation, one audit row). */
export async function updateAction(
  deps: CaseDeps,
  actor: Actor,
  viewer: Viewer,
  id: string,
  input: UpdateActionRequest,
  today: IsoDate,
): Promise<DecisionAction> {
  const current = await findAction(deps.db, id);
  if (!current) throw actionError('notFound', 'notFound');
  if (!(await mayUpdate(deps, viewer, current, today))) {
    throw actionError('forbidden', 'notAllowed');
  }
  const row = await mutate(deps.db, actor, async (tx) => {
    const before = await lockAction(tx, id);
    if (!before) throw actionError('notFound', 'notFound');
    const to = input.status && input.status !== before.status ? input.status : null;
    if (input.status && !to && !input.note) {
      throw actionError('conflict', 'invalidTransition', { from: before.status, to: input.status });
    }
    if (to && !canMoveAction(before.status, to)) {
      throw actionError('conflict', 'invalidTransition', { from: before.status, to });
    }
    const entry = { on: today, text: input.note ?? '', byName: actor.name, status: to };
    const after = await updateActionRow(tx, id, {
      progress: [...before.progress, entry],
      ...(to ? { status: to, statusChangedOn: today, statusChangedBy: actor.name } : {}),
    });
    return {
      result: after,
      audit: {
        action: 'decisionAction.update',
        entityType: 'decisionAction',
        entityId: id,
        before: { status: before.status },
        after: { status: after.status, note: input.note ?? null },
        relatedIds: [before.followUpForumId],
      },
    };
  });
  return presentAction(row, await namesFor(deps, [row]), today);
}

/** One page of actions; `overdue` is computed for `on`. */
export async function listActions(
  deps: CaseDeps,
  query: ActionListQuery,
  on: IsoDate,
): Promise<ActionPage> {
  const { rows, total } = await listActionRows(deps.db, query);
  return {
    items: await presentAll(deps, rows, on),
    total,
    page: query.page,
    pageSize: query.pageSize,
    on: query.overdueOn ?? on,
  };
}

/** Re-checks the SQL's selection with the domain rule (one definition of "on the agenda"). */
export function agendaSelection<T extends Parameters<typeof actionsForAgenda>[0][number]>(
  rows: readonly T[],
  meeting: { forumId: string; date: IsoDate },
): T[] {
  return actionsForAgenda(rows, meeting);
}

/** The fora that follow up any action, by name. */
export async function followUpFora(deps: CaseDeps): Promise<FollowUpFora> {
  const ids = await followUpForumIds(deps.db);
  const names = await deps.org.forumNames(deps.db, ids);
  return {
    items: ids
      .map((id) => ({ id, name: names.get(id) ?? null }))
      .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'da')),
  };
}
