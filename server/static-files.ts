/**
 * Serves the built site (`dist/`) over plain HTTP: GET and HEAD only, no directory listings, no path outside
 * the folder (a symbolic link is followed only when its target is inside the folder too), `index.html` for directory URLs (the site is built with trailing slashes), and the site's own
 * 404 page for anything missing.
 */
import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

/**
 * The base path a build was made for ('/' at the root), read from a page's asset links: the live server
 * serves the root build only, so `npm run live` rebuilds a `dist/` made for a sub-folder.
 * @example builtBase('<script src="/cursus/_astro/a.js">') // '/cursus'
 */
export function builtBase(html: string): string {
  return /(?:src|href)="([^"]*?)\/_astro\//.exec(html)?.[1] || '/';
}

/** Whether `path` is `root` or inside it. */
function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * The file under `root` a URL path names, or null when it escapes the folder (by `..` or by a link that
 * points outside) or does not exist. Returns the real path, so what is read is what was checked.
 */
export function resolveFile(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = normalize(join(root, decoded));
  if (!isInside(root, full)) return null;
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return null;
  }
  for (const candidate of [full, join(full, 'index.html')]) {
    try {
      const real = realpathSync(candidate);
      if (isInside(realRoot, real) && statSync(real).isFile()) return real;
    } catch {
      // Not there: try the next candidate.
    }
  }
  return null;
}

/**
 * Marks every HTML page the live server sends, so the page's script knows a live server is there before it
 * asks (on a static host there is no marker and no request, so no failed request either).
 */
export const LIVE_MARKER = '<meta name="vdl-live" content="1">';

/** An HTML page's bytes with the live marker right after `<head>`. */
function markedHtml(file: string): Buffer {
  return Buffer.from(readFileSync(file, 'utf8').replace(/<head>/i, `<head>${LIVE_MARKER}`), 'utf8');
}

/** Sends one file with its type; `status` for the 404 page. */
export function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  status = 200,
  cache = 'no-cache',
): void {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const html = extname(file).toLowerCase() === '.html' ? markedHtml(file) : null;
  res.writeHead(status, {
    'content-type': type,
    'content-length': html ? html.length : statSync(file).size,
    'cache-control': cache,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  if (html) res.end(html);
  else createReadStream(file).pipe(res);
}

/** Serves `pathname` from `root`; a missing file gets the site's 404 page (or plain text). */
export function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, pathname: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  // A directory URL without its slash: redirect, as the static hosts do, so relative links keep working.
  const file = resolveFile(root, pathname);
  if (file && file.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
    res.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  if (file)
    return sendFile(
      req,
      res,
      file,
      200,
      pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  const notFound = resolveFile(root, '/404.html');
  if (notFound) return sendFile(req, res, notFound, 404);
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden');
}
