// cspell:words journaled
/**
 * A live room and a socket as the live server holds them in memory, and how a message reaches them. The
 * same in both modes: what differs (where a room's history is kept) is the `RoomBackend`'s business.
 */
import type { WebSocket } from 'ws';
import type { LiveRole, LiveServerMessage } from '../src/lib/island-sync/live-protocol';
import { SYNC_APP, SYNC_VERSION, type SyncEntry } from '../src/lib/island-sync/protocol';
import type { Bucket } from '../src/lib/live/rate-limit';
import type { TallyThrottle } from './tally-throttle';

/** A question's poll: how many options, and whether it takes votes. */
export interface Poll {
  options: number;
  open: boolean;
}

/** One room in this process's memory. */
export interface Room {
  code: string;
  pin: string;
  hosts: Set<Conn>;
  /** Participant sockets per voter token: the count is of people (tokens), not of sockets. */
  voters: Map<string, Set<Conn>>;
  /** Tokens that have been in the room: they come back without counting as new. */
  known: Set<string>;
  doorOpen: boolean;
  ended: { next?: string } | null;
  state: Map<string, SyncEntry>;
  polls: Map<string, Poll>;
  /** The hosts' tallies, at most one per question per `TALLY_EVERY_MS`. */
  tallies: TallyThrottle;
  /** When the trainer was last warned about newcomers, per address (one warning per window). */
  warnedAt: Map<string, number>;
  /** Participants on other processes (Redis mode; always 0 in the embedded mode). */
  othersPresent: number;
  /** When a socket last joined or left (Redis mode lets a room go that nobody here used for a while). */
  lastUsed: number;
}

/** One socket. */
export interface Conn {
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
  /** A join under way (it may wait for Redis); messages that arrive meanwhile wait for it. */
  busy?: Promise<void> | null;
}

/** What the server sends: a protocol message without the envelope, which `send` adds. */
export type ServerMessage = LiveServerMessage | Omit<LiveServerMessage, 'app' | 'v' | 'from'>;

/**
 * Keys participants get and a restart keeps: the slide, the knowledge-check reveals and the myth quiz's
 * round (which statement is up, whether it is answered). Other islands and lesson switches stay between
 * hosts and are not journaled (a calculator changes on every key press).
 */
export const PARTICIPANT_KEY = /^(deck|quiz):|^island:[a-z0-9-]+:myth-quiz$/;
/** The state keys a room's history keeps (the participants' keys). */
export const JOURNALED_KEY = PARTICIPANT_KEY;
export const SERVER_ID = 'server';

/** Close codes the browser client understands (`live-socket.ts`). */
export const CLOSE = {
  badPin: 4401,
  roomClosed: 4403,
  noRoom: 4404,
  ended: 4410,
  locked: 4423,
  tooMany: 4429,
} as const;

/** A room with nobody in it yet. */
export function newRoom(code: string, pin: string, tallies: (room: Room) => TallyThrottle): Room {
  const room: Omit<Room, 'tallies'> = {
    code,
    pin,
    hosts: new Set(),
    voters: new Map(),
    known: new Set(),
    doorOpen: true,
    ended: null,
    state: new Map(),
    polls: new Map(),
    warnedAt: new Map(),
    othersPresent: 0,
    lastUsed: Date.now(),
  };
  return Object.assign(room, { tallies: tallies(room as Room) });
}

/** People in the room: voter tokens with an open socket here and on the other processes. */
export function participantCount(room: Room): number {
  return room.voters.size + room.othersPresent;
}

/** One message to one socket (nothing when it is closing). */
export function send(conn: Conn, message: ServerMessage): void {
  if (conn.ws.readyState !== conn.ws.OPEN) return;
  conn.ws.send(JSON.stringify({ app: SYNC_APP, v: SYNC_VERSION, from: SERVER_ID, ...message }));
}

/** One message to every host of a room. */
export function toHosts(room: Room, message: ServerMessage): void {
  for (const host of room.hosts) send(host, message);
}

/** One message to every participant socket of a room. */
export function toParticipants(room: Room, message: ServerMessage): void {
  for (const sockets of room.voters.values()) for (const p of sockets) send(p, message);
}
