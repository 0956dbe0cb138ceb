/**
 * i18next for the web app: every namespace from src/shared/i18n, Danish by default, English on
 * request. The language shown is the logged-in user's stored choice, else this browser's last
 * choice (localStorage), else Danish; `<html lang>` always follows it.
 */
import i18next, { type ParseKeys } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  buildResources,
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGES,
  NAMESPACES,
  type Language,
  type NamespaceName,
  type Resources,
} from '../../shared/i18n/index';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Resources;
  }
}

/** Any translation key, written `namespace:key` (e.g. `audit:title`). */
export type TranslationKey = Extract<ParseKeys<NamespaceName[]>, `${NamespaceName}:${string}`>;

/** Every namespace, for `useTranslation(ALL_NAMESPACES)` where keys of any namespace are used. */
export const ALL_NAMESPACES = Object.keys(NAMESPACES) as NamespaceName[];

const STORAGE_KEY = 'samspil.language';

/** The language this browser last used, or Danish. */
export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** Remembers the language in this browser (used on the login page and before login). */
export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/** The app's i18next instance. */
export const i18n = i18next.createInstance();

/** Initialises i18next synchronously (all texts are bundled) and keeps `<html lang>` in step. */
export function initI18n(): void {
  void i18n.use(initReactI18next).init({
    resources: buildResources(),
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(NAMESPACES),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = i18n.language;
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
}

/** The current language as a `Language`. */
export function languageOf(instance: { language: string | undefined }): Language {
  return isLanguage(instance.language) ? instance.language : DEFAULT_LANGUAGE;
}
