// The JavaScript a page carries before the reader does anything (issue 27): its inline scripts (theme, service
// worker, table of contents, Astro's island loader) minified, and a lesson page at most 3.5 KB of it gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BASE, builtPages, DIST } from './dist';

/** A lesson page's budget for JavaScript before interaction, gzipped. */
const LESSON_BUDGET = 3.5 * 1024;

/** The text of every inline script that runs as JavaScript (not JSON or templates). */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs = '']) => !/\bsrc=/.test(attrs) && !/type="(?!module")[^"]*"/.test(attrs))
    .map((m) => m[2]!);
}

/** The scripts the page itself loads by URL (islands load theirs later, when they hydrate). */
function externalScripts(html: string): string[] {
  return [...html.matchAll(/<script\s[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
}

/**
 * Gzipped bytes of JavaScript before interaction: the inline scripts gzipped together, as they travel inside
 * the page, plus each script file the page loads.
 */
function jsBeforeInteraction(html: string): number {
  const inline = inlineScripts(html).join('\n');
  const files = externalScripts(html).map((src) => gzipSync(readFileSync(join(DIST, src.slice(BASE.length)))).length);
  return (inline ? gzipSync(inline).length : 0) + files.reduce((a, b) => a + b, 0);
}

/**
 * Gzipped bytes of the inline scripts as issue 27 counts them: each script gzipped on its own. Stricter than
 * compressing them together (one script's words then compress the next's, as in the page's own compression), so
 * no script hides in another's dictionary.
 */
function inlineOneByOne(html: string): number {
  return inlineScripts(html).reduce((sum, code) => sum + (code ? gzipSync(code).length : 0), 0);
}

describe('JavaScript before interaction', () => {
  const pages = builtPages();
  const lessons = pages.filter((p) => p.path.includes('/lessen/') && !p.path.endsWith('/lessen/'));

  it('is at most 3.5 KB gzipped on every lesson page', () => {
    expect(lessons.length).toBeGreaterThan(0);
    const over = lessons
      .map((p) => ({ path: p.path, bytes: jsBeforeInteraction(p.html) }))
      .filter((p) => p.bytes > LESSON_BUDGET);
    expect(over).toEqual([]);
  });

  it('is at most 3.5 KB gzipped inline on every lesson page, each inline script gzipped on its own', () => {
    expect(lessons.length).toBeGreaterThan(0);
    const over = lessons
      .map((p) => ({ path: p.path, bytes: inlineOneByOne(p.html), scripts: inlineScripts(p.html).length }))
      .filter((p) => p.bytes > LESSON_BUDGET);
    expect(over).toEqual([]);
  });

  it('is minified on every page: no inline script keeps comments or indentation', () => {
    const loose = pages.flatMap(({ path, html }) =>
      inlineScripts(html)
        .filter((code) => /\n\s|^\s*\/\/|\/\*/m.test(code))
        .map((code) => `${path}: ${code.slice(0, 60)}…`),
    );
    expect(loose).toEqual([]);
  });
});
