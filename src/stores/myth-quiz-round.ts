/**
 * The myth quiz's round in progress, one store per quiz on the page (`mythQuizRound(count)`): a plain JSON
 * object (`QuizRound` in `src/lib/quiz/myth-quiz.ts`) with the answers so far, the statement shown and
 * whether the round is over. Finished rounds are kept in `$mythQuizRounds`. It joins the workshop sync, so
 * in a workshop the statement and the answer the trainer picks in the presenter window show on the
 * projector as well.
 *
 * The round in progress also survives a reload: `keepMythQuizRound` copies it to `$savedMythQuizRound`
 * (localStorage `vdl:mythequiz-ronde`, envelope `{"v": 1, "data": {"count": n, "round": QuizRound}}`) and
 * restores it when the island starts. A saved round for a quiz of another length, or one that fails
 * `isQuizRound`, is ignored.
 */
import { persistentAtom } from '@nanostores/persistent';
import { atom, type WritableAtom } from 'nanostores';
import { freshRound, isQuizRound, type QuizRound } from '../lib/quiz/myth-quiz';
import './safe-storage';
import { joinWorkshopSync } from './workshopIslands';

/** The version of the saved round's envelope. */
export const SAVED_ROUND_VERSION = 1;

/** A saved round and the number of statements it was played over. */
export interface SavedRound {
  count: number;
  round: QuizRound;
}

/** Reads a saved round; anything unreadable or invalid is no saved round. Never throws. */
export function decodeSavedRound(raw: string | undefined): SavedRound | null {
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { v, data } = parsed as { v?: unknown; data?: unknown };
    if (v !== SAVED_ROUND_VERSION || typeof data !== 'object' || data === null) return null;
    const { count, round } = data as { count?: unknown; round?: unknown };
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 100) return null;
    return isQuizRound(round, count) ? { count, round } : null;
  } catch {
    return null;
  }
}

/** The last round in progress (or finished, until a new one starts), for restoring after a reload. */
export const $savedMythQuizRound = persistentAtom<SavedRound | null>('vdl:mythequiz-ronde', null, {
  encode: (value) => JSON.stringify({ v: SAVED_ROUND_VERSION, data: value }),
  decode: decodeSavedRound,
  // One quiz per page, and another tab playing its own round should not pull this one along.
  listen: false,
});

/** A store for a round over `count` statements. */
export function mythQuizRound(count: number): WritableAtom<QuizRound> {
  return atom<QuizRound>(freshRound(count));
}

/**
 * Restores a saved round over `count` statements into `$round` and keeps saving it from then on; returns
 * the function that stops saving. Call once the island has hydrated (the server always shows statement 1).
 */
export function keepMythQuizRound($round: WritableAtom<QuizRound>, count: number): () => void {
  const saved = $savedMythQuizRound.get();
  if (saved && saved.count === count && isQuizRound(saved.round, count)) $round.set(saved.round);
  return $round.listen((round) => $savedMythQuizRound.set({ count, round }));
}

/** Mirrors a round between the workshop windows; returns the function that stops it. */
export function syncMythQuizRound($round: WritableAtom<QuizRound>, count: number): () => void {
  return joinWorkshopSync('myth-quiz', $round, (value) => isQuizRound(value, count));
}
