import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

/**
 * The CSP source expression for an inline script: Astro's CSP hashes the scripts it bundles, but not
 * `is:inline` ones, so each page adds these itself (BaseLayout, before anything renders).
 * @example scriptHash('alert(1)') // "sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI="
 */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}

/**
 * An inline script as it goes into every page: minified at build time (no comments, no whitespace, short
 * local names), so the commented source stays readable while each page carries only what runs. Nothing is
 * lowered: the sources are written for the browsers the site supports (ES2020). Hash the result, not the source.
 * @example minifyScript('// hi\n(() => { const answer = 42; console.log(answer); })();') // 'console.log(42);'
 */
export function minifyScript(source: string): string {
  return transformSync(source, { minify: true, target: 'es2020', legalComments: 'none', loader: 'js' }).code.trim();
}
