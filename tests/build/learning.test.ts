/** Build-output checks for the learning features: answers stay out of the search index; islands are lazy. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, DIST, requireBuild } from './dist';

beforeAll(requireBuild);

/** Every `feedback` text in the knowledge-check islands' props (Astro serializes props as `[type, value]`). */
function feedbackTexts(): string[] {
  const texts: string[] = [];
  const walk = (value: unknown, key?: string): void => {
    if (Array.isArray(value)) {
      if (key === 'feedback' && value[0] === 0 && typeof value[1] === 'string') texts.push(value[1]);
      else value.forEach((v) => walk(v));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, k);
    }
  };
  for (const { html } of builtPages()) {
    for (const island of html.matchAll(/<astro-island[^>]*component-url="[^"]*KnowledgeCheck[^"]*"[^>]*>/g)) {
      const props = /props="([^"]*)"/.exec(island[0])?.[1];
      if (!props) continue;
      const json = props
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      walk(JSON.parse(json));
    }
  }
  return texts;
}

/** The text Pagefind indexed, per page. */
function indexedTexts(): string[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return (JSON.parse(text.slice(text.indexOf('{'))) as { content: string }).content;
  });
}

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('learning features in the build', () => {
  it('keeps every knowledge-check feedback text out of the search index', () => {
    const feedback = feedbackTexts().map(normalize);
    expect(feedback.length, 'no knowledge check found in the build').toBeGreaterThan(0);
    const indexed = indexedTexts().map(normalize);
    for (const text of feedback) {
      for (const content of indexed) expect(content.includes(text), text).toBe(false);
    }
  });

  it('hydrates the learning islands lazily (visible or idle), never on load', () => {
    for (const { path, html } of builtPages()) {
      for (const island of html.matchAll(
        /<astro-island[^>]*component-url="[^"]*(KnowledgeCheck|LessonDoneToggle|CourseProgress|MythQuiz|SelfTest)[^"]*"[^>]*>/g,
      )) {
        expect(island[0], path).toMatch(/client="(visible|idle)"/);
      }
    }
  });
});
