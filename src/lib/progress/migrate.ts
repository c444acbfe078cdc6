/**
 * Migrations of the stored format, one step per version: `STEPS[part][n]` turns version n data into
 * version n + 1 data. A step never validates (that happens after the last step) but may report entries it
 * had to leave out.
 */
import { CURRENT_VERSION, OLDEST_VERSION, type Part } from './format';

/** Data after one or more steps, with the number of entries a step could not carry over. */
export interface Migrated {
  data: unknown;
  dropped: number;
}

type Step = (data: unknown) => Migrated;

const unchanged: Step = (data) => ({ data, dropped: 0 });

/** v1 → v2 for lessons: a list of finished slugs becomes a map of entries (the finishing date is unknown). */
const lessonsListToMap: Step = (data) => {
  if (!Array.isArray(data)) return { data, dropped: 0 }; // not v1-shaped: leave it to validation to reject
  const entries = data.filter((item): item is string => typeof item === 'string');
  return {
    data: Object.fromEntries(entries.map((slug) => [slug, { done: true }])),
    dropped: data.length - entries.length,
  };
};

// v2 → v3 added the plan part and changed nothing in the others. A plan never existed before v3, so an
// older envelope for it cannot occur; should one turn up, validation decides on its content.
const STEPS: Readonly<Record<Part, Readonly<Record<number, Step>>>> = {
  lessons: { 1: lessonsListToMap, 2: unchanged },
  mythQuiz: { 1: unchanged, 2: unchanged },
  selfTest: { 1: unchanged, 2: unchanged },
  plan: { 1: unchanged, 2: unchanged },
};

/**
 * Brings `data` of `version` up to {@link CURRENT_VERSION}; `null` when the version is not one we can read
 * (older than {@link OLDEST_VERSION}, newer than current, or not a whole number).
 * @example migrate('lessons', 1, ['zelftest']) // { data: { zelftest: { done: true } }, dropped: 0 }
 */
export function migrate(part: Part, version: number, data: unknown): Migrated | null {
  if (!Number.isInteger(version) || version < OLDEST_VERSION || version > CURRENT_VERSION) return null;
  let result: Migrated = { data, dropped: 0 };
  for (let v = version; v < CURRENT_VERSION; v++) {
    const step = STEPS[part][v];
    if (!step) return null;
    const next = step(result.data);
    result = { data: next.data, dropped: result.dropped + next.dropped };
  }
  return result;
}
