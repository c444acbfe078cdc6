import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/reading-time';

describe('countWords', () => {
  it('counts Dutch words and ignores markup', () => {
    expect(countWords('Likes zijn <Term id="roi">geen doel</Term>.')).toBe(4);
    expect(countWords('Zie [les 4](/lessen/van-like-naar-euro/) voor € 0,40 per like.')).toBe(7);
    expect(countWords('---\ntitle: x\n---\nÉén twee')).toBe(2);
    expect(countWords('')).toBe(0);
    expect(countWords('   \n\t ')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes and never gives less than one', () => {
    expect(readingMinutes(WORDS_PER_MINUTE * 5)).toBe(5);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(-10)).toBe(1);
    expect(readingMinutes(Number.NaN)).toBe(1);
    expect(readingMinutes(Number.POSITIVE_INFINITY)).toBe(1);
  });

  it('is a positive whole number that never decreases as the text grows', () => {
    fc.assert(
      fc.property(fc.nat(10_000_000), fc.nat(10_000), (words, extra) => {
        const a = readingMinutes(words);
        expect(Number.isInteger(a) && a >= 1).toBe(true);
        expect(readingMinutes(words + extra)).toBeGreaterThanOrEqual(a);
      }),
    );
  });
});
