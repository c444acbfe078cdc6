import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkWords,
  countWords,
  embeddedMythCards,
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

describe('embeddedMythCards', () => {
  const all = [1, 2, 3, 4];
  it('reads all cards or the listed ones, each once, dropping unknown numbers', () => {
    const numbers = (source: string, available = all) => embeddedMythCards(source, available).map((c) => c.number);
    expect(numbers('<MythCards />')).toEqual(all);
    expect(numbers('<MythCards only={[3, 1]} />\n<MythCards only={[1, 9]} />')).toEqual([3, 1]);
    expect(numbers('geen kaarten')).toEqual([]);
    expect(numbers('<MythCards only={[]} />')).toEqual([]);
    expect(numbers('<MythCards />', [])).toEqual([]);
  });

  it('tells brief cards (linked to the full card) from full ones, by the first tag that shows a number', () => {
    expect(embeddedMythCards('<MythCards brief only={[2]} />\n<MythCards only={[2, 1]} />', all)).toEqual([
      { number: 2, brief: true },
      { number: 1, brief: false },
    ]);
    expect(embeddedMythCards('<MythCards only={[1]} brief />', all)).toEqual([{ number: 1, brief: true }]);
    expect(embeddedMythCards('<MythCards brief={true} only={[1]}/>', all)).toEqual([{ number: 1, brief: true }]);
    expect(embeddedMythCards('<MythCards brief={false} only={[1]} />', all)).toEqual([{ number: 1, brief: false }]);
    expect(embeddedMythCards('<MythCards headingLevel={2} only={[3]} />', all)).toEqual([{ number: 3, brief: false }]);
  });
});

describe('mythCardText', () => {
  it('reads title and gist, the explanation and the quiz text apart, and leaves out the verdict and the source', () => {
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
      '  statement: >-',
      '    Eén tekst is',
      '    genoeg.',
      '  verdict: fabel',
      '  explanation: Niet waar.',
      'source:',
      '  title: Bron',
      '---',
    ].join('\n');
    expect(mythCardText(raw)).toEqual({
      number: 7,
      shown: 'Eén tool overal Schrijf per platform.',
      explanation: 'Schrijf één tekst. Elk platform is anders. Schrijf per platform een eigen intro.',
      quiz: 'Eén tekst is genoeg. Niet waar.',
    });
  });

  it('returns null for a file without a number', () => {
    expect(mythCardText('---\ntitle: x\n---')).toBeNull();
    expect(mythCardText('')).toBeNull();
  });
});

/** A myth card with the given texts. */
const card = (number: number, shown: string, explanation: string, quiz = ''): MythCardText => ({
  number,
  shown,
  explanation,
  quiz,
});

describe('lessonWords', () => {
  const myths = new Map([
    [1, card(1, 'een twee', 'drie', 'acht negen')],
    [2, card(2, 'vier', 'vijf zes zeven', 'tien')],
  ]);

  it('counts a full card whole, and a brief card by its title and gist only', () => {
    expect(lessonWords('Twee woorden <MythCards only={[1]} />', myths)).toBe(5);
    expect(lessonWords('Twee woorden <MythCards />', myths)).toBe(9);
    expect(lessonWords('Twee woorden <MythCards brief only={[2]} />', myths)).toBe(3);
    expect(lessonWords('<MythCards brief />', myths)).toBe(3);
    expect(lessonWords('', myths)).toBe(0);
    expect(lessonWords('Geen kaarten hier', myths)).toBe(3);
  });

  it('counts every quiz statement and explanation when the lesson embeds the myth quiz', () => {
    expect(lessonWords('Quiz: <MythQuiz />', myths)).toBe(4);
    expect(lessonWords('<MythCards brief /> <MythQuiz />', myths)).toBe(6);
    expect(lessonWords('<MythQuiz />', new Map())).toBe(0);
  });

  it('counts the text of another embedded component once, by its name, only where the lesson embeds it', () => {
    const texts = { SelfTest: 'een twee drie', Worksheet: 'vier' };
    expect(lessonWords('Doe de test. <SelfTest />', new Map(), texts)).toBe(6);
    expect(lessonWords('<SelfTest /> <SelfTest />', new Map(), texts)).toBe(3);
    expect(lessonWords('<SelfTestBeta />', new Map(), texts)).toBe(0);
    expect(lessonWords('Geen test', new Map(), texts)).toBe(2);
  });

  it('leaves out the slide-only points', () => {
    expect(lessonWords('Een <SlidePoints>\n- twee drie\n</SlidePoints> vier', new Map())).toBe(2);
  });

  it('never counts fewer words than the body, and a brief card never more than its title and gist', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.array(fc.tuple(fc.string({ maxLength: 50 }), fc.string({ maxLength: 50 })), { maxLength: 5 }),
        (body, texts) => {
          const cards = new Map(texts.map(([shown, explanation], i) => [i + 1, card(i + 1, shown, explanation)]));
          const shownWords = texts.reduce((sum, [shown]) => sum + countWords(shown), 0);
          const explanationWords = texts.reduce((sum, [, explanation]) => sum + countWords(explanation), 0);
          const brief = lessonWords(`${body} <MythCards brief />`, cards);
          const full = lessonWords(`${body} <MythCards />`, cards);
          expect(brief).toBe(countWords(`${body} <MythCards brief />`) + shownWords);
          expect(full).toBe(brief + explanationWords);
        },
      ),
    );
  });
});

describe('checkWords', () => {
  it('counts each question, its options and the feedback of the correct option', () => {
    const check = [
      {
        question: 'Wat telt?',
        options: [
          { text: 'Klanten', correct: true, feedback: 'Juist, want omzet.' },
          { text: 'Likes', feedback: 'Niet echt: een like is geen klant.' },
        ],
      },
    ];
    expect(checkWords(check)).toBe(7);
  });

  it('counts nothing for what is not a question, whatever the front matter holds', () => {
    expect(checkWords(undefined)).toBe(0);
    expect(checkWords('vraag')).toBe(0);
    expect(checkWords([null, 3, { question: 42, options: 'a' }, { options: [null, { text: 7 }] }])).toBe(0);
    expect(checkWords([{ question: 'Een twee', options: [{ text: 'drie', correct: 'true', feedback: 'vier' }] }])).toBe(3);
  });

  it('never counts less than the questions alone, nor NaN', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ question: fc.string({ maxLength: 40 }), options: fc.array(fc.anything(), { maxLength: 4 }) }), { maxLength: 5 }), (check) => {
        const words = checkWords(check);
        expect(Number.isInteger(words)).toBe(true);
        expect(words).toBeGreaterThanOrEqual(check.reduce((sum, q) => sum + countWords(q.question), 0));
      }),
    );
  });
});
