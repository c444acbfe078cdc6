/**
 * The journal on disk: read once at start, then appended to. Records are buffered and written with one
 * synchronous write per batch (`flush`, which the server calls once per turn of the event loop before it
 * acknowledges anything), so a burst of 500 votes costs one system call instead of 500, and a vote is still
 * in the file (the operating system's cache) before anyone is told it counted: a killed process loses
 * nothing it acknowledged. Closing flushes and syncs it to disk.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { journalLine, readJournal, type JournalRead, type JournalRecord } from '../src/lib/live/journal';

/** An open journal file. */
export interface JournalFile {
  /** What the file held when it was opened. */
  readonly initial: JournalRead;
  /** Adds a record to the next batch (not yet in the file: call `flush`). */
  append(record: JournalRecord): void;
  /** Writes the buffered records in one write; returns how many it wrote. */
  flush(): number;
  /** Flushes, syncs to disk and closes. */
  close(): void;
}

/** Opens (or creates) the journal at `path`. */
export function openJournal(path: string): JournalFile {
  mkdirSync(dirname(path), { recursive: true });
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const initial = readJournal(text);
  const fd = openSync(path, 'a');
  // A line cut off by a kill: end it, so the next record starts on a line of its own.
  if (initial.truncated) writeSync(fd, '\n');
  let open = true;
  let buffer: string[] = [];
  const flush = () => {
    if (!open || buffer.length === 0) return 0;
    const lines = buffer;
    buffer = [];
    writeSync(fd, lines.join(''));
    return lines.length;
  };
  return {
    initial,
    append(record) {
      if (!open) throw new Error('journal closed');
      buffer.push(journalLine(record));
    },
    flush,
    close() {
      if (!open) return;
      flush();
      open = false;
      fsyncSync(fd);
      closeSync(fd);
    },
  };
}
