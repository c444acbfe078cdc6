/**
 * The live room's messages: the island-sync protocol (`protocol.ts`) carried over a WebSocket to the live
 * server (`server/`), plus the kinds a room needs. Shared by the server and the browser clients.
 *
 * The existing kinds keep their meaning and shape: a host (projector or presenter) sends `state` when the
 * slide, a reveal or an island changes, and `hello` to get the room's `snapshot`. The server relays a host's
 * `state` to everyone in the room and answers `hello` itself.
 *
 * New kinds, client → server:
 * - `join`: the first message on a socket: the room code, the role and, for a host, the trainer PIN;
 *   a participant brings its own random `voter` token (no name, nothing that identifies a person) so a
 *   reconnect gets its vote back and cannot vote twice.
 * - `poll`: a host opens or closes voting on a question (`options` answers).
 * - `vote`: a participant's answer to a question (0-based option).
 * - `ping`: "are you there?" (the server answers `pong`): a phone that wakes up or suspects its connection
 *   knows within seconds whether it is still live.
 * - `admin`: a host's room control: close or open the room to new participants, lift the PIN lock,
 *   discard a question's votes and open it again.
 * New kinds, server → client:
 * - `welcome`: joined; with the server's clock (so every device stamps changes on one clock), the own votes.
 * - `tally`: the counts per option of one question, and the number of participants; to hosts.
 * - `voted`: a participant's vote was counted (or was already counted: `option` is the first one).
 * - `count`: how many participants are in the room; to hosts.
 * - `error`: a message was rejected (`code` says why); the connection stays unless it was `join`.
 * - `bye`: the server is shutting down; reconnect later.
 * - `pong`: the answer to `ping`.
 * - `room`: to hosts: whether the room takes new participants, whether the PIN is locked, whether the
 *   journal writes, and a notice for the trainer (Dutch, plain text) when something looks wrong.
 * - `reset`: to participants: the trainer discarded the votes of a question; vote again.
 * - `ended`: the room is over; `next` is the room that follows it (the trainer started a new one).
 *
 * Every message from a client is checked here: shape, size (≤ MAX_LIVE_MESSAGE bytes) and values. The server
 * also limits the rate per connection (`src/lib/live/rate-limit.ts`).
 */
import { SYNC_APP, SYNC_VERSION, isValidKey, parseMessage, type SyncEntry, type SyncMessage } from './protocol';

/** Largest message a client may send, in bytes (UTF-8). */
export const MAX_LIVE_MESSAGE = 4096;
/** Most answer options a question can have. */
export const MAX_OPTIONS = 8;
/** The WebSocket path on the live server. */
export const LIVE_SOCKET_PATH = '/live/ws';
/** The JSON status endpoint: answers only when the live server runs. */
export const LIVE_STATUS_PATH = '/live/api/status';

/** Who is on the other end of a socket. Hosts (projector, presenter) need the PIN; participants never drive. */
export type LiveRole = 'participant' | 'projector' | 'presenter';

/** The envelope every message carries (the island-sync one). */
interface Envelope {
  app: typeof SYNC_APP;
  v: typeof SYNC_VERSION;
  from: string;
}

/** A message a client sends to the live server. */
export type LiveClientMessage =
  | SyncMessage
  | (Envelope & { kind: 'join'; room: string; role: LiveRole; pin?: string; voter?: string })
  | (Envelope & { kind: 'poll'; question: string; options: number; open: boolean })
  | (Envelope & { kind: 'vote'; question: string; option: number })
  | (Envelope & { kind: 'ping' })
  | (Envelope & { kind: 'admin'; action: LiveAdminAction; question?: string });

/** What a host can do to the room. */
export type LiveAdminAction = 'close-door' | 'open-door' | 'unlock-pin' | 'reset';
const ADMIN_ACTIONS: readonly LiveAdminAction[] = ['close-door', 'open-door', 'unlock-pin', 'reset'];

/** Longest notice the server sends the trainer. */
export const MAX_NOTICE = 300;

