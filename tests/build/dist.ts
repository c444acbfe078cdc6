/**
 * Helpers for tests over the built site in dist/ (built by `npm test` before Vitest runs).
 * A missing build fails loudly instead of skipping.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';

/** The build under test: dist/ for the root build, or DIST_DIR (e.g. dist-cursus for the sub-folder build). */
export const DIST = join(process.cwd(), process.env['DIST_DIR'] || 'dist');

/** The base path that build was made with, with a trailing slash. */
export const BASE = (process.env['BASE_PATH'] || '/').replace(/\/?$/, '/');

/** Throws unless dist/ holds a build. */
export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ has no build: run `npm run build` (npm test does it for you) before the build-output tests.');
  }
}

/** Every HTML page in dist/, as its URL path ('/lessen/x/') and its HTML. */
export function builtPages(): { path: string; html: string }[] {
  requireBuild();
  const pages: { path: string; html: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(DIST, full).split(sep).join('/');
        const path = `/${rel.replace(/index\.html$/, '')}`;
        pages.push({ path, html: readFileSync(full, 'utf8') });
      }
    }
  };
  walk(DIST);
  return pages;
}

/** The slugs of the lesson source files (src/content/lessons/<slug>.mdx). */
export function lessonSlugs(): string[] {
  return readdirSync(join(process.cwd(), 'src/content/lessons'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
}

/** The URLs of all pages in the Pagefind index (read from its compressed fragments). */
export function indexedUrls(): string[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  if (!existsSync(dir)) throw new Error('dist/pagefind/fragment is missing: the search index was not built.');
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    const json = text.slice(text.indexOf('{'));
    return (JSON.parse(json) as { url: string }).url;
  });
}
