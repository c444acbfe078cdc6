/** A value that follows another after it has stopped changing for `delay` ms (for screen-reader announcements). */
import { useEffect, useState } from 'preact/hooks';

/** Returns `value` once it has been stable for `delay` ms. */
export function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
