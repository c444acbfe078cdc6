/**
 * Room codes and trainer PINs from random bytes. Pure: the server passes `crypto.randomBytes`-like input,
 * tests pass fixed bytes. Rejection sampling keeps every character equally likely.
 */
import { ROOM_ALPHABET, ROOM_CODE_LENGTH } from '../island-sync/live-protocol';

/** A source of random bytes. */
export type RandomBytes = (n: number) => Uint8Array;

/** Picks `length` symbols from `alphabet` without modulo bias. */
function pick(alphabet: string, length: number, random: RandomBytes): string {
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const byte of random(length * 2)) {
      if (byte < limit) out += alphabet[byte % alphabet.length];
      if (out.length === length) break;
    }
  }
  return out;
}

/** A new room code (see `isRoomCode`). */
export function newRoomCode(random: RandomBytes): string {
  return pick(ROOM_ALPHABET, ROOM_CODE_LENGTH, random);
}

/** A new six-digit trainer PIN. */
export function newPin(random: RandomBytes): string {
  return pick('0123456789', 6, random);
}
