/** The pilots module's problems, worded from the shared `pilots` i18n namespace (da + en). */
import type { PilotRefusal } from '../../../domain/pilots/index';
import { translate, type TranslateParams } from '../../../shared/i18n/translate';
import type { ProblemCode } from '../../../shared/problem';
import { AppError, type Text } from '../../platform/errors';

/** The text of `key` in the pilots namespace, in Danish and English. */
export function pilotText(key: string, params: TranslateParams = {}): Text {
  return { da: translate('pilots', key, 'da', params), en: translate('pilots', key, 'en', params) };
}

/** An AppError worded from `pilots.errors.<key>`; the key and params go into `extra`. */
export function pilotError(
  problem: ProblemCode,
  key: string,
  params: TranslateParams = {},
): AppError {
  return new AppError(problem, pilotText(`errors.${key}`, params), {
    extra: { code: `pilots.errors.${key}`, params },
  });
}

const CONFLICTS = new Set(['spreadSameStatus', 'spreadBeforePrevious', 'noScaleUp']);

/** The problem for a refusal of the pilot rules: a clash with state 409, else 422. */
export function pilotDomainError(error: PilotRefusal): AppError {
  return pilotError(
    CONFLICTS.has(error.code) ? 'conflict' : 'unprocessable',
    error.code,
    error.params,
  );
}
