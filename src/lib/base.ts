/**
 * Site-internal URLs under the configured base path (`BASE_URL`, set at build time by `BASE_PATH`).
 * Every link, asset and script URL goes through here, so the site can live in a sub-folder.
 */

/** The base path with exactly one trailing slash, e.g. '/' or '/cursus/'. */
export function basePath(): string {
  const base = import.meta.env.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * Prefixes a root-relative path with the base path. Keeps query strings and anchors.
 * @example withBase('/lessen/x/') // '/cursus/lessen/x/' when built with BASE_PATH=/cursus
 */
export function withBase(path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) return path; // absolute URL: leave alone
  return basePath() + path.replace(/^\/+/, '');
}

/**
 * Removes the base path from a pathname, for comparing the current page with a route.
 * @example stripBase('/cursus/lessen/x/') // '/lessen/x/' when the base is '/cursus/'
 */
export function stripBase(pathname: string): string {
  const base = basePath();
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}
