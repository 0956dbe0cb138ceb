/**
 * Danish and English texts of the plans module (from the shared `plans` i18n namespace) and the
 * mapping of the domain's refusals to problem+json errors: bad input 422, a clash with state 409.
 */
import type { PlanError, PlanErrorCode } from '../../../domain/plans/index';
import { labelParams } from '../../../shared/i18n/problem-params';
import { translate, type TranslateParams } from '../../../shared/i18n/translate';
import type { ProblemCode } from '../../../shared/problem';
import { AppError, notFound, type Text } from '../../platform/errors';

type Params = TranslateParams;

/** The text of `key` in the plans namespace, in Danish and English. */
export function planText(key: string, params: Params = {}): Text {
  return {
    da: translate('plans', key, 'da', labelParams('plans', key, params, 'da')),
    en: translate('plans', key, 'en', labelParams('plans', key, params, 'en')),
  };
}

/** An AppError worded from `plans.errors.<key>`; the key and params go into `extra`. */
export function planError(problem: ProblemCode, key: string, params: Params = {}): AppError {
  return new AppError(problem, planText(`errors.${key}`, params), {
    extra: { code: `plans.errors.${key}`, params },
  });
}

const CONFLICTS: ReadonlySet<PlanErrorCode> = new Set([
  'statusTransition',
  'goalCodeTaken',
  'initiativeNumberTaken',
]);

/** The problem for a refusal of the plan domain. */
export function planDomainError(error: PlanError): AppError {
  return planError(
    CONFLICTS.has(error.code) ? 'conflict' : 'unprocessable',
    error.code,
    error.params,
  );
}

/** Unwraps a domain result or throws its problem. */
export function must<T>(result: { ok: true; value: T } | { ok: false; error: PlanError }): T {
  if (!result.ok) throw planDomainError(result.error);
  return result.value;
}

/** A 404 of one kind of thing (`plans.things.<thing>`). */
export function planNotFound(thing: string): AppError {
  return notFound(planText(`things.${thing}`));
}
