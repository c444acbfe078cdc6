import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS } from '../../../src/lib/selftest/dimensions';
import {
  cleanAnswers,
  parseScores,
  scoreAnswers,
  scorePartial,
  statementPoints,
  totalScore,
  unanswered,
} from '../../../src/lib/selftest/scoring';
import { STATEMENTS } from '../../../src/lib/selftest/statements';
import { allAnswers, bestAnswers, completeAnswers, worstAnswers } from './arbitraries';

describe('statementPoints', () => {
  it('counts up for a normal statement and down for a reversed one', () => {
    expect(statementPoints({ reversed: false }, 1)).toBe(0);
    expect(statementPoints({ reversed: false }, 5)).toBe(4);
    expect(statementPoints({ reversed: true }, 1)).toBe(4);
    expect(statementPoints({ reversed: true }, 5)).toBe(0);
  });
});

describe('scoreAnswers', () => {
  it('gives 100 everywhere for the best answers and 0 for the worst', () => {
    const best = scoreAnswers(bestAnswers());
    const worst = scoreAnswers(worstAnswers());
    for (const id of DIMENSION_IDS) {
      expect(best?.[id]).toBe(100);
      expect(worst?.[id]).toBe(0);
    }
  });

  it('gives 50 everywhere when every answer is neutral', () => {
    const scores = scoreAnswers(allAnswers(3));
    expect(scores && totalScore(scores)).toBe(50);
  });

  it('returns null while anything is unanswered', () => {
    expect(scoreAnswers({})).toBeNull();
    const { [STATEMENTS[0]!.id]: _left, ...rest } = bestAnswers();
    expect(scoreAnswers(rest)).toBeNull();
  });

  it('keeps every score a whole number from 0 to 100', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        const scores = scoreAnswers(answers);
        expect(scores).not.toBeNull();
        for (const id of DIMENSION_IDS) {
          expect(Number.isInteger(scores![id])).toBe(true);
          expect(scores![id]).toBeGreaterThanOrEqual(0);
          expect(scores![id]).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('moves a dimension the right way when one answer goes up a step', () => {
    fc.assert(
      fc.property(completeAnswers, fc.integer({ min: 0, max: STATEMENTS.length - 1 }), (answers, index) => {
        const statement = STATEMENTS[index]!;
        const before = answers[statement.id]!;
        if (before === 5) return;
        const after = { ...answers, [statement.id]: (before + 1) as 2 | 3 | 4 | 5 };
        const a = scoreAnswers(answers)![statement.dimension];
        const b = scoreAnswers(after)![statement.dimension];
        if (statement.reversed) expect(b).toBeLessThanOrEqual(a);
        else expect(b).toBeGreaterThanOrEqual(a);
      }),
    );
  });
});

describe('scorePartial', () => {
  it('scores what is answered and leaves the rest null', () => {
    const partial = scorePartial({ 'doel-zin': 5 });
    expect(partial.doelen).toBe(100);
    expect(partial.meten).toBeNull();
  });

  it('ignores invalid values', () => {
    const partial = scorePartial({ 'doel-zin': Number.NaN as never, 'doel-likes': 7 as never });
    expect(partial.doelen).toBeNull();
  });
});

describe('cleanAnswers and unanswered', () => {
  it('keeps only known statements with a value from 1 to 5', () => {
    expect(
      cleanAnswers({
        'doel-zin': 4,
        onbekend: 3,
        'doel-likes': 9,
        'meten-maand': 2.5,
        'gesprek-antwoord': '3',
        'inhoud-viraal': 1,
      }),
    ).toEqual({ 'doel-zin': 4, 'inhoud-viraal': 1 });
  });

  it('returns nothing for anything that is not an object', () => {
    for (const raw of [null, undefined, 0, -1, Number.NaN, 'x', [], [1, 2]]) expect(cleanAnswers(raw)).toEqual({});
  });

  it('lists unanswered statements in test order', () => {
    expect(unanswered({}).map((s) => s.id)).toEqual(STATEMENTS.map((s) => s.id));
    expect(unanswered(bestAnswers())).toEqual([]);
  });
});

describe('parseScores', () => {
  it('accepts exactly the six dimensions with whole numbers 0–100', () => {
    const ok = { doelen: 0, meten: 100, gesprek: 50, inhoud: 0, middelen: 100, kanalen: 33 };
    expect(parseScores(ok)).toEqual(ok);
    expect(parseScores({ ...ok, extra: 5 })).toBeNull();
    expect(parseScores({ ...ok, meten: 101 })).toBeNull();
    expect(parseScores({ ...ok, meten: -1 })).toBeNull();
    expect(parseScores({ ...ok, meten: Number.NaN })).toBeNull();
    expect(parseScores({ ...ok, meten: 1e308 })).toBeNull();
    expect(parseScores({ ...ok, meten: 0.5 })).toBeNull();
    expect(parseScores({ ...ok, meten: '50' })).toBeNull();
    expect(parseScores([])).toBeNull();
    expect(parseScores(null)).toBeNull();
  });

  it('refuses whole numbers the statements cannot add up to', () => {
    const ok = { doelen: 0, meten: 100, gesprek: 50, inhoud: 0, middelen: 100, kanalen: 33 };
    for (const score of [1, 2, 3, 4, 5, 6, 40, 60, 80, 99]) expect(parseScores({ ...ok, meten: score })).toBeNull();
  });

  it('accepts every score a complete set of answers gives', () => {
    fc.assert(
      fc.property(completeAnswers, (answers) => {
        expect(parseScores(scoreAnswers(answers))).not.toBeNull();
      }),
    );
  });
});
