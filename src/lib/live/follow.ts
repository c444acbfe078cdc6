/**
 * What a participant's phone shows, from the room's deck state: the lesson and slide the trainer is on (the
 * `deck:<lesson>` entry changed last), which quizzes are revealed, and where the participant looks when they
 * leaf back on their own. Pure.
 */
import type { SyncEntry } from '../island-sync/protocol';

/** The trainer's position. */
export interface LivePosition {
  lesson: string;
  slide: number;
  blackout: boolean;
}

const LESSON = /^deck:([a-z0-9-]{1,80})$/;

/** The position of the most recently changed deck, or null before the trainer has started. */
export function livePosition(entries: Iterable<SyncEntry>): LivePosition | null {
  let best: (LivePosition & { t: number }) | null = null;
  for (const entry of entries) {
    const lesson = LESSON.exec(entry.key)?.[1];
    if (!lesson || (best && entry.t <= best.t)) continue;
    let value: unknown;
    try {
      value = JSON.parse(entry.json);
    } catch {
      continue;
    }
    const v = value as { slide?: unknown; blackout?: unknown } | null;
    if (!v || !Number.isInteger(v.slide) || (v.slide as number) < 0 || typeof v.blackout !== 'boolean') continue;
    best = { lesson, slide: v.slide as number, blackout: v.blackout, t: entry.t };
  }
  return best && { lesson: best.lesson, slide: best.slide, blackout: best.blackout };
}

/** Whether the quiz with this id has been revealed (its `quiz:<id>` entry says so). */
export function isRevealed(entries: ReadonlyMap<string, SyncEntry>, quiz: string): boolean {
  const entry = entries.get(`quiz:${quiz}`);
  if (!entry) return false;
  try {
    return (JSON.parse(entry.json) as { revealed?: unknown } | null)?.revealed === true;
  } catch {
    return false;
  }
}

/** The slide a participant sees: their own when they leafed away (`own` ≠ null), else the live one; clamped. */
export function shownSlide(live: number, own: number | null, total: number): number {
  if (total <= 0) return 0;
  const wanted = own ?? live;
  return Math.min(Math.max(Number.isFinite(wanted) ? Math.floor(wanted) : 0, 0), total - 1);
}
