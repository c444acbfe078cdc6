/**
 * The live server: one Node.js process that serves the built site and runs live rooms over WebSocket (`ws`).
 *
 * - A room has an unguessable code and a trainer PIN. Hosts (projector, presenter) join with the PIN and
 *   drive the deck; participants join with the code only and can do nothing but vote.
 * - Hosts' `state` messages (slide, blackout, reveals, islands) are relayed to the room and the latest of
 *   each kept, so a (re)joining client gets a `snapshot`. Every change is stamped on the server's clock.
 * - Votes: one per participant (voter token) per question, only while a host has the question open. Votes
 *   are journaled in batches: everything that arrived in one turn of the event loop goes to the file in one
 *   write, and only then are the voters acknowledged. The hosts get a question's tally at most once per
 *   `TALLY_EVERY_MS` (the first vote after a quiet spell at once), not once per vote: 500 votes in two
 *   seconds are some 40 tallies, and each tally already holds every vote before it.
 * - Every message is validated (`src/lib/island-sync/live-protocol.ts`), limited in size and rate; anything
 *   rejected is answered with an `error`, logged, and changes nothing in the room.
 * - A restart reads the journal back: rooms, PINs, votes, open questions and the last slide survive.
 * - `close()` tells every client (`bye`), flushes and closes the journal.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import {
  isHostRole,
  isRoomCode,
  LIVE_SOCKET_PATH,
  LIVE_STATUS_PATH,
  parseClientMessage,
  type LiveClientMessage,
  type LiveErrorCode,
  type LiveRole,
  type LiveServerMessage,
} from '../src/lib/island-sync/live-protocol';
import { SYNC_APP, SYNC_VERSION, type SyncEntry } from '../src/lib/island-sync/protocol';
import { resultsCsv } from '../src/lib/live/csv';
import type { JournalRecord } from '../src/lib/live/journal';
import { createBucket, LIVE_RATE, take, type Bucket } from '../src/lib/live/rate-limit';
import { newPin, newRoomCode } from '../src/lib/live/secrets';
import { VoteBook } from '../src/lib/live/vote-book';
import { openJournal, type JournalFile } from './journal-file';
import { serveStatic, resolveFile, sendFile } from './static-files';

/** Options for `startLiveServer`. */
export interface LiveServerOptions {
  /** The built site to serve. */
  distDir: string;
  /** The journal file (JSON lines). */
  journalPath: string;
  /** 0 picks a free port. */
  port?: number;
  /** '0.0.0.0' for the LAN, '127.0.0.1' for tests. */
  host?: string;
  /** Where log lines go (rejections, joins); stderr when left out. */
  log?: (line: string) => void;
  /** Extra data for the status answer to the trainer's own machine (join URL, QR code). */
  describeRoom?: (room: string) => Promise<Record<string, unknown>> | Record<string, unknown>;
}

/** A running live server. */
export interface LiveServer {
  readonly port: number;
  /** Opens a new room; returns its code and PIN. */
  createRoom(): { code: string; pin: string };
  /** The rooms, oldest first. */
  rooms(): { code: string; pin: string }[];
  /** The current counts for a question. */
  counts(room: string, question: string): number[];
  /** Counters for tests and the bench. */
  readonly stats: { rejected: Record<string, number>; votes: number; connections: number };
  /** Tells clients, closes sockets, flushes the journal. */
  close(): Promise<void>;
}

interface Poll {
  options: number;
  open: boolean;
}

interface Room {
  code: string;
  pin: string;
  hosts: Set<Conn>;
  participants: Set<Conn>;
  state: Map<string, SyncEntry>;
  polls: Map<string, Poll>;
  /** Questions whose tally the hosts have not seen yet, sent by the pending timer. */
  dirty: Set<string>;
  tallyTimer: NodeJS.Timeout | null;
  lastTallyAt: number;
  /** When each vote not yet in a sent tally arrived (performance.now()), for the server's share of the latency. */
  waiting: number[];
}

