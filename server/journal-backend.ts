// cspell:words acks journaled
/**
 * The embedded mode's rooms (`RoomBackend`): one process, the rooms in memory, their history in a local
 * journal file (`journal-file.ts`), PIN attempts, newcomers and sockets counted in memory.
 *
 * - Votes are decided by the `VoteBook` at once and journaled in batches: everything that arrived in one turn
 *   of the event loop goes to the file in one write, and only then are the voters acknowledged.
 * - Acknowledged means on disk: a batch is written and synced before its voters hear; a failed write is told
 *   to its voters (`not-saved`) and the hosts, the server goes on in memory and keeps trying.
 * - Every other room change is buffered for the next batch and applied at once.
 * - A restart reads the journal back: rooms, PINs, votes, open questions and the last slide survive.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { SyncEntry } from '../src/lib/island-sync/protocol';
import type { JournalRecord } from '../src/lib/live/journal';
import { NewcomerGuard, type NewcomerLimits } from '../src/lib/live/newcomer-guard';
import { PinGuard, type PinLimits } from '../src/lib/live/pin-guard';
import { newPin, newRoomCode } from '../src/lib/live/secrets';
import { openJournal, type FlushResult, type JournalFs } from './journal-file';
import { JOURNALED_KEY, type Conn, type Room } from './live-room';
import type { HealthWords, PinMiss, RoomBackend, RoomHost } from './room-backend';

/** While the journal fails, buffered room events are tried again this often. */
const DISK_RETRY_MS = 1_000;

const WORDS: HealthWords = {
  back: 'De schijf schrijft weer: stemmen worden weer bewaard.',
  lost: 'Let op: de stemmen kunnen niet worden opgeslagen (schijf vol of kapot). Maak ruimte vrij.',
  logBack: 'journal: writing again; votes are saved again',
  logLost: (error) =>
    `!!! journal: writing FAILED (${error}): votes are NOT saved; the room goes on in memory until the disk is back`,
};

/** A vote waiting for its batch to be on the disk. */
interface Ack {
  conn: Conn;
  room: Room;
  question: string;
  option: number;
}

