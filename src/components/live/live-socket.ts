/**
 * The browser's end of a live room: one WebSocket to the live server on the same host and port (so CSP's
 * `connect-src 'self'` covers it), joined on every (re)connect, reconnecting with backoff
 * (`src/lib/live/backoff.ts`) until the server says the room or PIN is wrong, the room ended or is closed.
 * Every message that arrives is validated (`parseServerMessage`) before anyone sees it. Used by the deck
 * (hosts) and the participant page.
 *
 * Heartbeat from this side (`src/lib/live/liveness.ts`): after 5 s of silence the client pings, after 12 s
 * it gives the socket up and reconnects; when the page becomes visible again or the device comes back
 * online, it checks at once ('checking' until the server answers). So a phone never says "live" for long
 * when it is not, and one that slept catches up within seconds.
 */
import {
  LIVE_SOCKET_PATH,
  parseServerMessage,
  type LiveClientMessage,
  type LiveServerMessage,
} from '../../lib/island-sync/live-protocol';
import { SYNC_APP, SYNC_VERSION } from '../../lib/island-sync/protocol';
import { reconnectDelay } from '../../lib/live/backoff';
import { liveness, LIVENESS } from '../../lib/live/liveness';

/** A client message without its envelope (added here). */
export type Outgoing = LiveClientMessage extends infer M
  ? M extends LiveClientMessage
    ? Omit<M, 'app' | 'v' | 'from'>
    : never
  : never;

/** Where the connection stands, for the page to show. */
export type LiveStatus = 'connecting' | 'live' | 'checking' | 'reconnecting' | 'refused';

/** Why the server refused for good (no retry), from its close code (`CLOSE` in server/live-room.ts). */
const REFUSED: Record<number, string> = {
  4401: 'bad-pin',
  4403: 'room-closed',
  4404: 'no-room',
  4410: 'ended',
  4423: 'locked',
};
/** The server asks to come back later (too many tries or newcomers from this address). */
const TOO_MANY = 4429;
const TOO_MANY_WAIT_MS = 10_000;
/** After waking up, the server has this long to answer before the socket is given up. */
const CHECK_MS = 3_000;

/** Options for `openLiveSocket`. */
export interface LiveSocketOptions {
  /** The join message, asked for on every (re)connect (the voter token or PIN may have changed). */
  join: () => Outgoing;
  onMessage: (message: LiveServerMessage) => void;
  onStatus?: (status: LiveStatus, detail?: string) => void;
}

/** An open live connection. */
export interface LiveSocket {
  /** Sends a message if connected and joined; returns whether it went out. */
  send(message: Outgoing): boolean;
  /** This client's id in the envelope. */
  readonly self: string;
  /** Checks at once whether the connection still carries (reconnects when it does not). */
  check(): void;
  close(): void;
}

/** The ws:// or wss:// URL of the live socket on this page's host. */
export function liveSocketUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${LIVE_SOCKET_PATH}`;
}

/** Connects and keeps connecting. */
export function openLiveSocket(options: LiveSocketOptions): LiveSocket {
  const self = Math.random().toString(36).slice(2, 12);
  let ws: WebSocket | null = null;
  let joined = false;
  let attempt = 0;
  let stopped = false;
  let timer = 0;
  let lastHeard = Date.now();
  let checkTimer = 0;

  const raw = (message: Outgoing) => {
    ws?.send(JSON.stringify({ app: SYNC_APP, v: SYNC_VERSION, from: self, ...message }));
  };

  const retryLater = (delay: number) => {
    options.onStatus?.('reconnecting');
    clearTimeout(timer);
    timer = window.setTimeout(connect, delay);
  };

  /** Gives up a socket that went silent (it may never close by itself) and connects anew at once. */
  const lose = () => {
    const socket = ws;
    ws = null;
    joined = false;
    clearTimeout(checkTimer);
    socket?.close();
    if (stopped) return;
    attempt = 0;
    options.onStatus?.('reconnecting');
    connect();
  };

  function connect(): void {
    if (stopped) return;
    options.onStatus?.(attempt === 0 ? 'connecting' : 'reconnecting');
    const socket = new WebSocket(liveSocketUrl(window.location));
    ws = socket;
    lastHeard = Date.now();
    socket.addEventListener('open', () => {
      if (ws === socket) raw(options.join());
    });
    socket.addEventListener('message', (event) => {
      if (ws !== socket) return;
      lastHeard = Date.now();
      let data: unknown;
      try {
        data = JSON.parse(String(event.data));
      } catch {
        return;
      }
      const message = parseServerMessage(data);
      if (!message) return;
      if (message.kind === 'welcome') {
        joined = true;
        attempt = 0;
      }
      // Whatever the server says proves the connection: a 'checking' page is live again.
      if (joined) {
        clearTimeout(checkTimer);
        options.onStatus?.('live');
      }
      if (message.kind === 'pong') return;
      options.onMessage(message);
    });
    socket.addEventListener('close', (event) => {
      if (ws !== socket) return;
      joined = false;
      ws = null;
      clearTimeout(checkTimer);
      if (stopped) return;
      // Wrong PIN, no such room, room ended, closed or locked: trying again will not help.
      const refused = REFUSED[event.code];
      if (refused) {
        options.onStatus?.('refused', refused);
        return;
      }
      if (event.code === TOO_MANY) return retryLater(TOO_MANY_WAIT_MS);
      retryLater(reconnectDelay(attempt++, Math.random()));
    });
  }

  /** Asks the server whether the socket still carries; gives it up when no answer comes in time. */
  const check = () => {
    if (stopped) return;
    if (!ws) {
      // Waiting out the backoff: try at once instead.
      clearTimeout(timer);
      attempt = 0;
      connect();
      return;
    }
    if (!joined) return;
    options.onStatus?.('checking');
    raw({ kind: 'ping' });
    clearTimeout(checkTimer);
    checkTimer = window.setTimeout(lose, CHECK_MS);
  };

  connect();
  // The watchdog: timers stop while a phone sleeps, so the first tick after waking sees the long silence.
  const watchdog = window.setInterval(() => {
    if (stopped || !ws || !joined) return;
    const state = liveness(lastHeard, Date.now());
    if (state === 'stale') lose();
    else if (state === 'ping') raw({ kind: 'ping' });
  }, LIVENESS.pingAfterMs / 2);
  // A phone that wakes up or comes back on the Wi-Fi: check at once.
  window.addEventListener('online', check);
  window.addEventListener('pageshow', check);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });

  return {
    self,
    check,
    send(message) {
      if (!joined || !ws || ws.readyState !== WebSocket.OPEN) return false;
      raw(message);
      return true;
    },
    close() {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(checkTimer);
      clearInterval(watchdog);
      ws?.close();
    },
  };
}

/** What the status endpoint says; null when no live server answers (the static site). */
export interface LiveStatusAnswer {
  live: true;
  room?: string;
  pin?: string;
  joinUrl?: string;
  qr?: string;
}

/** Asks the server whether it runs a live room; never throws. */
export async function probeLive(path: string): Promise<LiveStatusAnswer | null> {
  try {
    const response = await fetch(path, { cache: 'no-store', headers: { accept: 'application/json' } });
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('application/json')) return null;
    const body = (await response.json()) as unknown;
    if (typeof body !== 'object' || body === null || (body as { live?: unknown }).live !== true) return null;
    return body as LiveStatusAnswer;
  } catch {
    return null;
  }
}
