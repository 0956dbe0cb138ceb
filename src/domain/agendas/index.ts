/**
 * The agendas domain: the single visibility rule for closed items and confidential cases
 * (every channel serves what it returns), and the agenda and minutes life cycles. Pure: no I/O.
 */
export {
  agendaItemView,
  caseRestrictions,
  caseView,
  distinctRestrictions,
  hiddenStepIds,
  isCleared,
  itemRestriction,
  mayViewAttachments,
  mayViewCase,
  restrictionKey,
  restrictionsOfCases,
  reviewCommentView,
  stepRestriction,
  type CaseVisibility,
  type Clearance,
  type Restriction,
  type StepVisibility,
} from './visibility';
export {
  approvalOutcome,
  areMinutesEditable,
  canMoveAgenda,
  canMoveMinutes,
  freeItemStatus,
  isAgendaEditable,
  itemStatusFromStep,
  moveInOrder,
  undecidedItems,
} from './agenda-state';
export { isOffered, placementOffer, type PlacementOffer, type StepPlacement } from './placement';
export {
  decisionRefusal,
  isMeetingHeld,
  statusWhenMinutesWritten,
  type HeldFacts,
  type NotHeldReason,
} from './meeting-held';
