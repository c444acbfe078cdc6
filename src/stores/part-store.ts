/**
 * The factory behind the three progress stores: a `persistentAtom` for one part of the progress format
 * (see `src/lib/progress/format.ts`) that migrates and validates whatever it reads.
 *
 * When the stored text is corrupt, foreign, outdated, newer, or partly invalid, the raw text is first copied
 * to `<key>:apart` (so nothing is lost for good), the valid part is kept, the cleaned value is written
 * back, and `$storageNotice` tells the reader. Older versions are upgraded in place without a message.
 * Other tabs see every change through the `storage` event (persistentAtom listens by default).
 */
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { decodePart, encodePart, SET_ASIDE } from '../lib/progress/codec';
import { EMPTY, STORAGE_KEYS, type Part, type ProgressData } from '../lib/progress/format';
import './safe-storage';
import { reportProblem } from './storage-notice';

/** Where the raw text of a part goes when it had to be set aside. */
export function setAsideKey(part: Part): string {
  return `${STORAGE_KEYS[part]}:apart`;
}

/** Creates the persistent store of one part. */
export function createPartStore<P extends Part>(part: P): WritableAtom<ProgressData[P]> {
  // The set-aside slot is a store of its own so it writes through whatever storage engine is active.
  const $apart = persistentAtom<string | undefined>(setAsideKey(part), undefined, { listen: false });

  const decode = (raw: string): ProgressData[P] => {
    const decoded = decodePart(part, raw);
    if (SET_ASIDE.has(decoded.status)) {
      $apart.set(raw);
      reportProblem({ part, status: decoded.status, dropped: decoded.dropped });
    }
    if (decoded.status !== 'ok' && decoded.status !== 'empty') {
      // Write the cleaned value back once the store exists (decode also runs while it is being created,
      // so the write waits for a microtask).
      queueMicrotask(() => store.set(decoded.value));
    }
    return decoded.value;
  };

  const store: WritableAtom<ProgressData[P]> = persistentAtom<ProgressData[P]>(STORAGE_KEYS[part], EMPTY[part], {
    encode: (value) => encodePart(part, value),
    decode,
  });
  return store;
}
