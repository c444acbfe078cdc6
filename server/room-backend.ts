/**
 * Where a live server keeps its rooms: what differs between the embedded mode (one process, a journal file,
 * `journal-backend.ts`) and the Redis mode (any number of processes on one Redis, `redis-backend.ts`). The
 * server (`live-server.ts`) holds the rooms in memory and talks to the sockets; a backend decides where a
 * change is written, when it is applied and who may do what:
 *
 * - A room change (vote, slide, poll, door, reset, end) is written first and applied through `RoomHost.apply`:
 *   the journal applies it at once after buffering the write; Redis applies it when it comes back from the
 *   room's stream, on every process alike (the writer too).
 * - Votes: the journal's `VoteBook` decides in memory and the voter hears once the batch is on the disk;
 *   in Redis a Lua script decides and the voter hears once Redis answered.
 * - PIN attempts, newcomers per address and sockets per address: counted in memory, or in Redis for every
 *   process together.
 * - Health: a failed disk or an unreachable Redis is told to the room's hosts (`RoomHost.health`) and the
 *   votes it loses to their voters (`not-saved`).
 */
import type { SyncEntry } from '../src/lib/island-sync/protocol';
import type { JournalRecord } from '../src/lib/live/journal';
import type { NewcomerOutcome } from '../src/lib/live/newcomer-guard';
import type { PinCheck } from '../src/lib/live/pin-guard';
import type { VoteStore } from '../src/lib/live/vote-book';
import type { Conn, Room, ServerMessage } from './live-room';
import type { RedisRoomStore } from './redis-room-store';

/** The server's counters (tests and the bench read them). */
export interface LiveStats {
  rejected: Record<string, number>;
  votes: number;
  connections: number;
  notSaved: number;
}

/** What a backend may use of the server that holds the rooms. */
export interface RoomHost {
  readonly rooms: Map<string, Room>;
  /** The votes of every room in memory (Redis mode: as read from the streams). */
  readonly votes: VoteStore;
  readonly stats: LiveStats;
  log(line: string): void;
  /** Notes one event of a burst: a burst is one log line (`burst-log.ts`). */
  note(key: string, line: (n: number, seconds: number) => string): void;
  /** A new room in memory. */
  addRoom(code: string, pin: string): Room;
  /** One history record into a room's memory, without telling anyone (start-up, or a room loaded). */
  replay(room: Room, record: JournalRecord): void;
  /** One written room change applied and told to the room's clients; a vote: whether it counted. */
  apply(room: Room, record: JournalRecord, fromConn: number | null): boolean;
  send(conn: Conn, message: ServerMessage): void;
  /** The room's condition to its hosts, with a notice for the trainer. */
  tellHosts(room: Room, notice?: string): void;
  /** Whether the store takes writes (false: voters hear `not-saved`, hosts are warned once per change). */
  health(ok: boolean, error?: string): void;
}

/** What a backend says to the trainer (hosts) and the terminal when its store fails and comes back. */
export interface HealthWords {
  back: string;
  lost: string;
  logBack: string;
  logLost(error: string | undefined): string;
}

/** A PIN that missed: whether the room locked now, and after how many misses it does. */
export interface PinMiss {
  lockedNow: boolean;
  misses: number;
}

/** The rooms' store of one mode (see the header). */
export interface RoomBackend {
  readonly mode: 'journal' | 'redis';
  /**
   * Several processes behind a reverse proxy on this machine (Redis mode): the client is the last
   * `X-Forwarded-For` address of a loopback peer, no socket is the trainer's laptop, the port in `Host` is
   * the proxy's, and the metrics answer the machine itself.
   */
  readonly behindProxy: boolean;
  /** Redis mode: the shared store (for main.ts and the organizer API). */
  readonly redisStore?: RedisRoomStore;
  readonly words: HealthWords;
  /** A room not in memory: loaded (Redis mode, followed from then on) or none (the journal has them all). */
  loadRoom(code: string): Promise<Room | null> | undefined;
  /** Whether a room of this code exists outside this process's memory (a page for it may load). */
  knowsRoom(code: string): Promise<boolean> | boolean;
  /** Opens a room at once (the embedded mode; throws in Redis mode). */
  createRoom(): { code: string; pin: string };
  openRoom(): Promise<{ code: string; pin: string }>;
  endRoom(code: string, next?: string): void | Promise<void>;
  /** Writes a room change (made by socket `conn`, or the server) and has it applied once written. */
  append(room: Room, record: JournalRecord, conn?: Conn): void;
  /** A host's stamped state change (host-only keys are relayed, not kept). */
  changeState(room: Room, stamped: SyncEntry, conn: Conn): void;
  /** A participant's vote on an open poll; the voter hears `voted` or `not-saved`. */
  vote(conn: Conn, room: Room, question: string, option: number): void;
  /** Discards a question's votes (and opens its poll again). */
  reset(room: Room, question: string, t: number): void;
  /** Lifts the PIN lock and tells the hosts. */
  unlockPin(room: Room): void;
  pinLocked(room: Room): boolean;
  pinCheck(room: Room, address: string, now: number): PinCheck | Promise<PinCheck>;
  pinHit(room: Room, address: string): void | Promise<void>;
  pinMiss(room: Room, address: string, now: number): PinMiss | Promise<PinMiss>;
  admitNewcomer(address: string, now: number): NewcomerOutcome | Promise<NewcomerOutcome>;
  /** A participant's earlier votes in a room, for the welcome. */
  votesOf(room: Room, voter: string): Record<string, number> | Promise<Record<string, number>>;
  /** Open sockets of an address (for the cap per address) and their changes. */
  socketsOf(address: string): number | Promise<number>;
  socketsChanged(address: string, delta: 1 | -1): void;
  /** This process's participants of a room changed. */
  participantsChanged(room: Room): void;
  /** A round of tallies goes out (the journal commits what waits first). */
  beforeTallies(): void;
  /** A join threw: true when the store is away (the client comes back later), false for a bug. */
  storeUnreachable(error: unknown): boolean;
  /** Stops taking changes: what is buffered is written, acknowledged or told as lost. */
  drain(): Promise<void>;
  /** Lets go of the store (after the sockets are closed). */
  close(): Promise<void>;
}
