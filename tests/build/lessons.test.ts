import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countWords } from '../../src/lib/reading-time';
import { DIST, lessonSlugs, requireBuild } from './dist';

beforeAll(requireBuild);

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
});
