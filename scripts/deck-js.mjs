// The workshop deck's own JavaScript, islands excluded: the page's module scripts with everything they
// import statically, plus the deck's inline boot script. Islands (and Astro's island loader) load through
// <astro-island> and are not counted. Used by `npm run bench` and the build-output test of the workshop.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Static imports and re-exports as esbuild writes them (`import{a as b}from"./x.js"`, `import"./y.js"`).
const IMPORT = /\b(?:import|export)\s*(?:[\w*{},\s$]*?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/**
 * Bytes of the deck's own JS for one built page.
 * @param {string} dist the build folder
 * @param {string} html the page's HTML
 * @param {string} base the base path the site was built with, e.g. '/' or '/cursus/'
 * @returns {{ files: string[], raw: number, gz: number }}
 */
export function deckOwnJs(dist, html, base = '/') {
  const seen = new Set();
  const queue = [...html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  const chunks = [];
  while (queue.length) {
    const src = queue.shift();
    const rel = src.startsWith(base) ? src.slice(base.length) : src.replace(/^\//, '');
    if (seen.has(rel)) continue;
    seen.add(rel);
    const code = readFileSync(join(dist, rel), 'utf8');
    chunks.push(code);
    const dir = rel.slice(0, rel.lastIndexOf('/') + 1);
    for (const m of code.matchAll(IMPORT)) queue.push(base + new URL(m[1], `http://x/${dir}`).pathname.slice(1));
  }
  // The deck's inline boot script (see src/components/workshop/deck-boot.ts); Astro's island scripts are not ours.
  const boot = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((s) => s.includes('data-deck-stage'));
  const all = [...chunks, ...boot].join('\n');
  return { files: [...seen], raw: Buffer.byteLength(all), gz: gzipSync(all).length };
}
