/**
 * Reading and writing one stored part: JSON envelope `{"v": n, "data": …}` → migrated, validated value.
 * Reading never throws: whatever sits in localStorage, the reader gets a usable value and a status that
 * says whether anything had to be set aside.
 */
import { CURRENT_VERSION, EMPTY, type Part, type ProgressData } from './format';
import { migrate } from './migrate';
import { validatePlan } from '../plan/validate';
import { validateLessons, validateQuizAttempts, validateSelfTest, type Validated } from './validate';

/**
 * - `empty`: nothing stored; `ok`: read as is; `migrated`: read from an older version (nothing lost);
 * - `repaired`: some entries were invalid and dropped, the rest kept;
 * - `unreadable`: not JSON; `foreign`: JSON, but not ours; `outdated`: a version too old to migrate;
 *   `newer`: written by a newer version of the site. In these four cases nothing could be kept.
 */
export type DecodeStatus = 'empty' | 'ok' | 'migrated' | 'repaired' | 'unreadable' | 'foreign' | 'outdated' | 'newer';

/** The outcome of reading one part. */
export interface Decoded<P extends Part> {
  value: ProgressData[P];
  status: DecodeStatus;
  /** Entries dropped while repairing (0 unless `repaired`). */
  dropped: number;
}

/** Statuses after which the raw stored text should be set aside before it is overwritten. */
export const SET_ASIDE: ReadonlySet<DecodeStatus> = new Set(['repaired', 'unreadable', 'foreign', 'outdated', 'newer']);

/** Stored text larger than this is not parsed (no legitimate progress comes near it). */
export const MAX_STORED_CHARS = 500_000;

/** Validates current-version data of a part; `null` when the container itself is wrong. */
export function validatePart<P extends Part>(part: P, data: unknown): Validated<ProgressData[P]> | null {
  const validators: { [K in Part]: (raw: unknown) => Validated<ProgressData[K]> | null } = {
    lessons: validateLessons,
    mythQuiz: validateQuizAttempts,
    selfTest: validateSelfTest,
    plan: validatePlan,
  };
  return validators[part](data) as Validated<ProgressData[P]> | null;
}

/** Reads one part from its stored text (or `null`/`undefined` when the key is absent). */
export function decodePart<P extends Part>(part: P, raw: string | null | undefined): Decoded<P> {
  const empty = EMPTY[part];
  if (raw === null || raw === undefined || raw === '') return { value: empty, status: 'empty', dropped: 0 };
  if (raw.length > MAX_STORED_CHARS) return { value: empty, status: 'unreadable', dropped: 0 };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { value: empty, status: 'unreadable', dropped: 0 };
  }
  return decodeEnvelope(part, parsed);
}

/** Reads one part from an already parsed envelope (also used for each part of an imported file). */
export function decodeEnvelope<P extends Part>(part: P, parsed: unknown): Decoded<P> {
  const empty = EMPTY[part];
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    Array.isArray(parsed) ||
    !('v' in parsed) ||
    !('data' in parsed)
  ) {
    return { value: empty, status: 'foreign', dropped: 0 };
  }
  const { v, data } = parsed as { v: unknown; data: unknown };
  if (typeof v !== 'number' || !Number.isInteger(v)) return { value: empty, status: 'foreign', dropped: 0 };
  if (v > CURRENT_VERSION) return { value: empty, status: 'newer', dropped: 0 };
  const migrated = migrate(part, v, data);
  if (!migrated) return { value: empty, status: 'outdated', dropped: 0 };
  const validated = validatePart(part, migrated.data);
  if (!validated) return { value: empty, status: 'foreign', dropped: 0 };
  const dropped = migrated.dropped + validated.dropped;
  const status: DecodeStatus = dropped > 0 ? 'repaired' : v < CURRENT_VERSION ? 'migrated' : 'ok';
  return { value: validated.value, status, dropped };
}

/** Writes one part in the current version. */
export function encodePart<P extends Part>(_part: P, value: ProgressData[P]): string {
  return JSON.stringify({ v: CURRENT_VERSION, data: value });
}
