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
 *   rejected is answered with an `error`, logged (one line per burst, `burst-log.ts`), and changes nothing.
 * - Against a mischievous participant: PIN tries are limited per address and per room (`pin-guard.ts`), new
 *   participants per address (`newcomer-guard.ts`), sockets per address, and a socket must join within
 *   `joinTimeoutMs`. The trainer sees what looks wrong (`room` messages) and can close the room to newcomers,
 *   lift the PIN lock and discard a question's votes.
 * - Acknowledged means on disk: a batch is written and synced before its voters hear; a failed write is told
 *   to its voters (`not-saved`) and the hosts, the server goes on in memory and keeps trying.
 * - Heartbeat (the `ws` README's pattern): a ping every `heartbeatMs`; a socket that did not answer the last
 *   one is dropped, so the count is the people who are there.
 * - Only the laptop is host by itself: `Host` must name this server (`host-check.ts`).
 * - A restart reads the journal back: rooms, PINs, votes, open questions and the last slide survive.
 * - `close()` tells every client (`bye`), flushes and closes the journal.
 */
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
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
import {
  NEWCOMER_LIMITS,
  NewcomerGuard,
  type NewcomerLimit,
  type NewcomerLimits,
} from '../src/lib/live/newcomer-guard';
import { PIN_LIMITS, PinGuard, type PinAttempts, type PinLimits } from '../src/lib/live/pin-guard';
import { createBucket, LIVE_RATE, take, type Bucket } from '../src/lib/live/rate-limit';
import { newPin, newRoomCode } from '../src/lib/live/secrets';
import { VoteBook, type VoteStore } from '../src/lib/live/vote-book';
import { createBurstLog } from './burst-log';
import { hostNames, isAllowedHost, isOwnMachine, ownAddresses, plainAddress } from './host-check';
import { openJournal, type FlushResult, type JournalFile, type JournalFs } from './journal-file';
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
  /** Called first for every HTTP request; true = handled (issue 26: the organiser API is mounted here). */
  extraRoutes?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
}

/** A running live server. */
export interface LiveServer {
  readonly port: number;
  /** Opens a new room; returns its code and PIN. */
  createRoom(): { code: string; pin: string };
  /** Ends a room: its clients are told (and sent to `next`, when given) and it takes no one any more. */
  endRoom(code: string, next?: string): void;
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

interface Poll {
  options: number;
  open: boolean;
}

interface Room {
  code: string;
  pin: string;
  hosts: Set<Conn>;
  /** Participant sockets per voter token: the count is of people (tokens), not of sockets. */
  voters: Map<string, Set<Conn>>;
  /** Tokens that have been in the room: they come back without counting as new. */
  known: Set<string>;
  doorOpen: boolean;
  pins: PinAttempts;
  ended: { next?: string } | null;
  state: Map<string, SyncEntry>;
  polls: Map<string, Poll>;
  /** Questions whose tally the hosts have not seen yet, sent by the pending timer. */
  dirty: Set<string>;
  tallyTimer: NodeJS.Timeout | null;
  lastTallyAt: number;
  /** When each vote not yet in a sent tally arrived (performance.now()), for the server's share of the latency. */
  waiting: number[];
  /** When the trainer was last warned about newcomers, per address (one warning per window). */
  warnedAt: Map<string, number>;
}

interface Conn {
  ws: WebSocket;
  id: number;
  address: string;
  /** The trainer's laptop (loopback or one of its own addresses). */
  own: boolean;
  openedAt: number;
  alive: boolean;
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
/** While the journal fails, buffered room events are tried again this often. */
const DISK_RETRY_MS = 1_000;
const SERVER_ID = 'server';

/** Close codes the browser client understands (`live-socket.ts`). */
export const CLOSE = {
  badPin: 4401,
  roomClosed: 4403,
  noRoom: 4404,
  ended: 4410,
  locked: 4423,
  tooMany: 4429,
} as const;

/** Whether a request comes from the machine the server runs on by its loopback address. */
export function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** Starts the server; resolves once it listens. */
export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const distDir = safeRealpath(resolve(options.distDir));
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const bursts = createBurstLog(log);
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const joinTimeoutMs = options.joinTimeoutMs ?? 10_000;
  const maxSockets = options.maxSocketsPerAddress ?? 20;
  const pinLimits = options.pinLimits ?? PIN_LIMITS;
  const newcomers: NewcomerLimit = new NewcomerGuard(options.newcomerLimits ?? NEWCOMER_LIMITS);
  const newcomerWindowMs = (options.newcomerLimits ?? NEWCOMER_LIMITS).windowMs;
  const own = ownAddresses();
  const journal: JournalFile = openJournal(options.journalPath, options.journalFs);
  const votes: VoteStore = new VoteBook();
  const rooms = new Map<string, Room>();
  const conns = new Set<Conn>();
  const socketsPer = new Map<string, number>();
  const stats = { rejected: {} as Record<string, number>, votes: 0, connections: 0, notSaved: 0 };
  let nextId = 1;
  let closed = false;
  let diskOk = true;
  let diskRetry: NodeJS.Timeout | null = null;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  // The server's share of vote-to-projector time: from a vote's arrival to the tally that holds it.
  const voteToTally: number[] = [];

