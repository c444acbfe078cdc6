import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ABSOLUTE_OPTION,
  answerBalance,
  BALANCE_LIMITS,
  balanceProblems,
  correctIndex,
  cueScores,
  positionProblems,
  positionsByOptionCount,
} from '../../src/lib/quiz/answer-balance';
import {
  checkWords,
  countWords,
  lessonWords,
  mythCardText,
  type MythCardText,
  readingMinutes,
  WORDS_PER_MINUTE,
} from '../../src/lib/reading-time';
import { EMBEDDED_TEXTS } from '../../src/lib/embedded-text';
import { objectiveCoverageProblems } from '../../src/schemas/lesson';
import { builtQuestions, islandProps, lessonHtml } from './course-checks';
import { BASE, DIST, lessonSlugs, requireBuild } from './dist';

beforeAll(requireBuild);

/** The card text of every myth, by number, as the lessons loader reads it. */
function mythTexts(): Map<number, MythCardText> {
  const dir = join(process.cwd(), 'src/content/myths');
  const texts = new Map<number, MythCardText>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const card = mythCardText(readFileSync(join(dir, file), 'utf8'));
    if (card) texts.set(card.number, card);
  }
  return texts;
}

/** The source of a lesson. */
const lessonSource = (slug: string) => readFileSync(join(process.cwd(), 'src/content/lessons', `${slug}.mdx`), 'utf8');

/** The reading minutes of a lesson as the loader computes them: page, embedded components and knowledge check. */
const expectedMinutes = (slug: string) =>
  readingMinutes(lessonWords(lessonSource(slug), mythTexts(), EMBEDDED_TEXTS) + checkWords(builtQuestions(slug)));

/** The myth quiz's statements as a built lesson page ships them to its island (none on other pages). */
function mythQuizItems(html: string): { statement: string; explanation: string }[] {
  return (islandProps(html, 'MythQuiz')?.['items'] as { statement: string; explanation: string }[] | undefined) ?? [];
}

/** A built lesson page as a DOM (happy-dom's Document differs in details from lib.dom's; standard queries only). */
const pageDocument = (slug: string) =>
  new new Window().DOMParser().parseFromString(lessonHtml(slug), 'text/html') as unknown as Document;

