/**
 * The rooms an organiser opened from the browser (issue 26), behind one small interface so the organiser API
 * does not care where rooms live: in Redis (`room-directory-redis.ts`, the hosted service) or in the one
 * process of `npm run live` (`EmbeddedRoomDirectory` below, over the `LiveServer` interface).
 *
 * `owner` is a digest of the organiser key the rooms were opened with: a service may change its key, and
 * the rooms listed are those of the key in use.
 */
import { request } from 'node:http';
import { resultsUntil, type Lifecycle } from '../src/lib/live/room-lifecycle';
import type { LiveServer } from './live-server';

/** A room as the organiser sees it in the list: no PIN (that is given once, when the room opens). */
export interface DirectoryRoom {
  code: string;
  openedAt: number;
  /** null while open. */
  endedAt: number | null;
  /** Until when the results can be downloaded (null while open). */
  resultsUntil: number | null;
}

/** Where organisers' rooms are opened, ended, listed and their results read. */
export interface RoomDirectory {
  open(owner: string, now: number): Promise<{ code: string; pin: string; openedAt: number }>;
  /** Ends the owner's room (again: no change); null when it is not the owner's or no longer kept. */
  end(owner: string, code: string, now: number): Promise<DirectoryRoom | null>;
  /** The owner's rooms that are still kept, newest first. */
  list(owner: string, now: number): Promise<DirectoryRoom[]>;
  /** The results CSV of the owner's room while it is kept; null otherwise. */
  resultsCsv(owner: string, code: string, now: number): Promise<string | null>;
}

/** Newest first, as the panel lists them. */
export const newestFirst = (a: DirectoryRoom, b: DirectoryRoom) => b.openedAt - a.openedAt;

/**
 * Rooms of the one process of `npm run live` (embedded mode): opened and ended through the server itself,
 * remembered in memory with their owner. The results come from the server's own CSV endpoint on loopback, with
 * the room's PIN. Nothing survives a restart of the process (the rooms and votes do, in its journal).
 */
export class EmbeddedRoomDirectory implements RoomDirectory {
  private readonly opened = new Map<string, DirectoryRoom & { owner: string; pin: string }>();

  constructor(
    private readonly server: () => LiveServer,
    private readonly lifecycle: Lifecycle,
  ) {}

  open(owner: string, now: number) {
    const { code, pin } = this.server().createRoom();
    this.opened.set(code, { owner, pin, code, openedAt: now, endedAt: null, resultsUntil: null });
    return Promise.resolve({ code, pin, openedAt: now });
  }

  end(owner: string, code: string, now: number) {
    const room = this.kept(owner, code, now);
    if (room && room.endedAt === null) {
      this.server().endRoom(code);
      room.endedAt = now;
      room.resultsUntil = resultsUntil(now, this.lifecycle);
    }
    return Promise.resolve(room ? publicRoom(room) : null);
  }

  list(owner: string, now: number) {
    const rooms = [...this.opened.values()].filter((r) => this.kept(owner, r.code, now)).map(publicRoom);
    return Promise.resolve(rooms.sort(newestFirst));
  }

  async resultsCsv(owner: string, code: string, now: number) {
    const room = this.kept(owner, code, now);
    return room ? loopbackCsv(this.server().port, code, room.pin) : null;
  }

  /** The owner's room, unless its results have expired (then it is forgotten). */
  private kept(owner: string, code: string, now: number) {
    const room = this.opened.get(code);
    if (!room || room.owner !== owner) return null;
    if (room.resultsUntil !== null && now >= room.resultsUntil) {
      this.opened.delete(code);
      return null;
    }
    return room;
  }
}

function publicRoom({ code, openedAt, endedAt, resultsUntil }: DirectoryRoom): DirectoryRoom {
  return { code, openedAt, endedAt, resultsUntil };
}

/** The server's own results CSV, asked over loopback with the room's PIN; null when it does not answer 200. */
function loopbackCsv(port: number, code: string, pin: string): Promise<string | null> {
  return new Promise((done) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/live/api/${code}/resultaten.csv`,
        headers: { host: `127.0.0.1:${port}`, 'x-live-pin': pin },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done(res.statusCode === 200 ? body : null));
      },
    );
    req.on('error', () => done(null));
    req.end();
  });
}
