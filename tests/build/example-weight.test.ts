/**
 * The worked examples' weight in the built site (issue 22, "Light"). While a lesson is read, its examples
 * load at most 3 KB gzipped of JS (the loader and `live.ts`, which makes the controls), and only when one
 * nears the screen; a lesson without examples loads none of it. The code a reader's first change loads (the
 * scenarios, their models, the parser) is bundled apart (src/integrations/example-edit.ts), so none of it
 * sits in the site's chunks: there it would split the calculator islands' chunks into smaller ones, and every
 * lesson would load more. `npm run bench` measures the same in Chromium (scripts/bench-examples.mjs).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { scenarios } from '../../src/lib/scenarios';
import { DIST, lessonSlugs, requireBuild } from './dist';

beforeAll(requireBuild);

/** The budget, as scripts/bench-examples.mjs states it: 3 KB gzipped per lesson while it is read. */
const EXAMPLE_BUDGET = 3 * 1024;

const ASTRO = join(DIST, '_astro');
const read = (file: string) => readFileSync(join(ASTRO, file), 'utf8');
const gz = (file: string) => gzipSync(readFileSync(join(ASTRO, file))).length;

/** The `_astro` files a page starts from: its module scripts and its islands' components and renderers. */
function pageScripts(html: string): string[] {
  const urls = [...html.matchAll(/(?:src|component-url|renderer-url|before-hydration-url)="([^"]+\.js)"/g)];
  return urls.map((m) => m[1]!.split('/').pop()!).filter((f) => existsSync(join(ASTRO, f)));
}

/** The files that statically imported files pull in (`from"./x.js"`, `import"./x.js"`), with themselves. */
function closure(files: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...files];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of read(file).matchAll(/\b(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)) queue.push(m[1]!);
  }
  return seen;
}

/** Chunks a file imports dynamically (`import("./x.js")`). */
function dynamicImports(file: string): string[] {
  return [...read(file).matchAll(/import\(\s*["']\.\/([\w.-]+\.js)["']\s*\)/g)].map((m) => m[1]!);
}

/** The examples' loader on reading pages (ExampleScript.astro's bundled script). */
const isLoader = (file: string) => file.startsWith('ExampleScript.astro_astro_type_script');

/** A lesson's example JS while it is read: the loader, the controls it imports, and what those pull in. */
function exampleFiles(slug: string): { files: string[]; gz: number } {
  const html = readFileSync(join(DIST, 'lessen', slug, 'index.html'), 'utf8');
  const scripts = pageScripts(html);
  const loader = scripts.filter(isLoader);
  const others = closure(scripts.filter((f) => !isLoader(f)));
  const files = [...closure([...loader, ...loader.flatMap(dynamicImports)])].filter((f) => !others.has(f));
  return { files, gz: files.reduce((n, f) => n + gz(f), 0) };
}

const lessonHtml = (slug: string) => readFileSync(join(DIST, 'lessen', slug, 'index.html'), 'utf8');
const withExamples = () => lessonSlugs().filter((s) => lessonHtml(s).includes('data-scenario'));

describe('the worked examples’ JavaScript', () => {
  it('there are lessons with live examples to check', () => {
    expect(withExamples().length).toBeGreaterThan(0);
  });

  it.each(lessonSlugs())('%s: at most 3 KB gzipped of example JS while it is read, loaded near the screen', (slug) => {
    const { files, gz: bytes } = exampleFiles(slug);
    if (!withExamples().includes(slug)) {
      expect(files, 'a lesson without examples loads none of their code').toEqual([]);
      return;
    }
    // The loader itself only watches for an example near the screen; the controls come by dynamic import.
    expect(files.some(isLoader)).toBe(true);
    expect(files.length).toBeGreaterThan(1);
    expect(bytes, `${files.join(', ')}: ${bytes} bytes gzipped`).toBeLessThanOrEqual(EXAMPLE_BUDGET);
  });

  it('the scenarios and their editing code are bundled apart, out of the site’s chunks', () => {
    const chunks = readdirSync(ASTRO).filter((f) => f.endsWith('.js'));
    const apart = chunks.filter((f) => f.startsWith('example-'));
    expect(apart.some((f) => f.startsWith('example-edit.'))).toBe(true);
    for (const { id, title } of scenarios) {
      const holding = chunks.filter((f) => read(f).includes(title));
      // Each scenario is in the separate bundle, and nowhere else.
      expect(holding.length, `scenario ${id}`).toBeGreaterThan(0);
      expect(
        holding.filter((f) => !apart.includes(f)),
        `scenario ${id}`,
      ).toEqual([]);
    }
  });
});
