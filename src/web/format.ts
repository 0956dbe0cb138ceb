/**
 * Danish formatting: dates and times in Europe/Copenhagen through Intl (e.g. "fredag den
 * 5. juni 2026 kl. 14.00"), and Danish sort order (Æ, Ø, Å after Z; "Aa" sorts as Å).
 * English uses British conventions (day before month, 24-hour clock).
 */
import type { Language } from '../shared/i18n/index';

/** The time zone every time is shown in, wherever the user's computer is. */
export const TIME_ZONE = 'Europe/Copenhagen';

const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/** The BCP 47 locale used for a UI language. */
export function localeOf(language: Language): string {
  return LOCALES[language];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(localeOf(language), options);
    formatters.set(key, f);
  }
  return f;
}

function toDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** Weekday, date and time: "fredag den 5. juni 2026 kl. 14.00". */
export function formatDateTime(value: string | Date, language: Language): string {
  return formatter(language, { dateStyle: 'full', timeStyle: 'short', timeZone: TIME_ZONE }).format(
    toDate(value),
  );
}

/** Date and time without the weekday, for tables: "5. juni 2026 kl. 14.00". */
export function formatDateTimeCompact(value: string | Date, language: Language): string {
  return formatter(language, { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(
    toDate(value),
  );
}

/** The time of day: "14.00". */
export function formatTime(value: string | Date, language: Language): string {
  return formatter(language, { timeStyle: 'short', timeZone: TIME_ZONE }).format(toDate(value));
}

/**
 * A calendar date (`YYYY-MM-DD`, already a Danish date): "fredag den 5. juni 2026". It is read
 * at noon UTC and formatted in UTC, so no time zone can move it to another day.
 */
export function formatDate(isoDate: string, language: Language): string {
  return formatter(language, { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}

/** A date in short form ("1. apr. 2026"), for chart axes; same UTC-noon rule as formatDate. */
export function formatDateShort(isoDate: string, language: Language): string {
  return formatter(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}

/**
 * A date with a short weekday ("man. 23. nov. 2026"), for table columns that must stay narrow at
 * a laptop's width; same UTC-noon rule as formatDate.
 */
export function formatDateCompact(isoDate: string, language: Language): string {
  return formatter(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

const collators = new Map<Language, Intl.Collator>();

/** A collator for the language (Danish: Æ, Ø, Å last; case and accents nearly ignored). */
export function collatorFor(language: Language = 'da'): Intl.Collator {
  let c = collators.get(language);
  if (!c) {
    c = new Intl.Collator(localeOf(language), { sensitivity: 'base', numeric: true });
    collators.set(language, c);
  }
  return c;
}

/** Compares two strings in Danish order. */
export function compareDanish(a: string, b: string): number {
  return collatorFor('da').compare(a, b);
}

/** A sorted copy, by the text `key` picks, in Danish order (stable for equal texts). */
export function sortDanish<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareDanish(key(a), key(b)));
}
