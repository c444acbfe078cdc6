/**
 * The messages two workshop windows (projector and presenter, same browser) send each other over
 * BroadcastChannel, and their validation. Anything that does not parse as one of these is ignored: other
 * code may use the same channel name, an old tab may run an older version, and nothing received is trusted.
 *
 * - `hello`: "I just (re)loaded; tell me where you are." Every other window answers with a `snapshot`.
 * - `state`: one keyed piece of state changed, e.g. `deck` (slide, blackout) or an island's state.
 *   `json` is the value as JSON text, `t` the time of the change (ms since epoch, same clock: same browser).
 * - `snapshot`: everything a window knows, as a list of such entries.
 */

/** Marks our messages on a channel that others might share. */
export const SYNC_APP = 'vdl-workshop';
/** Bumped when the message format changes; other versions are ignored. */
export const SYNC_VERSION = 1;
/** The BroadcastChannel name both windows open. */
export const SYNC_CHANNEL = 'vdl-workshop';

/** Limits, so a bad or hostile message cannot make a window do much work. */
export const MAX_KEY_LENGTH = 160;
export const MAX_JSON_LENGTH = 100_000;
export const MAX_ENTRIES = 200;

/** One keyed value with the time it last changed. */
export interface SyncEntry {
  key: string;
  json: string;
  t: number;
}

/** A message between workshop windows. */
export type SyncMessage =
  | { app: typeof SYNC_APP; v: typeof SYNC_VERSION; from: string; kind: 'hello' }
  | ({ app: typeof SYNC_APP; v: typeof SYNC_VERSION; from: string; kind: 'state' } & SyncEntry)
  | { app: typeof SYNC_APP; v: typeof SYNC_VERSION; from: string; kind: 'snapshot'; entries: SyncEntry[] };

const KEY = /^[A-Za-z0-9_:./-]+$/;

/** Whether a string is a usable key: short, and only letters, digits and `_ : . / -`. */
export function isValidKey(key: unknown): key is string {
  return typeof key === 'string' && key.length > 0 && key.length <= MAX_KEY_LENGTH && KEY.test(key);
}

/** Checks and copies one entry; null when anything is off (including JSON that does not parse). */
export function parseEntry(raw: unknown): SyncEntry | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { key, json, t } = raw as Record<string, unknown>;
  if (!isValidKey(key) || typeof json !== 'string' || json.length > MAX_JSON_LENGTH) return null;
  if (typeof t !== 'number' || !Number.isFinite(t) || t < 0) return null;
  try {
    JSON.parse(json);
  } catch {
    return null;
  }
  return { key, json, t };
}

/** Validates something received on the channel; returns a clean copy or null. */
export function parseMessage(data: unknown): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d['app'] !== SYNC_APP || d['v'] !== SYNC_VERSION) return null;
  const from = d['from'];
  if (typeof from !== 'string' || from.length === 0 || from.length > 64) return null;
  const base = { app: SYNC_APP, v: SYNC_VERSION, from } as const;
  switch (d['kind']) {
    case 'hello':
      return { ...base, kind: 'hello' };
    case 'state': {
      const entry = parseEntry(d);
      return entry ? { ...base, kind: 'state', ...entry } : null;
    }
    case 'snapshot': {
      const list = d['entries'];
      if (!Array.isArray(list) || list.length > MAX_ENTRIES) return null;
      const entries: SyncEntry[] = [];
      for (const raw of list) {
        const entry = parseEntry(raw);
        if (entry) entries.push(entry);
      }
      return { ...base, kind: 'snapshot', entries };
    }
    default:
      return null;
  }
}

/**
 * Whether `value` has the same shape as `template`: same JSON type; objects with the same keys, each of the
 * same shape; arrays whose items match the template's first item. The default check for incoming island
 * state when the island gives none of its own.
 */
export function sameShape(template: unknown, value: unknown, depth = 0): boolean {
  if (depth > 20) return false;
  if (template === null || value === null) return template === value;
  if (Array.isArray(template)) {
    if (!Array.isArray(value)) return false;
    const first = template[0];
    return first === undefined || value.every((item) => sameShape(first, item, depth + 1));
  }
  if (typeof template === 'object') {
    if (typeof value !== 'object' || Array.isArray(value)) return false;
    const a = Object.keys(template as object).sort();
    const b = Object.keys(value as object).sort();
    if (a.length !== b.length || a.some((k, i) => k !== b[i])) return false;
    return a.every((k) =>
      sameShape((template as Record<string, unknown>)[k], (value as Record<string, unknown>)[k], depth + 1),
    );
  }
  if (typeof template === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeof template === typeof value;
}
