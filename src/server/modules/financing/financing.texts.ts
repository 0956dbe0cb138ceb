/** Danish and English texts of the financing module and its errors (the `financing` namespace). */
import { translate, type TranslateParams } from '../../../shared/i18n/translate';
import type { ProblemCode } from '../../../shared/problem';
import { AppError, notFound, type Text } from '../../platform/errors';

/** The text of `key` in the financing namespace, in Danish and English. */
export function financingText(key: string, params: TranslateParams = {}): Text {
  return {
    da: translate('financing', key, 'da', params),
    en: translate('financing', key, 'en', params),
  };
}

/** An AppError worded from `financing.errors.<key>`. */
export function financingError(
  problem: ProblemCode,
  key: string,
  params: TranslateParams = {},
): AppError {
  return new AppError(problem, financingText(`errors.${key}`, params), {
    extra: { code: `financing.errors.${key}`, params },
  });
}

/** 404 for a scenario. */
export function scenarioNotFound(): AppError {
  return notFound(financingText('errors.notFound'));
}
