/**
 * The votes of live rooms: one vote per participant (voter token) per question, counted per option. The first
 * vote of a voter on a question counts; a later one (a second tap, a replay after a reconnect, a line read
 * again from the journal) is reported as a duplicate and changes nothing. Pure, no I/O.
 */
import { MAX_OPTIONS } from '../island-sync/live-protocol';

/** What happened to a vote. */
export type VoteOutcome = { status: 'counted'; option: number } | { status: 'duplicate'; option: number };

interface Question {
  counts: number[];
  /** voter → option */
  voters: Map<string, number>;
}

/**
 * What the server needs from a vote store: the book below keeps it in memory; a shared store (Redis, many
 * processes) can implement the same.
 */
export interface VoteStore {
  record(room: string, question: string, voter: string, option: number): VoteOutcome;
  /** Takes back a counted vote whose journal write failed (its voter is told to vote again). */
  forget(room: string, question: string, voter: string): void;
  /** Discards every vote on a question (the trainer starts it over). */
  discard(room: string, question: string): void;
  counts(room: string, question: string, options?: number): number[];
  votesOf(room: string, voter: string): Record<string, number>;
  results(room: string): { question: string; counts: number[] }[];
  total(room: string): number;
}

/** All votes of all rooms. */
export class VoteBook implements VoteStore {
  private readonly rooms = new Map<string, Map<string, Question>>();

  /** Records a vote; the option must be 0 ≤ option < MAX_OPTIONS (the protocol checks it first). */
  record(room: string, question: string, voter: string, option: number): VoteOutcome {
    if (!Number.isInteger(option) || option < 0 || option >= MAX_OPTIONS) throw new RangeError(`option ${option}`);
    let questions = this.rooms.get(room);
    if (!questions) this.rooms.set(room, (questions = new Map()));
    let q = questions.get(question);
    if (!q) questions.set(question, (q = { counts: [], voters: new Map() }));
    const earlier = q.voters.get(voter);
    if (earlier !== undefined) return { status: 'duplicate', option: earlier };
    q.voters.set(voter, option);
    while (q.counts.length <= option) q.counts.push(0);
    q.counts[option]! += 1;
    return { status: 'counted', option };
  }

  forget(room: string, question: string, voter: string): void {
    const q = this.rooms.get(room)?.get(question);
    const option = q?.voters.get(voter);
    if (!q || option === undefined) return;
    q.voters.delete(voter);
    q.counts[option]! -= 1;
  }

  discard(room: string, question: string): void {
    this.rooms.get(room)?.delete(question);
  }

  /** Counts per option for a question, padded with zeros to `options` entries. */
  counts(room: string, question: string, options = 0): number[] {
    const counts = [...(this.rooms.get(room)?.get(question)?.counts ?? [])];
    while (counts.length < options) counts.push(0);
    return counts;
  }

  /** The option a voter chose per question in a room (to give a reconnecting participant its votes back). */
  votesOf(room: string, voter: string): Record<string, number> {
    const result: Record<string, number> = {};
    for (const [question, q] of this.rooms.get(room) ?? []) {
      const option = q.voters.get(voter);
      if (option !== undefined) result[question] = option;
    }
    return result;
  }

  /** Every question of a room with its counts, in the order the questions first got a vote. */
  results(room: string): { question: string; counts: number[] }[] {
    return [...(this.rooms.get(room) ?? [])].map(([question, q]) => ({ question, counts: [...q.counts] }));
  }

  /** Total number of counted votes in a room. */
  total(room: string): number {
    let n = 0;
    for (const q of this.rooms.get(room)?.values() ?? []) n += q.voters.size;
    return n;
  }
}
