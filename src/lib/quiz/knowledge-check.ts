/**
 * Scoring of a lesson's knowledge check: multiple-choice questions with exactly one correct option
 * (the lesson schema enforces that).
 */

/** One option as the lesson's front matter gives it. */
export interface CheckOption {
  text: string;
  correct: boolean;
  feedback: string;
}

/** One question as the lesson's front matter gives it. */
export interface CheckQuestion {
  question: string;
  options: readonly CheckOption[];
}

/** The verdict on one answer. */
export interface Graded {
  correct: boolean;
  /** The feedback of the chosen option. */
  feedback: string;
  /** Index of the correct option (to point it out after a wrong answer). */
  correctIndex: number;
}

/** Grades one answer; `null` when `choice` is not an option's index. */
export function gradeAnswer(question: CheckQuestion, choice: number): Graded | null {
  const option = Number.isInteger(choice) ? question.options[choice] : undefined;
  if (!option) return null;
  return {
    correct: option.correct,
    feedback: option.feedback,
    correctIndex: question.options.findIndex((o) => o.correct),
  };
}

/** Progress through a check: how many questions are graded, how many right, and whether all are done. */
export interface CheckTally {
  answered: number;
  correct: number;
  total: number;
  finished: boolean;
}

/** Tallies graded answers (`null` for a question not yet checked). */
export function tallyCheck(results: readonly (boolean | null)[]): CheckTally {
  const answered = results.filter((r) => r !== null).length;
  const correct = results.filter((r) => r === true).length;
  return { answered, correct, total: results.length, finished: results.length > 0 && answered === results.length };
}

/**
 * The closing sentence after the last question.
 * @example checkSummary(2, 3) // 'Je had 2 van de 3 vragen goed.'
 */
export function checkSummary(correct: number, total: number): string {
  if (total <= 0) return 'Deze kennischeck heeft geen vragen.';
  const base = `Je had ${correct} van de ${total} ${total === 1 ? 'vraag' : 'vragen'} goed.`;
  if (correct === total) return `${base} Sterk gedaan.`;
  if (correct === 0) return `${base} Lees de feedback hierboven nog eens rustig door en probeer het opnieuw.`;
  return `${base} De feedback hierboven legt uit waar het zat.`;
}

/**
 * One question's state across tries: the first graded answer (the one that counts for the score and progress)
 * and the answer on screen now (`null` while the reader tries again).
 */
export interface QuestionTries {
  first: Graded | null;
  latest: Graded | null;
}

/** A question nobody has answered yet. */
export const untried: QuestionTries = { first: null, latest: null };

/**
 * Records a graded answer: it is shown, and it becomes the scored answer only if it is the first one.
 * @example answerQuestion(untried, g).first === g
 */
export function answerQuestion(tries: QuestionTries, result: Graded): QuestionTries {
  return { first: tries.first ?? result, latest: result };
}

/**
 * Clears the answer on screen so the reader can try again; the first answer keeps counting.
 * A question with nothing on screen is returned unchanged.
 */
export function retryQuestion(tries: QuestionTries): QuestionTries {
  return tries.latest ? { first: tries.first, latest: null } : tries;
}

/** Whether a question may be tried again now: its answer on screen was wrong. */
export function canRetry(tries: QuestionTries): boolean {
  return tries.latest !== null && !tries.latest.correct;
}
