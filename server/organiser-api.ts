/**
 * The organiser API (issue 26): whoever runs a hosted live service sets `LIVE_ORGANISER_KEY`; a trainer
 * who has that key opens and ends rooms from /workshop/, lists them and downloads their results. Mounted on
 * the live server through its `extraRoutes` hook; absent without the key (main.ts).
 *
 *   GET  /live/api/organiser                              → { organiser: true } (no key: the panel's probe)
 *   GET  /live/api/organiser/rooms                        → { rooms: [...] } of this key, newest first
 *   POST /live/api/organiser/rooms                        → 201 { room: { code, pin, joinUrl, qr, openedAt } }
 *   POST /live/api/organiser/rooms/<code>/end             → { room }
 *   GET  /live/api/organiser/rooms/<code>/resultaten.csv  → the CSV, while the results are kept
 *
 * - The key travels in the `x-organiser-key` header, never in the address; it is compared in constant time
 *   (digests of equal length with `timingSafeEqual`). A browser page of another site cannot send that header
 *   without a CORS preflight, which this API never grants.
 * - Wrong keys are limited per address (`KeyGuard`); behind the local proxy of a hosted service
 *   (`behindProxy`) the address is the client's, not the proxy's (`client-address.ts`, as the live server).
 * - Every answer is JSON (the CSV excepted) with a Dutch `message` on failure; the only secret ever sent is a
 *   new room's PIN, to the organiser who opened it.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { KeyGuard } from '../src/lib/live/key-guard';
import { ORGANISER_KEY_HEADER, ORGANISER_MESSAGES, ORGANISER_PATH } from '../src/lib/live/organiser-rooms';
import { isRoomCode } from '../src/lib/island-sync/live-protocol';
import { clientAddress, publicScheme } from './client-address';
import type { RoomDirectory } from './room-directory';

export interface OrganiserApiOptions {
  key: string;
  directory: RoomDirectory;
  /** The QR code (SVG) for a participants' address. */
  qr: (joinUrl: string) => Promise<string>;
  guard?: KeyGuard;
  clock?: () => number;
  /** Hosted behind a reverse proxy on this machine (Redis mode): believe its forwarding headers. */
  behindProxy?: boolean;
  log?: (line: string) => void;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Whether `given` is the key, in time that does not depend on where they differ. */
export function sameKey(given: string | undefined, key: string): boolean {
  return timingSafeEqual(digest(given ?? ''), digest(key)) && given !== undefined;
}

/** The owner a key's rooms are filed under: a digest, so the key itself is never stored in Redis. */
export function ownerOf(key: string): string {
  return createHash('sha256').update(`vdl-organiser:${key}`).digest('hex').slice(0, 24);
}

/** The handler for `extraRoutes`: true when the request was the organiser API's. */
export function organiserRoutes(
  options: OrganiserApiOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const guard = options.guard ?? new KeyGuard();
  const clock = options.clock ?? Date.now;
  const owner = ownerOf(options.key);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));

  const behindProxy = options.behindProxy ?? false;
  const origin = (req: IncomingMessage) => {
    const host = req.headers.host ?? '';
    const safeHost = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(host) ? host : 'localhost';
    return `${publicScheme(req, behindProxy)}://${safeHost}`;
  };

  return async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== ORGANISER_PATH && !path.startsWith(`${ORGANISER_PATH}/`)) return false;
    const json = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}): true => {
      res
        .writeHead(status, {
          'content-type': 'application/json; charset=utf-8',
          'cache-control': 'no-store',
          ...headers,
        })
        .end(JSON.stringify(body));
      return true;
    };
    const fail = (status: number, error: string, message: string, headers?: Record<string, string>) =>
      json(status, { error, message }, headers);
    try {
      if (path === ORGANISER_PATH) {
        return req.method === 'GET' ? json(200, { organiser: true }) : fail(405, 'method', ORGANISER_MESSAGES.method);
      }
      // Everything else needs the key: checked before the path is even read.
      const address = clientAddress(req, behindProxy);
      const now = clock();
      const check = guard.check(address, now);
      if (!check.ok) {
        const seconds = String(Math.ceil(check.retryInMs / 1000));
        return fail(429, 'wait', ORGANISER_MESSAGES.tooMany(check.retryInMs), { 'retry-after': seconds });
      }
      const given = req.headers[ORGANISER_KEY_HEADER];
      if (!sameKey(typeof given === 'string' ? given : undefined, options.key)) {
        guard.miss(address, now);
        log(`organiser: wrong key from ${address}`);
        return fail(401, 'key', ORGANISER_MESSAGES.wrongKey);
      }
      guard.hit(address);
      return await route(req, res, path, now, json, fail);
    } catch (error) {
      log(`organiser: ${String(error)}`);
      return fail(500, 'failed', ORGANISER_MESSAGES.failed);
    }
  };

  async function route(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    now: number,
    json: (status: number, body: Record<string, unknown>) => true,
    fail: (status: number, error: string, message: string) => true,
  ): Promise<true> {
    const { directory } = options;
    if (path === `${ORGANISER_PATH}/rooms`) {
      if (req.method === 'GET') return json(200, { rooms: await directory.list(owner, now) });
      if (req.method !== 'POST') return fail(405, 'method', ORGANISER_MESSAGES.method);
      const room = await directory.open(owner, now);
      const joinUrl = `${origin(req)}/live/${room.code}/`;
      return json(201, { room: { ...room, joinUrl, qr: await options.qr(joinUrl) } });
    }
    const match = /^\/live\/api\/organiser\/rooms\/([^/]+)\/(end|resultaten\.csv)$/.exec(path);
    if (!match || !isRoomCode(match[1])) return fail(404, 'not-found', ORGANISER_MESSAGES.notFound);
    const code = match[1];
    if (match[2] === 'end') {
      if (req.method !== 'POST') return fail(405, 'method', ORGANISER_MESSAGES.method);
      const room = await directory.end(owner, code, now);
      return room ? json(200, { room }) : fail(404, 'no-room', ORGANISER_MESSAGES.noRoom);
    }
    if (req.method !== 'GET') return fail(405, 'method', ORGANISER_MESSAGES.method);
    const csv = await directory.resultsCsv(owner, code, now);
    if (csv === null) return fail(404, 'no-room', ORGANISER_MESSAGES.noRoom);
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="resultaten-${code}.csv"`,
      'cache-control': 'no-store',
    });
    res.end(csv);
    return true;
  }
}
