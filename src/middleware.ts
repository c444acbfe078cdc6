/**
 * Runs on every page as it is rendered (at build time for this static site, and in `astro dev`): makes the
 * HTML valid where Astro's own output is not (src/lib/island-style.ts says how and why). Anything that is not
 * an HTML page passes untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { ISLAND_STYLE, islandStyleInHead } from './lib/island-style';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const body = html.includes(ISLAND_STYLE) ? islandStyleInHead(html) : html;
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
