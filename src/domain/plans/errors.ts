/**
 * The plan domain's refusals: a code (an i18n key under `plans.errors.*`) and its parameters.
 * The server maps each code to a problem (422 for bad input, 409 for a clash with state).
 */

/** Every refusal of the plan domain. */
export const PLAN_ERROR_CODES = [
  'statusTransition',
  'adoptionDecisionMissing',
  'visionNotAtRoot',
  'goalParentLevel',
  'subGoalParentLevel',
  'goalCycle',
  'goalParentUnknown',
  'goalCodeTaken',
  'initiativeNumberTaken',
  'participantUnknown',
  'participantTwice',
  'yearPriorityTwice',
  'yearOutsidePeriod',
  'milestoneDueOutside',
  'milestoneCompletedWithoutDate',
  'scaleTooShort',
  'scaleTooLong',
  'scaleKeyTwice',
  'scaleScoreRange',
  'degreeNotInScale',
  'notASubject',
  'periodOrder',
  'endBeforeStart',
] as const;
export type PlanErrorCode = (typeof PLAN_ERROR_CODES)[number];

/** A refusal with the values its text needs. */
export interface PlanError {
  code: PlanErrorCode;
  params: Record<string, string | number>;
}

/** Ok, or the refusal. */
export type PlanResult<T> = { ok: true; value: T } | { ok: false; error: PlanError };

export function ok<T>(value: T): PlanResult<T> {
  return { ok: true, value };
}

export function refuse<T = never>(
  code: PlanErrorCode,
  params: Record<string, string | number> = {},
): PlanResult<T> {
  return { ok: false, error: { code, params } };
}
