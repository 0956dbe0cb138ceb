/**
 * Where a waiting case can go from the agenda being built: what the "add a case" offer may list
 * for a case's current step and what placing it does. Pure: no I/O.
 *
 * A step not on any agenda is placed. A step standing on another meeting whose agenda is still
 * being prepared (draft or in review) can be moved here: the secretariat confirms the move, the
 * item leaves the other agenda, and the step (with any recommendation already written) follows.
 * A step on a published agenda stays where it is: that agenda went out to the forum and is final.
 */
import type { AgendaStatus } from '../../shared/agendas.enums';
import type { StepStatus } from '../../shared/cases.enums';
import { isAgendaEditable } from './agenda-state';

/** Where the step stands now: the meeting its item is on and that agenda's status. */
export interface StepPlacement {
  meetingId: string;
  agendaStatus: AgendaStatus;
}

/**
 * The offer for one step on the agenda of `meetingId`:
 * - `place`: not on any agenda; it is added;
 * - `move`: on another agenda still being prepared; it can be moved here (confirmed);
 * - `here`: already on this agenda;
 * - `locked`: on another, published agenda, so it cannot be moved;
 * - `done`: the step no longer waits (decided, sent back, skipped or withdrawn).
 */
export type PlacementOffer = 'place' | 'move' | 'here' | 'locked' | 'done';

/** Pending steps, and return steps still to note (an orientation item, issue 12). */
const WAITING: readonly StepStatus[] = ['planned', 'onAgenda', 'recommended', 'toNote'];

/** The offer for a step with `status`, standing at `placement` (null: on no agenda). */
export function placementOffer(
  meetingId: string,
  status: StepStatus,
  placement: StepPlacement | null,
): PlacementOffer {
  if (!WAITING.includes(status)) return 'done';
  if (placement === null) return 'place';
  if (placement.meetingId === meetingId) return 'here';
  return isAgendaEditable(placement.agendaStatus) ? 'move' : 'locked';
}

/** True when the offer can be acted on from this agenda (listed in the "add a case" offer). */
export function isOffered(offer: PlacementOffer): boolean {
  return offer === 'place' || offer === 'move';
}
