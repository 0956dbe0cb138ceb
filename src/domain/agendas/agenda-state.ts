/**
 * The agenda's and the minutes' life cycles and the small rules around them: which transitions
 * are allowed, when the minutes count as approved, item ordering, and an item's status derived
 * from its case step. Pure: no I/O.
 */
import type {
  AgendaItemStatus,
  AgendaStatus,
  MinutesApprovalEnding,
  MinutesStatus,
} from '../../shared/agendas.enums';
import type { CaseType, StepStatus } from '../../shared/cases.enums';

const AGENDA_NEXT: Record<AgendaStatus, readonly AgendaStatus[]> = {
  draft: ['inReview', 'published'],
  inReview: ['draft', 'published'],
  published: [],
};

const MINUTES_NEXT: Record<MinutesStatus, readonly MinutesStatus[]> = {
  draft: ['sentForApproval'],
  sentForApproval: ['approved'],
  approved: [],
};

/** True when the agenda may go from `from` to `to` (review is optional; publishing is final). */
export function canMoveAgenda(from: AgendaStatus, to: AgendaStatus): boolean {
  return AGENDA_NEXT[from].includes(to);
}

/** True when the minutes may go from `from` to `to`. */
export function canMoveMinutes(from: MinutesStatus, to: MinutesStatus): boolean {
  return MINUTES_NEXT[from].includes(to);
}

/** Items may be added, changed, moved or removed until the agenda is published. */
export function isAgendaEditable(status: AgendaStatus): boolean {
  return status !== 'published';
}

/** Decisions may be recorded once the agenda is published and until the minutes are sent. */
export function areMinutesEditable(agenda: AgendaStatus, minutes: MinutesStatus): boolean {
  return agenda === 'published' && minutes === 'draft';
}

/**
 * The minutes are approved when every eligible member (a member of the forum on the meeting
 * date with a user account) has approved; null while someone is still missing, and also when
 * nobody is eligible (then only closing the approval ends it).
 */
export function approvalOutcome(
  eligiblePersonIds: readonly string[],
  approvedPersonIds: readonly string[],
): MinutesApprovalEnding | null {
  if (eligiblePersonIds.length === 0) return null;
  const approved = new Set(approvedPersonIds);
  return eligiblePersonIds.every((id) => approved.has(id)) ? 'allApproved' : null;
}

/**
 * Moves `id` to the 1-based `position` in `order` and returns the new order; the others keep
 * their relative order. Null when `id` is not in the order or the position is out of range.
 */
export function moveInOrder(
  order: readonly string[],
  id: string,
  position: number,
): string[] | null {
  if (!order.includes(id) || position < 1 || position > order.length) return null;
  const rest = order.filter((x) => x !== id);
  return [...rest.slice(0, position - 1), id, ...rest.slice(position - 1)];
}

const FROM_STEP: Record<StepStatus, AgendaItemStatus> = {
  planned: 'planned',
  onAgenda: 'planned',
  recommended: 'recommended',
  decided: 'decided',
  returned: 'sentBack',
  skipped: 'skipped',
  withdrawn: 'withdrawn',
  // A return step on an agenda is an orientation item: noted at the meeting (issue 12).
  toNote: 'planned',
  noted: 'decided',
};

/** The status of an item carrying a case step: read from the step (one trail). */
export function itemStatusFromStep(status: StepStatus): AgendaItemStatus {
  return FROM_STEP[status];
}

/** The status of a free item: from its own recommendation and decision. */
export function freeItemStatus(item: {
  recommendation: string | null;
  decision: string | null;
}): AgendaItemStatus {
  if (item.decision !== null) return 'decided';
  return item.recommendation !== null ? 'recommended' : 'planned';
}

/**
 * The numbers of decision items that still await a decision; the minutes cannot be sent for
 * approval before each is decided (or sent back, skipped, withdrawn).
 */
export function undecidedItems(
  items: readonly { number: number; type: CaseType; status: AgendaItemStatus }[],
): number[] {
  return items
    .filter((i) => i.type === 'decision' && (i.status === 'planned' || i.status === 'recommended'))
    .map((i) => i.number);
}
