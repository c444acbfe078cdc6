/**
 * A line per burst, not per try: a client that sends 28.000 wrong PINs or a flood of bad messages makes one
 * line at its first try (the trainer sees it at once) and one more when it stops (pauses for `quietMs`), with
 * the count and the span.
 */

/** A burst logger. */
export interface BurstLog {
  /** Counts one event of kind `key`; `describe(count, seconds)` makes the line (count 1: the first try). */
  note(key: string, describe: (count: number, seconds: number) => string, now?: number): void;
  /** Writes every open burst now (on close). */
  flush(): void;
}

interface Burst {
  count: number;
  first: number;
  describe: (count: number, seconds: number) => string;
  timer: NodeJS.Timeout;
}

/** Makes a burst logger writing to `log`. */
export function createBurstLog(log: (line: string) => void, quietMs = 5_000): BurstLog {
  const bursts = new Map<string, Burst>();
  const end = (key: string) => {
    const burst = bursts.get(key);
    if (!burst) return;
    clearTimeout(burst.timer);
    bursts.delete(key);
    if (burst.count > 1)
      log(burst.describe(burst.count, Math.max(0, Math.round((Date.now() - burst.first) / 100) / 10)));
  };
  return {
    note(key, describe, now = Date.now()) {
      const burst = bursts.get(key);
      if (burst) {
        burst.count++;
        burst.describe = describe;
        burst.timer.refresh();
        return;
      }
      const timer = setTimeout(() => end(key), quietMs);
      timer.unref();
      bursts.set(key, { count: 1, first: now, describe, timer });
      log(describe(1, 0));
    },
    flush() {
      for (const key of [...bursts.keys()]) end(key);
    },
  };
}
