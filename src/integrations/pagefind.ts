import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` after the site is built.
 * Any error fails the build: a site whose search silently returns nothing must not ship.
 * Only elements marked `data-pagefind-body` (lesson content, glossary) are indexed; Dutch stemming comes from
 * `<html lang="nl">`.
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
          const { errors, page_count: pageCount } = await index.addDirectory({ path: outDir });
          if (errors.length > 0) throw new Error(`Pagefind failed to index: ${errors.join('; ')}`);
          if (pageCount === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing?');
          const written = await index.writeFiles({ outputPath: `${outDir.replace(/\/$/, '')}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind failed to write: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${pageCount} pages.`);
        } finally {
          await close();
        }
      },
    },
  };
}
