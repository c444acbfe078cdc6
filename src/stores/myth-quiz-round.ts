/**
 * The myth quiz's round in progress, one store per quiz on the page (`mythQuizRound(count)`): a plain JSON
 * object (`QuizRound` in `src/lib/quiz/myth-quiz.ts`) with the answers so far, the statement shown and
 * whether the round is over. Not persisted (finished rounds are, in `$mythQuizRounds`). It joins the
 * workshop sync, so in a workshop the statement and the answer the trainer picks in the presenter window
 * show on the projector as well.
 */
import { atom, type WritableAtom } from 'nanostores';
import { freshRound, isQuizRound, type QuizRound } from '../lib/quiz/myth-quiz';
import { joinWorkshopSync } from './workshopIslands';

/** A store for a round over `count` statements. */
export function mythQuizRound(count: number): WritableAtom<QuizRound> {
  return atom<QuizRound>(freshRound(count));
}

/** Mirrors a round between the workshop windows; returns the function that stops it. */
export function syncMythQuizRound($round: WritableAtom<QuizRound>, count: number): () => void {
  return joinWorkshopSync('myth-quiz', $round, (value) => isQuizRound(value, count));
}
