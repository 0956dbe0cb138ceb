/**
 * Danish and English texts for warnings, rendered on the server from the shared `meetings`
 * i18n namespace, so the API and the web app word them alike. Dates are formatted per language.
 */
import { DateTime } from 'luxon';
import type { Bilingual } from '../../../shared/meetings.contract';
import { meetings as ns } from '../../../shared/i18n/meetings';
import type { TranslationTree } from '../../../shared/i18n/index';

/** Interpolation values of a text. */
export type TextParams = Readonly<Record<string, string | number>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function lookup(tree: TranslationTree, key: string): string {
  let node: string | TranslationTree | undefined = tree;
  for (const part of key.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  return typeof node === 'string' ? node : key;
}

function formatValue(value: string | number, lang: 'da' | 'en'): string {
  if (typeof value === 'number' || !ISO_DATE.test(value)) return String(value);
  const dt = DateTime.fromISO(value, { locale: lang === 'da' ? 'da-DK' : 'en-GB' });
  return dt.isValid ? dt.toFormat(lang === 'da' ? 'd. MMMM yyyy' : 'd MMMM yyyy') : value;
}

function interpolate(text: string, params: TextParams, lang: 'da' | 'en'): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatValue(value, lang);
  });
}

/** The text of `key` (dotted, in the `meetings` namespace) in both languages. */
export function renderText(key: string, params: TextParams = {}): Bilingual {
  return {
    da: interpolate(lookup(ns.da, key), params, 'da'),
    en: interpolate(lookup(ns.en as TranslationTree, key), params, 'en'),
  };
}

/** Joins texts with a space, per language. */
export function joinTexts(...texts: Bilingual[]): Bilingual {
  return { da: texts.map((t) => t.da).join(' '), en: texts.map((t) => t.en).join(' ') };
}
