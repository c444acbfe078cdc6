/**
 * The live server's journal: an append-only file of JSON lines, one event per line, so a restart (or a
 * crash) loses nothing that was written. Pure: text in, records out; the file handling is in
 * `server/journal-file.ts`.
 *
 * Reading is strict where it matters: a last line without its newline is a write cut off by a kill or a
 * full disk (never acknowledged: the acknowledgement waits for the whole batch) and is dropped; any other
 * line that is not a valid record is damage, reported with its number, and the server refuses to start on
 * it rather than guess (a damaged first line used to become a new room without a word).
 *
 * Lines:
 * - `{"k":"room","room":"…","pin":"123456","t":…}`: a room was opened (the PIN so a restarted server keeps it);
 * - `{"k":"vote","room":"…","q":"…","o":1,"voter":"…","t":…}`: a counted vote;
 * - `{"k":"poll","room":"…","q":"…","n":4,"open":true,"t":…}`: a host opened or closed a question;
 * - `{"k":"state","room":"…","key":"…","json":"…","t":…}`: the latest deck state (slide, reveal), to resume;
 * - `{"k":"reset","room":"…","q":"…","t":…}`: the trainer discarded a question's votes;
 * - `{"k":"door","room":"…","open":false,"t":…}`: the trainer closed (or opened) the room to new participants;
 * - `{"k":"end","room":"…","next":"…","t":…}`: the room ended (`next`: the room that follows it, if any).
 */
import { isValidKey, MAX_JSON_LENGTH } from '../island-sync/protocol';
import { isPin, isRoomCode, isVoterToken, MAX_OPTIONS, utf8Length } from '../island-sync/live-protocol';

/** One journal event. */
export type JournalRecord =
  | { k: 'room'; room: string; pin: string; t: number }
  | { k: 'vote'; room: string; q: string; o: number; voter: string; t: number }
  | { k: 'poll'; room: string; q: string; n: number; open: boolean; t: number }
  | { k: 'state'; room: string; key: string; json: string; t: number }
  | { k: 'reset'; room: string; q: string; t: number }
  | { k: 'door'; room: string; open: boolean; t: number }
  | { k: 'end'; room: string; next?: string; t: number };

/** One record as a line (with its newline). */
export function journalLine(record: JournalRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/** A damaged line: its number (1-based) and what is wrong with it. */
export interface JournalDamage {
  line: number;
  reason: 'not JSON' | 'not a journal record';
}

/** What reading a journal found. */
export interface JournalRead {
  /** The records before the first damaged line (all of them when there is none). */
  records: JournalRecord[];
  /** UTF-8 bytes after the last newline: a write cut off mid-line, to be cut from the file. */
  cutBytes: number;
  /** The first damaged complete line, or null. */
  damaged: JournalDamage | null;
}

/** Parses a journal's text; never throws. */
export function readJournal(text: string): JournalRead {
  const records: JournalRecord[] = [];
  const end = text.lastIndexOf('\n') + 1;
  const cutBytes = utf8Length(text.slice(end));
  const lines = text.slice(0, end).split('\n');
  lines.pop();
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      return { records, cutBytes, damaged: { line: i + 1, reason: 'not JSON' } };
    }
    const record = parseRecord(data);
    if (!record) return { records, cutBytes, damaged: { line: i + 1, reason: 'not a journal record' } };
    records.push(record);
  }
  return { records, cutBytes, damaged: null };
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
    case 'reset':
      return isValidKey(d['q']) ? { k: 'reset', room, q: d['q'], t } : null;
    case 'door':
      return typeof d['open'] === 'boolean' ? { k: 'door', room, open: d['open'], t } : null;
    case 'end': {
      const next = d['next'];
      if (next === undefined) return { k: 'end', room, t };
      return isRoomCode(next) ? { k: 'end', room, next, t } : null;
    }
    default:
      return null;
  }
}
