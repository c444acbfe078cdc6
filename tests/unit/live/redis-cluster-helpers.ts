/**
 * Test helpers for several live-server processes on one Redis (issue 26): the real entry (`server/main.ts`,
 * bundled as `npm run live` bundles it) started as child processes, so `kill -9` is a real one; a small
 * round-robin TCP front that stands for the reverse proxy (it skips a process that refuses); and phones that
 * speak the real protocol and reconnect as the browser does (`reconnectDelay`, as `live-socket.ts`), re-sending
 * a vote that was never acknowledged as a participant would tap again.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { WebSocket } from 'ws';
import { reconnectDelay } from '../../../src/lib/live/backoff';
import { env, voter } from './helpers';

/** Polls `check` until it holds (no fixed sleeps); fails with `what` after `timeout` ms. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeout = 20_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    if (await check()) return;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

let bundled: Promise<string> | null = null;
/**
 * The live server's entry bundled once per test file (inside the repository, so its packages resolve). Named
 * per process and worker thread: vitest runs files side by side in threads of one process, and one file's
 * `removeServerBundle` must not take the bundle from under another's.
 */
export function serverBundle(): Promise<string> {
  bundled ??= (async () => {
    const { bundleServerScript } = (await import('../../../scripts/live-build.mjs')) as {
      bundleServerScript: (entry: string, name: string) => Promise<string>;
    };
    return bundleServerScript('server/main.ts', `main-test-${process.pid}-${threadId}.mjs`);
  })();
  return bundled;
}

/** Removes the bundle `serverBundle` made (after the tests of a file). */
export async function removeServerBundle(): Promise<void> {
  if (bundled) rmSync(await bundled, { force: true });
  bundled = null;
}

/** A live-server process in Redis mode. */
export interface ServerProcess {
  port: number;
  rooms: { code: string; pin: string }[];
  child: ChildProcess;
  /** kill -9, and wait until it is gone. */
  crash(): Promise<void>;
  /** SIGTERM (a clean stop), and wait until it is gone. */
  stop(): Promise<void>;
}

/** A served site of one page, enough for the live server. */
function emptySite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vdl-live-site-'));
  mkdirSync(join(dir, 'live'), { recursive: true });
  writeFileSync(join(dir, 'live', 'index.html'), '<h1>live</h1>');
  writeFileSync(join(dir, 'index.html'), '<h1>home</h1>');
  return dir;
}

/**
 * Starts `node main.mjs --json` with LIVE_REDIS_URL (`scripts/live-process.mjs`); `rooms` 0: `--no-room`;
 * `env`: more variables for the process (LIVE_ORGANISER_KEY, LIVE_PUBLIC_HOST).
 */
export async function startServerProcess(
  redisUrl: string,
  rooms = 0,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const bundle = await serverBundle();
  const site = emptySite();
  const { startLiveProcess } = (await import('../../../scripts/live-process.mjs')) as unknown as {
    startLiveProcess: (options: Record<string, unknown>) => Promise<Omit<ServerProcess, 'crash' | 'stop'>>;
  };
  const first = await startLiveProcess({
    bundle,
    site,
    journal: join(site, 'unused.jsonl'),
    rooms,
    redisUrl,
    stderr: 'pipe',
    env,
  });
  const { child } = first;
  const gone = new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  }).then(() => rmSync(site, { recursive: true, force: true }));
  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await gone;
  };
  return { ...first, crash: () => kill('SIGKILL'), stop: () => kill('SIGTERM') };
}

/** The round-robin TCP front (the reverse proxy): `scripts/tcp-front.mjs`, shared with the bench. */
export interface Front {
  port: number;
  close(): Promise<void>;
}

export async function startFront(upstreams: () => number[]): Promise<Front> {
  const { startFront: start } = (await import('../../../scripts/tcp-front.mjs')) as {
    startFront: (upstreams: () => number[]) => Promise<Front>;
  };
  return start(upstreams);
}

/** Close codes after which the browser gives up for good (`live-socket.ts`). */
const REFUSED = new Set([4401, 4403, 4404, 4410, 4423]);

/** A participant's phone: joins, votes, reconnects with backoff, re-sends what was never acknowledged. */
export class Phone {
  /** Votes the server acknowledged: question → option. */
  readonly acked = new Map<string, number>();
  /** Votes sent but not acknowledged yet. */
  readonly pending = new Map<string, number>();
  /** Times (Date.now()) of every welcome. */
  readonly welcomes: number[] = [];
  /** Times of every close the phone saw. */
  readonly drops: number[] = [];
  /** The close code of every close the phone saw (4429: too many newcomers from its address, tried again later). */
  readonly closeCodes: number[] = [];
  notSaved = 0;
  refusedWith: number | null = null;
  private ws: WebSocket | null = null;
  private joined = false;
  private attempt = 0;
  private stopped = false;
  readonly token: string;

