// Small CSS is inlined (issue 13): no page waits for a small render-blocking stylesheet, and the strict CSP still
// allows every inline <style> by its hash (Astro adds the hashes of what it emits; a missing one would leave the
// page unstyled in the browser).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, builtPages, DIST } from './dist';

/** astro.config.mjs inlines stylesheets up to this size. */
const CSS_INLINE_LIMIT = 16 * 1024;

/** The style-src sources of a page's CSP meta tag. */
function styleSources(html: string): string[] {
  const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const directive = csp.split(';').find((d) => d.trim().startsWith('style-src')) ?? '';
  return directive.trim().split(/\s+/).slice(1);
}

describe('inlined CSS', () => {
  it('links no stylesheet smaller than the inline limit', () => {
    const small = builtPages().flatMap(({ path, html }) =>
      [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)]
        .map((m) => m[1]!)
        .filter((href) => {
          const file = join(DIST, href.slice(BASE.length));
          return readFileSync(file).length <= CSS_INLINE_LIMIT;
        })
        .map((href) => `${path} → ${href}`),
    );
    expect(small).toEqual([]);
  });

  it('styles the site-wide chrome inline on every page', () => {
    for (const { path, html } of builtPages()) {
      if (!html.includes('site-header')) continue;
      expect(html, path).toMatch(/<style>[^<]*\.site-header/);
    }
  });

  it('lists the hash of every inline <style> in the page’s CSP', () => {
    const missing = builtPages().flatMap(({ path, html }) => {
      const allowed = new Set(styleSources(html));
      return [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)]
        .map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`)
        .filter((hash) => !allowed.has(hash))
        .map((hash) => `${path}: ${hash}`);
    });
    expect(missing).toEqual([]);
  });
});
