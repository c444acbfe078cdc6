/**
 * The myth quiz ("fabel of feit?"): one statement per myth of lesson 6, judged as fable or fact.
 */

/** The two answers. */
export type Verdict = 'fabel' | 'feit';

/** One statement of the quiz, from a myth's front matter. */
export interface MythQuizItem {
  number: number;
  statement: string;
  verdict: Verdict;
  explanation: string;
}

/** True when the answer matches the statement's verdict. */
export function isRight(item: Pick<MythQuizItem, 'verdict'>, answer: Verdict): boolean {
  return item.verdict === answer;
}

/** Counts right answers; unanswered statements count as wrong. */
export function quizScore(
  items: readonly MythQuizItem[],
  answers: readonly (Verdict | null)[],
): { correct: number; total: number } {
  let correct = 0;
  items.forEach((item, i) => {
    const answer = answers[i];
    if (answer && isRight(item, answer)) correct += 1;
  });
  return { correct, total: items.length };
}

/**
 * The sentence after the last statement; the tone follows the share right.
 * @example quizResultText(20, 20) // 'Je had 20 van de 20 goed. Geen fabel die jou nog iets wijsmaakt.'
 */
export function quizResultText(correct: number, total: number): string {
  if (total <= 0) return 'Er staan nog geen stellingen in deze quiz.';
  const base = `Je had ${correct} van de ${total} goed.`;
  const share = correct / total;
  if (share === 1) return `${base} Geen fabel die jou nog iets wijsmaakt.`;
  if (share >= 0.75) return `${base} Je prikt door de meeste fabels heen.`;
  if (share >= 0.5) return `${base} Een paar fabels klinken nog best logisch voor je: lees die kaarten nog eens.`;
  return `${base} Veel van deze adviezen hoor je overal, dus dat is niet gek. Lees de mythes hierboven en probeer het nog een keer.`;
}

/** The best round (most right as a share; the later one on a tie), or `null` when there is none. */
export function bestRound<T extends { correct: number; total: number; at: string }>(rounds: readonly T[]): T | null {
  let best: T | null = null;
  for (const r of rounds) {
    if (r.total <= 0) continue;
    if (!best || r.correct / r.total >= best.correct / best.total) best = r;
  }
  return best;
}

/** A round in progress: one answer (or none yet) per statement, the statement shown, and whether it is over. */
export interface QuizRound {
  answers: (Verdict | null)[];
  index: number;
  finished: boolean;
}

/** A new round over `count` statements. */
export function freshRound(count: number): QuizRound {
  return { answers: Array.from({ length: Math.max(0, Math.floor(count)) }, () => null), index: 0, finished: false };
}

/**
 * Whether a value is a valid round over `count` statements (e.g. one the other workshop window sends):
 * exactly `count` answers, each 'fabel', 'feit' or null, and an index inside the quiz.
 */
export function isQuizRound(value: unknown, count: number): value is QuizRound {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const answers = v['answers'];
  const index = v['index'];
  return (
    Array.isArray(answers) &&
    answers.length === count &&
    answers.every((a) => a === null || a === 'fabel' || a === 'feit') &&
    Number.isInteger(index) &&
    (index as number) >= 0 &&
    (index as number) < Math.max(1, count) &&
    typeof v['finished'] === 'boolean'
  );
}
