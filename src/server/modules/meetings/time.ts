/** Instants and Danish calendar dates for meetings (Europe/Copenhagen, never server-local). */
import { DateTime } from 'luxon';
import { danishDateOf, danishIsoOf, ZONE, type IsoDate } from '../../../shared/dates';
import { AppError } from '../../platform/errors';

/**
 * Reads an ISO 8601 date-time; without an offset it is Danish wall-clock time.
 * @throws AppError `validation` when it is not a valid date-time.
 */
export function parseInstant(value: string, field: string): Date {
  const dt = DateTime.fromISO(value, { zone: ZONE });
  if (!dt.isValid) {
    throw new AppError('validation', {
      da: `${field}: ugyldigt tidspunkt`,
      en: `${field}: invalid date-time`,
    });
  }
  return dt.toJSDate();
}

/** The Danish calendar date of an instant. */
export function danishDate(instant: Date): IsoDate {
  return danishDateOf(instant);
}

/** ISO 8601 with the Danish offset of that day, e.g. `2027-03-04T14:00:00+01:00`. */
export function toDanishIso(instant: Date): string {
  return danishIsoOf(instant);
}

/** The instant `date` at `time` (`HH:mm`) in Denmark. */
export function atDanishTime(date: IsoDate, time: string): Date {
  return DateTime.fromISO(`${date}T${time}`, { zone: ZONE }).toJSDate();
}

/** Refuses an end that is not after the start. */
export function assertEndsAfterStarts(startsAt: Date, endsAt: Date): void {
  if (endsAt.getTime() <= startsAt.getTime()) {
    throw new AppError('validation', {
      da: 'Mødet skal slutte efter, at det begynder',
      en: 'The meeting must end after it starts',
    });
  }
}
