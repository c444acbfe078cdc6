import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerBalance, balanceProblems, correctIndex } from '../../src/lib/quiz/answer-balance';
import { countWords, lessonReadingWords, mythCardText, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/reading-time';
import { objectiveCoverageProblems } from '../../src/schemas/lesson';
import { builtQuestions, lessonHtml } from './course-checks';
import { DIST, lessonSlugs, requireBuild } from './dist';

beforeAll(requireBuild);

/** The card text of every myth, by number, as the lessons loader reads it. */
function mythTexts(): Map<number, string> {
  const dir = join(process.cwd(), 'src/content/myths');
  const texts = new Map<number, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const card = mythCardText(readFileSync(join(dir, file), 'utf8'));
    if (card) texts.set(card.number, card.text);
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

  it('shows the reading time computed from its words, myth cards included', () => {
    const shown = Number(/ca\. (\d+) minuten lezen/.exec(html())?.[1]);
    expect(shown).toBe(readingMinutes(lessonReadingWords(source(), mythTexts())));
  });

  it('shows a reading time that fits the prose a reader actually gets', () => {
    const body = pageDocument(slug).querySelector('.lesson__body');
    expect(body, 'no .lesson__body on the page').not.toBeNull();
    // Interactive blocks (calculators, quizzes) are used, not read; the estimate leaves them out too.
    for (const el of body?.querySelectorAll('astro-island, .knowledge-check, table, script, style') ?? []) el.remove();
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

describe('the knowledge checks across the course', () => {
  it('give nothing away by the length or the place of the correct option', () => {
    const questions = lessonSlugs().flatMap(builtQuestions);
    expect(questions.length).toBeGreaterThanOrEqual(lessonSlugs().length * 2);
    expect(balanceProblems(answerBalance(questions))).toEqual([]);
  });
});
