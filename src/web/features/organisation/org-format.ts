/** Small formatting helpers of the organisation pages (dates, bilingual texts, periods). */
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/i18n/index';
import { languageOf } from '../../app/i18n';
import { formatDate, localeOf } from '../../format';

const dayFormats = new Map<Language, Intl.DateTimeFormat>();

/** A calendar date without the weekday, for tables: "5. juni 2026". */
export function formatDay(isoDate: string, language: Language): string {
  let f = dayFormats.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' });
    dayFormats.set(language, f);
  }
  return f.format(new Date(`${isoDate}T12:00:00Z`));
}

/** A text in both languages. */
export interface Bilingual {
  da: string;
  en: string;
}

/** Formatters bound to the current language. */
export interface OrgFormat {
  language: Language;
  /** "5. juni 2026". */
  day: (isoDate: string) => string;
  /** "fredag den 5. juni 2026". */
  longDay: (isoDate: string) => string;
  /** The text in the current language. */
  text: (value: Bilingual) => string;
  /** A number with Danish digit grouping. */
  number: (value: number) => string;
}

/** The organisation formatters in the current language. */
export function useOrgFormat(): OrgFormat {
  const { i18n } = useTranslation();
  const language = languageOf(i18n);
  const numbers = new Intl.NumberFormat(localeOf(language));
  return {
    language,
    day: (d) => formatDay(d, language),
    longDay: (d) => formatDate(d, language),
    text: (value) => value[language],
    number: (n) => numbers.format(n),
  };
}
