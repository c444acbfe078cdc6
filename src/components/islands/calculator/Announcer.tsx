/**
 * A polite live region that tells screen-reader users the new outcome once typing pauses, instead of on
 * every keystroke. Sighted readers see the same numbers in the results right away.
 */
import { useDebounced } from './use-debounced';

/** Visually hidden; announces `text` politely after it has been stable for a moment. */
export function Announcer({ text }: { text: string }) {
  const settled = useDebounced(text, 700);
  return (
    <p class="visually-hidden calc-announcer" aria-live="polite" aria-atomic="true">
      {settled}
    </p>
  );
}
