/**
 * The live server: one Node.js process that serves the built site and runs live rooms over WebSocket (`ws`).
 * This file holds the rooms in memory and what the sockets say to them; the rest is in files of their own:
 *
 * - Where the rooms are kept (`room-backend.ts`): a local journal in the embedded mode (`journal-backend.ts`),
 *   or Redis, shared by any number of identical processes (`redis-backend.ts`, `redisUrl`).
 * - The rooms and sockets in memory and how messages reach them (`live-room.ts`); a written room change
 *   applied to memory (`room-events.ts`); who may join a room: PIN, door, newcomers (`room-join.ts`); the HTTP
 *   routes: status, CSV, metrics, pages and the built site (`live-http.ts`); who may open a socket and the
 *   heartbeat (`socket-admission.ts`); the hosts' tallies, throttled per question (`tally-throttle.ts`); the
 *   bench's figures (`live-metrics.ts`).
 *
 * - A room has an unguessable code and a trainer PIN. Hosts (projector, presenter) join with the PIN and
 *   drive the deck; participants join with the code only and can do nothing but vote.
 * - Hosts' `state` messages (slide, blackout, reveals, islands) are relayed to the room and the latest of
 *   each kept, so a (re)joining client gets a `snapshot`. Every change is stamped on the server's clock.
 * - Votes: one per participant (voter token) per question, only while a host has the question open.
 * - Every message is validated (`src/lib/island-sync/live-protocol.ts`), limited in size and rate; anything
 *   rejected is answered with an `error`, logged (one line per burst, `burst-log.ts`), and changes nothing.
 * - Against a mischievous participant: PIN tries are limited per address and per room (`pin-guard.ts`), new
 *   participants per address (`newcomer-guard.ts`), sockets per address, and a socket must join within
 *   `joinTimeoutMs`. The trainer sees what looks wrong (`room` messages) and can close the room to newcomers,
 *   lift the PIN lock and discard a question's votes.
 * - Only the laptop is host by itself: `Host` must name this server (`host-check.ts`). Behind a reverse proxy
 *   (Redis mode) nobody is "the laptop": every host gives the PIN, the status answer names no room, the CSV
 *   needs the PIN.
 * - `close()` tells every client (`bye`), writes what is buffered and lets go of the store.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { realpathSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import { resolve } from 'node:path';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  isHostRole,
  parseClientMessage,
  type LiveClientMessage,
  type LiveErrorCode,
  type LiveRole,
} from '../src/lib/island-sync/live-protocol';
import { SYNC_APP, SYNC_VERSION, type SyncEntry } from '../src/lib/island-sync/protocol';
import { NEWCOMER_LIMITS, type NewcomerLimits } from '../src/lib/live/newcomer-guard';
import { PIN_LIMITS, type PinLimits } from '../src/lib/live/pin-guard';
import { createBucket, LIVE_RATE, take } from '../src/lib/live/rate-limit';
import { VoteBook } from '../src/lib/live/vote-book';
import { createBurstLog } from './burst-log';
import { hostNames, isAllowedHost, isOwnMachine, ownAddresses } from './host-check';
import { openJournalBackend } from './journal-backend';
import type { JournalFs } from './journal-file';
import { LiveMetrics } from './live-metrics';
import { httpRoutes } from './live-http';
import {
  newRoom,
  PARTICIPANT_KEY,
  participantCount,
  send,
  SERVER_ID,
  toHosts,
  type Conn,
  type Room,
} from './live-room';
import { openRedisRoomBackend } from './redis-backend';
import type { RedisRoomStore } from './redis-room-store';
import type { LiveStats, RoomBackend, RoomHost } from './room-backend';
import { clientAddress, startHeartbeat, upgradeHandler } from './socket-admission';
import { roomEvents } from './room-events';
import { roomJoin } from './room-join';
import { TallyThrottle } from './tally-throttle';

export { CLOSE } from './live-room';
export { isLoopback } from './socket-admission';
export { TALLY_EVERY_MS } from './tally-throttle';

/** Options for `startLiveServer`. */
export interface LiveServerOptions {
  /** The built site to serve. */
  distDir: string;
  /** The journal file (JSON lines); not used in Redis mode. */
  journalPath: string;
  /** Redis mode: rooms, votes and limits shared with every other process on this Redis (redis://host:port). */
  redisUrl?: string;
  /** Called first for every HTTP request; true when it answered the request (the organizer API mounts here). */
  extraRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
  /** 0 picks a free port. */
  port?: number;
  /** '0.0.0.0' for the LAN, '127.0.0.1' for tests. */
  host?: string;
  /** More names the server answers to in `Host` (besides localhost and the addresses it listens on). */
  hostNames?: readonly string[];
  /** Where log lines go (rejections, joins); stderr when left out. */
  log?: (line: string) => void;
  /** Extra data for the status answer to the trainer's own machine (join URL, QR code). */
  describeRoom?: (room: string) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** A ping every this many ms; a socket that missed the last one is dropped (default 15 s: gone in ≤ 30 s). */
  heartbeatMs?: number;
  /** A socket that has not joined a room after this many ms is closed (default 10 s). */
  joinTimeoutMs?: number;
  /** Open sockets one address may hold, the laptop's own excepted (default 20). */
  maxSocketsPerAddress?: number;
  pinLimits?: PinLimits;
  newcomerLimits?: NewcomerLimits;
  /** The journal's file system (tests inject a full disk). */
  journalFs?: JournalFs;
}

