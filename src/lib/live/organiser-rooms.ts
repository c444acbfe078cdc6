/**
 * What the organiser API says, read by the panel on /workshop/ (issue 26). Pure: validates every answer
 * before the page shows any of it (a room code is only shown when it is a room code, times only when they are
 * times), and words waits in Dutch.
 */
import { isRoomCode } from '../island-sync/live-protocol';

/** The API's path on the live server; the panel only asks it on a page the live server sent. */
export const ORGANISER_PATH = '/live/api/organiser';
/** The header that carries the organiser key (never the address: that ends up in histories and logs). */
export const ORGANISER_KEY_HEADER = 'x-organiser-key';

/** A room in the organiser's list. */
export interface OrganiserRoom {
  code: string;
  openedAt: number;
  endedAt: number | null;
  resultsUntil: number | null;
}

/** A room just opened: with its PIN, the participants' address and its QR code (SVG text). */
export interface OpenedRoom {
  code: string;
  pin: string;
  openedAt: number;
  joinUrl: string;
  qr: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const timeOrNull = (v: unknown) => (v === null ? null : isTime(v) ? v : undefined);

/** One listed room, or null when the answer is not one. */
export function parseRoom(value: unknown): OrganiserRoom | null {
  if (!isObject(value) || !isRoomCode(value['code']) || !isTime(value['openedAt'])) return null;
  const endedAt = timeOrNull(value['endedAt']);
  const resultsUntil = timeOrNull(value['resultsUntil']);
  if (endedAt === undefined || resultsUntil === undefined) return null;
  return { code: value['code'], openedAt: value['openedAt'], endedAt, resultsUntil };
}

/** The list in an answer (`{ rooms: [...] }`); rooms that do not validate are left out. */
export function parseRoomList(body: unknown): OrganiserRoom[] {
  if (!isObject(body) || !Array.isArray(body['rooms'])) return [];
  return body['rooms'].map(parseRoom).filter((r): r is OrganiserRoom => r !== null);
}

/** A room just opened (`{ room: {...} }`), or null. */
export function parseOpenedRoom(body: unknown): OpenedRoom | null {
  const room = isObject(body) ? body['room'] : undefined;
  if (!isObject(room) || !isRoomCode(room['code']) || !isTime(room['openedAt'])) return null;
  const { pin, joinUrl, qr } = room;
  if (typeof pin !== 'string' || !/^\d{6}$/.test(pin)) return null;
  if (typeof joinUrl !== 'string' || !/^https?:\/\/[^\s"<>]+$/.test(joinUrl)) return null;
  if (typeof qr !== 'string' || !qr.startsWith('<svg')) return null;
  return { code: room['code'], pin, openedAt: room['openedAt'], joinUrl, qr };
}

/** A wait in Dutch words, rounded up: "1 seconde", "40 seconden", "1 minuut", "15 minuten". */
export function waitText(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 1_000) return '1 seconde';
  if (ms < 60_000) return `${Math.ceil(ms / 1_000)} seconden`;
  const minutes = Math.ceil(ms / 60_000);
  return minutes === 1 ? '1 minuut' : `${new Intl.NumberFormat('nl-NL').format(minutes)} minuten`;
}

/** The API's Dutch messages (the server sends them; the panel shows them as text). */
export const ORGANISER_MESSAGES = {
  wrongKey: 'Deze organisatiesleutel klopt niet. Kijk na of je hem volledig hebt geplakt.',
  tooMany: (ms: number) => `Te veel pogingen met een verkeerde sleutel. Probeer het over ${waitText(ms)} opnieuw.`,
  noRoom: 'Deze zaal bestaat niet (meer) of hoort niet bij deze sleutel.',
  notFound: 'Dit adres kent de live-server niet.',
  method: 'Deze vraag kan niet op dit adres.',
  failed: 'Er ging iets mis op de live-server. Probeer het zo opnieuw.',
  noServer: 'De live-server antwoordt niet. Controleer je verbinding en probeer het opnieuw.',
} as const;

/** A moment in Dutch: "7 december 2026 om 10:05" (the reader's time zone unless one is given). */
export function formatMoment(ms: number, timeZone?: string): string {
  if (!Number.isFinite(ms)) return '';
  const date = new Date(ms);
  const options = timeZone ? { timeZone } : {};
  const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', ...options });
  const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', ...options });
  return `${day.format(date)} om ${time.format(date)}`;
}

/** What the panel says about a room in its list. */
export function roomStatus(room: OrganiserRoom, timeZone?: string): string {
  if (room.endedAt === null) return `Open sinds ${formatMoment(room.openedAt, timeZone)}.`;
  const until =
    room.resultsUntil === null
      ? ''
      : ` De resultaten kun je downloaden tot ${formatMoment(room.resultsUntil, timeZone)}.`;
  return `Beëindigd op ${formatMoment(room.endedAt, timeZone)}.${until}`;
}
