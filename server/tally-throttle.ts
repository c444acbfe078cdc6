/**
 * A room's tallies for its hosts, throttled per question: at most one per question per `TALLY_EVERY_MS`
 * (the first vote after a quiet spell at once, on the next tick), not one per vote. 500 votes in two seconds
 * are some 40 tallies, and each tally already holds every vote before it: a projector cannot show more.
 *
 * It also times the server's share of vote-to-projector latency: from a vote's arrival (`arrived`) to the
 * tally that holds it (`LiveMetrics`).
 */

/** At most one tally per question per this many ms to a room's hosts (what a projector can show anyway). */
export const TALLY_EVERY_MS = 50;

/** What the throttle calls when tallies go out. */
export interface TallyOutlet {
  /** Sends the hosts the current tally of `question`. */
  send(question: string): void;
  /** Called before a round of tallies (the journal commits what waits, so the tallies and the disk agree). */
  before(): void;
  /** The arrival times (performance.now()) of the votes the round just sent. */
  delivered(arrivals: number[]): void;
}

/** The changed questions of one room, and when their tallies go out. */
export class TallyThrottle {
  private readonly dirty = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private lastAt = 0;
  private waiting: number[] = [];
  private stopped = false;

  constructor(private readonly outlet: TallyOutlet) {}

  /** Marks a question's tally as changed; it goes out at once after a quiet spell, else on the next tick. */
  changed(question: string): void {
    this.dirty.add(question);
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => this.sendNow(), Math.max(0, this.lastAt + TALLY_EVERY_MS - Date.now()));
  }

  /** A vote arrived now (performance.now()); its latency is measured to the tally that holds it. */
  arrived(at: number): void {
    this.waiting.push(at);
  }

  /**
   * Sends every tally that changed since the last round. A tally may hold votes still on their way to the
   * disk (their voters are not told yet); a vote whose write fails is taken back and the next tally shows it.
   */
  sendNow(): void {
    this.timer = null;
    this.lastAt = Date.now();
    this.outlet.before();
    for (const question of this.dirty) this.outlet.send(question);
    this.dirty.clear();
    this.outlet.delivered(this.waiting);
    this.waiting = [];
  }

  /** Closing: what is pending goes out now, nothing is scheduled any more. */
  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.dirty.size > 0) this.sendNow();
  }
}
