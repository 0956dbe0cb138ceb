/**
 * Looking up a text outside React (server-rendered documents and e-mails): the same
 * namespaces and `{{variable}}` interpolation as i18next, without i18next.
 */
import { NAMESPACES, type Language, type NamespaceName, type TranslationTree } from './index';

/** Interpolation values. */
export type TranslateParams = Readonly<Record<string, string | number>>;

/** The text at the dotted `key` of namespace `ns` in `lang`, interpolated; the key if missing. */
export function translate(
  ns: NamespaceName,
  key: string,
  lang: Language,
  params: TranslateParams = {},
): string {
  let node: string | TranslationTree | undefined = NAMESPACES[ns][lang] as TranslationTree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  const text = typeof node === 'string' ? node : key;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** A translator bound to one namespace and language. */
export function translator(
  ns: NamespaceName,
  lang: Language,
): (key: string, params?: TranslateParams) => string {
  return (key, params) => translate(ns, key, lang, params);
}
