/** Danish and English texts of the rounds module, from the shared `planRounds` namespace. */
import { translate, type TranslateParams } from '../../../shared/i18n/translate';
import type { ProblemCode } from '../../../shared/problem';
import { AppError, type Text } from '../../platform/errors';

/** The text of a `planRounds` key in both languages. */
export function roundText(key: string, params: TranslateParams = {}): Text {
  return {
    da: translate('planRounds', key, 'da', params),
    en: translate('planRounds', key, 'en', params),
  };
}

/** A problem+json error worded from `planRounds.errors.<code>`. */
export function roundError(
  problem: ProblemCode,
  code: string,
  params: TranslateParams = {},
): AppError {
  return new AppError(problem, roundText(`errors.${code}`, params), {
    extra: { code: `planRounds.${code}`, params },
  });
}
