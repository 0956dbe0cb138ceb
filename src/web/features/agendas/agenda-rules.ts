/**
 * What the agenda page offers in each state: the server's `viewer` block says what the viewer
 * may do (the same rules its endpoints enforce), so the page only shows what will work. Pure,
 * so it is unit-tested.
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
  /** Record decisions (published, minutes still a draft, the meeting held: issue 11). */
  decide: boolean;
  sendMinutes: boolean;
  /** Approve the minutes (an eligible member who has not approved yet). */
  approve: boolean;
  /** Close the approval early (the secretariat; chairs too, server-checked). */
  closeApproval: boolean;
}

/**
 * The abilities of the viewer, from the agenda's `viewer` block (decided on the server by the
 * rules its endpoints enforce) and, for the minutes' secretariat work, the account role.
 */
export function abilitiesOf(agenda: Agenda, secretariat: boolean): AgendaAbilities {
  const { viewer } = agenda;
  const minutesDraft =
    agenda.status === 'published' && agenda.minutesStatus === 'draft' && agenda.meetingHeld;
  return {
    build: viewer.mayEdit,
    sendForReview: viewer.mayEdit && agenda.status === 'draft',
    publish: viewer.mayEdit,
    comment: viewer.mayComment,
    decide: secretariat && minutesDraft,
    sendMinutes: secretariat && minutesDraft,
    approve: viewer.mayApprove,
    closeApproval: viewer.mayCloseApproval,
  };
}

/** The position an item moves to (1-based), or null when it cannot move that way. */
export function targetPosition(index: number, count: number, direction: -1 | 1): number | null {
  const target = index + direction;
  return target < 0 || target >= count ? null : target + 1;
}
