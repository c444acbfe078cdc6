import { createHash } from 'node:crypto';

/**
 * The CSP source expression for an inline script: Astro's CSP hashes the scripts it bundles, but not
 * `is:inline` ones, so each page adds these itself (BaseLayout, before anything renders).
 * @example scriptHash('alert(1)') // "sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI="
 */
export function scriptHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code).digest('base64')}`;
}
