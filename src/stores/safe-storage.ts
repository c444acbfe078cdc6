/**
 * Makes every persistent store survive a browser that won't store anything. `@nanostores/persistent` writes
 * straight to `localStorage`, which throws in some private modes, when storage is disabled, or when the
 * quota is full; that would break the page. Importing this module (the progress stores do, before they are
 * created) installs an engine that reads and writes `localStorage` when it can and falls back to memory
 * when it can't, reporting that to `$storageNotice`. Cross-tab sync still uses the window's `storage` event.
 *
 * It is installed only in a browser; unit tests use `useTestStorageEngine()` instead.
 */
import { setPersistentEngine, windowPersistentEvents, type PersistentStore } from '@nanostores/persistent';
import { reportBlocked } from './storage-notice';

const PROBE_KEY = 'vdl:probe';

/** Values written in this visit, and everything readable once storage failed. */
const memory = new Map<string, string>();
let usable = false;

function local(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** True when a test value can be written and removed again. */
function probe(): boolean {
  try {
    const storage = local();
    if (!storage) return false;
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** Switches to memory for the rest of the visit, keeping a copy of what is still readable. */
function fail(): void {
  if (!usable) return;
  usable = false;
  try {
    const storage = local();
    if (storage) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null && !memory.has(key)) memory.set(key, storage.getItem(key) ?? '');
      }
    }
  } catch {
    // Not even readable: memory holds what this visit wrote, which is the best we have.
  }
  reportBlocked();
}

function read(key: string): string | undefined {
  if (usable) {
    try {
      return local()?.getItem(key) ?? undefined;
    } catch {
      fail();
    }
  }
  return memory.get(key);
}

function write(key: string, value: string): void {
  memory.set(key, value);
  if (!usable) return;
  try {
    local()?.setItem(key, value);
  } catch {
    fail();
  }
}

function remove(key: string): void {
  memory.delete(key);
  if (!usable) return;
  try {
    local()?.removeItem(key);
  } catch {
    fail();
  }
}

function keys(): string[] {
  if (usable) {
    try {
      const storage = local();
      if (storage)
        return Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null);
    } catch {
      fail();
    }
  }
  return [...memory.keys()];
}

/** An object that behaves like `localStorage` for property access, but never throws. */
function createEngine(): PersistentStore {
  return new Proxy({} as PersistentStore, {
    get: (_t, key) => (typeof key === 'string' ? read(key) : undefined),
    set: (_t, key, value) => {
      if (typeof key === 'string') write(key, String(value));
      return true;
    },
    has: (_t, key) => typeof key === 'string' && read(key) !== undefined,
    deleteProperty: (_t, key) => {
      if (typeof key === 'string') remove(key);
      return true;
    },
    ownKeys: () => keys(),
    getOwnPropertyDescriptor: (_t, key) => {
      const value = typeof key === 'string' ? read(key) : undefined;
      return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
    },
  });
}

/** True while this visit's progress is being kept in the browser (false: memory only). */
export function storageIsKept(): boolean {
  return usable;
}

if (typeof window !== 'undefined') {
  usable = probe();
  if (!usable) reportBlocked();
  setPersistentEngine(createEngine(), windowPersistentEvents);
}
