import fc from 'fast-check';
import { DIMENSION_IDS, type DimensionId } from '../../../src/lib/selftest/dimensions';
import type { AnswerValue } from '../../../src/lib/selftest/scale';
import type { Answers, DimensionScores } from '../../../src/lib/selftest/scoring';
import { STATEMENTS } from '../../../src/lib/selftest/statements';

/** Any complete set of answers: every statement gets a value from 1 to 5. */
export const completeAnswers: fc.Arbitrary<Answers> = fc
  .array(fc.integer({ min: 1, max: 5 }), { minLength: STATEMENTS.length, maxLength: STATEMENTS.length })
  .map((values) => Object.fromEntries(STATEMENTS.map((s, i) => [s.id, values[i] as AnswerValue])));

/** Any valid set of scores: per dimension a score the test can give (a share of its points, rounded). */
export const scores: fc.Arbitrary<DimensionScores> = fc
  .array(fc.integer({ min: 0, max: 1000 }), { minLength: DIMENSION_IDS.length, maxLength: DIMENSION_IDS.length })
  .map(
    (values) =>
      Object.fromEntries(
        DIMENSION_IDS.map((id, i) => {
          const max = STATEMENTS.filter((s) => s.dimension === id).length * 4;
          return [id, Math.round((((values[i] ?? 0) % (max + 1)) / max) * 100)];
        }),
      ) as Record<DimensionId, number>,
  );

/** The same answer for every statement. */
export function allAnswers(value: AnswerValue): Answers {
  return Object.fromEntries(STATEMENTS.map((s) => [s.id, value]));
}

/** The best answer on every statement (agree with normal ones, disagree with reversed ones). */
export function bestAnswers(): Answers {
  return Object.fromEntries(STATEMENTS.map((s) => [s.id, s.reversed ? 1 : 5]));
}

/** The worst answer on every statement. */
export function worstAnswers(): Answers {
  return Object.fromEntries(STATEMENTS.map((s) => [s.id, s.reversed ? 5 : 1]));
}
