import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS } from '../../../src/lib/progress/format';
import { isIsoDate, newest, validateLessons, validateQuizAttempts } from '../../../src/lib/progress/validate';

describe('isIsoDate', () => {
  it('accepts dates and date-times that parse', () => {
    for (const ok of ['2025-03-01', '2025-03-01T09:30Z', '2025-03-01T09:30:00.000Z', '2025-03-01T09:30:00+01:00']) {
      expect(isIsoDate(ok), ok).toBe(true);
    }
  });

  it('refuses other text and non-strings', () => {
    for (const bad of ['', 'gisteren', '2025-13-45', '2025-3-1', '1 maart 2025', 0, null, Number.NaN, {}]) {
      expect(isIsoDate(bad), String(bad)).toBe(false);
    }
  });
});

describe('validateLessons', () => {
  it('drops entries with a bad slug or no done flag', () => {
    const result = validateLessons({
      'goede-les': { done: true },
      'Slechte Les': { done: true },
      andere: { klaar: 'ja' },
    });
    expect(result).toEqual({ value: { 'goede-les': { done: true } }, dropped: 2 });
  });

  it('ignores unknown fields', () => {
    expect(validateLessons({ les: { done: false, kleur: 'rood' } })).toEqual({
      value: { les: { done: false } },
      dropped: 0,
    });
  });
});

describe('validateQuizAttempts', () => {
  it('refuses impossible scores: negative, fractional, above the total, a zero total, NaN, huge', () => {
    const at = '2025-03-01';
    const result = validateQuizAttempts([
      { at, correct: -1, total: 20 },
      { at, correct: 1.5, total: 20 },
      { at, correct: 21, total: 20 },
      { at, correct: 0, total: 0 },
      { at, correct: Number.NaN, total: 20 },
      { at, correct: 1, total: 1e9 },
      { at, correct: 0, total: 20 },
    ]);
    expect(result).toEqual({ value: [{ at, correct: 0, total: 20 }], dropped: 6 });
  });

  it('keeps only the newest attempts, oldest first', () => {
    const many = Array.from({ length: MAX_ATTEMPTS + 5 }, (_, i) => ({
      at: new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString(),
      correct: 1,
      total: 2,
    }));
    const kept = validateQuizAttempts([...many].reverse())!.value;
    expect(kept).toHaveLength(MAX_ATTEMPTS);
    expect(kept[0]!.at).toBe(many[5]!.at);
    expect(kept.at(-1)!.at).toBe(many.at(-1)!.at);
  });

  it('handles an empty list', () => {
    expect(validateQuizAttempts([])).toEqual({ value: [], dropped: 0 });
    expect(newest([])).toEqual([]);
  });
});
