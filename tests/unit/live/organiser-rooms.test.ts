import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatMoment,
  parseOpenedRoom,
  parseRoom,
  parseRoomList,
  roomStatus,
  waitText,
} from '../../../src/lib/live/organiser-rooms';

const room = { code: 'abcdefghjk', openedAt: Date.UTC(2026, 11, 7, 9, 5), endedAt: null, resultsUntil: null };

describe('parsing the organiser API', () => {
  it('keeps valid rooms and drops the rest', () => {
    const ended = { ...room, endedAt: room.openedAt + 1, resultsUntil: room.openedAt + 2 };
    expect(parseRoomList({ rooms: [room, ended, { ...room, code: '<b>' }, { ...room, openedAt: NaN }, null] })).toEqual(
      [room, ended],
    );
    expect(parseRoomList(null)).toEqual([]);
    expect(parseRoomList({ rooms: 'x' })).toEqual([]);
    expect(parseRoom({ ...room, endedAt: 'gisteren' })).toBeNull();
    expect(parseRoom({ ...room, resultsUntil: -1 })).toBeNull();
  });
  it('accepts an opened room only with a PIN, an http(s) address and an SVG', () => {
    const opened = {
      code: 'abcdefghjk',
      pin: '123456',
      openedAt: 1,
      joinUrl: 'https://live.example/live/abcdefghjk/',
      qr: '<svg/>',
    };
    expect(parseOpenedRoom({ room: opened })).toEqual(opened);
    for (const bad of [
      { pin: '12345' },
      { pin: 123456 },
      { joinUrl: 'javascript:alert(1)' },
      { joinUrl: 'https://x/"><script>' },
      { qr: '<img onerror=1>' },
      { code: 'ABCDEFGHJK' },
    ]) {
      expect(parseOpenedRoom({ room: { ...opened, ...bad } })).toBeNull();
    }
    expect(parseOpenedRoom({})).toBeNull();
  });
  it('property: whatever the server sends, the list holds only room codes and safe times', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const r of parseRoomList({ rooms: [value] })) {
          expect(r.code).toMatch(/^[a-z0-9]+$/);
          expect(Number.isSafeInteger(r.openedAt)).toBe(true);
        }
      }),
    );
  });
});

describe('Dutch words', () => {
  it('words waits, rounded up', () => {
    expect(waitText(0)).toBe('1 seconde');
    expect(waitText(NaN)).toBe('1 seconde');
    expect(waitText(1_500)).toBe('2 seconden');
    expect(waitText(60_000)).toBe('1 minuut');
    expect(waitText(15 * 60_000)).toBe('15 minuten');
    expect(waitText(1e12)).toBe('16.666.667 minuten');
  });
  it('says when a room opened, ended and until when its results are kept', () => {
    expect(formatMoment(room.openedAt, 'Europe/Amsterdam')).toBe('7 december 2026 om 10:05');
    expect(formatMoment(NaN)).toBe('');
    expect(roomStatus(room, 'Europe/Amsterdam')).toBe('Open sinds 7 december 2026 om 10:05.');
    const ended = { ...room, endedAt: room.openedAt + 3_600_000, resultsUntil: room.openedAt + 30 * 86_400_000 };
    expect(roomStatus(ended, 'Europe/Brussels')).toBe(
      'Beëindigd op 7 december 2026 om 11:05. De resultaten kun je downloaden tot 6 januari 2027 om 10:05.',
    );
  });
});
