/**
 * Saving something the scheduling check may warn about (a meeting, a series, a process): the
 * first try is without acknowledging; a 409 `orderingWarning` opens the warning dialog, whose
 * buttons try again with the suggested date or with the warnings acknowledged.
 */
import { useState } from 'react';
import { useErrorText } from '../../app/errors';
import { orderingWarningOf, type OrderingWarning } from './scheduling-warnings';

/** One attempt: acknowledge the warnings or not, optionally on another date. */
export type WarnedAttempt<T> = (options: {
  acknowledgeWarnings: boolean;
  date?: string;
}) => Promise<T>;

/** The state and handlers for {@link OrderingWarningDialog}. */
export interface WarnedSave<T> {
  /** Starts a save (no acknowledgement). */
  run: (attempt: WarnedAttempt<T>) => Promise<T | null>;
  warning: OrderingWarning | null;
  busy: boolean;
  /** An error that is not a warning (shown by the caller or in the dialog). */
  error: string | null;
  useSuggested: (date: string) => void;
  saveAnyway: () => void;
  cancel: () => void;
}

/** The warned-save state machine; `onSaved` runs after any successful attempt. */
export function useWarnedSave<T>(onSaved: (result: T) => void): WarnedSave<T> {
  const errorText = useErrorText();
  const [attempt, setAttempt] = useState<WarnedAttempt<T> | null>(null);
  const [warning, setWarning] = useState<OrderingWarning | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [date, setDate] = useState<string | undefined>(undefined);

  const go = async (
    fn: WarnedAttempt<T>,
    options: { acknowledgeWarnings: boolean; date?: string },
  ): Promise<T | null> => {
    setAttempt(() => fn);
    setDate(options.date);
    setBusy(true);
    setError(null);
    try {
      const result = await fn(options);
      setWarning(null);
      onSaved(result);
      return result;
    } catch (e) {
      const found = orderingWarningOf(e);
      if (found) setWarning(found);
      else setError(errorText(e));
      return null;
    } finally {
      setBusy(false);
    }
  };

  return {
    run: (fn) => go(fn, { acknowledgeWarnings: false }),
    warning,
    busy,
    error,
    useSuggested: (date) => {
      if (attempt) void go(attempt, { acknowledgeWarnings: false, date });
    },
    saveAnyway: () => {
      if (attempt) void go(attempt, { acknowledgeWarnings: true, ...(date ? { date } : {}) });
    },
    cancel: () => {
      setWarning(null);
      setError(null);
    },
  };
}
