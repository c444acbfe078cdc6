/**
 * The journal on disk: read once at start, then appended to. Records are buffered; `commit` writes all of
 * them in one write and flushes them to the disk with one `fdatasync`, both off the event loop (a write or
 * sync on a busy disk can take tens of milliseconds, and must not stop the room meanwhile). The server
 * commits once per turn of the event loop, or, while a commit is under way, everything that arrived
 * meanwhile in the next one (a group commit); it acknowledges a batch's votes only when its commit is done.
 * So a burst of 500 votes costs a handful of writes and syncs, and a vote is on the disk before anyone is
 * told it counted: neither a killed process nor a power cut loses what was acknowledged. `flush` is the
 * same write done synchronously, for the moments that must wait (a new room's PIN, closing).
 *
 * A write that fails or comes up short (a full disk) is cut back off the file, so no half line stays in
 * it, and `flush` returns the records that did not make it: the server tells their voters and tries the
 * rest again with the next batch. Nothing here throws after opening except `close` on a broken disk.
 *
 * The file and its folder are readable by their owner only (the journal holds the trainer PINs). The file
 * system calls go through `JournalFs`, so tests can make a disk full without a small file system.
 */
import * as fs from 'node:fs';
import { dirname } from 'node:path';
import { journalLine, readJournal, type JournalRecord } from '../src/lib/live/journal';

/** The file system calls the journal makes (node:fs by default; tests inject failures). */
export interface JournalFs {
  existsSync(path: string): boolean;
  readFileSync(path: string, encoding: 'utf8'): string;
  mkdirSync(path: string, options: { recursive: true; mode: number }): unknown;
  openSync(path: string, flags: string, mode: number): number;
  fchmodSync(fd: number, mode: number): void;
  fstatSync(fd: number): { size: number };
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
  fdatasyncSync(fd: number): void;
  fdatasync(fd: number, callback: (error: NodeJS.ErrnoException | null) => void): void;
  write(
    fd: number,
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: null,
    callback: (error: NodeJS.ErrnoException | null, written: number) => void,
  ): void;
  ftruncateSync(fd: number, length: number): void;
  closeSync(fd: number): void;
}

/** A journal line that is not a record: the server refuses to start rather than guess. */
export class JournalDamagedError extends Error {
  constructor(
    readonly path: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`journal ${path}, line ${line}, is damaged (${reason})`);
    this.name = 'JournalDamagedError';
  }
}

/** What a flush did. */
export type FlushResult = { ok: true; written: number } | { ok: false; failed: JournalRecord[]; error: string };

/** An open journal file. */
export interface JournalFile {
  /** The records the file held when it was opened. */
  readonly initial: readonly JournalRecord[];
  /** Bytes of a cut-off last line that were dropped on opening (0 when the file ended cleanly). */
  readonly droppedBytes: number;
  /** Adds a record to the next batch (not yet in the file: call `flush`). */
  append(record: JournalRecord): void;
  /** Writes the buffered records; on failure they are returned and the file is as before. */
  flush(): FlushResult;
  /** Flushes what was written to the disk; `done` hears the error, if any. */
  sync(done: (error: string | null) => void): void;
  /** Writes and syncs the buffered records off the event loop; one commit at a time. */
  commit(done: (result: FlushResult) => void): void;
  /** Flushes and closes. */
  close(): FlushResult;
}

/** The journal is private to its owner: it holds the PINs. */
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

/** Opens (or creates) the journal at `path`; throws `JournalDamagedError` on a damaged line. */
export function openJournal(path: string, io: JournalFs = fs): JournalFile {
  io.mkdirSync(dirname(path), { recursive: true, mode: DIR_MODE });
  const text = io.existsSync(path) ? io.readFileSync(path, 'utf8') : '';
  const read = readJournal(text);
  if (read.damaged) throw new JournalDamagedError(path, read.damaged.line, read.damaged.reason);
  const fd = io.openSync(path, 'a', FILE_MODE);
  // An older journal may be world-readable: make it the owner's only.
  io.fchmodSync(fd, FILE_MODE);
  let size = io.fstatSync(fd).size;
  // A last line cut off by a kill or a full disk was never acknowledged: cut it off the file too.
  if (read.cutBytes > 0) {
    size -= read.cutBytes;
    io.ftruncateSync(fd, size);
  }
  let open = true;
  let buffer: JournalRecord[] = [];
  /** A failed write whose remains could not be cut off yet: cut them before writing again. */
  let remains = false;

  const flush = (): FlushResult => {
    if (!open || buffer.length === 0) return { ok: true, written: 0 };
    const records = buffer;
    buffer = [];
    const bytes = Buffer.from(records.map(journalLine).join(''), 'utf8');
    try {
      if (remains) {
        io.ftruncateSync(fd, size);
        remains = false;
      }
      let done = 0;
      while (done < bytes.length) {
        const n = io.writeSync(fd, bytes, done, bytes.length - done);
        if (n <= 0) throw new Error('short write');
        done += n;
      }
      size += bytes.length;
      return { ok: true, written: records.length };
    } catch (error) {
      try {
        // Whatever part of the batch reached the file goes again: no half line, no unacknowledged vote.
        io.ftruncateSync(fd, size);
      } catch {
        // The disk refuses even that: try again before the next write.
        remains = true;
      }
      const code = (error as NodeJS.ErrnoException).code;
      return { ok: false, failed: records, error: code ?? (error instanceof Error ? error.message : String(error)) };
    }
  };

  return {
    initial: read.records,
    droppedBytes: read.cutBytes,
    append(record) {
      if (!open) throw new Error('journal closed');
      buffer.push(record);
    },
    flush,
    commit(done) {
      if (!open || buffer.length === 0) return done({ ok: true, written: 0 });
      const records = buffer;
      buffer = [];
      const bytes = Buffer.from(records.map(journalLine).join(''), 'utf8');
      const fail = (error: NodeJS.ErrnoException | Error) => {
        try {
          if (open) io.ftruncateSync(fd, size);
        } catch {
          remains = true;
        }
        const code = (error as NodeJS.ErrnoException).code;
        done({ ok: false, failed: records, error: code ?? error.message });
      };
      const rest = (done_: number) => {
        if (!open) return fail(new Error('journal closed'));
        if (done_ === bytes.length) {
          return io.fdatasync(fd, (error) => {
            if (error) return fail(error);
            size += bytes.length;
            done({ ok: true, written: records.length });
          });
        }
        io.write(fd, bytes, done_, bytes.length - done_, null, (error, n) => {
          if (error) return fail(error);
          if (n <= 0) return fail(new Error('short write'));
          rest(done_ + n);
        });
      };
      try {
        if (remains) {
          io.ftruncateSync(fd, size);
          remains = false;
        }
      } catch (error) {
        return fail(error as Error);
      }
      rest(0);
    },
    sync(done) {
      if (!open) return done(null);
      io.fdatasync(fd, (error) => done(error ? (error.code ?? error.message) : null));
    },
    close() {
      if (!open) return { ok: true, written: 0 };
      const result = flush();
      open = false;
      try {
        io.fdatasyncSync(fd);
      } catch (error) {
        if (result.ok) return { ok: false, failed: [], error: (error as NodeJS.ErrnoException).code ?? String(error) };
      } finally {
        io.closeSync(fd);
      }
      return result;
    },
  };
}
