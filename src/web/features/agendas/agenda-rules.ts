/**
 * What the agenda page offers in each state (mirrors the server's rules so the page only shows
 * what will work; the server still decides). Pure, so it is unit-tested.
 */
import type { Agenda } from '../../../shared/agendas.contract';

/** The actions a viewer may see for an agenda. */
export interface AgendaAbilities {
  /** Add, change, order and remove items (draft or in review). */
  build: boolean;
  sendForReview: boolean;
  publish: boolean;
  /** Comment on the draft (a chosen reviewer or the secretariat, while in review). */
  comment: boolean;
  /** Record decisions and recommendations (published, minutes still a draft). */
  decide: boolean;
  sendMinutes: boolean;
  /** Approve the minutes (an eligible member who has not approved yet). */
  approve: boolean;
  /** Close the approval early (the secretariat; chairs too, server-checked). */
  closeApproval: boolean;
}

/** The abilities of a viewer: secretariat or not, and their person (if linked) and user id. */
export function abilitiesOf(
  agenda: Agenda,
  viewer: { secretariat: boolean; userId: string; personId: string | null; chair: boolean },
): AgendaAbilities {
  const editable = agenda.status !== 'published';
  const reviewer = agenda.reviewers.some((r) => r.userId === viewer.userId);
  const minutesDraft = agenda.status === 'published' && agenda.minutesStatus === 'draft';
  const approving = agenda.status === 'published' && agenda.minutesStatus === 'sentForApproval';
  const mine = viewer.personId
    ? agenda.approvals.find((a) => a.personId === viewer.personId)
    : undefined;
  return {
    build: viewer.secretariat && editable,
    sendForReview: viewer.secretariat && agenda.status === 'draft',
    publish: viewer.secretariat && editable,
    comment: agenda.status === 'inReview' && (reviewer || viewer.secretariat),
    decide: viewer.secretariat && minutesDraft,
    sendMinutes: viewer.secretariat && minutesDraft,
    approve: approving && mine !== undefined && mine.approvedAt === null,
    closeApproval: approving && (viewer.secretariat || viewer.chair),
  };
}

/** The position an item moves to (1-based), or null when it cannot move that way. */
export function targetPosition(index: number, count: number, direction: -1 | 1): number | null {
  const target = index + direction;
  return target < 0 || target >= count ? null : target + 1;
}
