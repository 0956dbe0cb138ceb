/** Texts of the newsletters module (the shared `newsletters` namespace) and its refusals. */
import type { Language } from '../../../shared/i18n/index';
import { translate, type TranslateParams } from '../../../shared/i18n/translate';
import type { ProblemCode } from '../../../shared/problem';
import { AppError, notFound, type Text } from '../../platform/errors';

/** The text of `key` in the newsletters namespace, in Danish and English. */
export function newsletterText(key: string, params: TranslateParams = {}): Text {
  return {
    da: translate('newsletters', key, 'da', params),
    en: translate('newsletters', key, 'en', params),
  };
}

/** The text of `key` in one language. */
export function newsletterTextIn(
  lang: Language,
  key: string,
  params: TranslateParams = {},
): string {
  return translate('newsletters', key, lang, params);
}

/** An AppError worded from `newsletters.errors.<key>`. */
export function newsletterError(problem: ProblemCode, key: string): AppError {
  return new AppError(problem, newsletterText(`errors.${key}`), {
    extra: { code: `newsletters.errors.${key}` },
  });
}

/** 404 for a newsletter. */
export const newsletterNotFound = (): AppError => notFound(newsletterText('things.newsletter'));
