/**
 * The journal on disk: read once at start, then appended to with a synchronous write per event, so a vote is
 * in the file (the operating system's cache) before anyone is told it counted, and a killed process loses
 * nothing it acknowledged. Closing flushes it to disk.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { journalLine, readJournal, type JournalRead, type JournalRecord } from '../src/lib/live/journal';

/** An open journal file. */
export interface JournalFile {
  /** What the file held when it was opened. */
  readonly initial: JournalRead;
  append(record: JournalRecord): void;
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
  return {
    initial,
    append(record) {
      if (!open) throw new Error('journal closed');
      writeSync(fd, journalLine(record));
    },
    close() {
      if (!open) return;
      open = false;
      fsyncSync(fd);
      closeSync(fd);
    },
  };
}
