/**
 * Keeps keyed pieces of state equal between windows of one browser through a BroadcastChannel, with no
 * server. Each key is bound to a target (a nanostores atom or anything with get/set/listen) holding plain
 * JSON. A change on either side is sent as a `state` message and applied on the other side.
 *
 * Guarantees:
 * - no echo loops: a value that arrives is applied without being sent back, and a value equal (as JSON)
 *   to the last one seen for its key is never sent;
 * - the later change wins: every value carries the time it changed; an older one never overwrites a newer
 *   one, so two windows that change at once still end up equal;
 * - a (re)loaded window says `hello` and adopts whatever the others changed while it was away; values for
 *   keys that have no target yet (an island that has not hydrated) wait until the target joins;
 * - foreign or malformed messages are ignored (see `protocol.ts`), and a value that fails the target's
 *   check (by default: the same shape as its current value) is dropped.
 * Pure apart from the channel it is given, so tests pass a fake one.
 */
import { SYNC_APP, SYNC_VERSION, parseMessage, sameShape, type SyncEntry, type SyncMessage } from './protocol';

/** The part of BroadcastChannel this module uses. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** A piece of state to keep in sync: a nanostores atom fits as is. */
export interface SyncTarget<T = unknown> {
  get(): T;
  set(value: T): void;
  /** Calls back after every change (not immediately); returns a function that stops listening. */
  listen(callback: (value: T) => void): () => void;
}

/** Checks a value received from another window before it is applied. */
export type SyncValidator = (value: unknown) => boolean;

/** Options for `createSync`. */
export interface SyncOptions {
  channel: ChannelLike;
  /** This window's id; random when left out. */
  self?: string;
  /** The clock (ms); `Date.now` when left out. */
  now?: () => number;
}

/** A running sync between this window and the others. */
export interface Sync {
  /** Binds a key to a target; returns a function that unbinds it. Joining an already bound key replaces it. */
  join<T>(key: string, target: SyncTarget<T>, validate?: SyncValidator): () => void;
  /** Asks the other windows for their state (call once after loading, after joining the first keys). */
  hello(): void;
  /** Stops listening and forgets all targets. */
  close(): void;
  /** This window's id. */
  readonly self: string;
}

/** A message as this module writes it, before the envelope (app, version, sender) is added. */
type Outgoing = SyncMessage extends infer M ? (M extends SyncMessage ? Omit<M, 'app' | 'v' | 'from'> : never) : never;

interface Slot {
  json: string;
  t: number;
  /** The window that made the change (for a stable tie-break). */
  by: string;
  target?: SyncTarget<unknown>;
  validate?: SyncValidator;
  unlisten?: () => void;
}

/** Starts syncing over `channel`. */
export function createSync(options: SyncOptions): Sync {
  const { channel } = options;
  const now = options.now ?? (() => Date.now());
  const self = options.self ?? Math.random().toString(36).slice(2, 12);
  const slots = new Map<string, Slot>();
  let applying = false;

  const post = (message: Outgoing) => {
    try {
      channel.postMessage({ app: SYNC_APP, v: SYNC_VERSION, from: self, ...message });
    } catch {
      // A closed channel or a value that cannot be cloned: nothing to do but keep working locally.
    }
  };

  /** Whether (t, by) is later than the slot's change; ties go to the larger window id, the same everywhere. */
  const newer = (slot: Slot, t: number, by: string) => t > slot.t || (t === slot.t && by > slot.by);

  /** Applies a received value to a slot's target, if it passes the check. */
  const apply = (slot: Slot, json: string): boolean => {
    if (!slot.target) return true;
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      return false;
    }
    const ok = slot.validate ? safeCheck(slot.validate, value) : sameShape(slot.target.get(), value);
    if (!ok) return false;
    applying = true;
    try {
      slot.target.set(value);
    } finally {
      applying = false;
    }
    // The target may have normalised the value; remember what it now holds so it is not sent back.
    slot.json = stringify(slot.target.get()) ?? json;
    return true;
  };

  const receive = (entry: SyncEntry, by: string) => {
    // t = 0: the other window never changed this value since it loaded; there is nothing to adopt.
    if (entry.t === 0) return;
    const slot = slots.get(entry.key);
    if (!slot) {
      slots.set(entry.key, { json: entry.json, t: entry.t, by });
      return;
    }
    if (!newer(slot, entry.t, by) || entry.json === slot.json) {
      if (newer(slot, entry.t, by)) Object.assign(slot, { t: entry.t, by });
      return;
    }
    const previous = { json: slot.json, t: slot.t, by: slot.by };
    Object.assign(slot, { json: entry.json, t: entry.t, by });
    if (!apply(slot, entry.json)) Object.assign(slot, previous);
  };

  const onMessage = (event: { data: unknown }) => {
    const message = parseMessage(event.data);
    if (!message || message.from === self) return;
    if (message.kind === 'hello') {
      const entries: SyncEntry[] = [];
      for (const [key, slot] of slots) if (slot.t > 0) entries.push({ key, json: slot.json, t: slot.t });
      post({ kind: 'snapshot', entries });
    } else if (message.kind === 'state') {
      receive(message, message.from);
    } else {
      for (const entry of message.entries) receive(entry, message.from);
    }
  };
  channel.addEventListener('message', onMessage);

  return {
    self,
    join<T>(key: string, target: SyncTarget<T>, validate?: SyncValidator) {
      const existing = slots.get(key);
      existing?.unlisten?.();
      const slot: Slot = existing ?? { json: stringify(target.get()) ?? 'null', t: 0, by: '' };
      slot.target = target as SyncTarget<unknown>;
      if (validate) slot.validate = validate;
      else delete slot.validate;
      slots.set(key, slot);
      if (existing && existing.t > 0) {
        // A value arrived before this target joined: apply it now (or drop it if it does not fit).
        const arrived = existing.json;
        if (stringify(target.get()) !== arrived && !apply(slot, arrived)) {
          Object.assign(slot, { json: stringify(target.get()) ?? 'null', t: 0, by: '' });
        }
      } else {
        slot.json = stringify(target.get()) ?? 'null';
      }
      const unlisten = target.listen((value) => {
        const json = stringify(value);
        if (json === undefined || json === slot.json) return;
        slot.json = json;
        if (applying) return;
        slot.t = Math.max(now(), slot.t + 1);
        slot.by = self;
        post({ kind: 'state', key, json, t: slot.t });
      });
      slot.unlisten = unlisten;
      return () => {
        if (slots.get(key) !== slot) return;
        unlisten();
        delete slot.target;
        delete slot.unlisten;
      };
    },
    hello() {
      post({ kind: 'hello' });
    },
    close() {
      channel.removeEventListener('message', onMessage);
      for (const slot of slots.values()) slot.unlisten?.();
      slots.clear();
    },
  };
}

/** JSON text of a value, or undefined when it cannot be serialised. */
function stringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Runs a validator; one that throws counts as a rejection. */
function safeCheck(validate: SyncValidator, value: unknown): boolean {
  try {
    return validate(value) === true;
  } catch {
    return false;
  }
}