  const addRoom = (code: string, pin: string): Room => {
    const room: Room = {
      code,
      pin,
      hosts: new Set(),
      voters: new Map(),
      known: new Set(),
      doorOpen: true,
      pins: new PinGuard(pinLimits),
      ended: null,
      state: new Map(),
      polls: new Map(),
      dirty: new Set(),
      tallyTimer: null,
      lastTallyAt: 0,
      waiting: [],
      warnedAt: new Map(),
    };
    rooms.set(code, room);
    return room;
  };

  // Replay the journal: the same rules as live, so a vote line read twice still counts once.
  for (const record of journal.initial) {
    if (record.k === 'room') {
      if (!rooms.has(record.room)) addRoom(record.room, record.pin);
      continue;
    }
    const room = rooms.get(record.room);
    if (!room) continue;
    if (record.k === 'vote') {
      room.known.add(record.voter);
      if (votes.record(room.code, record.q, record.voter, record.o).status === 'counted') stats.votes++;
    } else if (record.k === 'poll') room.polls.set(record.q, { options: record.n, open: record.open });
    else if (record.k === 'reset') {
      stats.votes -= votes.counts(room.code, record.q).reduce((a, b) => a + b, 0);
      votes.discard(room.code, record.q);
    } else if (record.k === 'door') room.doorOpen = record.open;
    else if (record.k === 'end') room.ended = record.next ? { next: record.next } : {};
    else room.state.set(record.key, { key: record.key, json: record.json, t: record.t });
  }
  if (journal.droppedBytes > 0) {
    log(`journal: dropped a last line cut off mid-write (${journal.droppedBytes} bytes, never acknowledged)`);
  }

  const participantCount = (room: Room) => room.voters.size;

  const send = (conn: Conn, message: LiveServerMessage | Omit<LiveServerMessage, 'app' | 'v' | 'from'>) => {
    if (conn.ws.readyState !== conn.ws.OPEN) return;
    conn.ws.send(JSON.stringify({ app: SYNC_APP, v: SYNC_VERSION, from: SERVER_ID, ...message }));
  };

  const toHosts = (room: Room, message: Parameters<typeof send>[1]) => {
    for (const host of room.hosts) send(host, message);
  };
  const toParticipants = (room: Room, message: Parameters<typeof send>[1]) => {
    for (const sockets of room.voters.values()) for (const p of sockets) send(p, message);
  };

  /** The room's condition for its hosts, with a notice for the trainer when there is news. */
  const roomStatus = (room: Room, notice?: string) => ({
    kind: 'room' as const,
    doorOpen: room.doorOpen,
    pinLocked: room.pins.locked,
    diskOk,
    ...(notice ? { notice } : {}),
  });
  const tellHosts = (room: Room, notice?: string) => toHosts(room, roomStatus(room, notice));

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
    bursts.note(burstKey(conn, code, room), (n, seconds) =>
      n === 1
        ? `reject ${code} from ${who}: ${why}`
        : `reject ${code} and the like ×${n} in ${seconds} s (last from ${conn.address}: ${why})`,
    );
    send(conn, { kind: 'error', code });
    conn.strikes++;
    if (conn.strikes >= MAX_STRIKES) conn.ws.close(1008, 'too many bad messages');
  };

  // Acknowledgements wait for the batch their vote is written in.
  let acks: { conn: Conn; room: Room; question: string; option: number }[] = [];
  let flushPending = false;

  const write = (record: JournalRecord) => {
    journal.append(record);
    scheduleFlush();
  };

