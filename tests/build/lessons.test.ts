import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerBalance, balanceProblems, correctIndex } from '../../src/lib/quiz/answer-balance';
import {
  countWords,
  lessonReadingTime,
  lessonWords,
  mythCardText,
  type MythCardText,
  WORDS_PER_MINUTE,
} from '../../src/lib/reading-time';
import { objectiveCoverageProblems } from '../../src/schemas/lesson';
import { builtQuestions, lessonHtml } from './course-checks';
import { DIST, lessonSlugs, requireBuild } from './dist';

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

  it('links to the glossary at least once', () => {
    expect(html()).toMatch(/class="term"/);
  });

  it('shows the reading time computed from its words, the closed myth cards included', () => {
    const time = lessonReadingTime(lessonWords(source(), mythTexts()));
    const kicker = pageDocument(slug).querySelector('.lesson__kicker')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(Number(/ca\. (\d+) minuten lezen/.exec(kicker)?.[1])).toBe(time.minutes);
    if (time.lookUp) {
      const { cards, minutes } = time.lookUp;
      expect(kicker).toContain(`plus ${cards} kaarten om na te slaan (samen ca. ${minutes} minuten)`);
    } else {
      expect(kicker).not.toContain('kaarten');
    }
  });

  it('shows a reading time that fits the prose a reader actually gets', () => {
    const body = pageDocument(slug).querySelector('.lesson__body');
    expect(body, 'no .lesson__body on the page').not.toBeNull();
    // Interactive blocks (calculators, quizzes) are used, not read; the estimate leaves them out too. So is what
    // the page folds away until the reader opens it (a myth card's explanation): it is looked up, not read.
    for (const el of body?.querySelectorAll('astro-island, .knowledge-check, table, script, style, details:not([open])') ?? []) el.remove();
    const pageWords = countWords(body?.textContent ?? '');
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

describe('lesson 6: twenty myth cards to look up, not to read through', () => {
  const slug = 'twintig-mythes';

  it('reads in about a quarter of an hour, with the explanations on the cards counted apart', () => {
    const time = lessonReadingTime(lessonWords(readFileSync(join(process.cwd(), 'src/content/lessons', `${slug}.mdx`), 'utf8'), mythTexts()));
    expect(time.minutes).toBeLessThanOrEqual(15);
    expect(time.lookUp?.cards).toBe(20);
    // The folded text is real reading when opened: the kicker says how long, and it is not next to nothing.
    expect(time.lookUp?.minutes).toBeGreaterThanOrEqual(5);
  });

  it('folds the explanation of each card into a closed <details> under its title and gist', () => {
    const cards = [...pageDocument(slug).querySelectorAll('article.myth-card')];
    expect(cards).toHaveLength(20);
    for (const card of cards) {
      expect(card.querySelector('.myth-card__gist')?.textContent?.trim().length ?? 0, card.id).toBeGreaterThan(20);
      const details = card.querySelector('details');
      expect(details, card.id).not.toBeNull();
      expect(details?.hasAttribute('open'), card.id).toBe(false);
      expect(details?.querySelector('summary')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
        `Uitleg en tip bij ${card.id.replace('mythe-', 'mythe ')}`,
      );
      expect([...(details?.querySelectorAll('dt') ?? [])].map((dt) => dt.textContent?.trim())).toEqual([
        'De mythe',
        'Waarom het niet klopt',
        'Doe liever dit',
      ]);
    }
  });
});

describe('the knowledge checks across the course', () => {
  it('give nothing away by the length or the place of the correct option', () => {
    const questions = lessonSlugs().flatMap(builtQuestions);
    expect(questions.length).toBeGreaterThanOrEqual(lessonSlugs().length * 2);
    expect(balanceProblems(answerBalance(questions))).toEqual([]);
  });
});
