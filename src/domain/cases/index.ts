/**
 * The cases domain: the case route state machine (up the fora and back down), its timeline,
 * and recurrence screening for the officials' committee. Pure: no I/O. Other layers import from
 * here only.
 */
export {
  CaseErrorSchema,
  CaseEventSchema,
  CaseSchema,
  CaseStepSchema,
  type Case,
  type CaseError,
  type CaseEvent,
  type CaseResult,
  type CaseStep,
  type TransitionContext,
} from './types';
export { caseStatus, currentStep, isPendingStatus, isReturnStep } from './case-helpers';
export {
  noteReturn,
  openReturnSteps,
  returnIfDone,
  setReturnMode,
  trailStops,
  type TrailStop,
} from './trail';
export {
  createCase,
  placeOnAgenda,
  recordDecision,
  recordRecommendation,
  skipStep,
  type NewCaseInput,
} from './route';
export {
  addStep,
  carryOver,
  escalatableStepId,
  escalate,
  sendBack,
  withdraw,
} from './route-changes';
export {
  decisionsBack,
  returnedTo,
  timeline,
  type CaseDirection,
  type TimelineEntry,
} from './timeline';
export {
  caseSimilarity,
  DANISH_STOP_WORDS,
  DEFAULT_SIMILARITY_THRESHOLD,
  jaccard,
  normaliseForScreening,
  recurringAcrossClusters,
  screeningReasons,
  similarCases,
  trigrams,
  type RecurringGroup,
  type ScreeningCase,
  type SimilarCase,
} from './screening';
