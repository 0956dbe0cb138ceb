/**
 * The Danish and English texts of plan files (i18n namespace `planFiles`), looked up without
 * i18next, and the one shape of a row's problem (`FileRowError`).
 */
import { planFiles } from '../../shared/i18n/plan-files';
import type { TranslationTree } from '../../shared/i18n/index';
import type { FileRowError } from '../../shared/plan-indicators.contract';

export type TextParams = Readonly<Record<string, string | number>>;

function lookup(tree: TranslationTree, key: string): string {
  let node: string | TranslationTree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : key;
}

function interpolate(text: string, params: TextParams): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A text of the namespace in both languages. */
export function planFileText(key: string, params: TextParams = {}): { da: string; en: string } {
  return {
    da: interpolate(lookup(planFiles.da as TranslationTree, key), params),
    en: interpolate(lookup(planFiles.en as unknown as TranslationTree, key), params),
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
