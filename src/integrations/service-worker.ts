import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serviceWorkerSource } from '../lib/offline/service-worker-source';

/** Files the offline copy leaves out: the service worker itself, source maps and the live room's page. */
const SKIP = /(^|\/)(sw\.js|.*\.map)$|^live\//;

/**
 * Writes `<outDir>/sw.js` after the build: a service worker that precaches every file of the built site
 * (pages, assets, the search index), so that after one visit the whole course works offline, e.g. in a
 * workshop venue without Wi-Fi. The cache version is a hash of all file contents: any change to the site
 * gives a new version, and the old cache is removed when the new worker takes over.
 */
export default function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'voorbij-de-like:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const hash = createHash('sha256');
        const urls: string[] = [];
        const walk = (folder: string) => {
          for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
            const full = join(folder, entry.name);
            const rel = relative(outDir, full).split(sep).join('/');
            if (entry.isDirectory()) walk(full);
            else if (!SKIP.test(rel)) {
              hash.update(rel).update(readFileSync(full));
              // Pages are cached under their directory URL, the one readers and links use.
              urls.push(base + rel.replace(/(^|\/)index\.html$/, '$1'));
            }
          }
        };
        walk(outDir);
        const version = hash.digest('hex').slice(0, 12);
        writeFileSync(join(outDir, 'sw.js'), serviceWorkerSource({ version, base, urls }));
        logger.info(`Service worker ${version}: ${urls.length} files for offline use.`);
      },
    },
  };
}
