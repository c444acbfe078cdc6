// The built CSS keeps working on Safari 15 (README, "Dependencies" → "Browsers"): Vite 8 would otherwise
// write media queries in range syntax, which Safari before 16.4 ignores, and the phone layout would be lost.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, requireBuild } from './dist';

/** Every stylesheet the build wrote, and every inline <style> of its pages. */
function allCss(): { where: string; css: string }[] {
  requireBuild();
  const files = readdirSync(join(DIST, '_astro'))
    .filter((f) => f.endsWith('.css'))
    .map((f) => ({ where: `_astro/${f}`, css: readFileSync(join(DIST, '_astro', f), 'utf8') }));
  const inline = builtPages().flatMap(({ path, html }) =>
    [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ({ where: path, css: m[1]! })),
  );
  return [...files, ...inline];
}

describe('CSS browser target', () => {
  it('has stylesheets to check', () => {
    expect(allCss().length).toBeGreaterThan(0);
  });
  it('writes no media query in range syntax (Safari < 16.4 would ignore it)', () => {
    const ranged = allCss().flatMap(({ where, css }) =>
      [...css.matchAll(/@media[^{]*(?:width|height)\s*[<>]=?/g)].map((m) => `${where}: ${m[0]}`),
    );
    expect(ranged).toEqual([]);
  });
});