/** Opens the journal at `path` and loads its rooms into `host`. */
export function openJournalBackend(
  host: RoomHost,
  options: { path: string; fs: JournalFs | undefined; pinLimits: PinLimits; newcomerLimits: NewcomerLimits },
): RoomBackend {
  const { rooms, votes, stats, log } = host;
  const journal = openJournal(options.path, options.fs);
  const newcomers = new NewcomerGuard(options.newcomerLimits);
  const pinGuards = new Map<string, PinGuard>();
  const pins = (room: Room) => {
    let guard = pinGuards.get(room.code);
    if (!guard) pinGuards.set(room.code, (guard = new PinGuard(options.pinLimits)));
    return guard;
  };
  const socketsPer = new Map<string, number>();
  let closed = false;
  let diskRetry: NodeJS.Timeout | null = null;

  // Replay the journal: the same rules as live, so a vote line read twice still counts once.
  for (const record of journal.initial) {
    if (record.k === 'room') {
      if (!rooms.has(record.room)) host.addRoom(record.room, record.pin);
      continue;
    }
    const room = rooms.get(record.room);
    if (room) host.replay(room, record);
  }
  if (journal.droppedBytes > 0) {
    log(`journal: dropped a last line cut off mid-write (${journal.droppedBytes} bytes, never acknowledged)`);
  }

  // Acknowledgements wait for the batch their vote is written in.
  let acks: Ack[] = [];
  let flushPending = false;
  /** The acknowledgements of the commit under way (null: none), sent when it is on the disk. */
  let committing: Ack[] | null = null;
  /** Settles when the commit under way is done (closing waits for it). */
  let commitDone: Promise<void> = Promise.resolve();
  const ackAll = (group: Ack[]) => {
    for (const { conn, question, option } of group) host.send(conn, { kind: 'voted', question, option });
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
      rooms.get(record.room)?.tallies.changed(record.q);
    }
    host.note('journal', (n, seconds) => `journal: ${n} write(s) failed in ${seconds} s (${result.error})`);
    host.health(false, result.error);
    // Room events (slide, polls) wait in the buffer: try them again until the disk takes them.
    diskRetry ??= setInterval(() => flush(), DISK_RETRY_MS);
    const kept: Ack[] = [];
    for (const ack of batch) {
      if (lost.has(`${ack.room.code} ${ack.question} ${ack.conn.voter}`))
        host.send(ack.conn, { kind: 'error', code: 'not-saved' });
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
        if (result.written > 0) {
          host.health(true);
          if (diskRetry) clearInterval(diskRetry);
          diskRetry = null;
        }
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
  /** Into the journal's next batch. */
  const write = (record: JournalRecord) => {
    journal.append(record);
    scheduleFlush();
  };

  const backend: RoomBackend = {
    mode: 'journal',
    behindProxy: false,
    words: WORDS,
    loadRoom: () => undefined,
    knowsRoom: () => false,
    createRoom() {
      let code = newRoomCode(randomBytes);
      while (rooms.has(code)) code = newRoomCode(randomBytes);
      const pin = newPin(randomBytes);
      // Written at once: the PIN is printed right after, and must survive a restart from then on.
      journal.append({ k: 'room', room: code, pin, t: Date.now() });
      const written = journal.flush();
      if (!written.ok) throw new Error(`the journal cannot be written (${written.error}): no room opened`);
      host.addRoom(code, pin);
      return { code, pin };
    },
    openRoom: async () => backend.createRoom(),
    endRoom(code, next) {
      const room = rooms.get(code);
      if (!room || room.ended) return;
      backend.append(room, { k: 'end', room: code, ...(next ? { next } : {}), t: Date.now() });
      flush();
    },
    append(room, record, conn) {
      write(record);
      host.apply(room, record, conn?.id ?? null);
    },
    changeState(room, stamped: SyncEntry, conn) {
      const record: JournalRecord = { k: 'state', room: room.code, ...stamped };
      if (JOURNALED_KEY.test(stamped.key)) write(record);
      host.apply(room, record, conn.id);
    },
    vote(conn, room, question, option) {
      const voter = conn.voter!;
      // Journal first: a vote is acknowledged only once its batch is on the disk. A second tap waits for the
      // same batch, so it is never told about a vote that is not written yet.
      const earlier = votes.votesOf(room.code, voter)[question];
      if (earlier !== undefined) {
        acks.push({ conn, room, question, option: earlier });
        return scheduleFlush();
      }
      write({ k: 'vote', room: room.code, q: question, o: option, voter, t: Date.now() });
      const outcome = votes.record(room.code, question, voter, option);
      stats.votes++;
      room.tallies.arrived(performance.now());
      acks.push({ conn, room, question, option: outcome.option });
      room.tallies.changed(question);
    },
    reset(room, question, t) {
      const poll = room.polls.get(question);
      backend.append(room, { k: 'reset', room: room.code, q: question, t });
      if (poll && !poll.open)
        backend.append(room, { k: 'poll', room: room.code, q: question, n: poll.options, open: true, t });
    },
    unlockPin(room) {
      pins(room).unlock();
      host.tellHosts(room);
    },
    pinLocked: (room) => pins(room).locked,
    pinCheck: (room, address, now) => pins(room).check(address, now),
    pinHit: (room, address) => pins(room).hit(address),
    pinMiss(room, address, now): PinMiss {
      const guard = pins(room);
      const { lockedNow } = guard.miss(address, now);
      return { lockedNow, misses: guard.misses };
    },
    admitNewcomer: (address, now) => newcomers.admit(address, now),
    votesOf: (room, voter) => votes.votesOf(room.code, voter),
    socketsOf: (address) => socketsPer.get(address) ?? 0,
    socketsChanged(address, delta) {
      const count = (socketsPer.get(address) ?? 0) + delta;
      if (count > 0) socketsPer.set(address, count);
      else socketsPer.delete(address);
    },
    participantsChanged: () => undefined,
    beforeTallies() {
      if (flushPending) flush();
    },
    storeUnreachable: () => false,
    async drain() {
      if (closed) return;
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
      if (diskRetry) clearInterval(diskRetry);
    },
    close: async () => undefined,
  };
  return backend;
}