/** The structure every lesson of the course has (see README, "How to write a lesson"). */
describe.each(lessonSlugs())('lesson %s', (slug) => {
  const source = () => readFileSync(join(process.cwd(), 'src/content/lessons', `${slug}.mdx`), 'utf8');
  const html = () => readFileSync(join(DIST, 'lessen', slug, 'index.html'), 'utf8');

  it('has objectives, headed sections, sources and a knowledge check', () => {
    const page = html();
    expect(page).toContain('class="lesson__objectives"');
    expect((page.match(/<h2 id=/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(page).toContain('id="bronnen"');
    expect(page).toContain('knowledge-check');
  });

  it('has an "Onthoud" block, a "Doe het zelf" exercise and a worked example', () => {
    const page = html();
    expect(page).toContain('aside--onthoud');
    expect(page).toContain('aside--doe-het-zelf');
    expect(page).toContain('class="example"');
  });

  it('is long enough to teach and short enough to read in one go', () => {
    const words = countWords(source());
    // Lesson 7 introduces the self-test and is shorter by design.
    expect(words).toBeGreaterThanOrEqual(slug === 'zelftest' ? 500 : 900);
    expect(words).toBeLessThanOrEqual(2200);
  });

  it('reads in 8 to 15 minutes, all it asks included (the self-test lesson in less: it is mostly the test)', () => {
    const minutes = expectedMinutes(slug);
    expect(minutes).toBeLessThanOrEqual(15);
    if (slug !== 'zelftest') expect(minutes).toBeGreaterThanOrEqual(8);
  });

  it('links to the glossary at least once', () => {
    expect(html()).toMatch(/class="term"/);
  });

  it('shows the reading time computed from its words, the myth cards and the myth quiz included', () => {
    const minutes = expectedMinutes(slug);
    const kicker = pageDocument(slug).querySelector('.lesson__kicker')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(Number(/ca\. (\d+) minuten lezen/.exec(kicker)?.[1])).toBe(minutes);
  });

  it('shows a reading time that fits the prose a reader actually gets', () => {
    const body = pageDocument(slug).querySelector('.lesson__body');
    expect(body, 'no .lesson__body on the page').not.toBeNull();
    // Calculators are used, not read; the estimate leaves them out too. The myth quiz is read (its statements and
    // explanations), so its words count, taken from the island's props as the page ships them.
    const quizWords = mythQuizItems(html()).reduce((sum, item) => sum + countWords(`${item.statement} ${item.explanation}`), 0);
    for (const el of body?.querySelectorAll('astro-island, .knowledge-check, table, script, style') ?? []) el.remove();
    // The knowledge check and the self-test's statements are read too (the self-test island gets its statements
    // from its own module, not as props).
    const selfTest = /<SelfTest\b/.test(source()) ? countWords(EMBEDDED_TEXTS['SelfTest'] ?? '') : 0;
    const pageWords = countWords(body?.textContent ?? '') + quizWords + checkWords(builtQuestions(slug)) + selfTest;
    const shown = Number(/ca\. (\d+) minuten lezen/.exec(html())?.[1]);
    expect(shown).toBeGreaterThanOrEqual(Math.floor((pageWords * 0.7) / WORDS_PER_MINUTE));
    expect(shown).toBeLessThanOrEqual(Math.ceil((pageWords * 1.3) / WORDS_PER_MINUTE));
  });

  it('checks every learning objective with at least one question', () => {
    const objectives = pageDocument(slug).querySelectorAll('.lesson__objectives li').length;
    const questions = builtQuestions(slug);
    expect(questions.length, 'no knowledge check found in the built page').toBeGreaterThanOrEqual(2);
    expect(objectiveCoverageProblems(objectives, questions)).toEqual([]);
  });

  it('does not put the correct answer at the same place in every question', () => {
    const positions = new Set(builtQuestions(slug).map(correctIndex));
    expect(positions.size).toBeGreaterThan(1);
  });
});

describe('lesson 6: twenty myths in brief, the explanations on a page of their own', () => {
  const slug = 'twintig-mythes';
  it('reads, quiz and check included, within the course\'s 15 minutes a lesson, with nothing folded away', () => {
    // COURSE.md: a lesson takes 8–15 minutes to read. The myth quiz alone is about 5 of them.
    expect(expectedMinutes(slug)).toBeLessThanOrEqual(15);
    expect(pageDocument(slug).querySelectorAll('.lesson__body details')).toHaveLength(0);
    expect(pageDocument(slug).querySelectorAll('article.myth-card dl')).toHaveLength(0);
  });

  it('shows every myth by its title and gist, linked to its full card on /mythes/', () => {
    const cards = [...pageDocument(slug).querySelectorAll('article.myth-card')];
    expect(cards).toHaveLength(20);
    for (const card of cards) {
      expect(card.querySelector('.myth-card__gist')?.textContent?.trim().length ?? 0, card.id).toBeGreaterThan(20);
      const link = card.querySelector('a.myth-card__link');
      expect(link?.getAttribute('href'), card.id).toBe(`${BASE}mythes/#${card.id}`);
      expect(link?.textContent?.replace(/\s+/g, ' ').trim()).toBe(`Uitleg en tip bij ${card.id.replace('mythe-', 'mythe ')}`);
    }
  });

  it('keeps the brief cards out of the search index, so a search for a myth finds its full card', () => {
    expect(pageDocument(slug).querySelector('.myth-cards--brief:not([data-pagefind-ignore="all"])')).toBeNull();
  });
});

describe('the course time on the home page', () => {
  it('is the sum of the lessons\' reading times, each computed from what the lesson asks to read', () => {
    const sum = lessonSlugs().reduce((total, slug) => total + expectedMinutes(slug), 0);
    const home = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(home).toContain(`${sum} minuten`);
  });
});

describe('the knowledge checks across the course', () => {
  const questions = () => lessonSlugs().flatMap(builtQuestions);

  it('give nothing away by the length or the place of the correct option', () => {
    expect(questions().length).toBeGreaterThanOrEqual(lessonSlugs().length * 2);
    expect(balanceProblems(answerBalance(questions()))).toEqual([]);
  });

  it('spread the correct option over the positions for each number of options apart', () => {
    const groups = positionsByOptionCount(questions());
    expect(groups.length).toBeGreaterThan(0);
    expect(positionProblems(groups)).toEqual([]);
  });

  it('put absolute words ("altijd", "nooit", "vanzelf") in correct options too, so avoiding them does not pay', () => {
    const { avoid, seek, chance } = cueScores(questions());
    expect(avoid - chance).toBeLessThanOrEqual(BALANCE_LIMITS.cueAdvantage);
    expect(seek - chance).toBeLessThanOrEqual(BALANCE_LIMITS.cueAdvantage);
    const options = questions().flatMap((q) => q.options);
    const absolute = options.filter((o) => ABSOLUTE_OPTION.test(o.text));
    const correctShare = options.filter((o) => o.correct).length / options.length;
    // At least half the share a correct option has among all options.
    expect(absolute.filter((o) => o.correct).length / absolute.length).toBeGreaterThanOrEqual(correctShare / 2);
  });
});