  /** The disk failed or came back: tell the terminal and every room's hosts once per change. */
  const setDisk = (ok: boolean, error?: string) => {
    if (ok === diskOk) return;
    diskOk = ok;
    if (ok) {
      log('journal: writing again; votes are saved again');
      for (const room of rooms.values()) tellHosts(room, 'De schijf schrijft weer: stemmen worden weer bewaard.');
      if (diskRetry) clearInterval(diskRetry);
      diskRetry = null;
      return;
    }
    log(
      `!!! journal: writing FAILED (${error}): votes are NOT saved; the room goes on in memory until the disk is back`,
    );
    for (const room of rooms.values()) {
      tellHosts(room, 'Let op: de stemmen kunnen niet worden opgeslagen (schijf vol of kapot). Maak ruimte vrij.');
    }
    // Room events (slide, polls) wait in the buffer: try them again until the disk takes them.
    diskRetry ??= setInterval(() => flush(), DISK_RETRY_MS);
  };

  type Ack = (typeof acks)[number];
  /** The acknowledgements of the commit under way (null: none), sent when it is on the disk. */
  let committing: Ack[] | null = null;
  /** Settles when the commit under way is done (close waits for it). */
  let commitDone: Promise<void> = Promise.resolve();
  const ackAll = (group: Ack[]) => {
    for (const { conn, question, option } of group) send(conn, { kind: 'voted', question, option });
  };

  /** What a write that failed means: its votes are taken back and their voters told; room events wait. */
  const failed = (result: Extract<FlushResult, { ok: false }>, batch: Ack[]): Ack[] => {
    const lost = new Set<string>();
    for (const record of result.failed) {
      if (record.k !== 'vote') {
        // After close the journal takes nothing more: the start-up text of the next run says what is missing.
        if (!closed) journal.append(record);
        continue;
      }
      votes.forget(record.room, record.q, record.voter);
      stats.votes--;
      stats.notSaved++;
      lost.add(`${record.room} ${record.q} ${record.voter}`);
      const room = rooms.get(record.room);
      if (room) scheduleTally(room, record.q);
    }
    bursts.note('journal', (n, seconds) => `journal: ${n} write(s) failed in ${seconds} s (${result.error})`);
    setDisk(false, result.error);
    const kept: Ack[] = [];
    for (const ack of batch) {
      if (lost.has(`${ack.room.code} ${ack.question} ${ack.conn.voter}`))
        send(ack.conn, { kind: 'error', code: 'not-saved' });
      else kept.push(ack);
    }
    return kept;
  };

  /**
   * Commits the batch (a write and a sync, off the event loop); its voters hear once it is on the disk. While
   * a commit is under way, what arrives waits in the buffer and goes in the next one (a group commit).
   */
  const flush = () => {
    flushPending = false;
    if (committing || closed) return;
    const batch = acks;
    acks = [];
    committing = batch;
    let done = () => undefined as void;
    commitDone = new Promise<void>((resolve) => (done = resolve));
    journal.commit((result) => {
      committing = null;
      done();
      if (result.ok) {
        if (result.written > 0) setDisk(true);
        ackAll(batch);
      } else {
        // A repeat tap (its first vote was written earlier) is on the disk: acknowledge it with the next commit.
        acks.unshift(...failed(result, batch));
      }
      if (acks.length > 0) flush();
    });
  };
  const scheduleFlush = () => {
    if (flushPending || closed) return;
    flushPending = true;
    setImmediate(flush);
  };

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

