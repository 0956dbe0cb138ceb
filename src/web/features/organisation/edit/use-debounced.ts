/** A value that follows another after a pause (for search-as-you-type). */
import { useEffect, useState } from 'react';

/** `value`, updated only after it has been still for `ms` milliseconds. */
export function useDebounced<T>(value: T, ms = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}
