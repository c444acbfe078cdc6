/**
 * The browser's end of a live room: one WebSocket to the live server on the same host and port (so CSP's
 * `connect-src 'self'` covers it), joined on every (re)connect, reconnecting with backoff
 * (`src/lib/live/backoff.ts`) until the server says the room or PIN is wrong. Every message that arrives is
 * validated (`parseServerMessage`) before anyone sees it. Used by the deck (hosts) and the participant page.
 */
import {
  LIVE_SOCKET_PATH,
  parseServerMessage,
  type LiveClientMessage,
  type LiveServerMessage,
} from '../../lib/island-sync/live-protocol';
import { SYNC_APP, SYNC_VERSION } from '../../lib/island-sync/protocol';
import { reconnectDelay } from '../../lib/live/backoff';

/** A client message without its envelope (added here). */
export type Outgoing = LiveClientMessage extends infer M
  ? M extends LiveClientMessage
    ? Omit<M, 'app' | 'v' | 'from'>
    : never
  : never;

/** Where the connection stands, for the page to show. */
export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'refused';

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

  const raw = (message: Outgoing) => {
    ws?.send(JSON.stringify({ app: SYNC_APP, v: SYNC_VERSION, from: self, ...message }));
  };

  const connect = () => {
    if (stopped) return;
    options.onStatus?.(attempt === 0 ? 'connecting' : 'reconnecting');
    const socket = new WebSocket(liveSocketUrl(window.location));
    ws = socket;
    socket.addEventListener('open', () => raw(options.join()));
    socket.addEventListener('message', (event) => {
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
        options.onStatus?.('live');
      }
      options.onMessage(message);
    });
    socket.addEventListener('close', (event) => {
      joined = false;
      if (ws === socket) ws = null;
      if (stopped) return;
      // 4401: wrong PIN, 4404: no such room: trying again will not help.
      if (event.code === 4401 || event.code === 4404) {
        options.onStatus?.('refused', event.code === 4401 ? 'bad-pin' : 'no-room');
        return;
      }
      options.onStatus?.('reconnecting');
      timer = window.setTimeout(connect, reconnectDelay(attempt++, Math.random()));
    });
  };

  connect();
  // A phone that wakes up or comes back on the Wi-Fi: try at once instead of waiting out the backoff.
  const retryNow = () => {
    if (stopped || ws) return;
    clearTimeout(timer);
    attempt = 0;
    connect();
  };
  window.addEventListener('online', retryNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') retryNow();
  });

  return {
    self,
    send(message) {
      if (!joined || !ws || ws.readyState !== WebSocket.OPEN) return false;
      raw(message);
      return true;
    },
    close() {
      stopped = true;
      clearTimeout(timer);
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