  /**
   * Sends the hosts every tally that changed since the last send. A tally may hold votes still on their way
   * to the disk (their voters are not told yet); a vote whose write fails is taken back and the next tally
   * shows it.
   */
  const sendTallies = (room: Room) => {
    room.tallyTimer = null;
    room.lastTallyAt = Date.now();
    if (flushPending) flush();
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

  const refuse = (conn: Conn, code: LiveErrorCode, why: string, closeCode: number, room?: Room) => {
    reject(conn, code, why, room);
    conn.ws.close(closeCode, code);
  };

  /** A host's PIN: limited per address and per room, except on the laptop itself. */
  const pinAccepted = (conn: Conn, room: Room, pin: string | undefined, what: string): boolean => {
    if (conn.own) {
      if (pin === room.pin) return true;
      refuse(conn, 'bad-pin', `${what} in ${room.code} (from the laptop)`, CLOSE.badPin);
      return false;
    }
    const now = Date.now();
    const check = room.pins.check(conn.address, now);
    if (!check.ok) {
      refuse(
        conn,
        check.reason,
        `${what} in ${room.code}`,
        check.reason === 'locked' ? CLOSE.locked : CLOSE.tooMany,
        room,
      );
      return false;
    }
    if (pin === room.pin) {
      room.pins.hit(conn.address);
      return true;
    }
    const { lockedNow } = room.pins.miss(conn.address, now);
    if (lockedNow) {
      log(`!!! room ${room.code}: PIN locked after ${room.pins.misses} wrong PINs; lift it on the projector`);
      tellHosts(
        room,
        `Pincode geblokkeerd na ${room.pins.misses} foute pogingen (laatste van ${conn.address}). ` +
          'Geef ze vrij met de knop als jij het was.',
      );
    }
    refuse(conn, 'bad-pin', `${what} in ${room.code}`, CLOSE.badPin, room);
    return false;
  };

  /** A new voter token: only while the room is open, and only as fast as one device may bring them. */
  const newcomerAccepted = (conn: Conn, room: Room): boolean => {
    if (!room.doorOpen) {
      refuse(conn, 'room-closed', `new participant in closed room ${room.code}`, CLOSE.roomClosed, room);
      return false;
    }
    const now = Date.now();
    const outcome = newcomers.admit(conn.address, now);
    if (outcome.allowed) return true;
    if (now - (room.warnedAt.get(conn.address) ?? -Infinity) >= newcomerWindowMs) {
      room.warnedAt.set(conn.address, now);
      log(
        `!!! room ${room.code}: ${outcome.recent} new participants from ${conn.address} in ${newcomerWindowMs / 1000} s`,
      );
      tellHosts(
        room,
        `${outcome.recent} nieuwe deelnemers van één adres (${conn.address}) in ${newcomerWindowMs / 1000} s: ` +
          'wie meer dan een paar keer meedoet, wordt geweigerd.',
      );
    }
    refuse(conn, 'too-many', `new participants from ${conn.address}`, CLOSE.tooMany, room);
    return false;
  };

  const join = (conn: Conn, message: Extract<LiveClientMessage, { kind: 'join' }>) => {
    const room = rooms.get(message.room);
    if (!room) return refuse(conn, 'no-room', `room ${message.room}`, CLOSE.noRoom);
    if (room.ended) {
      send(conn, { kind: 'ended', ...room.ended });
      conn.ws.close(CLOSE.ended, 'room ended');
      return;
    }
    const host = isHostRole(message.role);
    if (host && !pinAccepted(conn, room, message.pin, message.role)) return;
    if (!host) {
      if (!message.voter) return reject(conn, 'invalid', 'participant without voter token');
      if (!room.known.has(message.voter)) {
        if (!newcomerAccepted(conn, room)) return;
        room.known.add(message.voter);
      }
    }
    conn.room = room;
    conn.role = message.role;
    if (host) room.hosts.add(conn);
    else {
      conn.voter = message.voter!;
      const sockets = room.voters.get(conn.voter) ?? new Set<Conn>();
      sockets.add(conn);
      room.voters.set(conn.voter, sockets);
    }
    send(conn, {
      kind: 'welcome',
      room: room.code,
      role: message.role,
      now: Date.now(),
      participants: participantCount(room),
      votes: conn.voter && !host ? votes.votesOf(room.code, conn.voter) : {},
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
    if (room.hosts.delete(conn)) return;
    const sockets = conn.voter ? room.voters.get(conn.voter) : undefined;
    if (!sockets?.delete(conn)) return;
    if (sockets.size > 0) return;
    room.voters.delete(conn.voter!);
    toHosts(room, { kind: 'count', participants: participantCount(room) });
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
    if (PARTICIPANT_KEY.test(entry.key)) toParticipants(room, message);
  };

  const admin = (room: Room, message: Extract<LiveClientMessage, { kind: 'admin' }>) => {
    const t = Date.now();
    switch (message.action) {
      case 'close-door':
      case 'open-door': {
        room.doorOpen = message.action === 'open-door';
        write({ k: 'door', room: room.code, open: room.doorOpen, t });
        log(`room ${room.code}: ${room.doorOpen ? 'open to' : 'closed to'} new participants`);
        return tellHosts(room);
      }
      case 'unlock-pin':
        room.pins.unlock();
        log(`room ${room.code}: PIN lock lifted`);
        return tellHosts(room);
      case 'reset': {
        const question = message.question!;
        stats.votes -= votes.counts(room.code, question).reduce((a, b) => a + b, 0);
        votes.discard(room.code, question);
        write({ k: 'reset', room: room.code, q: question, t });
        const poll = room.polls.get(question);
        if (poll && !poll.open) {
          poll.open = true;
          write({ k: 'poll', room: room.code, q: question, n: poll.options, open: true, t });
        }
        log(`room ${room.code}: votes on ${question} discarded`);
        toParticipants(room, { kind: 'reset', question });
        return scheduleTally(room, question);
      }
    }
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
      case 'ping':
        return send(conn, { kind: 'pong' });
      case 'hello':
        return send(conn, snapshotFor(room, conn.role));
      case 'state':
        if (!host) return reject(conn, 'forbidden', `participant sent state ${message.key}`);
        return applyState(conn, room, message);
      case 'snapshot':
        if (!host) return reject(conn, 'forbidden', 'participant sent snapshot');
        for (const entry of message.entries) applyState(conn, room, entry);
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
        // Journal first: a vote is acknowledged only once its batch is on the disk. A second tap waits for the
        // same batch, so it is never told about a vote that is not written yet.
        const earlier = votes.votesOf(room.code, conn.voter)[message.question];
        if (earlier !== undefined) {
          acks.push({ conn, room, question: message.question, option: earlier });
          return scheduleFlush();
        }
        write({ k: 'vote', room: room.code, q: message.question, o: message.option, voter: conn.voter, t: Date.now() });
        const outcome = votes.record(room.code, message.question, conn.voter, message.option);
        stats.votes++;
        room.waiting.push(performance.now());
        acks.push({ conn, room, question: message.question, option: outcome.option });
        return scheduleTally(room, message.question);
      }
    }
  };

  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024, perMessageDeflate: false });
  wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
    const address = plainAddress(req.socket.remoteAddress) || '?';
    const conn: Conn = {
      ws,
      id: nextId++,
      address,
      own: isOwnMachine(address, own()),
      openedAt: Date.now(),
      alive: true,
      bucket: createBucket(LIVE_RATE, Date.now()),
      strikes: 0,
    };
    conns.add(conn);
    stats.connections++;
    socketsPer.set(address, (socketsPer.get(address) ?? 0) + 1);
    ws.on('pong', () => (conn.alive = true));
    ws.on('message', (data, isBinary) => {
      conn.alive = true;
      try {
        handle(conn, data, isBinary);
      } catch (error) {
        log(`error handling a message from #${conn.id}: ${String(error)}`);
      }
    });
    ws.on('error', () => undefined);
    ws.on('close', () => {
      conns.delete(conn);
      stats.connections--;
      const left = (socketsPer.get(address) ?? 1) - 1;
      if (left > 0) socketsPer.set(address, left);
      else socketsPer.delete(address);
      leave(conn);
    });
  });

  // The ws README's heartbeat: who did not answer the last ping is gone (a phone that left the Wi-Fi never
  // closes its socket); a socket that never joins is closed too.
  const heartbeat = setInterval(() => {
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

  const http: Server = createServer((req, res) => {
    handleHttp(req, res).catch((error: unknown) => {
      log(`http error: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  let port = 0;
  const names = () => hostNames(options.host ?? '0.0.0.0', own(), options.hostNames);
  const hostOk = (req: IncomingMessage) => isAllowedHost(req.headers.host, names(), port);

  const handleHttp = async (req: IncomingMessage, res: ServerResponse) => {
    if (options.extraRoutes && (await options.extraRoutes(req, res))) return;
    if (!hostOk(req)) {
      // Another name pointed at this address (DNS rebinding): no answer at all, the PIN least of all.
      bursts.note(`host ${req.socket.remoteAddress}`, (n) => `refused ${n} request(s) for host ${req.headers.host}`);
      return void res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8' }).end('Onbekende host');
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const local = isOwnMachine(req.socket.remoteAddress, own());
    const json = (status: number, body: unknown) =>
      res
        .writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
        .end(JSON.stringify(body));
    if (path === LIVE_STATUS_PATH) {
      // The PIN and the room only for the trainer's own machine: a phone on the LAN learns that the server runs.
      const newest = [...rooms.values()].filter((r) => !r.ended).at(-1);
      if (!local || !newest) return json(200, { live: true });
      const extra = options.describeRoom ? await options.describeRoom(newest.code) : {};
      return json(200, { live: true, room: newest.code, pin: newest.pin, ...extra });
    }
    const csv = /^\/live\/api\/([a-z0-9]+)\/resultaten\.csv$/.exec(path);
    if (csv) {
      const room = isRoomCode(csv[1]) ? rooms.get(csv[1]) : undefined;
      if (!room) return json(404, { error: 'not found' });
      // The laptop needs no PIN; another device sends it in a header, never in the address (which ends up in
      // histories and logs), and its tries count against the same limits as the socket's.
      if (!local) {
        const address = plainAddress(req.socket.remoteAddress);
        const check = room.pins.check(address, Date.now());
        if (!check.ok) return json(429, { error: check.reason });
        if (req.headers['x-live-pin'] !== room.pin) {
          if (room.pins.miss(address, Date.now()).lockedNow) tellHosts(room, 'Pincode geblokkeerd na foute pogingen.');
          bursts.note(
            `csv ${address}`,
            (n, seconds) => `refused the CSV ${n}× to ${address} in ${seconds} s (wrong PIN)`,
          );
          return json(404, { error: 'not found' });
        }
        room.pins.hit(address);
      }
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
      // An ended room's page still loads: its script hears `ended` and goes on to the next room or the end.
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
    const address = plainAddress(req.socket.remoteAddress);
    const crowded = (socketsPer.get(address) ?? 0) >= maxSockets && !isOwnMachine(address, own());
    if (url.pathname !== LIVE_SOCKET_PATH || !sameOrigin || !hostOk(req) || crowded) {
      bursts.note(`upgrade ${address}`, (n, seconds) =>
        n === 1
          ? `refused upgrade ${url.pathname} from ${address} (origin ${origin ?? 'none'}, host ${req.headers.host ?? 'none'}${crowded ? ', too many sockets' : ''})`
          : `refused ${n} upgrades from ${address} in ${seconds} s${crowded ? ' (too many sockets)' : ''}`,
      );
      socket.end(crowded ? 'HTTP/1.1 429 Too Many Requests\r\n\r\n' : 'HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  await new Promise<void>((done, fail) => {
    http.once('error', fail);
    http.listen(options.port ?? 0, options.host ?? '0.0.0.0', () => done());
  });
  port = (http.address() as AddressInfo).port;

  return {
    port,
    stats,
    createRoom() {
      let code = newRoomCode(randomBytes);
      while (rooms.has(code)) code = newRoomCode(randomBytes);
      const pin = newPin(randomBytes);
      // Written at once: the PIN is printed right after, and must survive a restart from then on.
      journal.append({ k: 'room', room: code, pin, t: Date.now() });
      const written = journal.flush();
      if (!written.ok) throw new Error(`the journal cannot be written (${written.error}): no room opened`);
      addRoom(code, pin);
      return { code, pin };
    },
    endRoom(code, next) {
      const room = rooms.get(code);
      if (!room || room.ended) return;
      room.ended = next ? { next } : {};
      write({ k: 'end', room: code, ...(next ? { next } : {}), t: Date.now() });
      flush();
      for (const conn of [...room.hosts, ...[...room.voters.values()].flatMap((s) => [...s])]) {
        send(conn, { kind: 'ended', ...room.ended });
        conn.ws.close(CLOSE.ended, 'room ended');
      }
    },
    rooms: () => [...rooms.values()].filter((r) => !r.ended).map((r) => ({ code: r.code, pin: r.pin })),
    counts: (room, question) => votes.counts(room, question, rooms.get(room)?.polls.get(question)?.options ?? 0),
    participants: (room) => {
      const r = rooms.get(room);
      return r ? participantCount(r) : 0;
    },
    async close() {
      if (closed) return;
      // What is buffered is written, synced and acknowledged before the goodbye.
      closed = true;
      // Written, synced and acknowledged before the goodbye: first the commit under way, then the rest.
      await commitDone;
      const pending = acks;
      acks = [];
      const last = journal.close();
      if (last.ok) ackAll(pending);
      else {
        log(`!!! journal: the last ${last.failed.length} record(s) could not be written (${last.error})`);
        ackAll(failed(last, pending));
      }
      clearInterval(heartbeat);
      if (diskRetry) clearInterval(diskRetry);
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
      bursts.flush();
      loop.disable();
      http.closeAllConnections?.();
      await new Promise<void>((done) => {
        wss.close(() => http.close(() => done()));
      });
      for (const ws of wss.clients) ws.terminate();
    },
  };
}

/** The real path of a folder (the served folder may itself be a link); the path itself when it is missing. */
function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
