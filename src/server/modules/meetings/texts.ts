/**
 * Danish and English texts for warnings, rendered on the server from the shared `meetings`
 * i18n namespace, so the API and the web app word them alike. Dates are formatted per language.
 */
import { DateTime } from 'luxon';
import type { Bilingual } from '../../../shared/meetings.contract';
import { meetings as ns } from '../../../shared/i18n/meetings';
import type { TranslationTree } from '../../../shared/i18n/index';

/**
 * Interpolation values of a text: ISO dates are formatted per language, a {@link Bilingual}
 * value gives each language its own words (e.g. a holiday's name).
 */
export type TextParams = Readonly<Record<string, string | number | Bilingual>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function lookup(tree: TranslationTree, key: string): string {
  let node: string | TranslationTree | undefined = tree;
  for (const part of key.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  return typeof node === 'string' ? node : key;
}

const LOCALE = { da: 'da-DK', en: 'en-GB' } as const;

function formatValue(value: string | number | Bilingual, lang: 'da' | 'en'): string {
  if (typeof value === 'object') return value[lang];
  if (typeof value === 'number' || !ISO_DATE.test(value)) return String(value);
  const dt = DateTime.fromISO(value, { locale: LOCALE[lang] });
  return dt.isValid ? dt.toFormat(lang === 'da' ? 'd. MMMM yyyy' : 'd MMMM yyyy') : value;
}

function interpolate(text: string, params: TextParams, lang: 'da' | 'en'): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : formatValue(value, lang);
  });
}

/** A day with its weekday: "tirsdag den 7. april" / "Tuesday 7 April" (optionally with year). */
export function weekdayDate(date: string, withYear = false): Bilingual {
  const year = withYear ? ' yyyy' : '';
  return {
    da: DateTime.fromISO(date, { locale: LOCALE.da }).toFormat(`cccc 'den' d. MMMM${year}`),
    en: DateTime.fromISO(date, { locale: LOCALE.en }).toFormat(`cccc d MMMM${year}`),
  };
}

/** The month of a day: "juli 2026" / "July 2026". */
export function monthOf(date: string): Bilingual {
  return {
    da: DateTime.fromISO(date, { locale: LOCALE.da }).toFormat('MMMM yyyy'),
    en: DateTime.fromISO(date, { locale: LOCALE.en }).toFormat('MMMM yyyy'),
  };
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
