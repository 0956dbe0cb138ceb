/**
 * A meeting's time as people write it: "torsdag den 4. marts 2027 kl. 10.00–12.00" in Danish,
 * "Thursday 4 March 2027, 10:00–12:00" in English; always Danish time (Europe/Copenhagen).
 */
import { DateTime } from 'luxon';
import { ZONE } from './dates';

const FORMATS = {
  da: { day: "cccc 'den' d. MMMM yyyy", at: " 'kl.' ", time: 'HH.mm' },
  en: { day: 'cccc d MMMM yyyy', at: "', '", time: 'HH:mm' },
} as const;

/** The meeting's day and time span; a meeting over several days shows both ends in full. */
export function formatMeetingTime(startsAt: Date, endsAt: Date, lang: 'da' | 'en'): string {
  const f = FORMATS[lang];
  const locale = lang === 'da' ? 'da-DK' : 'en-GB';
  const start = DateTime.fromJSDate(startsAt).setZone(ZONE).setLocale(locale);
  const end = DateTime.fromJSDate(endsAt).setZone(ZONE).setLocale(locale);
  const full = `${f.day}${f.at}${f.time}`;
  if (!start.hasSame(end, 'day')) return `${start.toFormat(full)} – ${end.toFormat(full)}`;
  return `${start.toFormat(full)}–${end.toFormat(f.time)}`;
}

/** The meeting's day alone: "4. marts 2027" / "4 March 2027". */
export function formatMeetingDay(startsAt: Date, lang: 'da' | 'en'): string {
  const locale = lang === 'da' ? 'da-DK' : 'en-GB';
  return DateTime.fromJSDate(startsAt)
    .setZone(ZONE)
    .setLocale(locale)
    .toFormat(lang === 'da' ? 'd. MMMM yyyy' : 'd MMMM yyyy');
}
