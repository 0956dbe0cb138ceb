/**
 * Field-level authorisation of closed agenda items and confidential cases (ASVS 8.2.3), in ONE
 * place. A closed item's title, body, recommendation, decision and attachments are visible only
 * to the forum's members on the meeting date; everyone else gets a placeholder ("Lukket punkt",
 * the item number) and nothing else. A confidential case follows the same rule through the fora
 * on its route. Pure: the server works out which restrictions a viewer passes (its clearance)
 * and every channel (API, search, exports, ICS, e-mail) serves what these functions return.
 */
import type {
  AgendaItemView,
  ReviewComment,
  VisibleAgendaItem,
} from '../../shared/agendas.contract';
import type {
  CaseDetail,
  CaseStepView,
  TimelineEntryView,
  VisibleCase,
} from '../../shared/cases.contract';
import type { IsoDate } from '../../shared/dates';

/** Who may see restricted content: the members of forum `forumId` on day `on`. */
export interface Restriction {
  forumId: string;
  on: IsoDate;
}

/** The key of a restriction in a {@link Clearance}. */
export function restrictionKey(r: Restriction): string {
  return `${r.forumId}|${r.on}`;
}

/** The keys of the restrictions one viewer passes; worked out by the server per request. */
export type Clearance = ReadonlySet<string>;

/** True when there is no restriction or the viewer passes it. */
export function isCleared(clearance: Clearance, restriction: Restriction | null): boolean {
  return restriction === null || clearance.has(restrictionKey(restriction));
}

/** The distinct restrictions of a list, for the server to resolve in one go. */
export function distinctRestrictions(list: readonly (Restriction | null)[]): Restriction[] {
  const byKey = new Map<string, Restriction>();
  for (const r of list) if (r) byKey.set(restrictionKey(r), r);
  return [...byKey.values()];
}

/** A closed item is restricted to its forum's members on the meeting date. */
export function itemRestriction(
  item: { closed: boolean },
  meeting: { forumId: string; date: IsoDate },
): Restriction | null {
  return item.closed ? { forumId: meeting.forumId, on: meeting.date } : null;
}

/** An agenda item as one viewer may see it: the item, or the closed-item placeholder. */
export function agendaItemView(
  item: VisibleAgendaItem,
  meeting: { forumId: string; date: IsoDate },
  clearance: Clearance,
): AgendaItemView {
  if (isCleared(clearance, itemRestriction(item, meeting))) return item;
  return { id: item.id, number: item.number, redacted: true, closed: true };
}

/** A review comment on a closed item the viewer may not see loses its text. */
export function reviewCommentView(
  comment: ReviewComment,
  hiddenItemIds: ReadonlySet<string>,
): ReviewComment {
  if (comment.itemId === null || !hiddenItemIds.has(comment.itemId)) return comment;
  return { ...comment, text: null, redacted: true };
}

/** What visibility needs to know about a case's steps. */
export interface StepVisibility {
  id: string;
  forumId: string;
  /** Treated in a closed agenda item. */
  closed: boolean;
  /** The date of the step's meeting, when placed on one. */
  meetingDate: IsoDate | null;
}

/** What visibility needs to know about a case. */
export interface CaseVisibility {
  confidential: boolean;
  raisedInForumId: string;
  raisedOn: IsoDate;
  steps: readonly StepVisibility[];
}

/** A step treated in a closed item is restricted to its forum's members on the meeting date. */
export function stepRestriction(step: StepVisibility, today: IsoDate): Restriction | null {
  return step.closed ? { forumId: step.forumId, on: step.meetingDate ?? today } : null;
}

/**
 * Who may see a confidential case: the members of the raising forum (when raised, and today)
 * and of every forum on its route (on its meeting date, or today while unplaced). Empty for a
 * case that is not confidential.
 */
export function caseRestrictions(c: CaseVisibility, today: IsoDate): Restriction[] {
  if (!c.confidential) return [];
  return distinctRestrictions([
    { forumId: c.raisedInForumId, on: c.raisedOn },
    { forumId: c.raisedInForumId, on: today },
    ...c.steps.map((s) => ({ forumId: s.forumId, on: s.meetingDate ?? today })),
  ]);
}

/** Every restriction that decides what a viewer sees of these cases. */
export function restrictionsOfCases(
  cases: readonly CaseVisibility[],
  today: IsoDate,
): Restriction[] {
  return distinctRestrictions(
    cases.flatMap((c) => [
      ...caseRestrictions(c, today),
      ...c.steps.map((s) => stepRestriction(s, today)),
    ]),
  );
}

/** True when the viewer may see the case at all (always, unless it is confidential). */
export function mayViewCase(c: CaseVisibility, clearance: Clearance, today: IsoDate): boolean {
  const restrictions = caseRestrictions(c, today);
  return restrictions.length === 0 || restrictions.some((r) => isCleared(clearance, r));
}

/** The ids of the steps whose closed treatment the viewer may not see. */
export function hiddenStepIds(
  c: CaseVisibility,
  clearance: Clearance,
  today: IsoDate,
): Set<string> {
  return new Set(
    c.steps.filter((s) => !isCleared(clearance, stepRestriction(s, today))).map((s) => s.id),
  );
}

function redactStep(step: CaseStepView): CaseStepView {
  return {
    ...step,
    meetingId: null,
    meeting: null,
    recommendation: null,
    decisionText: null,
    noteText: null,
    redacted: true,
  };
}

function redactEntry(entry: TimelineEntryView): TimelineEntryView {
  return { ...entry, meetingId: null, meeting: null, text: null, redacted: true };
}

/**
 * A case as one viewer may see it. A confidential case the viewer may not see becomes a
 * placeholder; otherwise every step treated in a closed item the viewer may not see loses its
 * recommendation, decision and meeting (id, title and time), so do the timeline entries of that
 * step, and the attachments are withheld (they were part of the closed item).
 */
export function caseView(
  full: VisibleCase,
  c: CaseVisibility,
  clearance: Clearance,
  today: IsoDate,
): CaseDetail {
  if (!mayViewCase(c, clearance, today)) return { id: full.id, redacted: true, confidential: true };
  const hidden = hiddenStepIds(c, clearance, today);
  // A decision that came back down (a return step) is hidden with the step that made it.
  for (const s of full.steps) if (s.returnOf !== null && hidden.has(s.returnOf)) hidden.add(s.id);
  if (hidden.size === 0) return full;
  const entry = (e: TimelineEntryView) =>
    e.stepId !== null && hidden.has(e.stepId) ? redactEntry(e) : e;
  return {
    ...full,
    steps: full.steps.map((s) => (hidden.has(s.id) ? redactStep(s) : s)),
    timeline: full.timeline.map(entry),
    returned: full.returned.map(entry),
    attachments: [],
  };
}

/** True when the viewer may download the case's attachments (see {@link caseView}). */
export function mayViewAttachments(
  c: CaseVisibility,
  clearance: Clearance,
  today: IsoDate,
): boolean {
  return mayViewCase(c, clearance, today) && hiddenStepIds(c, clearance, today).size === 0;
}
