/**
 * The consultations domain: internal deadlines of a joint consultation response, the parties'
 * positions, and the consolidated draft's versions with a word diff. Pure: no I/O.
 */
export {
  checkConsultationFora,
  computeConsultationDeadlines,
  contributionOpen,
  type ConsultationDeadlineError,
  type ConsultationDeadlineInput,
  type ConsultationDeadlines,
  type ConsultationDeadlineStep,
} from './deadlines';
export {
  checkPosition,
  CONSULTATION_POSITIONS,
  DISSENT_MAX,
  summarisePositions,
  type ConsultationPosition,
  type PartyStand,
  type PositionError,
  type PositionSummary,
} from './positions';
export { diffAfter, diffBefore, nextVersionNumber, wordDiff, type DiffSegment } from './versions';
