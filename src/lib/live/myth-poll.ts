/**
 * Voting on the myth quiz in a live room. The deck's myth-quiz island keeps its round in the workshop sync
 * (`island:<lesson>:myth-quiz`, a `QuizRound`); from that round and the statements (listed on the slide)
 * follows what the room votes on: the statement on screen, as a poll of two options (fabel, feit) that is
 * open until the trainer answers it in the presenter view (the reveal) and gone once the round is over.
 * Shared by the hosts (which open and close the poll) and the phones (which show the statement). Pure.
 */
import { isQuizRound, type QuizRound, type Verdict } from '../quiz/myth-quiz';

/** The poll's options, in the order of the quiz's buttons (option 0 is fabel). */
export const MYTH_OPTIONS: readonly Verdict[] = ['fabel', 'feit'];
/** How the options read on the projector and the phones. */
export const MYTH_LABELS: readonly string[] = ['Fabel', 'Feit'];

/** One statement as the slide lists it. */
export interface MythStatement {
  number: number;
  statement: string;
  verdict: Verdict;
}

/** What the room votes on now. */
export interface MythPoll {
  /** The poll's question id (unique in the room, stable over restarts). */
  question: string;
  /** 0-based position of the statement in the round. */
  index: number;
  total: number;
  statement: string;
  /** Open until the trainer has answered the statement. */
  open: boolean;
  /** The right answer, once revealed (null while the poll is open). */
  verdict: Verdict | null;
}

const LESSON = /^[a-z0-9-]{1,80}$/;

/** The sync key of a lesson's myth-quiz round. */
export function mythRoundKey(lesson: string): string {
  return `island:${lesson}:myth-quiz`;
}

/**
 * The poll id of a statement.
 * @example mythQuestionId('twintig-mythes', 7) // 'myth:twintig-mythes:7'
 */
export function mythQuestionId(lesson: string, number: number): string {
  return `myth:${lesson}:${number}`;
}

/** A statement from the slide's list (strings from the DOM); null when anything is off. */
export function toMythStatement(number: unknown, verdict: unknown, statement: unknown): MythStatement | null {
  const n = typeof number === 'string' && /^\d{1,4}$/.test(number) ? Number(number) : number;
  if (!Number.isInteger(n) || (n as number) < 1 || (n as number) > 9999) return null;
  if (verdict !== 'fabel' && verdict !== 'feit') return null;
  if (typeof statement !== 'string' || statement.trim() === '') return null;
  return { number: n as number, verdict, statement: statement.trim() };
}

/** Reads a round from its sync JSON; null when it does not parse or does not fit `count` statements. */
export function parseMythRound(json: string | undefined, count: number): QuizRound | null {
  if (json === undefined) return null;
  try {
    const round: unknown = JSON.parse(json);
    return isQuizRound(round, count) ? round : null;
  } catch {
    return null;
  }
}

/**
 * The poll for a round: null when the lesson id or the statements are unusable, or the round is finished.
 * A missing or invalid round is a fresh one (statement 1, unanswered), as the island starts.
 */
export function currentMythPoll(lesson: string, round: unknown, statements: readonly MythStatement[]): MythPoll | null {
  if (!LESSON.test(lesson) || statements.length === 0) return null;
  const valid = isQuizRound(round, statements.length) ? round : null;
  if (valid?.finished) return null;
  const index = valid ? valid.index : 0;
  const item = statements[index];
  if (!item) return null;
  const answered = (valid?.answers[index] ?? null) !== null;
  return {
    question: mythQuestionId(lesson, item.number),
    index,
    total: statements.length,
    statement: item.statement,
    open: !answered,
    verdict: answered ? item.verdict : null,
  };
}
