/**
 * Hooks for islands that show stored progress. The server knows nothing about the reader, so the first
 * client render must match the server's HTML exactly (Preact's hydration does not patch attributes); the
 * real, stored values appear one render later.
 */
import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/** False during the server render and the hydrating render; true from the next render on. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/** A store's value, but `serverValue` until the island has hydrated (so the first render matches the server). */
export function useStoredValue<T>(store: ReadableAtom<T>, serverValue: T): T {
  return useStore(store, { ssr: () => serverValue });
}
