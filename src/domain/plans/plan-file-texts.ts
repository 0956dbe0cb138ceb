/**
 * The Danish and English texts of plan files (i18n namespace `planFiles`, through the shared
 * `translate`), and the one shape of a row's problem (`FileRowError`).
 */
import { translate, type TranslateParams } from '../../shared/i18n/translate';
import type { FileRowError } from '../../shared/plan-indicators.contract';

export type TextParams = TranslateParams;

/** A text of the namespace in both languages. */
export function planFileText(key: string, params: TextParams = {}): { da: string; en: string } {
  return {
    da: translate('planFiles', key, 'da', params),
    en: translate('planFiles', key, 'en', params),
  };
}

/** One text in one language. */
export function planFileTextIn(lang: 'da' | 'en', key: string, params: TextParams = {}): string {
  return planFileText(key, params)[lang];
}

/** A row's problem: `errors.<kind>` with the row number as the sheet shows it. */
export function rowError(
  sheet: string | null,
  row: number,
  column: string | null,
  kind: string,
  params: TextParams = {},
): FileRowError {
  const text = planFileText(`errors.${kind}`, { row, column: column ?? '', ...params });
  return { sheet, row, column, message: text.da, messageEn: text.en };
}

/** A text cell as the sheet holds it, trimmed (null/undefined = empty). */
export function cellText(value: string | undefined | null): string {
  return (value ?? '').replace(/\u00a0/g, ' ').trim();
}
