/** Danish (or English) dates, times and week numbers in the current language. */
import { useTranslation } from 'react-i18next';
import { languageOf } from '../../app/i18n';
import {
  formatDate,
  formatDateCompact,
  formatDateShort,
  formatDateTime,
  formatDateTimeCompact,
  formatTime,
} from '../../format';
import type { Language } from '../../../shared/i18n/index';
import { isoWeek } from './meeting-time';

/** The formatters of the meetings, cases and agendas pages. */
export interface MeetingFormat {
  language: Language;
  /** "fredag den 5. juni 2026 kl. 14.00" */
  dateTime: (iso: string) => string;
  /** "5. juni 2026 kl. 14.00" */
  dateTimeCompact: (iso: string) => string;
  /** "fredag den 5. juni 2026" (a Danish calendar date) */
  date: (isoDate: string) => string;
  /** "fre. 5. jun. 2026", for narrow table columns */
  dateCompact: (isoDate: string) => string;
  /** "5. jun. 2026", for narrow table columns */
  dateShort: (isoDate: string) => string;
  /** "14.00" */
  time: (iso: string) => string;
  /** The ISO week number. */
  week: (isoDate: string) => number;
}

/** Formatters that follow the language switch. */
export function useMeetingFormat(): MeetingFormat {
  const { i18n } = useTranslation();
  const language = languageOf(i18n);
  return {
    language,
    dateTime: (iso) => formatDateTime(iso, language),
    dateTimeCompact: (iso) => formatDateTimeCompact(iso, language),
    date: (isoDate) => formatDate(isoDate, language),
    dateCompact: (isoDate) => formatDateCompact(isoDate, language),
    dateShort: (isoDate) => formatDateShort(isoDate, language),
    time: (iso) => formatTime(iso, language),
    week: isoWeek,
  };
}
