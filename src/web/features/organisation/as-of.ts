/**
 * The organisation's "as of" date: every organisation page answers for one day, kept in the
 * address as `?dato=YYYY-MM-DD` (absent = today in Denmark), so a link or a bookmark shows the
 * same day to everyone.
 */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { IsoDate } from '../../../shared/dates';
import { isIsoDate, todayInDenmark } from './org-dates';

/** The query parameter that holds the date. */
export const AS_OF_PARAM = 'dato';

/** The day shown, and how it relates to today. */
export interface AsOf {
  /** The day the pages answer for. */
  date: IsoDate;
  /** Today in Denmark. */
  today: IsoDate;
  /** `past`, `today` or `future`. */
  when: 'past' | 'today' | 'future';
  /** The `?dato=` to add to organisation links ('' for today). */
  search: string;
  /** Shows another day (today drops the parameter). */
  setDate: (date: IsoDate) => void;
}

/** Reads `?dato=`; a missing or malformed value means today. */
export function parseAsOf(value: string | null, today: IsoDate): IsoDate {
  return value !== null && isIsoDate(value) ? value : today;
}

/** `path` with the date's `?dato=` (nothing for today). */
export function withAsOf(path: string, date: IsoDate, today: IsoDate): string {
  if (date === today) return path;
  const joiner = path.includes('?') ? '&' : '?';
  return `${path}${joiner}${AS_OF_PARAM}=${date}`;
}

/** The "as of" date of the current address. */
export function useAsOf(): AsOf {
  const [params, setParams] = useSearchParams();
  const today = todayInDenmark();
  const date = parseAsOf(params.get(AS_OF_PARAM), today);
  const setDate = useCallback(
    (next: IsoDate) =>
      setParams((current) => {
        const copy = new URLSearchParams(current);
        if (next === todayInDenmark()) copy.delete(AS_OF_PARAM);
        else copy.set(AS_OF_PARAM, next);
        return copy;
      }),
    [setParams],
  );
  return {
    date,
    today,
    when: date < today ? 'past' : date > today ? 'future' : 'today',
    search: date === today ? '' : `?${AS_OF_PARAM}=${date}`,
    setDate,
  };
}
