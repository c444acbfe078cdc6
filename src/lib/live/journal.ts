/**
 * The live server's journal: an append-only file of JSON lines, one event per line, so a restart (or a
 * crash) loses nothing that was written. Reading it back is tolerant: a line cut off by a kill mid-write,
 * a line that is not JSON, or one with the wrong shape is skipped and counted, never fatal. Pure: text in,
 * records out; the file handling is in `server/journal-file.ts`.
 *
 * Lines:
 * - `{"k":"room","room":"…","pin":"123456","t":…}`: a room was opened (the PIN so a restarted server keeps it);
 * - `{"k":"vote","room":"…","q":"…","o":1,"voter":"…","t":…}`: a counted vote;
 * - `{"k":"poll","room":"…","q":"…","n":4,"open":true,"t":…}`: a host opened or closed a question;
 * - `{"k":"state","room":"…","key":"…","json":"…","t":…}`: the latest deck state (slide, reveal), to resume.
 */
import { isValidKey, MAX_JSON_LENGTH } from '../island-sync/protocol';
import { isPin, isRoomCode, isVoterToken, MAX_OPTIONS } from '../island-sync/live-protocol';

/** One journal event. */
export type JournalRecord =
  | { k: 'room'; room: string; pin: string; t: number }
  | { k: 'vote'; room: string; q: string; o: number; voter: string; t: number }
  | { k: 'poll'; room: string; q: string; n: number; open: boolean; t: number }
  | { k: 'state'; room: string; key: string; json: string; t: number };

/** One record as a line (with its newline). */
export function journalLine(record: JournalRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/** What reading a journal found. */
export interface JournalRead {
  records: JournalRecord[];
  /** Lines that were skipped (cut off, not JSON, wrong shape). */
  skipped: number;
  /** Whether the text ends in the middle of a line (a write cut off by a kill): the next write starts a new line. */
  truncated: boolean;
}

/** Parses a journal's text. */
export function readJournal(text: string): JournalRead {
  const records: JournalRecord[] = [];
  let skipped = 0;
  const truncated = text.length > 0 && !text.endsWith('\n');
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    const record = parseRecord(data);
    if (record) records.push(record);
    else skipped++;
  }
  return { records, skipped, truncated };
}

/** Checks one parsed line; null when it is not a valid record. */
export function parseRecord(data: unknown): JournalRecord | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  const { room, t } = d;
  if (!isRoomCode(room) || typeof t !== 'number' || !Number.isFinite(t)) return null;
  switch (d['k']) {
    case 'room':
      return isPin(d['pin']) ? { k: 'room', room, pin: d['pin'], t } : null;
    case 'vote': {
      const { q, o, voter } = d;
      if (!isValidKey(q) || !Number.isInteger(o) || (o as number) < 0 || (o as number) >= MAX_OPTIONS) return null;
      return isVoterToken(voter) ? { k: 'vote', room, q, o: o as number, voter, t } : null;
    }
    case 'poll': {
      const { q, n, open } = d;
      if (!isValidKey(q) || !Number.isInteger(n) || (n as number) < 2 || (n as number) > MAX_OPTIONS) return null;
      return typeof open === 'boolean' ? { k: 'poll', room, q, n: n as number, open, t } : null;
    }
    case 'state': {
      const { key, json } = d;
      if (!isValidKey(key) || typeof json !== 'string' || json.length > MAX_JSON_LENGTH) return null;
      return { k: 'state', room, key, json, t };
    }
    default:
      return null;
  }
}
