/**
 * Reads the myth statements the deck lists on the myth-quiz slide (`DeckMythQuiz.astro`, `data-live-myths`),
 * for the hosts and the phones in a live room. Entries that do not check out are left out.
 */
import { toMythStatement, type MythStatement } from '../../lib/live/myth-poll';

/** The island id the myth quiz joins the workshop sync with (`src/stores/myth-quiz-round.ts`). */
export const MYTH_ISLAND = 'myth-quiz';

/** The statements listed in `list`, in order. */
export function readMythStatements(list: Element): MythStatement[] {
  return [...list.querySelectorAll<HTMLElement>('li')]
    .map((li) => toMythStatement(li.dataset['number'], li.dataset['verdict'], li.textContent))
    .filter((s): s is MythStatement => s !== null);
}
