/**
 * Astro puts its one island rule (`astro-island,astro-slot,astro-static-slot{display:contents}`) in a `<style>`
 * right before the first island of a page, wherever that island stands. HTML allows `<style>` in `<body>` only
 * as its parent's first child, so on most pages that is invalid (the W3C checker says so; browsers apply it
 * anyway). This moves the rule into `<head>`, where it means the same and is valid. The site's CSP already
 * allows it by hash: Astro hashes it wherever it stands.
 */

/** The `<style>` element Astro writes before a page's first island (astro/dist/runtime/server/scripts.js). */
export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/**
 * The page with Astro's island `<style>` taken out of `<body>` and put once at the end of `<head>`; any other
 * page unchanged.
 * @example islandStyleInHead('<head></head><body><p></p>' + ISLAND_STYLE + '<astro-island>') // '<head>' + ISLAND_STYLE + '</head><body><p></p><astro-island>'
 */
export function islandStyleInHead(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) return html;
  const head = html.slice(0, headEnd);
  const rest = html.slice(headEnd);
  if (!rest.includes(ISLAND_STYLE)) return html;
  const inHead = head.includes(ISLAND_STYLE) ? head : head + ISLAND_STYLE;
  return inHead + rest.split(ISLAND_STYLE).join('');
}
