/** Turning any error into a sentence for the user, in the current language. */
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import type { Language } from '../../shared/i18n/index';
import { i18n, languageOf } from './i18n';

/** The server's own words when it sent a problem, else a general sentence. */
export function describeError(error: unknown, language: Language): string {
  if (error instanceof ApiError) {
    if (error.code === 'network') return i18n.t('common:errors.network', { lng: language });
    const text = error.textIn(language);
    if (text) return text;
  }
  return i18n.t('common:errors.unexpected', { lng: language });
}

/** `describeError` in the current language (re-renders when the language changes). */
export function useErrorText(): (error: unknown) => string {
  const { i18n: instance } = useTranslation();
  const language = languageOf(instance);
  return (error) => describeError(error, language);
}

/** A field's error from an ApiError, in the current language. */
export function useFieldError(error: unknown): (path: string) => string | undefined {
  const { i18n: instance } = useTranslation();
  const language = languageOf(instance);
  return (path) => (error instanceof ApiError ? error.fieldError(path, language) : undefined);
}