/** The error codes the server sends. */
export type LiveErrorCode =
  | 'invalid'
  | 'too-big'
  | 'rate'
  | 'no-room'
  | 'bad-pin'
  | 'forbidden'
  | 'not-joined'
  | 'poll-closed'
  /** The vote could not be written to the disk: try again. */
  | 'not-saved'
  /** The trainer closed the room to new participants. */
  | 'room-closed'
  /** Too many new participants from this address. */
  | 'too-many'
  /** Too many wrong PINs from this address: wait. */
  | 'wait'
  /** Too many wrong PINs in this room: the trainer must lift the lock. */
  | 'locked';

/** A message the live server sends to a client. */
export type LiveServerMessage =
  | SyncMessage
  | (Envelope & {
      kind: 'welcome';
      room: string;
      role: LiveRole;
      now: number;
      participants: number;
      votes: Record<string, number>;
    })
  | (Envelope & { kind: 'tally'; question: string; counts: number[]; open: boolean; participants: number })
  | (Envelope & { kind: 'voted'; question: string; option: number })
  | (Envelope & { kind: 'count'; participants: number })
  | (Envelope & { kind: 'error'; code: LiveErrorCode; detail?: string })
  | (Envelope & { kind: 'bye'; reason: 'shutdown' })
  | (Envelope & { kind: 'pong' })
  | (Envelope & { kind: 'room'; doorOpen: boolean; pinLocked: boolean; diskOk: boolean; notice?: string })
  | (Envelope & { kind: 'reset'; question: string })
  | (Envelope & { kind: 'ended'; next?: string });

