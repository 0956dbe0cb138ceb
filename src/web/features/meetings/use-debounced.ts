/** A value that follows another after a pause (for search-as-you-type). */
import { useEffect, useState } from 'react';

/** `value`, updated `ms` milliseconds after it last changed. */
export function useDebounced<T>(value: T, ms = 350): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}
