/**
 * The organiser API on a real live server in embedded mode (the directory over the `LiveServer` interface):
 * open a room with the key, a phone joins and votes, end it, list it, download its results; wrong keys,
 * too many tries, no key in the address, no secrets in answers but the new room's PIN.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeyGuard, KEY_LIMITS } from '../../../src/lib/live/key-guard';
import { ORGANISER_MESSAGES } from '../../../src/lib/live/organiser-rooms';
import { organiserRoutes, ownerOf, sameKey } from '../../../server/organiser-api';
import { EmbeddedRoomDirectory } from '../../../server/room-directory';
import { deviceAddress, env, liveKit } from './helpers';
import { call } from './organiser-http';

const KEY = 'test-organiser-key-0123456789';
const DAY = 86_400_000;
const kit = liveKit('organiser-');
let now = Date.UTC(2026, 11, 7, 9);

beforeEach(async () => {
  kit.fresh();
  now = Date.UTC(2026, 11, 7, 9);
  const directory = new EmbeddedRoomDirectory(() => kit.server, { idleMs: DAY, retentionMs: 30 * DAY });
  await kit.start({
    extraRoutes: organiserRoutes({
      key: KEY,
      directory,
      guard: new KeyGuard(),
      clock: () => now,
      qr: (url) => Promise.resolve(`<svg data-url="${url}"></svg>`),
      log: (line) => kit.logs.push(line),
    }),
  });
});
afterEach(() => kit.stop());

const rooms = '/live/api/organiser/rooms';

describe('organiser API (embedded)', () => {
  it('announces itself without a key, and says nothing else without one', async () => {
    const probe = await call(kit.server.port, 'GET', '/live/api/organiser');
    expect(probe).toMatchObject({ status: 200, json: { organiser: true } });
    const list = await call(kit.server.port, 'GET', rooms);
    expect(list.status).toBe(401);
    expect(list.json).toEqual({ error: 'key', message: ORGANISER_MESSAGES.wrongKey });
  });

  it('opens a room a phone can join, ends it, lists it and gives its results', async () => {
    const opened = await call(kit.server.port, 'POST', rooms, { key: KEY });
    expect(opened.status).toBe(201);
    const room = opened.json['room'] as { code: string; pin: string; joinUrl: string; qr: string; openedAt: number };
    expect(room.pin).toMatch(/^\d{6}$/);
    expect(room.joinUrl).toBe(`http://127.0.0.1:${kit.server.port}/live/${room.code}/`);
    expect(room.qr).toContain(room.joinUrl);
    expect(room.openedAt).toBe(now);
    expect(kit.server.rooms()).toContainEqual({ code: room.code, pin: room.pin });

    // A phone joins the new room and votes.
    kit.room = { code: room.code, pin: room.pin };
    const projector = await kit.host();
    projector.send({ ...env('host-projector'), kind: 'poll', question: 'les:1', options: 3, open: true });
    const phone = await kit.participant(1);
    phone.send({ ...env('p1'), kind: 'vote', question: 'les:1', option: 2 });
    await projector.waitFor((m) => m['kind'] === 'tally' && JSON.stringify(m['counts']) === '[0,0,1]');

    const listed = await call(kit.server.port, 'GET', rooms, { key: KEY });
    expect(listed.json).toEqual({ rooms: [{ code: room.code, openedAt: now, endedAt: null, resultsUntil: null }] });
    // The list carries no PIN: that was given once, when the room opened.
    expect(listed.body).not.toContain(room.pin);

    now += 3_600_000;
    const ended = await call(kit.server.port, 'POST', `${rooms}/${room.code}/end`, { key: KEY });
    expect(ended.json).toEqual({
      room: { code: room.code, openedAt: now - 3_600_000, endedAt: now, resultsUntil: now + 30 * DAY },
    });
    await phone.waitFor((m) => m['kind'] === 'ended');
    expect(kit.server.rooms().map((r) => r.code)).not.toContain(room.code);

    const csv = await call(kit.server.port, 'GET', `${rooms}/${room.code}/resultaten.csv`, { key: KEY });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body).toBe('\uFEFFvraag;antwoord;stemmen\r\nles:1;A;0\r\nles:1;B;0\r\nles:1;C;1\r\n');

    // After the retention the room is gone from the list and its results with it.
    now += 30 * DAY;
    expect((await call(kit.server.port, 'GET', rooms, { key: KEY })).json).toEqual({ rooms: [] });
    const gone = await call(kit.server.port, 'GET', `${rooms}/${room.code}/resultaten.csv`, { key: KEY });
    expect(gone).toMatchObject({ status: 404, json: { error: 'no-room', message: ORGANISER_MESSAGES.noRoom } });
  });

  it('a room of the laptop (not opened with the key) is not the organiser’s', async () => {
    const laptop = kit.server.createRoom();
    const end = await call(kit.server.port, 'POST', `${rooms}/${laptop.code}/end`, { key: KEY });
    expect(end.status).toBe(404);
    expect(kit.server.rooms()).toContainEqual(laptop);
  });

  it('limits wrong keys per address, in Dutch, and a right key from elsewhere still works', async () => {
    const attacker = deviceAddress(7);
    for (let i = 0; i < KEY_LIMITS.freeMisses + 1; i++) {
      const miss = await call(kit.server.port, 'GET', rooms, { key: `${KEY}x`, address: attacker });
      expect(miss.status).toBe(401);
    }
    // Even the right key waits now, from that address.
    const held = await call(kit.server.port, 'GET', rooms, { key: KEY, address: attacker });
    expect(held.status).toBe(429);
    expect(held.headers['retry-after']).toBe('1');
    expect(held.json['message']).toBe(
      'Te veel pogingen met een verkeerde sleutel. Probeer het over 1 seconde opnieuw.',
    );
    expect((await call(kit.server.port, 'GET', rooms, { key: KEY, address: deviceAddress(8) })).status).toBe(200);
    now += 1_000;
    expect((await call(kit.server.port, 'GET', rooms, { key: KEY, address: attacker })).status).toBe(200);
  });

  it('never takes the key from the address, and answers unknown paths and methods in JSON', async () => {
    const inUrl = await call(kit.server.port, 'GET', `${rooms}?key=${KEY}`);
    expect(inUrl.status).toBe(401);
    expect(await call(kit.server.port, 'DELETE', rooms, { key: KEY })).toMatchObject({
      status: 405,
      json: { error: 'method', message: ORGANISER_MESSAGES.method },
    });
    expect(await call(kit.server.port, 'GET', `${rooms}/NOT-A-CODE/end`, { key: KEY })).toMatchObject({
      status: 404,
      json: { message: ORGANISER_MESSAGES.notFound },
    });
    expect((await call(kit.server.port, 'GET', `${rooms}/abcdef/resultaten.csv`, { key: KEY })).status).toBe(404);
    // Other paths are the live server's, as before.
    expect((await call(kit.server.port, 'GET', '/live/api/status')).json).toMatchObject({ live: true });
  });
});

describe('keys', () => {
  it('compares whole keys only', () => {
    expect(sameKey(KEY, KEY)).toBe(true);
    for (const other of [undefined, '', KEY.slice(0, -1), `${KEY} `, KEY.toUpperCase()]) {
      expect(sameKey(other, KEY)).toBe(false);
    }
  });
  it('files rooms under a digest, never the key', () => {
    expect(ownerOf(KEY)).toMatch(/^[0-9a-f]{24}$/);
    expect(ownerOf(KEY)).not.toContain(KEY);
    expect(ownerOf(`${KEY}2`)).not.toBe(ownerOf(KEY));
  });
});
