import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countWords,
  embeddedMythNumbers,
  lessonReadingTime,
  lessonWords,
  mythCardText,
  type MythCardText,
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
  it('shows title and gist, folds myth, why and instead, and leaves out the quiz and the source', () => {
    const raw = [
      '---',
      'number: 7',
      'title: Eén tool overal',
      'gist: >-',
      '  Schrijf per platform.',
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
      shown: 'Eén tool overal Schrijf per platform.',
      folded: 'Schrijf één tekst. Elk platform is anders. Schrijf per platform een eigen intro.',
    });
  });

  it('returns null for a file without a number', () => {
    expect(mythCardText('---\ntitle: x\n---')).toBeNull();
    expect(mythCardText('')).toBeNull();
  });
});

/** A myth card with the given shown and folded text. */
const card = (number: number, shown: string, folded: string): MythCardText => ({ number, shown, folded });

describe('lessonWords', () => {
  const myths = new Map([
    [1, card(1, 'een twee', 'drie')],
    [2, card(2, 'vier', 'vijf zes zeven')],
  ]);

  it('counts the shown part of each embedded card as read and the folded part apart', () => {
    expect(lessonWords('Twee woorden <MythCards only={[1]} />', myths)).toEqual({ read: 4, folded: 1, cards: 1 });
    expect(lessonWords('Twee woorden <MythCards />', myths)).toEqual({ read: 5, folded: 4, cards: 2 });
    expect(lessonWords('', myths)).toEqual({ read: 0, folded: 0, cards: 0 });
    expect(lessonWords('Geen kaarten hier', myths)).toEqual({ read: 3, folded: 0, cards: 0 });
  });

  it('leaves out the slide-only points', () => {
    expect(lessonWords('Een <SlidePoints>\n- twee drie\n</SlidePoints> vier', new Map()).read).toBe(2);
  });

  it('never counts fewer read words than the body alone, and never a folded word as read', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.array(fc.tuple(fc.string({ maxLength: 50 }), fc.string({ maxLength: 50 })), { maxLength: 5 }),
        (body, cards) => {
          const source = `${body} <MythCards />`;
          const shownOnly = new Map(cards.map(([shown], i) => [i + 1, card(i + 1, shown, '')]));
          const withFolded = new Map(cards.map(([shown, folded], i) => [i + 1, card(i + 1, shown, folded)]));
          const words = lessonWords(source, withFolded);
          expect(words.read).toBeGreaterThanOrEqual(countWords(source));
          expect(words.read).toBe(lessonWords(source, shownOnly).read);
          expect(words.folded).toBe(cards.reduce((sum, [, folded]) => sum + countWords(folded), 0));
          expect(words.cards).toBe(cards.length);
        },
      ),
    );
  });
});

describe('lessonReadingTime', () => {
  it('gives minutes for what is read and, with cards, the cards to look up and their minutes', () => {
    expect(lessonReadingTime({ read: 2000, folded: 1000, cards: 20 })).toEqual({
      minutes: 10,
      lookUp: { cards: 20, minutes: 5 },
    });
    expect(lessonReadingTime({ read: 2000, folded: 0, cards: 0 })).toEqual({ minutes: 10 });
    expect(lessonReadingTime({ read: 0, folded: 0, cards: 0 })).toEqual({ minutes: 1 });
  });

  it('is at least one minute for any input, NaN and negative counts included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer()), fc.oneof(fc.double(), fc.integer()), fc.nat(40), (read, folded, cards) => {
        const time = lessonReadingTime({ read, folded, cards });
        expect(Number.isInteger(time.minutes) && time.minutes >= 1).toBe(true);
        if (cards > 0) expect(time.lookUp?.minutes).toBeGreaterThanOrEqual(1);
        else expect(time.lookUp).toBeUndefined();
      }),
    );
  });
});
