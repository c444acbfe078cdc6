/**
 * A room change applied to the rooms in memory, the same in both modes: `replay` while a room's history is
 * read back (start-up, or a room loaded from Redis), telling no one; `apply` once a change is written (the
 * journal: at once; Redis: when it comes back from the room's stream), telling the room's clients.
 */
import type { SyncEntry } from '../src/lib/island-sync/protocol';
import type { JournalRecord } from '../src/lib/live/journal';
import type { VoteStore } from '../src/lib/live/vote-book';
import { CLOSE, PARTICIPANT_KEY, send, toParticipants, type Room } from './live-room';
import type { LiveStats } from './room-backend';

/** What applying a change needs of the server. */
export interface RoomEventContext {
  votes: VoteStore;
  stats: LiveStats;
  /** The room's condition to its hosts (the door changed). */
  tellHosts(room: Room): void;
}

/** `replay` and `apply` over the server's votes and counters. */
export function roomEvents({ votes, stats, tellHosts }: RoomEventContext) {
  /** One history record into a room's memory, without telling anyone (start-up, or a room loaded from Redis). */
  const replay = (room: Room, record: JournalRecord) => {
    if (record.k === 'room') return;
    if (record.k === 'vote') {
      room.known.add(record.voter);
      if (votes.record(room.code, record.q, record.voter, record.o).status === 'counted') stats.votes++;
    } else if (record.k === 'poll') room.polls.set(record.q, { options: record.n, open: record.open });
    else if (record.k === 'reset') {
      stats.votes -= votes.counts(room.code, record.q).reduce((a, b) => a + b, 0);
      votes.discard(room.code, record.q);
    } else if (record.k === 'door') room.doorOpen = record.open;
    else if (record.k === 'end') room.ended = record.next ? { next: record.next } : {};
    else room.state.set(record.key, { key: record.key, json: record.json, t: record.t });
  };

  /** A state change to the room's hosts (but the one that made it) and, for participant keys, to the phones. */
  const relayState = (room: Room, stamped: SyncEntry, fromConn: number | null) => {
    room.state.set(stamped.key, stamped);
    const message = { kind: 'state' as const, ...stamped };
    for (const host of room.hosts) if (host.id !== fromConn) send(host, message);
    if (PARTICIPANT_KEY.test(stamped.key)) toParticipants(room, message);
  };
  const applyReset = (room: Room, question: string) => {
    stats.votes -= votes.counts(room.code, question).reduce((a, b) => a + b, 0);
    votes.discard(room.code, question);
    toParticipants(room, { kind: 'reset', question });
    room.tallies.changed(question);
  };
  /** The room's clients hear that it ended (and where to go next); it takes no one any more. */
  const applyEnd = (room: Room, next: string | undefined) => {
    room.ended = next ? { next } : {};
    for (const conn of [...room.hosts, ...[...room.voters.values()].flatMap((s) => [...s])]) {
      send(conn, { kind: 'ended', ...room.ended });
      conn.ws.close(CLOSE.ended, 'room ended');
    }
  };

  /** One written room change, applied and told to the room's clients (a vote: whether it counted). */
  const apply = (room: Room, record: JournalRecord, fromConn: number | null): boolean => {
    switch (record.k) {
      case 'vote':
        room.known.add(record.voter);
        if (votes.record(room.code, record.q, record.voter, record.o).status !== 'counted') return false;
        stats.votes++;
        room.tallies.changed(record.q);
        return true;
      case 'poll':
        room.polls.set(record.q, { options: record.n, open: record.open });
        room.tallies.changed(record.q);
        return false;
      case 'reset':
        applyReset(room, record.q);
        return false;
      case 'door':
        room.doorOpen = record.open;
        tellHosts(room);
        return false;
      case 'end':
        applyEnd(room, record.next);
        return false;
      case 'state': {
        const previous = room.state.get(record.key);
        if (previous && previous.json === record.json && previous.t >= record.t) return false;
        relayState(room, { key: record.key, json: record.json, t: record.t }, fromConn);
        return false;
      }
      case 'room':
        return false;
    }
  };

  return { replay, apply };
}
