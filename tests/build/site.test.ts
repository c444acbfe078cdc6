import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, DIST, indexedUrls, lessonSlugs, requireBuild } from './dist';
import { headScript } from '../../src/components/layout/inline-scripts';

beforeAll(requireBuild);

describe('the built site', () => {
  it('has a page for every lesson', () => {
    const slugs = lessonSlugs();
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) expect(existsSync(join(DIST, 'lessen', slug, 'index.html')), slug).toBe(true);
  });

  it('has the fixed pages: home, glossary, search and a Dutch 404', () => {
    for (const page of ['index.html', 'begrippen/index.html', 'zoeken/index.html', '404.html']) {
      expect(existsSync(join(DIST, page)), page).toBe(true);
    }
  });

  it('gives every page lang="nl", a title and a description', () => {
    for (const { path, html } of builtPages()) {
      // Redirect stubs (if any) carry no content of their own.
      if (/<meta http-equiv="refresh"/.test(html)) continue;
      expect(html, path).toMatch(/<html[^>]* lang="nl"/);
      expect(html, path).toMatch(/<title>[^<]{3,}<\/title>/);
      expect(html, path).toMatch(/<meta name="description" content="[^"]{20,}"/);
    }
  });

  it('indexes every lesson page for search', () => {
    const urls = indexedUrls();
    for (const slug of lessonSlugs()) expect(urls.some((u) => u.endsWith(`/lessen/${slug}/`)), slug).toBe(true);
  });

  it('keeps knowledge-check answers out of the search index', () => {
    for (const { path, html } of builtPages()) {
      const check = html.match(/<section[^>]*class="[^"]*knowledge-check[^"]*"[^>]*>/);
      if (check) expect(check[0], path).toContain('data-pagefind-ignore');
    }
  });

  it('ships no script of ours on a page without islands, except the small inline one in <head>', () => {
    for (const { path, html } of builtPages()) {
      // Search, the workshop and the live room's participant page are applications: their script is the page.
      const app = ['/zoeken/', '/workshop/', '/live/'].some((p) => path.startsWith(p));
      if (html.includes('<astro-island') || app) continue;
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      // No bundles: anything with src= or type=module would be one.
      expect(scripts.filter(([, attrs]) => /\bsrc=|type="module"/.test(attrs!)), path).toEqual([]);
      // Only the theme bootstrap with the offline registration (one script, as minified for the pages), small.
      const inline = scripts.map(([, , code]) => code!);
      expect(inline.filter((c) => c !== headScript), path).toEqual([]);
      for (const code of inline) expect(code.length, path).toBeLessThan(2000);
    }
  });
});