interface Conn {
  ws: WebSocket;
  id: number;
  address: string;
  bucket: Bucket;
  strikes: number;
  room?: Room;
  role?: LiveRole;
  voter?: string;
}

/**
 * Keys participants get and a restart keeps: the slide, the knowledge-check reveals and the myth quiz's
 * round (which statement is up, whether it is answered). Other islands and lesson switches stay between
 * hosts and are not journaled (a calculator changes on every key press).
 */
const PARTICIPANT_KEY = /^(deck|quiz):|^island:[a-z0-9-]+:myth-quiz$/;
const JOURNALED_KEY = PARTICIPANT_KEY;
/** At most one tally per question per this many ms to a room's hosts (what a projector can show anyway). */
export const TALLY_EVERY_MS = 50;
/** Latency samples kept between two metrics calls (the bench reads them after each wave). */
const MAX_SAMPLES = 100_000;
/** Rejections in a row after which a connection is closed. */
const MAX_STRIKES = 50;
/** A host's clock may run at most this far ahead of the server's. */
const MAX_FUTURE_MS = 5_000;
const SERVER_ID = 'server';

/** Whether a request comes from the machine the server runs on (the trainer's laptop). */
export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** Starts the server; resolves once it listens. */
export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const distDir = resolve(options.distDir);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const journal: JournalFile = openJournal(options.journalPath);
  const votes = new VoteBook();
  const rooms = new Map<string, Room>();
  const stats = { rejected: {} as Record<string, number>, votes: 0, connections: 0 };
  let nextId = 1;
  let closed = false;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  // The server's share of vote-to-projector time: from a vote's arrival to the tally that holds it.
  const voteToTally: number[] = [];

  const addRoom = (code: string, pin: string): Room => {
    const room: Room = {
      code,
      pin,
      hosts: new Set(),
      participants: new Set(),
      state: new Map(),
      polls: new Map(),
      dirty: new Set(),
      tallyTimer: null,
      lastTallyAt: 0,
      waiting: [],
    };
    rooms.set(code, room);
    return room;
  };

  // Replay the journal: the same rules as live, so a vote line read twice still counts once.
  for (const record of journal.initial.records) {
    if (record.k === 'room') {
      if (!rooms.has(record.room)) addRoom(record.room, record.pin);
      continue;
    }
    const room = rooms.get(record.room);
    if (!room) continue;
    if (record.k === 'vote') {
      if (votes.record(room.code, record.q, record.voter, record.o).status === 'counted') stats.votes++;
    } else if (record.k === 'poll') room.polls.set(record.q, { options: record.n, open: record.open });
    else room.state.set(record.key, { key: record.key, json: record.json, t: record.t });
  }
  if (journal.initial.skipped > 0) log(`journal: ${journal.initial.skipped} damaged line(s) skipped`);

  const write = (record: JournalRecord) => {
    journal.append(record);
    scheduleFlush();
  };

  // Acknowledgements wait for the batch their vote is written in.
  let acks: { conn: Conn; question: string; option: number }[] = [];
  let flushPending = false;
  /** Writes the batch, then tells the voters: one write per turn of the event loop. */
  const flush = () => {
    flushPending = false;
    journal.flush();
    const batch = acks;
    acks = [];
    for (const { conn, question, option } of batch) send(conn, { kind: 'voted', question, option });
  };
  const scheduleFlush = () => {
    if (flushPending || closed) return;
    flushPending = true;
    setImmediate(flush);
  };

  const send = (conn: Conn, message: LiveServerMessage | Omit<LiveServerMessage, 'app' | 'v' | 'from'>) => {
    if (conn.ws.readyState !== conn.ws.OPEN) return;
    conn.ws.send(JSON.stringify({ app: SYNC_APP, v: SYNC_VERSION, from: SERVER_ID, ...message }));
  };

  const reject = (conn: Conn, code: LiveErrorCode, why: string) => {
    stats.rejected[code] = (stats.rejected[code] ?? 0) + 1;
    log(`reject ${code} from #${conn.id} ${conn.address} (${conn.role ?? 'not joined'}): ${why}`);
    send(conn, { kind: 'error', code });
    conn.strikes++;
    if (conn.strikes >= MAX_STRIKES) conn.ws.close(1008, 'too many bad messages');
  };

  const tallyOf = (room: Room, question: string) => {
    const poll = room.polls.get(question);
    return {
      kind: 'tally' as const,
      question,
      counts: votes.counts(room.code, question, poll?.options ?? 0).slice(0, poll?.options ?? undefined),
      open: poll?.open ?? false,
      participants: room.participants.size,
    };
  };

  const toHosts = (room: Room, message: Parameters<typeof send>[1]) => {
    for (const host of room.hosts) send(host, message);
  };

  /** Sends the hosts every tally that changed since the last send (journal first: a tally shows only written votes). */
  const sendTallies = (room: Room) => {
    room.tallyTimer = null;
    room.lastTallyAt = Date.now();
    journal.flush();
    for (const question of room.dirty) toHosts(room, tallyOf(room, question));
    room.dirty.clear();
    const now = performance.now();
    for (const at of room.waiting) if (voteToTally.length < MAX_SAMPLES) voteToTally.push(now - at);
    room.waiting = [];
  };
  /** Marks a question's tally as changed; it goes out at once after a quiet spell, else on the next tick. */
  const scheduleTally = (room: Room, question: string) => {
    room.dirty.add(question);
    if (room.tallyTimer || closed) return;
    room.tallyTimer = setTimeout(() => sendTallies(room), Math.max(0, room.lastTallyAt + TALLY_EVERY_MS - Date.now()));
  };

  const snapshotFor = (room: Room, role: LiveRole) => {
    const entries = [...room.state.values()].filter((e) => isHostRole(role) || PARTICIPANT_KEY.test(e.key));
    return { kind: 'snapshot' as const, entries };
  };

  const join = (conn: Conn, message: Extract<LiveClientMessage, { kind: 'join' }>) => {
    const room = rooms.get(message.room);
    if (!room) {
      reject(conn, 'no-room', `room ${message.room}`);
      conn.ws.close(4404, 'no such room');
      return;
    }
    if (isHostRole(message.role) && message.pin !== room.pin) {
      reject(conn, 'bad-pin', `${message.role} in ${room.code}`);
      conn.ws.close(4401, 'bad pin');
      return;
    }
    if (!isHostRole(message.role) && !message.voter) {
      reject(conn, 'invalid', 'participant without voter token');
      return;
    }
    conn.room = room;
    conn.role = message.role;
    if (message.voter) conn.voter = message.voter;
    (isHostRole(message.role) ? room.hosts : room.participants).add(conn);
    send(conn, {
      kind: 'welcome',
      room: room.code,
      role: message.role,
      now: Date.now(),
      participants: room.participants.size,
      votes: conn.voter && !isHostRole(message.role) ? votes.votesOf(room.code, conn.voter) : {},
    });
    send(conn, snapshotFor(room, message.role));
    if (isHostRole(message.role)) for (const question of room.polls.keys()) send(conn, tallyOf(room, question));
    else toHosts(room, { kind: 'count', participants: room.participants.size });
  };

  const applyState = (conn: Conn, room: Room, entry: SyncEntry) => {
    const previous = room.state.get(entry.key);
    // One clock for the room: the server's. Never earlier than the last change, never far in the future.
    const t = Math.max(Math.min(entry.t, Date.now() + MAX_FUTURE_MS), (previous?.t ?? 0) + 1);
    if (previous && previous.json === entry.json) return;
    const stamped = { key: entry.key, json: entry.json, t };
    room.state.set(entry.key, stamped);
    if (JOURNALED_KEY.test(entry.key)) write({ k: 'state', room: room.code, key: entry.key, json: entry.json, t });
    const message = { kind: 'state' as const, ...stamped };
    for (const host of room.hosts) if (host !== conn) send(host, message);
    if (PARTICIPANT_KEY.test(entry.key)) for (const p of room.participants) send(p, message);
  };

  const handle = (conn: Conn, data: RawData, isBinary: boolean) => {
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
      case 'hello':
        return send(conn, snapshotFor(room, conn.role));
      case 'state':
        if (!host) return reject(conn, 'forbidden', `participant sent state ${message.key}`);
        return applyState(conn, room, message);
      case 'snapshot':
        if (!host) return reject(conn, 'forbidden', 'participant sent snapshot');
        for (const entry of message.entries) applyState(conn, room, entry);
        return;
      case 'poll': {
        if (!host) return reject(conn, 'forbidden', `participant opened poll ${message.question}`);
        const before = room.polls.get(message.question);
        if (before && before.options === message.options && before.open === message.open) {
          return send(conn, tallyOf(room, message.question));
        }
        room.polls.set(message.question, { options: message.options, open: message.open });
        write({
          k: 'poll',
          room: room.code,
          q: message.question,
          n: message.options,
          open: message.open,
          t: Date.now(),
        });
        return scheduleTally(room, message.question);
      }
      case 'vote': {
        if (host || !conn.voter) return reject(conn, 'forbidden', 'host tried to vote');
        const poll = room.polls.get(message.question);
        if (!poll || !poll.open || message.option >= poll.options) {
          return reject(conn, 'poll-closed', `vote on ${message.question}`);
        }
        // Journal first: a vote is acknowledged only once its batch is in the file. A second tap waits for the
        // same batch, so it is never told about a vote that is not written yet.
        const earlier = votes.votesOf(room.code, conn.voter)[message.question];
        if (earlier !== undefined) {
          acks.push({ conn, question: message.question, option: earlier });
          return scheduleFlush();
        }
        write({ k: 'vote', room: room.code, q: message.question, o: message.option, voter: conn.voter, t: Date.now() });
        const outcome = votes.record(room.code, message.question, conn.voter, message.option);
        stats.votes++;
        room.waiting.push(performance.now());
        acks.push({ conn, question: message.question, option: outcome.option });
        return scheduleTally(room, message.question);
      }
    }
  };

  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024, perMessageDeflate: false });
  wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
    const conn: Conn = {
      ws,
      id: nextId++,
      address: req.socket.remoteAddress ?? '?',
      bucket: createBucket(LIVE_RATE, Date.now()),
      strikes: 0,
    };
    stats.connections++;
    ws.on('message', (data, isBinary) => {
      try {
        handle(conn, data, isBinary);
      } catch (error) {
        log(`error handling a message from #${conn.id}: ${String(error)}`);
      }
    });
    ws.on('error', () => undefined);
    ws.on('close', () => {
      stats.connections--;
      const room = conn.room;
      if (!room) return;
      if (room.hosts.delete(conn)) return;
      if (room.participants.delete(conn)) toHosts(room, { kind: 'count', participants: room.participants.size });
    });
  });

  const http: Server = createServer((req, res) => {
    handleHttp(req, res).catch((error: unknown) => {
      log(`http error: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  const handleHttp = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const local = isLoopback(req.socket.remoteAddress);
    const json = (status: number, body: unknown) =>
      res
        .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
        .end(JSON.stringify(body));
    if (path === LIVE_STATUS_PATH) {
      // The PIN and the room only for the trainer's own machine: a phone on the LAN learns that the server runs.
      const newest = [...rooms.values()].at(-1);
      if (!local || !newest) return json(200, { live: true });
      const extra = options.describeRoom ? await options.describeRoom(newest.code) : {};
      return json(200, { live: true, room: newest.code, pin: newest.pin, ...extra });
    }
    const csv = /^\/live\/api\/([a-z0-9]+)\/resultaten\.csv$/.exec(path);
    if (csv) {
      const room = isRoomCode(csv[1]) ? rooms.get(csv[1]) : undefined;
      const pin = req.headers['x-live-pin'] ?? url.searchParams.get('pin');
      if (!room || pin !== room.pin) return json(404, { error: 'not found' });
      res.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="resultaten-${room.code}.csv"`,
        'cache-control': 'no-store',
      });
      return res.end(resultsCsv(votes.results(room.code)));
    }
    if (path === '/live/api/metrics' && local) {
      // The event loop's delay since the last call: how long a message waited for the server to get to it.
      const ms = (ns: number) => Math.round(ns / 1e4) / 100;
      const loopDelayMs = { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) };
      loop.reset();
      const sorted = voteToTally.splice(0).sort((a, b) => a - b);
      const at = (p: number) => Math.round((sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0) * 10) / 10;
      const voteToTallyMs = { n: sorted.length, p50: at(0.5), p95: at(0.95), max: at(1) };
      return json(200, {
        memory: process.memoryUsage(),
        connections: stats.connections,
        votes: stats.votes,
        loopDelayMs,
        voteToTallyMs,
      });
    }
    const page = /^\/live\/([a-z0-9]+)\/?$/.exec(path);
    if (page) {
      const file = resolveFile(distDir, '/live/index.html');
      if (!page[1] || !rooms.has(page[1]) || !file) return serveStatic(req, res, distDir, '/404-not-here/');
      if (!path.endsWith('/')) return void res.writeHead(301, { location: `${path}/` }).end();
      return sendFile(req, res, file, 200, 'no-store');
    }
    if (path.startsWith('/live/api/')) return json(404, { error: 'not found' });
    serveStatic(req, res, distDir, path);
  };

  http.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // A page of another site may not open a socket here (the browser sends its Origin; ours matches Host).
    const origin = req.headers.origin;
    let sameOrigin = true;
    if (origin) {
      try {
        sameOrigin = new URL(origin).host === req.headers.host;
      } catch {
        sameOrigin = false;
      }
    }
    if (url.pathname !== LIVE_SOCKET_PATH || !sameOrigin) {
      log(`refused upgrade ${url.pathname} from ${origin ?? 'no origin'}`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  await new Promise<void>((done, fail) => {
    http.once('error', fail);
    http.listen(options.port ?? 0, options.host ?? '0.0.0.0', () => done());
  });
  const port = (http.address() as AddressInfo).port;

  return {
    port,
    stats,
    createRoom() {
      let code = newRoomCode(randomBytes);
      while (rooms.has(code)) code = newRoomCode(randomBytes);
      const pin = newPin(randomBytes);
      // Written at once: the PIN is printed right after, and must survive a restart from then on.
      journal.append({ k: 'room', room: code, pin, t: Date.now() });
      journal.flush();
      addRoom(code, pin);
      return { code, pin };
    },
    rooms: () => [...rooms.values()].map((r) => ({ code: r.code, pin: r.pin })),
    counts: (room, question) => votes.counts(room, question, rooms.get(room)?.polls.get(question)?.options ?? 0),
    async close() {
      if (closed) return;
      // What is buffered is written and acknowledged before the goodbye.
      flush();
      closed = true;
      for (const room of rooms.values()) {
        if (room.tallyTimer) clearTimeout(room.tallyTimer);
        if (room.dirty.size > 0) sendTallies(room);
      }
      for (const ws of wss.clients) {
        try {
          ws.send(JSON.stringify({ app: SYNC_APP, v: SYNC_VERSION, from: SERVER_ID, kind: 'bye', reason: 'shutdown' }));
          ws.close(1001, 'server shutting down');
        } catch {
          ws.terminate();
        }
      }
      journal.close();
      loop.disable();
      http.closeAllConnections?.();
      await new Promise<void>((done) => {
        wss.close(() => http.close(() => done()));
      });
      for (const ws of wss.clients) ws.terminate();
    },
  };
}
