import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countWords,
  embeddedMythNumbers,
  lessonReadingWords,
  mythCardText,
  readingMinutes,
  WORDS_PER_MINUTE,
} from '../../src/lib/reading-time';

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

describe('embeddedMythNumbers', () => {
  const all = [1, 2, 3, 4];
  it('reads all cards or the listed ones, each once, dropping unknown numbers', () => {
    expect(embeddedMythNumbers('<MythCards />', all)).toEqual(all);
    expect(embeddedMythNumbers('<MythCards only={[3, 1]} />\n<MythCards only={[1, 9]} />', all)).toEqual([3, 1]);
    expect(embeddedMythNumbers('geen kaarten', all)).toEqual([]);
    expect(embeddedMythNumbers('<MythCards only={[]} />', all)).toEqual([]);
    expect(embeddedMythNumbers('<MythCards />', [])).toEqual([]);
  });
});

describe('mythCardText', () => {
  it('keeps title, myth, why and instead, and leaves out the quiz and the source', () => {
    const raw = [
      '---',
      'number: 7',
      'title: Eén tool overal',
      'myth: >-',
      '  Schrijf één tekst.',
      'why: Elk platform is anders.',
      'instead: >-',
      '  Schrijf per platform',
      '  een eigen intro.',
      'quiz:',
      '  statement: geheim',
      'source:',
      '  title: Bron',
      '---',
    ].join('\n');
    expect(mythCardText(raw)).toEqual({
      number: 7,
      text: 'Eén tool overal Schrijf één tekst. Elk platform is anders. Schrijf per platform een eigen intro.',
    });
  });

  it('returns null for a file without a number', () => {
    expect(mythCardText('---\ntitle: x\n---')).toBeNull();
    expect(mythCardText('')).toBeNull();
  });
});

describe('lessonReadingWords', () => {
  it('adds the words of the embedded myth cards to the body', () => {
    const myths = new Map([
      [1, 'een twee drie'],
      [2, 'vier vijf'],
    ]);
    expect(lessonReadingWords('Twee woorden <MythCards only={[1]} />', myths)).toBe(5);
    expect(lessonReadingWords('Twee woorden <MythCards />', myths)).toBe(7);
    expect(lessonReadingWords('', myths)).toBe(0);
  });

  it('leaves out the slide-only points', () => {
    expect(lessonReadingWords('Een <SlidePoints>\n- twee drie\n</SlidePoints> vier', new Map())).toBe(2);
  });

  it('never counts fewer words than the body alone', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fc.string({ maxLength: 50 }), { maxLength: 5 }), (body, cards) => {
        const myths = new Map(cards.map((t, i) => [i + 1, t]));
        const source = `${body} <MythCards />`;
        expect(lessonReadingWords(source, myths)).toBeGreaterThanOrEqual(countWords(source));
      }),
    );
  });
});
