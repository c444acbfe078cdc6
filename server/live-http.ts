/**
 * The live server's HTTP routes, besides the socket: the status answer (`LIVE_STATUS_PATH`: the PIN and the
 * room only for the trainer's own machine), a room's results as CSV (the laptop needs no PIN; another device
 * sends it in a header, never in the address, and its tries count against the same limits as the socket's),
 * the bench's metrics, a room's page and the built site (`static-files.ts`). A request for another host name
 * (DNS rebinding) gets no answer at all, the PIN least of all.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isRoomCode, LIVE_STATUS_PATH } from '../src/lib/island-sync/live-protocol';
import { resultsCsv } from '../src/lib/live/csv';
import type { VoteStore } from '../src/lib/live/vote-book';
import type { Room } from './live-room';
import type { LiveMetrics } from './live-metrics';
import type { LiveStats, RoomBackend } from './room-backend';
import { clientAddress, isLoopback } from './client-address';
import { resolveFile, sendFile, serveStatic } from './static-files';

/** What the routes need of the server. */
export interface HttpContext {
  distDir: string;
  backend: RoomBackend;
  rooms: Map<string, Room>;
  votes: VoteStore;
  stats: LiveStats;
  metrics: LiveMetrics;
  extraRoutes: ((req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>) | undefined;
  describeRoom: ((room: string) => Promise<Record<string, unknown>> | Record<string, unknown>) | undefined;
  hostOk(req: IncomingMessage): boolean;
  address(req: IncomingMessage): string;
  isLaptop(address: string | undefined): boolean;
  findRoom(code: string): Room | undefined | null | Promise<Room | null>;
  tellHosts(room: Room, notice?: string): void;
  note(key: string, line: (n: number, seconds: number) => string): void;
}

/** The request handler (errors are the caller's: it answers 500). */
export function httpRoutes(context: HttpContext) {
  const { distDir, backend, rooms } = context;
  return async (req: IncomingMessage, res: ServerResponse): Promise<unknown> => {
    if (context.extraRoutes && (await context.extraRoutes(req, res))) return;
    if (!context.hostOk(req)) {
      context.note(`host ${req.socket.remoteAddress}`, (n) => `refused ${n} request(s) for host ${req.headers.host}`);
      return void res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end('Onbekende host');
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const local = context.isLaptop(req.socket.remoteAddress);
    const json = (status: number, body: unknown) =>
      res
        .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
        .end(JSON.stringify(body));
    if (path === LIVE_STATUS_PATH) {
      // A phone on the LAN learns that the server runs.
      const newest = [...rooms.values()].filter((r) => !r.ended).at(-1);
      if (!local || !newest) return json(200, { live: true });
      const extra = context.describeRoom ? await context.describeRoom(newest.code) : {};
      return json(200, { live: true, room: newest.code, pin: newest.pin, ...extra });
    }
    const csv = /^\/live\/api\/([a-z0-9]+)\/resultaten\.csv$/.exec(path);
    if (csv) {
      const room = isRoomCode(csv[1]) ? await context.findRoom(csv[1]) : undefined;
      if (!room) return json(404, { error: 'not found' });
      if (!local) {
        const address = context.address(req);
        const check = await backend.pinCheck(room, address, Date.now());
        if (!check.ok) return json(429, { error: check.reason });
        if (req.headers['x-live-pin'] !== room.pin) {
          if ((await backend.pinMiss(room, address, Date.now())).lockedNow) {
            context.tellHosts(room, 'Pincode geblokkeerd na foute pogingen.');
          }
          context.note(
            `csv ${address}`,
            (n, seconds) => `refused the CSV ${n}× to ${address} in ${seconds} s (wrong PIN)`,
          );
          return json(404, { error: 'not found' });
        }
        await backend.pinHit(room, address);
      }
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="resultaten-${room.code}.csv"`,
        'cache-control': 'no-store',
      });
      return res.end(resultsCsv(context.votes.results(room.code)));
    }
    // Behind a proxy (Redis mode) the bench asks each process from the machine itself; a request that came
    // through the proxy is the client's (its X-Forwarded-For), never loopback, so the public side gets a 404.
    if (path === '/live/api/metrics' && (local || (backend.behindProxy && isLoopback(clientAddress(req, true))))) {
      return json(200, context.metrics.report(context.stats));
    }
    const page = /^\/live\/([a-z0-9]+)\/?$/.exec(path);
    if (page) {
      const file = resolveFile(distDir, '/live/index.html');
      // An ended room's page still loads: its script hears `ended` and goes on to the next room or the end.
      const exists = page[1] && (rooms.has(page[1]) || (await backend.knowsRoom(page[1])));
      if (!exists || !file) return serveStatic(req, res, distDir, '/404-not-here/');
      if (!path.endsWith('/')) return void res.writeHead(301, { location: `${path}/` }).end();
      return sendFile(req, res, file, 200, 'no-store');
    }
    if (path.startsWith('/live/api/')) return json(404, { error: 'not found' });
    return serveStatic(req, res, distDir, path);
  };
}
