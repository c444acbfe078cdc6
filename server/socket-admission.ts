/**
 * Who may open a live socket, and how long it stays: the HTTP upgrade is refused for another path, another
 * site's page (`Origin`), another host name (`host-check.ts`, against DNS rebinding) and an address that
 * holds too many sockets already (the laptop's own excepted); an open socket must answer the heartbeat (the
 * `ws` README's pattern: a ping every `heartbeatMs`, a socket that did not answer the last one is dropped, so
 * the count is the people who are there) and join a room within `joinTimeoutMs`.
 */
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { WebSocketServer } from 'ws';
import { LIVE_SOCKET_PATH } from '../src/lib/island-sync/live-protocol';
import type { Conn } from './live-room';

export { clientAddress, isLoopback } from './client-address';

/** A page of another site may not open a socket here (the browser sends its Origin; ours matches Host). */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** What the upgrade check needs of the server. */
export interface AdmissionRules {
  maxSockets: number;
  hostOk(req: IncomingMessage): boolean;
  address(req: IncomingMessage): string;
  isLaptop(address: string): boolean;
  /** Open sockets of an address now (in Redis mode: on every process). */
  socketsOf(address: string): number | Promise<number>;
  note(key: string, line: (n: number, seconds: number) => string): void;
}

/** The `upgrade` handler: a socket for the live path, or a refusal (one log line per burst). */
export function upgradeHandler(wss: WebSocketServer, rules: AdmissionRules) {
  return async (req: IncomingMessage, socket: Socket, head: Buffer): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const origin = req.headers.origin;
    const address = rules.address(req);
    const crowded = (await rules.socketsOf(address)) >= rules.maxSockets && !rules.isLaptop(address);
    if (url.pathname !== LIVE_SOCKET_PATH || !sameOrigin(req) || !rules.hostOk(req) || crowded) {
      rules.note(`upgrade ${address}`, (n, seconds) =>
        n === 1
          ? `refused upgrade ${url.pathname} from ${address} (origin ${origin ?? 'none'}, host ${req.headers.host ?? 'none'}${crowded ? ', too many sockets' : ''})`
          : `refused ${n} upgrades from ${address} in ${seconds} s${crowded ? ' (too many sockets)' : ''}`,
      );
      socket.end(crowded ? 'HTTP/1.1 429 Too Many Requests\r\n\r\n' : 'HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };
}

/**
 * The heartbeat: who did not answer the last ping is gone (a phone that left the Wi-Fi never closes its
 * socket); a socket that never joins is closed too. Returns the timer (cleared on close).
 */
export function startHeartbeat(conns: Set<Conn>, heartbeatMs: number, joinTimeoutMs: number): NodeJS.Timeout {
  return setInterval(() => {
    const now = Date.now();
    for (const conn of conns) {
      if (!conn.alive || (!conn.room && now - conn.openedAt > joinTimeoutMs)) {
        conn.ws.terminate();
        continue;
      }
      conn.alive = false;
      conn.ws.ping();
    }
  }, heartbeatMs);
}
