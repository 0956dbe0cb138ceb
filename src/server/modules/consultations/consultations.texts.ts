/**
 * The consultations module's Danish and English texts, rendered on the server from the shared
 * `consultations` namespace (ISO dates written the Danish way: "12. marts 2026"), and its
 * problem+json errors.
 */
import { DateTime } from 'luxon';
import { consultations as ns } from '../../../shared/i18n/consultations';
import type { TranslationTree } from '../../../shared/i18n/index';
import type { ProblemCode } from '../../../shared/problem';
import { AppError, type Text } from '../../platform/errors';

/** Interpolation values of a text. */
export type TextParams = Readonly<Record<string, string | number>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO date written out: "12. marts 2026" / "12 March 2026". */
export function longDate(iso: string, lang: 'da' | 'en'): string {
  const date = DateTime.fromISO(iso, { locale: lang === 'da' ? 'da-DK' : 'en-GB' });
  return date.isValid ? date.toFormat(lang === 'da' ? 'd. MMMM yyyy' : 'd MMMM yyyy') : iso;
}

function lookup(tree: TranslationTree, key: string): string {
  let node: string | TranslationTree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : key;
}

function interpolate(text: string, params: TextParams, lang: 'da' | 'en'): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'string' && ISO_DATE.test(value)
      ? longDate(value, lang)
      : String(value);
  });
}

/** The text of `key` (dotted) in one language. */
export function textIn(lang: 'da' | 'en', key: string, params: TextParams = {}): string {
  const tree = ns[lang] as unknown as TranslationTree;
  return interpolate(lookup(tree, key), params, lang);
}

/** The text of `key` in Danish and English. */
export function textOf(key: string, params: TextParams = {}): Text {
  return { da: textIn('da', key, params), en: textIn('en', key, params) };
}

/** A problem+json error worded from `errors.<key>`; the key and params go into `extra`. */
export function consultationError(
  problem: ProblemCode,
  key: string,
  params: TextParams = {},
): AppError {
  return new AppError(problem, textOf(`errors.${key}`, params), {
    extra: { code: `consultation.${key}`, params },
  });
}
