/**
 * Who may join a room: the room found (or, in Redis mode, loaded); a host's PIN, limited per address and per
 * room (`pin-guard.ts`; in Redis mode across processes), except on the trainer's laptop; a participant new to
 * the room only while its door is open and only as fast as one device may bring newcomers
 * (`newcomer-guard.ts`); an ended room sends the client on. The trainer hears about a PIN lock and a flood of
 * newcomers (`room` notices); what is refused is logged and closes the socket with a code the browser knows.
 */
import { isHostRole, type LiveClientMessage, type LiveErrorCode } from '../src/lib/island-sync/live-protocol';
import type { NewcomerOutcome } from '../src/lib/live/newcomer-guard';
import type { PinCheck } from '../src/lib/live/pin-guard';
import { CLOSE, send, type Conn, type Room } from './live-room';
import type { RoomBackend } from './room-backend';

type JoinMessage = Extract<LiveClientMessage, { kind: 'join' }>;

/** What the join checks need of the server. */
export interface JoinContext {
  backend: RoomBackend;
  findRoom(code: string): Room | undefined | Promise<Room | null>;
  /** An `error` to the client (logged, counted, a strike). */
  reject(conn: Conn, code: LiveErrorCode, why: string, room?: Room): void;
  /** The same, and the socket closed with `closeCode`. */
  refuse(conn: Conn, code: LiveErrorCode, why: string, closeCode: number, room?: Room): void;
  tellHosts(room: Room, notice?: string): void;
  log(line: string): void;
  /** The newcomer limit's window (the trainer is warned once per window and address). */
  newcomerWindowMs: number;
  /** The socket is in: the welcome, the snapshot and what hosts need. */
  admit(conn: Conn, room: Room, message: JoinMessage, earlier: Record<string, number>): void;
}

/** The `join` handler over the server's rooms. */
export function roomJoin(context: JoinContext) {
  const { backend, findRoom, reject, refuse, tellHosts, log, newcomerWindowMs, admit } = context;

  /** A host's PIN: limited per address and per room (in Redis mode across processes), except on the laptop. */
  const pinAccepted = async (conn: Conn, room: Room, pin: string | undefined, what: string): Promise<boolean> => {
    if (conn.own) {
      if (pin === room.pin) return true;
      refuse(conn, 'bad-pin', `${what} in ${room.code} (from the laptop)`, CLOSE.badPin);
      return false;
    }
    const now = Date.now();
    const check = await backend.pinCheck(room, conn.address, now);
    if (!check.ok) return pinRefused(conn, room, check, what);
    if (pin === room.pin) {
      await backend.pinHit(room, conn.address);
      return true;
    }
    const { lockedNow, misses } = await backend.pinMiss(room, conn.address, now);
    return pinMissed(conn, room, lockedNow, misses, what);
  };
  const pinRefused = (conn: Conn, room: Room, check: Exclude<PinCheck, { ok: true }>, what: string): false => {
    refuse(
      conn,
      check.reason,
      `${what} in ${room.code}`,
      check.reason === 'locked' ? CLOSE.locked : CLOSE.tooMany,
      room,
    );
    return false;
  };
  const pinMissed = (conn: Conn, room: Room, lockedNow: boolean, misses: number, what: string): false => {
    if (lockedNow) {
      log(`!!! room ${room.code}: PIN locked after ${misses} wrong PINs; lift it on the projector`);
      tellHosts(
        room,
        `Pincode geblokkeerd na ${misses} foute pogingen (laatste van ${conn.address}). ` +
          'Geef ze vrij met de knop als jij het was.',
      );
    }
    refuse(conn, 'bad-pin', `${what} in ${room.code}`, CLOSE.badPin, room);
    return false;
  };

  /** A new voter token: only while the room is open, and only as fast as one device may bring them. */
  const doorClosed = (conn: Conn, room: Room): boolean => {
    if (room.doorOpen) return false;
    refuse(conn, 'room-closed', `new participant in closed room ${room.code}`, CLOSE.roomClosed, room);
    return true;
  };
  const newcomerDecided = (conn: Conn, room: Room, outcome: NewcomerOutcome, now: number): boolean => {
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

  /** An ended room: the client hears where to go next. */
  const endedRefusal = (conn: Conn, room: Room): boolean => {
    if (!room.ended) return false;
    send(conn, { kind: 'ended', ...room.ended });
    conn.ws.close(CLOSE.ended, 'room ended');
    return true;
  };

  /** A join: the room found (or loaded), the PIN or the newcomer checked, the earlier votes read. */
  const join = async (conn: Conn, message: Extract<LiveClientMessage, { kind: 'join' }>): Promise<void> => {
    try {
      const room = await findRoom(message.room);
      if (!room) return refuse(conn, 'no-room', `room ${message.room}`, CLOSE.noRoom);
      if (endedRefusal(conn, room)) return;
      const host = isHostRole(message.role);
      if (host && !(await pinAccepted(conn, room, message.pin, message.role))) return;
      if (!host) {
        if (!message.voter) return reject(conn, 'invalid', 'participant without voter token');
        if (!room.known.has(message.voter)) {
          if (doorClosed(conn, room)) return;
          const now = Date.now();
          if (!newcomerDecided(conn, room, await backend.admitNewcomer(conn.address, now), now)) return;
          room.known.add(message.voter);
        }
      }
      const earlier = host ? {} : await backend.votesOf(room, message.voter!);
      if (conn.ws.readyState !== conn.ws.OPEN || endedRefusal(conn, room)) return;
      admit(conn, room, message, earlier);
    } catch (error) {
      // Redis away: the client comes back with its backoff and finds it again.
      if (!backend.storeUnreachable(error)) throw error;
      conn.ws.close(1013, 'try again later');
    }
  };

  return { join };
}
