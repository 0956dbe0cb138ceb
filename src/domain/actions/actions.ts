/**
 * The rules of decision follow-up actions (issue 12, point 5), pure: the status life cycle, what
 * a new action must satisfy, when an action is overdue, which actions a follow-up forum's agenda
 * shows, and the owner's order (overdue first).
 */
import type { ActionStatus } from '../../shared/actions.contract';
import type { IsoDate } from '../../shared/dates';

/** Why an action is refused; each is an i18n key under `actions:errors`. */
export type ActionErrorCode =
  | 'action.ownerRequired'
  | 'action.ownerBoth'
  | 'action.dueBeforeDecision'
  | 'action.invalidTransition';

/** The fields of an action the rules read. */
export interface ActionFacts {
  status: ActionStatus;
  dueDate: IsoDate;
  followUpForumId: string;
  decidedOn: IsoDate;
}

const MOVES: Readonly<Record<ActionStatus, readonly ActionStatus[]>> = {
  open: ['inProgress', 'done', 'cancelled'],
  inProgress: ['done', 'cancelled'],
  done: [],
  cancelled: [],
};

/** True when an action may move from `from` to `to` (done and cancelled are final). */
export function canMoveAction(from: ActionStatus, to: ActionStatus): boolean {
  return MOVES[from].includes(to);
}

/** True when the action is finished (done or cancelled): it is never overdue again. */
export function isClosedStatus(status: ActionStatus): boolean {
  return status === 'done' || status === 'cancelled';
}

/** Not done or cancelled, and its due date lies before `on`. */
export function isOverdue(action: Pick<ActionFacts, 'status' | 'dueDate'>, on: IsoDate): boolean {
  return !isClosedStatus(action.status) && action.dueDate < on;
}

/** What a new action must satisfy; returns the first problem, or null. */
export function checkNewAction(input: {
  ownerPartyId?: string | null;
  ownerPersonId?: string | null;
  dueDate: IsoDate;
  decidedOn: IsoDate;
}): ActionErrorCode | null {
  const party = !!input.ownerPartyId;
  const person = !!input.ownerPersonId;
  if (party && person) return 'action.ownerBoth';
  if (!party && !person) return 'action.ownerRequired';
  if (input.dueDate < input.decidedOn) return 'action.dueBeforeDecision';
  return null;
}

/**
 * The actions a meeting's agenda shows: those its forum follows up that are overdue on the
 * meeting's date and were decided before it; earliest due first. Computed, so it holds on any
 * date without a write.
 */
export function actionsForAgenda<T extends ActionFacts & { title: string }>(
  actions: readonly T[],
  meeting: { forumId: string; date: IsoDate },
): T[] {
  return actions
    .filter(
      (a) =>
        a.followUpForumId === meeting.forumId &&
        a.decidedOn < meeting.date &&
        isOverdue(a, meeting.date),
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title, 'da'));
}

/** The owner's order: open actions only, overdue first, then by due date. */
export function ownerOrder<T extends Pick<ActionFacts, 'status' | 'dueDate'>>(
  actions: readonly T[],
  on: IsoDate,
): T[] {
  return actions
    .filter((a) => !isClosedStatus(a.status))
    .sort(
      (a, b) =>
        Number(isOverdue(b, on)) - Number(isOverdue(a, on)) || a.dueDate.localeCompare(b.dueDate),
    );
}