/** A running live server. */
export interface LiveServer {
  readonly port: number;
  /** Which store the rooms are in. */
  readonly mode: 'journal' | 'redis';
  /** Redis mode: the shared store (for main.ts and the organizer API); undefined in the embedded mode. */
  readonly redisStore?: RedisRoomStore;
  /** Opens a new room; returns its code and PIN (the embedded mode only: Redis mode uses `openRoom`). */
  createRoom(): { code: string; pin: string };
  /** Opens a new room in either mode. */
  openRoom(): Promise<{ code: string; pin: string }>;
  /**
   * Ends a room: its clients are told (and sent to `next`, when given) and it takes no one any more. In Redis
   * mode the `end` goes to the room's stream and every process that serves the room tells its clients.
   */
  endRoom(code: string, next?: string): void | Promise<void>;
  /** The rooms that have not ended, oldest first. */
  rooms(): { code: string; pin: string }[];
  /** The current counts for a question. */
  counts(room: string, question: string): number[];
  /** Participants (distinct voter tokens with an open socket) in a room. */
  participants(room: string): number;
  /** Counters for tests and the bench. */
  readonly stats: { rejected: Record<string, number>; votes: number; connections: number; notSaved: number };
  /** Tells clients, closes sockets, flushes the journal. */
  close(): Promise<void>;
}

/** Rejections in a row after which a connection is closed. */
const MAX_STRIKES = 50;
/** A host's clock may run at most this far ahead of the server's. */
const MAX_FUTURE_MS = 5_000;

