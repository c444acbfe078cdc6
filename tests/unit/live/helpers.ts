/** Test helpers for the live server: a WebSocket client that collects what it receives, and a server kit. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { startLiveServer, type LiveServer, type LiveServerOptions } from '../../../server/live-server';

export interface TestClient {
  ws: WebSocket;
  received: Record<string, unknown>[];
  send(message: Record<string, unknown> | string): void;
  /** Resolves with the first received message (from now or earlier) that matches. */
  waitFor(match: (m: Record<string, unknown>) => boolean, timeout?: number): Promise<Record<string, unknown>>;
  closed: Promise<number>;
}

/** An envelope as every client message carries it. */
export const env = (from = 'test-client') => ({ app: 'vdl-workshop', v: 1, from });

/** Where a test socket comes from and what it says. */
export interface ConnectOptions {
  origin?: string;
  /** The source address: another 127.x.y.z stands for another device on the LAN (Linux routes all of 127/8). */
  address?: string;
  /** Whether the socket answers the server's pings (false: a phone that walked out of the Wi-Fi). */
  autoPong?: boolean;
}

/** A source address per device number: 127.0.0.1 is the laptop itself, so devices start at 127.0.1.1. */
export const deviceAddress = (n: number) => `127.${Math.floor(n / 250) + 1}.${(n % 250) + 1}.${(n % 7) + 1}`;

/** Opens a socket to the live server on `port`. */
export async function connect(port: number, options: ConnectOptions = {}): Promise<TestClient> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/live/ws`, {
    ...(options.origin ? { origin: options.origin } : {}),
    ...(options.address ? { localAddress: options.address } : {}),
    ...(options.autoPong === false ? { autoPong: false } : {}),
  });
  const received: Record<string, unknown>[] = [];
  const waiters: { match: (m: Record<string, unknown>) => boolean; done: (m: Record<string, unknown>) => void }[] = [];
  ws.on('message', (data) => {
    const m = JSON.parse(data.toString()) as Record<string, unknown>;
    received.push(m);
    for (const w of [...waiters]) {
      if (w.match(m)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.done(m);
      }
    }
  });
  const closed = new Promise<number>((done) => ws.on('close', (code) => done(code)));
  await new Promise<void>((done, fail) => {
    ws.once('open', () => done());
    ws.once('error', fail);
  });
  return {
    ws,
    received,
    closed,
    send: (message) => ws.send(typeof message === 'string' ? message : JSON.stringify(message)),
    waitFor(match, timeout = 5000) {
      const found = received.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((done, fail) => {
        const timer = setTimeout(
          () => fail(new Error(`no matching message; got ${JSON.stringify(received.slice(-5))}`)),
          timeout,
        );
        waiters.push({ match, done: (m) => (clearTimeout(timer), done(m)) });
      });
    },
  };
}

/** A voter token as a participant's browser makes it. */
export const voter = (n: number) => `voter-token-${String(n).padStart(8, '0')}`;

/** A GET from a chosen source address with chosen headers (fetch can set neither). */
export function httpGet(
  port: number,
  path: string,
  options: { address?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        headers: options.headers ?? {},
        ...(options.address ? { localAddress: options.address } : {}),
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', fail);
    req.end();
  });
}

/** A live server under test on 127.0.0.1, with its folder, its room, its log and the sockets opened to it. */
export interface LiveKit {
  dir: string;
  server: LiveServer;
  room: { code: string; pin: string };
  logs: string[];
  /** A fresh folder with a served site of three pages; the log emptied. */
  fresh(): void;
  start(extra?: Partial<LiveServerOptions>): Promise<void>;
  open(options?: ConnectOptions): Promise<TestClient>;
  /** A host on the laptop, joined with the PIN. */
  host(role?: string): Promise<TestClient>;
  /** Participant n, from its own device (its own address). */
  participant(n: number, options?: ConnectOptions): Promise<TestClient>;
  /** Drops every socket and closes the server. */
  stop(): Promise<void>;
}

/** Makes the kit; `prefix` names the temporary folders. */
export function liveKit(prefix: string): LiveKit {
  const clients: TestClient[] = [];
  const kit: LiveKit = {
    dir: '',
    server: undefined as unknown as LiveServer,
    room: { code: '', pin: '' },
    logs: [],
    fresh() {
      kit.dir = mkdtempSync(join(tmpdir(), prefix));
      mkdirSync(join(kit.dir, 'dist', 'live'), { recursive: true });
      writeFileSync(join(kit.dir, 'dist', 'index.html'), '<html><head></head><body><h1>home</h1></body></html>');
      writeFileSync(join(kit.dir, 'dist', 'live', 'index.html'), '<h1>live</h1>');
      writeFileSync(join(kit.dir, 'dist', '404.html'), '<h1>404</h1>');
      kit.logs.length = 0;
    },
    async start(extra = {}) {
      kit.server = await startLiveServer({
        distDir: join(kit.dir, 'dist'),
        journalPath: join(kit.dir, 'journal.jsonl'),
        host: '127.0.0.1',
        port: 0,
        log: (line) => kit.logs.push(line),
        ...extra,
      });
    },
    async open(options = {}) {
      const c = await connect(kit.server.port, options);
      clients.push(c);
      return c;
    },
    async host(role = 'projector') {
      const c = await kit.open();
      c.send({ ...env(`host-${role}`), kind: 'join', room: kit.room.code, role, pin: kit.room.pin });
      await c.waitFor((m) => m['kind'] === 'welcome');
      return c;
    },
    async participant(n, options = {}) {
      const c = await kit.open({ address: deviceAddress(n), ...options });
      c.send({ ...env(`p${n}`), kind: 'join', room: kit.room.code, role: 'participant', voter: voter(n) });
      await c.waitFor((m) => m['kind'] === 'welcome');
      return c;
    },
    async stop() {
      for (const c of clients.splice(0)) c.ws.terminate();
      await kit.server?.close();
    },
  };
  return kit;
}
