import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { spaceBlockBoundaries } from '../lib/search-index-html';

/** Every .html file under `dir`, except Pagefind's own output. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !path.split(sep).includes('pagefind'));
}

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` after the site is built.
 * Any error fails the build: a site whose search silently returns nothing must not ship.
 * Only elements marked `data-pagefind-body` (lesson content, glossary, calculators, self-test) are indexed;
 * Dutch stemming comes from `<html lang="nl">`. Each page is indexed from a copy with spaces between blocks
 * (src/lib/search-index-html.ts), so excerpts never glue two words together. Headings with an id become
 * Pagefind's sub-results, so a result can link to the section or glossary term that matched.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'voorbij-de-like:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors: createErrors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
          let pageCount = 0;
          for (const path of await htmlFiles(outDir)) {
            const html = await readFile(path, 'utf8');
            if (!html.includes('data-pagefind-body')) continue;
            const sourcePath = relative(outDir, path).split(sep).join('/');
            const { errors } = await index.addHTMLFile({ sourcePath, content: spaceBlockBoundaries(html) });
            if (errors.length > 0) throw new Error(`Pagefind failed to index ${sourcePath}: ${errors.join('; ')}`);
            pageCount += 1;
          }
          if (pageCount === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing?');
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${pageCount} pages.`);
        } finally {
          await close();
        }
      },
    },
  };
}