/** Starts the server; resolves once it listens. */
export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const distDir = safeRealpath(resolve(options.distDir));
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const bursts = createBurstLog(log);
  const note = bursts.note.bind(bursts);
  const maxSockets = options.maxSocketsPerAddress ?? 20;
  const pinLimits = options.pinLimits ?? PIN_LIMITS;
  const newcomerLimits = options.newcomerLimits ?? NEWCOMER_LIMITS;
  const newcomerWindowMs = newcomerLimits.windowMs;
  const own = ownAddresses();
  const votes = new VoteBook();
  const rooms = new Map<string, Room>();
  const conns = new Set<Conn>();
  const stats: LiveStats = { rejected: {}, votes: 0, connections: 0, notSaved: 0 };
  let nextId = 1;
  let closed = false;
  let storeOk = true;

  const tallyOf = (room: Room, question: string) => {
    const poll = room.polls.get(question);
    return {
      kind: 'tally' as const,
      question,
      counts: votes.counts(room.code, question, poll?.options ?? 0).slice(0, poll?.options ?? undefined),
      open: poll?.open ?? false,
      participants: participantCount(room),
    };
  };

  const addRoom = (code: string, pin: string): Room => {
    const room = newRoom(
      code,
      pin,
      (room) =>
        new TallyThrottle({
          send: (question) => toHosts(room, tallyOf(room, question)),
          before: () => backend.beforeTallies(),
          delivered: (arrivals) => metrics.delivered(arrivals),
        }),
    );
    rooms.set(code, room);
    return room;
  };

  /** The room's condition for its hosts, with a notice for the trainer when there is news. */
  const roomStatus = (room: Room, notice?: string) => ({
    kind: 'room' as const,
    doorOpen: room.doorOpen,
    pinLocked: backend.pinLocked(room),
    diskOk: storeOk,
    ...(notice ? { notice } : {}),
  });
  const tellHosts = (room: Room, notice?: string) => toHosts(room, roomStatus(room, notice));

  /** The store failed or came back: tell the terminal and every room's hosts once per change. */
  const health = (ok: boolean, error?: string) => {
    if (ok === storeOk) return;
    storeOk = ok;
    log(ok ? backend.words.logBack : backend.words.logLost(error));
    for (const room of rooms.values()) tellHosts(room, ok ? backend.words.back : backend.words.lost);
  };

  const { replay, apply } = roomEvents({ votes, stats, tellHosts });
  const host: RoomHost = { rooms, votes, stats, log, note, addRoom, replay, apply, send, tellHosts, health };
  const backend: RoomBackend = options.redisUrl
    ? await openRedisRoomBackend(host, { url: options.redisUrl, pinLimits, newcomerLimits })
    : openJournalBackend(host, { path: options.journalPath, fs: options.journalFs, pinLimits, newcomerLimits });
  // After the store opened: a journal that cannot be read leaves nothing running.
  const metrics = new LiveMetrics();

  const address = (req: IncomingMessage) => clientAddress(req, backend.behindProxy);
  // Behind a proxy no address is the trainer's laptop: every socket would look like one.
  const isLaptop = (address: string | undefined) => !backend.behindProxy && isOwnMachine(address, own());

  /** The room with this code: in memory, or (Redis mode) loaded and followed from then on. */
  const findRoom = (code: string): Room | undefined | Promise<Room | null> => {
    const known = rooms.get(code);
    if (known) known.lastUsed = Date.now();
    return known ?? backend.loadRoom(code);
  };

  /** Refused PIN tries and newcomers are one burst per room, whatever the addresses; the rest per address. */
  const burstKey = (conn: Conn, code: LiveErrorCode, room?: Room) =>
    room && (code === 'bad-pin' || code === 'locked' || code === 'wait')
      ? `pin ${room.code}`
      : room && (code === 'too-many' || code === 'room-closed')
        ? `newcomers ${room.code}`
        : `${code} ${conn.address}`;

  const reject = (conn: Conn, code: LiveErrorCode, why: string, room?: Room) => {
    stats.rejected[code] = (stats.rejected[code] ?? 0) + 1;
    const who = `#${conn.id} ${conn.address} (${conn.role ?? 'not joined'})`;
    note(burstKey(conn, code, room), (n, seconds) =>
      n === 1
        ? `reject ${code} from ${who}: ${why}`
        : `reject ${code} and the like ×${n} in ${seconds} s (last from ${conn.address}: ${why})`,
    );
    send(conn, { kind: 'error', code });
    conn.strikes++;
    if (conn.strikes >= MAX_STRIKES) conn.ws.close(1008, 'too many bad messages');
  };

  const snapshotFor = (room: Room, role: LiveRole) => {
    const entries = [...room.state.values()].filter((e) => isHostRole(role) || PARTICIPANT_KEY.test(e.key));
    return { kind: 'snapshot' as const, entries };
  };

  const refuse = (conn: Conn, code: LiveErrorCode, why: string, closeCode: number, room?: Room) => {
    reject(conn, code, why, room);
    conn.ws.close(closeCode, code);
  };

  const { join } = roomJoin({
    backend,
    findRoom,
    reject,
    refuse,
    tellHosts,
    log,
    newcomerWindowMs,
    admit: (conn, room, message, earlier) => admit(conn, room, message, earlier),
  });

  /** A joined socket: its room, the welcome, the snapshot, and what hosts need. */
  const admit = (
    conn: Conn,
    room: Room,
    message: Extract<LiveClientMessage, { kind: 'join' }>,
    earlier: Record<string, number>,
  ) => {
    const host = isHostRole(message.role);
    conn.room = room;
    conn.role = message.role;
    if (host) room.hosts.add(conn);
    else {
      conn.voter = message.voter!;
      const sockets = room.voters.get(conn.voter) ?? new Set<Conn>();
      sockets.add(conn);
      room.voters.set(conn.voter, sockets);
      if (sockets.size === 1) backend.participantsChanged(room);
    }
    send(conn, {
      kind: 'welcome',
      room: room.code,
      role: message.role,
      now: Date.now(),
      participants: participantCount(room),
      votes: earlier,
    });
    send(conn, snapshotFor(room, message.role));
    if (host) {
      for (const question of room.polls.keys()) send(conn, tallyOf(room, question));
      send(conn, roomStatus(room));
    } else toHosts(room, { kind: 'count', participants: participantCount(room) });
  };

  const leave = (conn: Conn) => {
    const room = conn.room;
    if (!room) return;
    room.lastUsed = Date.now();
    if (room.hosts.delete(conn)) return;
    const sockets = conn.voter ? room.voters.get(conn.voter) : undefined;
    if (!sockets?.delete(conn)) return;
    if (sockets.size > 0) return;
    room.voters.delete(conn.voter!);
    backend.participantsChanged(room);
    toHosts(room, { kind: 'count', participants: participantCount(room) });
  };

  const changeState = (conn: Conn, room: Room, entry: SyncEntry) => {
    const previous = room.state.get(entry.key);
    // One clock for the room: the server's. Never earlier than the last change, never far in the future.
    const t = Math.max(Math.min(entry.t, Date.now() + MAX_FUTURE_MS), (previous?.t ?? 0) + 1);
    if (previous && previous.json === entry.json) return;
    backend.changeState(room, { key: entry.key, json: entry.json, t }, conn);
  };

  const admin = (room: Room, message: Extract<LiveClientMessage, { kind: 'admin' }>) => {
    const t = Date.now();
    switch (message.action) {
      case 'close-door':
      case 'open-door': {
        const open = message.action === 'open-door';
        log(`room ${room.code}: ${open ? 'open to' : 'closed to'} new participants`);
        return backend.append(room, { k: 'door', room: room.code, open, t });
      }
      case 'unlock-pin':
        log(`room ${room.code}: PIN lock lifted`);
        return backend.unlockPin(room);
      case 'reset': {
        log(`room ${room.code}: votes on ${message.question!} discarded`);
        return backend.reset(room, message.question!, t);
      }
    }
  };

  const handle = (conn: Conn, data: RawData, isBinary: boolean): void | Promise<void> => {
    if (!take(conn.bucket, LIVE_RATE, Date.now())) return reject(conn, 'rate', 'over the rate limit');
    if (isBinary) return reject(conn, 'invalid', 'binary frame');
    const parsed = parseClientMessage(data.toString());
    if (!parsed.ok) return reject(conn, parsed.code, 'unparsable message');
    const message = parsed.message;
    if (message.kind === 'join') {
      if (conn.room) return reject(conn, 'invalid', 'second join');
      return join(conn, message);
    }
    const room = conn.room;
    if (!room || !conn.role) return reject(conn, 'not-joined', message.kind);
    const host = isHostRole(conn.role);
    switch (message.kind) {
      case 'ping':
        return send(conn, { kind: 'pong' });
      case 'hello':
        return send(conn, snapshotFor(room, conn.role));
      case 'state':
        if (!host) return reject(conn, 'forbidden', `participant sent state ${message.key}`);
        return changeState(conn, room, message);
      case 'snapshot':
        if (!host) return reject(conn, 'forbidden', 'participant sent snapshot');
        for (const entry of message.entries) changeState(conn, room, entry);
        return;
      case 'admin':
        if (!host) return reject(conn, 'forbidden', `participant tried ${message.action}`);
        return admin(room, message);
      case 'poll': {
        if (!host) return reject(conn, 'forbidden', `participant opened poll ${message.question}`);
        const before = room.polls.get(message.question);
        if (before && before.options === message.options && before.open === message.open) {
          return send(conn, tallyOf(room, message.question));
        }
        const { question, options, open } = message;
        return backend.append(room, { k: 'poll', room: room.code, q: question, n: options, open, t: Date.now() }, conn);
      }
      case 'vote': {
        if (host || !conn.voter) return reject(conn, 'forbidden', 'host tried to vote');
        const poll = room.polls.get(message.question);
        if (!poll || !poll.open || message.option >= poll.options) {
          return reject(conn, 'poll-closed', `vote on ${message.question}`);
        }
        return backend.vote(conn, room, message.question, message.option);
      }
    }
  };

  /** Messages of one socket in order: while its join waits (for Redis), what follows waits for the join. */
  const receive = (conn: Conn, data: RawData, isBinary: boolean) => {
    const run = () => {
      try {
        return handle(conn, data, isBinary);
      } catch (error) {
        log(`error handling a message from #${conn.id}: ${String(error)}`);
      }
    };
    const settle = (work: Promise<void>) => {
      const chain: Promise<void> = work
        .catch((error: unknown) => log(`error handling a message from #${conn.id}: ${String(error)}`))
        .then(() => {
          if (conn.busy === chain) conn.busy = null;
        });
      conn.busy = chain;
    };
    if (conn.busy) return settle(conn.busy.then(run));
    const result = run();
    if (result) settle(result);
  };

  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024, perMessageDeflate: false });
  wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
    const from = address(req) || '?';
    const conn: Conn = {
      ws,
      id: nextId++,
      address: from,
      own: isLaptop(from),
      openedAt: Date.now(),
      alive: true,
      bucket: createBucket(LIVE_RATE, Date.now()),
      strikes: 0,
    };
    conns.add(conn);
    stats.connections++;
    backend.socketsChanged(from, 1);
    ws.on('pong', () => (conn.alive = true));
    ws.on('message', (data, isBinary) => {
      conn.alive = true;
      receive(conn, data, isBinary);
    });
    ws.on('error', () => undefined);
    ws.on('close', () => {
      conns.delete(conn);
      stats.connections--;
      backend.socketsChanged(from, -1);
      leave(conn);
    });
  });
  const heartbeat = startHeartbeat(conns, options.heartbeatMs ?? 15_000, options.joinTimeoutMs ?? 10_000);

  let port = 0;
  const names = () => hostNames(options.host ?? '0.0.0.0', own(), options.hostNames);
  // Behind a reverse proxy the public port is the proxy's, so only the name is checked.
  const hostOk = (req: IncomingMessage) => isAllowedHost(req.headers.host, names(), backend.behindProxy ? null : port);

  const routes = httpRoutes({
    distDir,
    backend,
    rooms,
    votes,
    stats,
    metrics,
    extraRoutes: options.extraRoutes,
    describeRoom: options.describeRoom,
    hostOk,
    address,
    isLaptop,
    findRoom,
    tellHosts,
    note,
  });
  const http: Server = createServer((req, res) => {
    routes(req, res).catch((error: unknown) => {
      log(`http error: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const upgrade = upgradeHandler(wss, {
    maxSockets,
    hostOk,
    address,
    isLaptop,
    socketsOf: (address) => backend.socketsOf(address),
    note,
  });
  http.on('upgrade', (req, socket, head) => void upgrade(req, socket as Socket, head));

  await new Promise<void>((done, fail) => {
    http.once('error', fail);
    http.listen(options.port ?? 0, options.host ?? '0.0.0.0', () => done());
  });
  port = (http.address() as AddressInfo).port;

  const server: LiveServer = {
    port,
    stats,
    mode: backend.mode,
    ...(backend.redisStore ? { redisStore: backend.redisStore } : {}),
    createRoom: () => backend.createRoom(),
    openRoom: () => backend.openRoom(),
    endRoom: (code, next) => backend.endRoom(code, next),
    rooms: () => [...rooms.values()].filter((r) => !r.ended).map((r) => ({ code: r.code, pin: r.pin })),
    counts: (room, question) => votes.counts(room, question, rooms.get(room)?.polls.get(question)?.options ?? 0),
    participants: (room) => {
      const r = rooms.get(room);
      return r ? participantCount(r) : 0;
    },
    async close() {
      if (closed) return;
      closed = true;
      // What is buffered is written, synced and acknowledged before the goodbye.
      await backend.drain();
      clearInterval(heartbeat);
      for (const room of rooms.values()) room.tallies.stop();
      for (const ws of wss.clients) {
        try {
          ws.send(JSON.stringify({ app: SYNC_APP, v: SYNC_VERSION, from: SERVER_ID, kind: 'bye', reason: 'shutdown' }));
          ws.close(1001, 'server shutting down');
        } catch {
          ws.terminate();
        }
      }
      bursts.flush();
      metrics.stop();
      http.closeAllConnections?.();
      await new Promise<void>((done) => {
        wss.close(() => http.close(() => done()));
      });
      for (const ws of wss.clients) ws.terminate();
      await backend.close();
    },
  };
  return server;
}

/** The real path of a folder (the served folder may itself be a link); the path itself when it is missing. */
function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