  constructor(
    private readonly port: number,
    private readonly room: string,
    readonly n: number,
    readonly address: string,
    token?: string,
    /** Extra handshake headers: the `Host` and `Origin` a browser sends to a public name behind a proxy. */
    private readonly headers: Record<string, string> = {},
  ) {
    this.token = token ?? voter(n);
    this.open();
  }

  get isJoined(): boolean {
    return this.joined;
  }

  vote(question: string, option: number): void {
    if (this.acked.has(question)) return;
    this.pending.set(question, option);
    this.sendVote(question, option);
  }

  close(): void {
    this.stopped = true;
    this.ws?.terminate();
  }

  private sendVote(question: string, option: number): void {
    if (!this.joined || this.ws?.readyState !== WebSocket.OPEN) return;
    this.ws.send(JSON.stringify({ ...env(`p${this.n}`), kind: 'vote', question, option }));
  }

  private open(): void {
    if (this.stopped) return;
    const ws = new WebSocket(`ws://127.0.0.1:${this.port}/live/ws`, {
      localAddress: this.address,
      headers: this.headers,
    });
    this.ws = ws;
    ws.on('open', () => {
      ws.send(
        JSON.stringify({ ...env(`p${this.n}`), kind: 'join', room: this.room, role: 'participant', voter: this.token }),
      );
    });
    ws.on('message', (data) => this.receive(JSON.parse(data.toString()) as Record<string, unknown>));
    ws.on('error', () => undefined);
    ws.on('close', (code) => {
      if (this.ws !== ws) return;
      this.joined = false;
      this.drops.push(Date.now());
      this.closeCodes.push(code);
      if (REFUSED.has(code)) {
        this.refusedWith = code;
        return;
      }
      if (this.stopped) return;
      setTimeout(() => this.open(), reconnectDelay(this.attempt++, Math.random()));
    });
  }

  private receive(m: Record<string, unknown>): void {
    if (m['kind'] === 'welcome') {
      this.joined = true;
      this.attempt = 0;
      this.welcomes.push(Date.now());
      // The server's word on what counted; the rest is tapped again.
      for (const [question, option] of Object.entries((m['votes'] as Record<string, number>) ?? {})) {
        this.acked.set(question, option);
        this.pending.delete(question);
      }
      for (const [question, option] of this.pending) this.sendVote(question, option);
    } else if (m['kind'] === 'voted') {
      this.acked.set(m['question'] as string, m['option'] as number);
      this.pending.delete(m['question'] as string);
    } else if (m['kind'] === 'error' && m['code'] === 'not-saved') {
      this.notSaved++;
      // Tap again a little later (the server keeps running and says when it is saved).
      setTimeout(() => {
        for (const [question, option] of this.pending) this.sendVote(question, option);
      }, 200);
    }
  }
}

/** A host (projector) on one process directly, collecting its tallies and room status. */
export interface HostSocket {
  ws: WebSocket;
  tallies: Map<string, number[]>;
  /** Participants in the room as this host last heard. */
  participants: number;
  statuses: Record<string, unknown>[];
  errors: string[];
  closed: Promise<number>;
  send(message: Record<string, unknown>): void;
}

export async function hostOn(
  port: number,
  room: { code: string; pin: string },
  address = '127.0.0.1',
  headers: Record<string, string> = {},
): Promise<HostSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/live/ws`, { localAddress: address, headers });
  const socket: HostSocket = {
    ws,
    tallies: new Map(),
    participants: 0,
    statuses: [],
    errors: [],
    closed: new Promise<number>((done) => ws.on('close', (code) => done(code))),
    send: (message) => ws.send(JSON.stringify({ ...env('host'), ...message })),
  };
  let welcomed: () => void = () => undefined;
  const welcome = new Promise<void>((done) => (welcomed = done));
  ws.on('message', (data) => {
    const m = JSON.parse(data.toString()) as Record<string, unknown>;
    if (m['kind'] === 'welcome') welcomed();
    if (typeof m['participants'] === 'number') socket.participants = m['participants'];
    if (m['kind'] === 'tally') socket.tallies.set(m['question'] as string, m['counts'] as number[]);
    if (m['kind'] === 'room') socket.statuses.push(m);
    if (m['kind'] === 'error') socket.errors.push(m['code'] as string);
  });
  await new Promise<void>((done, fail) => {
    ws.once('open', () => done());
    ws.once('error', fail);
  });
  socket.send({ kind: 'join', room: room.code, role: 'projector', pin: room.pin });
  await Promise.race([
    welcome,
    socket.closed.then((code) => Promise.reject(new Error(`host refused (${code}): ${socket.errors.join(', ')}`))),
  ]);
  return socket;
}

/** The sum of a tally (0 when there is none yet). */
export const total = (counts: number[] | undefined) => (counts ?? []).reduce((a, b) => a + b, 0);
