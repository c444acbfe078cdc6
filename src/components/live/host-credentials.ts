/**
 * The room and trainer PIN a host device (the trainer's tablet) entered, kept for this browser tab only
 * (sessionStorage: gone when the tab closes, never shared with other sites). Validated on read: anything
 * odd counts as "none".
 */
import { isPin, isRoomCode } from '../../lib/island-sync/live-protocol';

const KEY = 'vdl-live-host';

/** A room and its PIN. */
export interface HostCredentials {
  room: string;
  pin: string;
}

/** The stored credentials, or null. */
export function readHostCredentials(): HostCredentials | null {
  try {
    const raw = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as unknown;
    if (typeof raw !== 'object' || raw === null) return null;
    const { room, pin } = raw as Record<string, unknown>;
    return isRoomCode(room) && isPin(pin) ? { room, pin } : null;
  } catch {
    return null;
  }
}

/** Stores (or, with null, forgets) the credentials; a blocked storage only costs the memory. */
export function writeHostCredentials(credentials: HostCredentials | null): void {
  try {
    if (credentials) sessionStorage.setItem(KEY, JSON.stringify(credentials));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Private mode: the trainer enters the PIN again after a reload.
  }
}