/** Room codes: 10 characters from an alphabet without look-alikes (about 50 bits: not guessable). */
export const ROOM_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const ROOM_CODE_LENGTH = 10;
const ROOM = new RegExp(`^[${ROOM_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);
const PIN = /^\d{6}$/;
const VOTER = /^[A-Za-z0-9_-]{16,64}$/;
const ROLES: readonly LiveRole[] = ['participant', 'projector', 'presenter'];

/** Whether a string is a well-formed room code. */
export function isRoomCode(value: unknown): value is string {
  return typeof value === 'string' && ROOM.test(value);
}

/** Whether a string is a well-formed trainer PIN (six digits). */
export function isPin(value: unknown): value is string {
  return typeof value === 'string' && PIN.test(value);
}

/** Whether a string is a well-formed voter token (random, made by the participant's browser). */
export function isVoterToken(value: unknown): value is string {
  return typeof value === 'string' && VOTER.test(value);
}

/** Whether a role is a host role (may drive the deck and open polls). */
export function isHostRole(role: LiveRole): boolean {
  return role !== 'participant';
}

/** Result of parsing raw socket data: the message, or why it was rejected. */
export type ParsedClientMessage = { ok: true; message: LiveClientMessage } | { ok: false; code: 'invalid' | 'too-big' };

/** Bytes of a string in UTF-8, without allocating a buffer. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      // A surrogate pair is one code point of 4 bytes; a lone surrogate is encoded as U+FFFD (3 bytes).
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Validates one message a client sent (raw text from the socket); never throws. */
export function parseClientMessage(raw: string): ParsedClientMessage {
  if (typeof raw !== 'string') return { ok: false, code: 'invalid' };
  // A cheap bound first (a UTF-8 byte is at least one UTF-16 unit), then the exact one.
  if (raw.length > MAX_LIVE_MESSAGE || utf8Length(raw) > MAX_LIVE_MESSAGE) return { ok: false, code: 'too-big' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, code: 'invalid' };
  }
  const message = parseLiveClientData(data);
  return message ? { ok: true, message } : { ok: false, code: 'invalid' };
}

/** Validates a parsed client message object; returns a clean copy or null. */
export function parseLiveClientData(data: unknown): LiveClientMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  const kind = d['kind'];
  if (kind === 'hello' || kind === 'state' || kind === 'snapshot') return parseMessage(d);
  const envelope = parseEnvelope(d);
  if (!envelope) return null;
  switch (kind) {
    case 'join': {
      const { room, role, pin, voter } = d;
      if (!isRoomCode(room) || !ROLES.includes(role as LiveRole)) return null;
      if (pin !== undefined && !isPin(pin)) return null;
      if (voter !== undefined && !isVoterToken(voter)) return null;
      const message: LiveClientMessage = { ...envelope, kind, room, role: role as LiveRole };
      if (pin !== undefined) message.pin = pin as string;
      if (voter !== undefined) message.voter = voter as string;
      return message;
    }
    case 'poll': {
      const { question, options, open } = d;
      if (!isValidKey(question) || !isOptionCount(options) || typeof open !== 'boolean') return null;
      return { ...envelope, kind, question, options, open };
    }
    case 'vote': {
      const { question, option } = d;
      if (!isValidKey(question) || !isOptionIndex(option)) return null;
      return { ...envelope, kind, question, option };
    }
    case 'ping':
      return { ...envelope, kind };
    case 'admin': {
      const { action, question } = d;
      if (!ADMIN_ACTIONS.includes(action as LiveAdminAction)) return null;
      if (action === 'reset') return isValidKey(question) ? { ...envelope, kind, action, question } : null;
      return question === undefined ? { ...envelope, kind, action: action as LiveAdminAction } : null;
    }
    default:
      return null;
  }
}

/** Validates a message from the server (the browser client trusts nothing either); null when off. */
export function parseServerMessage(data: unknown): LiveServerMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const d = data as Record<string, unknown>;
  const kind = d['kind'];
  if (kind === 'hello' || kind === 'state' || kind === 'snapshot') return parseMessage(d);
  const envelope = parseEnvelope(d);
  if (!envelope) return null;
  switch (kind) {
    case 'welcome': {
      const { room, role, now, participants, votes } = d;
      if (!isRoomCode(room) || !ROLES.includes(role as LiveRole) || !isTime(now) || !isCount(participants)) return null;
      if (typeof votes !== 'object' || votes === null || Array.isArray(votes)) return null;
      const clean: Record<string, number> = {};
      for (const [q, o] of Object.entries(votes as Record<string, unknown>))
        if (isValidKey(q) && isOptionIndex(o)) clean[q] = o;
      return { ...envelope, kind, room, role: role as LiveRole, now, participants, votes: clean };
    }
    case 'tally': {
      const { question, counts, open, participants } = d;
      if (!isValidKey(question) || !Array.isArray(counts) || counts.length > MAX_OPTIONS) return null;
      if (!counts.every(isCount) || typeof open !== 'boolean' || !isCount(participants)) return null;
      return { ...envelope, kind, question, counts: [...(counts as number[])], open, participants };
    }
    case 'voted': {
      const { question, option } = d;
      return isValidKey(question) && isOptionIndex(option) ? { ...envelope, kind, question, option } : null;
    }
    case 'count':
      return isCount(d['participants']) ? { ...envelope, kind, participants: d['participants'] } : null;
    case 'error': {
      const code = d['code'];
      if (typeof code !== 'string' || code.length > 20) return null;
      return { ...envelope, kind, code: code as LiveErrorCode };
    }
    case 'bye':
      return { ...envelope, kind, reason: 'shutdown' };
    case 'pong':
      return { ...envelope, kind };
    case 'room': {
      const { doorOpen, pinLocked, diskOk, notice } = d;
      if (typeof doorOpen !== 'boolean' || typeof pinLocked !== 'boolean' || typeof diskOk !== 'boolean') return null;
      if (notice !== undefined && (typeof notice !== 'string' || notice.length > MAX_NOTICE)) return null;
      const message: LiveServerMessage = { ...envelope, kind, doorOpen, pinLocked, diskOk };
      if (notice !== undefined) message.notice = notice as string;
      return message;
    }
    case 'reset':
      return isValidKey(d['question']) ? { ...envelope, kind, question: d['question'] } : null;
    case 'ended': {
      const next = d['next'];
      if (next === undefined) return { ...envelope, kind };
      return isRoomCode(next) ? { ...envelope, kind, next } : null;
    }
    default:
      return null;
  }
}

/** The island-sync entry type, re-exported for the server's room state. */
export type { SyncEntry };

function parseEnvelope(d: Record<string, unknown>): Envelope | null {
  if (d['app'] !== SYNC_APP || d['v'] !== SYNC_VERSION) return null;
  const from = d['from'];
  if (typeof from !== 'string' || from.length === 0 || from.length > 64) return null;
  return { app: SYNC_APP, v: SYNC_VERSION, from };
}

function isOptionCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 2 && (value as number) <= MAX_OPTIONS;
}

function isOptionIndex(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) < MAX_OPTIONS;
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
