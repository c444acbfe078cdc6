/**
 * The figures `/live/api/metrics` reports to the bench: the event loop's delay (how long a message waited
 * for the server to get to it) and the server's share of vote-to-projector time (from a vote's arrival to
 * the tally that holds it), both since the last call. No secrets in it, only figures.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

/** Latency samples kept between two metrics calls (the bench reads them after each wave). */
export const MAX_SAMPLES = 100_000;

/** Loop delay and vote-to-tally samples of one server. */
export class LiveMetrics {
  private readonly loop = monitorEventLoopDelay({ resolution: 10 });
  private readonly voteToTally: number[] = [];

  constructor() {
    this.loop.enable();
  }

  /** Votes that arrived at these times (performance.now()) are in a tally sent now. */
  delivered(arrivals: readonly number[]): void {
    const now = performance.now();
    for (const at of arrivals) if (this.voteToTally.length < MAX_SAMPLES) this.voteToTally.push(now - at);
  }

  /** The figures since the last call (and a fresh start for the next). */
  report(counts: { connections: number; votes: number }): Record<string, unknown> {
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    const loopDelayMs = {
      p50: ms(this.loop.percentile(50)),
      p99: ms(this.loop.percentile(99)),
      max: ms(this.loop.max),
    };
    this.loop.reset();
    const sorted = this.voteToTally.splice(0).sort((a, b) => a - b);
    const at = (p: number) => Math.round((sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? 0) * 10) / 10;
    const voteToTallyMs = { n: sorted.length, p50: at(0.5), p95: at(0.95), max: at(1) };
    return {
      memory: process.memoryUsage(),
      connections: counts.connections,
      votes: counts.votes,
      loopDelayMs,
      voteToTallyMs,
    };
  }

  stop(): void {
    this.loop.disable();
  }
}
