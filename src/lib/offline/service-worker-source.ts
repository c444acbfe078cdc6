/** What the generated service worker needs to know about the build. */
export interface ServiceWorkerBuild {
  /** Changes whenever any built file changes; names the cache. */
  version: string;
  /** The site's base path with a trailing slash, e.g. '/' or '/cursus/'. */
  base: string;
  /** Every URL to precache, base path included. */
  urls: readonly string[];
}

/**
 * The source of `sw.js`. Strategy: precache everything on install (one visit makes the site offline-ready);
 * serve from the cache first, fall back to the network, and for a page that is in neither, the cached 404
 * page. Query strings are ignored for pages (`/zoeken/?q=…`, deck slide links) and the search index, not for
 * other assets.
 * Live-room URLs (`live/…`, served by `npm run live`) are left to the network, never cached.
 * The new worker waits until the page asks it to take over ("nieuwe versie beschikbaar" → Vernieuwen), so a
 * trainer is never switched to a new version in the middle of a workshop.
 */
export function serviceWorkerSource({ version, base, urls }: ServiceWorkerBuild): string {
  return `// Generated at build time by src/integrations/service-worker.ts. Do not edit.
const VERSION = ${JSON.stringify(version)};
const CACHE = 'vdl-' + VERSION;
const BASE = ${JSON.stringify(base)};
const URLS = ${JSON.stringify(urls)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(URLS)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('vdl-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  if (event.data === 'version' && event.ports[0]) event.ports[0].postMessage(VERSION);
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  // The live room (npm run live) is always fresh from the server: its page, status and socket are never cached.
  if (url.pathname.startsWith(BASE + 'live/')) return;
  const isPage = request.mode === 'navigate';
  // Pagefind asks for its entry file with a cache-busting ?ts=…; the cached copy is the right one.
  const ignoreSearch = isPage || url.pathname.startsWith(BASE + 'pagefind/');
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // ignoreVary: module scripts carry an Origin header that the precache request had not.
      const cached = await cache.match(request, { ignoreSearch, ignoreVary: true });
      if (cached) return cached;
      try {
        return await fetch(request);
      } catch (error) {
        if (isPage) {
          const notFound = await cache.match(BASE + '404.html');
          if (notFound) return notFound;
        }
        throw error;
      }
    })(),
  );
});
`;
}
