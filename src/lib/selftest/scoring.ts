/**
 * Scoring of the self-test: answers (1–5 per statement) become a score from 0 to 100 per dimension.
 * A normal statement gives 0 points for "helemaal oneens" up to 4 for "helemaal eens"; a reversed one the
 * other way round. A dimension's score is its share of the maximum points, rounded to a whole number.
 */
import { DIMENSION_IDS, isDimensionId, type DimensionId } from './dimensions';
import { isAnswerValue, SCALE_MAX, SCALE_MIN, type AnswerValue } from './scale';
import { STATEMENTS, type Statement } from './statements';

/** The reader's answers: statement id → answer on the scale. Missing ids are unanswered. */
export type Answers = Readonly<Partial<Record<string, AnswerValue>>>;

/** A complete result: a whole-number score from 0 to 100 for every dimension. */
export type DimensionScores = Readonly<Record<DimensionId, number>>;

/** Points (0–4) an answer earns on a statement; reversed statements count the other way. */
export function statementPoints(statement: Pick<Statement, 'reversed'>, value: AnswerValue): number {
  return statement.reversed ? SCALE_MAX - value : value - SCALE_MIN;
}

/**
 * Keeps only answers to known statements with a value on the scale; anything else (unknown ids, NaN,
 * 0, 6, 2.5, strings) is dropped. Use on anything that did not come from the form itself.
 * @example cleanAnswers({ 'doel-zin': 4, onzin: 3, 'doel-likes': 9 }) // { 'doel-zin': 4 }
 */
export function cleanAnswers(raw: unknown, statements: readonly Statement[] = STATEMENTS): Answers {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const out: Partial<Record<string, AnswerValue>> = {};
  for (const s of statements) {
    const value: unknown = (raw as Record<string, unknown>)[s.id];
    if (isAnswerValue(value)) out[s.id] = value;
  }
  return out;
}

/** The statements that have no valid answer yet, in test order. */
export function unanswered(answers: Answers, statements: readonly Statement[] = STATEMENTS): Statement[] {
  return statements.filter((s) => !isAnswerValue(answers[s.id]));
}

/**
 * Score per dimension from whatever is answered; `null` for a dimension without a single valid answer.
 * @example scorePartial({ 'doel-zin': 5 }).doelen // 100
 */
export function scorePartial(
  answers: Answers,
  statements: readonly Statement[] = STATEMENTS,
): Record<DimensionId, number | null> {
  const points = new Map<DimensionId, { got: number; max: number }>();
  for (const s of statements) {
    const value = answers[s.id];
    if (!isAnswerValue(value)) continue;
    const sum = points.get(s.dimension) ?? { got: 0, max: 0 };
    sum.got += statementPoints(s, value);
    sum.max += SCALE_MAX - SCALE_MIN;
    points.set(s.dimension, sum);
  }
  const out = {} as Record<DimensionId, number | null>;
  for (const id of DIMENSION_IDS) {
    const sum = points.get(id);
    out[id] = sum && sum.max > 0 ? Math.round((sum.got / sum.max) * 100) : null;
  }
  return out;
}

/** Scores for a fully answered test, or `null` while any statement is unanswered. */
export function scoreAnswers(answers: Answers, statements: readonly Statement[] = STATEMENTS): DimensionScores | null {
  if (unanswered(answers, statements).length > 0) return null;
  const partial = scorePartial(answers, statements);
  return DIMENSION_IDS.every((id) => partial[id] !== null) ? (partial as DimensionScores) : null;
}

/** The overall score: the mean of the dimension scores, rounded (every dimension weighs the same). */
export function totalScore(scores: DimensionScores): number {
  const sum = DIMENSION_IDS.reduce((acc, id) => acc + scores[id], 0);
  return Math.round(sum / DIMENSION_IDS.length);
}

/** True for a whole number from 0 to 100. */
export function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100;
}

const reachable = new Map<DimensionId, ReadonlySet<number>>();

/**
 * The scores a dimension can really get from the test: a share of its maximum points, rounded. With three
 * statements (0–12 points) that is 0, 8, 17, 25, …, 100; a score of 1 or 2 cannot come out of the test.
 * @example isReachableScore('meten', 25) // true
 * @example isReachableScore('meten', 1)  // false
 */
export function isReachableScore(dimension: DimensionId, value: unknown): value is number {
  if (!isScore(value)) return false;
  let set = reachable.get(dimension);
  if (!set) {
    const max = STATEMENTS.filter((s) => s.dimension === dimension).length * (SCALE_MAX - SCALE_MIN);
    set = new Set(Array.from({ length: max + 1 }, (_, k) => Math.round((k / Math.max(1, max)) * 100)));
    reachable.set(dimension, set);
  }
  return set.has(value);
}

/**
 * Validates a stored or shared set of scores: every dimension present with a score the test can give (see
 * {@link isReachableScore}), nothing else.
 */
export function parseScores(raw: unknown): DimensionScores | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const record = raw as Record<string, unknown>;
  if (Object.keys(record).some((k) => !isDimensionId(k))) return null;
  const out = {} as Record<DimensionId, number>;
  for (const id of DIMENSION_IDS) {
    const value = record[id];
    if (!isReachableScore(id, value)) return null;
    out[id] = value;
  }
  return out;
}
