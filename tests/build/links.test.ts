import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE, builtPages, DIST, requireBuild } from './dist';

beforeAll(requireBuild);

/** The file a site-internal URL path is served from, or undefined when there is none. */
function fileFor(pathname: string): string | undefined {
  const rel = decodeURIComponent(pathname.slice(BASE.length));
  const candidates = [join(DIST, rel), join(DIST, rel, 'index.html')];
  return candidates.find((f) => existsSync(f) && statSync(f).isFile());
}

describe(`links in the build (${BASE})`, () => {
  const pages = builtPages();
  const idsByPath = new Map(
    pages.map(({ path, html }) => [BASE + path.slice(1), new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]),
  );

  it('every internal link, asset and anchor resolves', () => {
    const broken: string[] = [];
    for (const { path, html } of pages) {
      const self = BASE + path.slice(1);
      for (const [, attr, value] of html.matchAll(/\s(href|src|component-url|renderer-url)="([^"]*)"/g)) {
        if (!value || /^(https?:|mailto:|data:|tel:)/.test(value)) continue;
        const url = new URL(value, `http://site${self}`);
        if (!url.pathname.startsWith(BASE)) {
          broken.push(`${path}: ${attr}="${value}" is outside the base path ${BASE}`);
          continue;
        }
        if (!fileFor(url.pathname)) broken.push(`${path}: ${attr}="${value}" has no file`);
        else if (url.hash && attr === 'href') {
          const ids = idsByPath.get(url.pathname.replace(/index\.html$/, ''));
          const id = decodeURIComponent(url.hash.slice(1));
          if (ids && !ids.has(id) && !/^\/?\d+$/.test(id)) broken.push(`${path}: ${value} points at a missing anchor`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
