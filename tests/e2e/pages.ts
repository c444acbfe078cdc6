/** The pages of the built site, as paths relative to the base URL ('' for home, 'lessen/x/'), read from dist/. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function sitePaths(): string[] {
  const dist = join(process.cwd(), process.env['DIST_DIR'] || 'dist');
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['pagefind', '_astro'].includes(entry.name)) walk(full);
      } else if (entry.name === 'index.html') {
        paths.push(relative(dist, dir).split(sep).join('/').replace(/(.)$/, '$1/'));
      }
    }
  };
  walk(dist);
  return paths.sort();
}
