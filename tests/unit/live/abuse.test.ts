/**
 * The live server against one mischievous participant, run for real on 127.0.0.1 (other 127.x.y.z addresses
 * stand for other devices): PIN guessing, vote stuffing, a full disk, half-open sockets, a room that ends,
 * a damaged journal, a foreign `Host`, links out of the served folder, the journal's file mode. Every loop
 * is bounded in count and time.
 */
import * as fs from 'node:fs';
import { readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LiveServer } from '../../../server/live-server';
import { JournalDamagedError, type JournalFs } from '../../../server/journal-file';
import { connect, deviceAddress, env, httpGet, liveKit, voter } from './helpers';

const kit = liveKit('live-abuse-');
const { start, open, host, participant, logs } = kit;

/** Waits until `check` holds, polling; fails after `timeout` ms. */
const until = async (check: () => boolean, timeout = 5_000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((done) => setTimeout(done, 10));
  }
};

const wrongPin = (pin: string, i: number) => String((Number(pin) + 1 + i) % 1_000_000).padStart(6, '0');

beforeEach(() => kit.fresh());

afterEach(() => kit.stop());

describe('the trainer PIN cannot be guessed', () => {
  it('stops a brute-force client within the limit, refuses even the right PIN then, and the laptop lifts the lock', async () => {
    await start();
    kit.room = kit.server.createRoom();
    const projector = await host();
    // Guesses from a tablet-like device, one socket per guess as a script would do; bounded to 200 tries.
    const closes: number[] = [];
    for (let i = 0; i < 200 && !closes.includes(4423); i++) {
      const c = await open({ address: deviceAddress(900 + (i % 5)) });
      c.send({ ...env('x'), kind: 'join', room: kit.room.code, role: 'presenter', pin: wrongPin(kit.room.pin, i) });
      closes.push(await c.closed);
    }
    // Ten misses lock the room; the waits per address came first for addresses past three misses.
    expect(closes.filter((c) => c === 4401).length).toBe(10);
    expect(closes.at(-1)).toBe(4423);
    const status = await projector.waitFor((m) => m['kind'] === 'room' && m['pinLocked'] === true);
    expect(String(status['notice'])).toContain('Pincode geblokkeerd');
    // The right PIN from another device is refused while locked.
    const right = await open({ address: deviceAddress(950) });
    right.send({ ...env('t'), kind: 'join', room: kit.room.code, role: 'presenter', pin: kit.room.pin });
    expect(await right.closed).toBe(4423);
    // The CSV with the right PIN in its header: refused too.
    const csv = `/live/api/${kit.room.code}/resultaten.csv`;
    expect(
      (await httpGet(kit.server.port, csv, { address: deviceAddress(951), headers: { 'x-live-pin': kit.room.pin } }))
        .status,
    ).toBe(429);
    // The laptop still joins, and lifts the lock; then the tablet gets in.
    projector.send({ ...env('host'), kind: 'admin', action: 'unlock-pin' });
    await projector.waitFor((m) => m['kind'] === 'room' && m['pinLocked'] === false);
    const tablet = await open({ address: deviceAddress(950) });
    tablet.send({ ...env('t'), kind: 'join', room: kit.room.code, role: 'presenter', pin: kit.room.pin });
    expect((await tablet.waitFor((m) => m['kind'] === 'welcome'))['role']).toBe('presenter');
    // A line per burst in the terminal, not one per try.
    expect(logs.filter((l) => l.includes('bad-pin')).length).toBeLessThanOrEqual(10);
  });

  it('makes one address wait, doubling, after three misses', async () => {
    await start();
    kit.room = kit.server.createRoom();
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const c = await open({ address: deviceAddress(800) });
      c.send({ ...env('x'), kind: 'join', room: kit.room.code, role: 'presenter', pin: wrongPin(kit.room.pin, i) });
      codes.push(await c.closed);
    }
    // Misses 1–4 are checked (the fourth starts a wait of 1 s); the fifth try comes within that second.
    expect(codes).toEqual([4401, 4401, 4401, 4401, 4429]);
  });
});

describe('one person, one vote', () => {
  it('holds a stuffing client to the per-address limit while 30 honest phones vote, and warns the trainer', async () => {
    await start();
    kit.room = kit.server.createRoom();
    const projector = await host();
    projector.send({ ...env('host'), kind: 'poll', question: 'les:1', options: 2, open: true });
    await projector.waitFor((m) => m['kind'] === 'tally');
    const honest = await Promise.all(Array.from({ length: 30 }, (_, i) => participant(i + 1)));
    // The stuffer: new voter tokens from one address as fast as it can, bounded to 3 s and 2.000 tries.
    const stuffer = deviceAddress(500);
    let counted = 0;
    const until3s = Date.now() + 3_000;
    for (let i = 0; i < 2_000 && Date.now() < until3s; i++) {
      const c = await connect(kit.server.port, { address: stuffer });
      c.send({ ...env('s'), kind: 'join', room: kit.room.code, role: 'participant', voter: voter(100_000 + i) });
      const first = await Promise.race([c.waitFor((m) => m['kind'] === 'welcome' || m['kind'] === 'error'), c.closed]);
      if (typeof first === 'object' && first['kind'] === 'welcome') {
        c.send({ ...env('s'), kind: 'vote', question: 'les:1', option: 0 });
        await c.waitFor((m) => m['kind'] === 'voted');
        counted++;
      }
      c.ws.terminate();
    }
    honest.forEach((p, i) => p.send({ ...env(`p${i}`), kind: 'vote', question: 'les:1', option: 1 }));
    await Promise.all(honest.map((p) => p.waitFor((m) => m['kind'] === 'voted')));
    expect(counted).toBe(4);
    expect(kit.server.counts(kit.room.code, 'les:1')).toEqual([4, 30]);
    const warning = await projector.waitFor(
      (m) => m['kind'] === 'room' && /nieuwe deelnemers van één adres/.test(String(m['notice'])),
    );
    expect(String(warning['notice'])).toContain(stuffer);
    expect(kit.server.participants(kit.room.code)).toBe(30);
  });

  it('counts people, not sockets: one token on 25 sockets is one participant', async () => {
    await start({ maxSocketsPerAddress: 30 });
    kit.room = kit.server.createRoom();
    const projector = await host();
    for (let i = 0; i < 25; i++) {
      const c = await open({ address: deviceAddress(7) });
      c.send({ ...env('p'), kind: 'join', room: kit.room.code, role: 'participant', voter: voter(7) });
      await c.waitFor((m) => m['kind'] === 'welcome');
    }
    expect(kit.server.participants(kit.room.code)).toBe(1);
    await projector.waitFor((m) => m['kind'] === 'count' && m['participants'] === 1);
  });

  it('closes the room to newcomers and lets the trainer discard a question’s votes and reopen it', async () => {
    await start();
    kit.room = kit.server.createRoom();
    const projector = await host();
    projector.send({ ...env('host'), kind: 'poll', question: 'les:1', options: 2, open: true });
    const p1 = await participant(1);
    p1.send({ ...env('p1'), kind: 'vote', question: 'les:1', option: 0 });
    await p1.waitFor((m) => m['kind'] === 'voted');
    projector.send({ ...env('host'), kind: 'admin', action: 'close-door' });
    await projector.waitFor((m) => m['kind'] === 'room' && m['doorOpen'] === false);
    const late = await open({ address: deviceAddress(2) });
    late.send({ ...env('p2'), kind: 'join', room: kit.room.code, role: 'participant', voter: voter(2) });
    expect(await late.closed).toBe(4403);
    // Someone who was there comes back in.
    p1.ws.terminate();
    const back = await participant(1);
    expect((await back.waitFor((m) => m['kind'] === 'welcome'))['votes']).toEqual({ 'les:1': 0 });
    projector.send({ ...env('host'), kind: 'poll', question: 'les:1', options: 2, open: false });
    projector.send({ ...env('host'), kind: 'admin', action: 'reset', question: 'les:1' });
    await back.waitFor((m) => m['kind'] === 'reset' && m['question'] === 'les:1');
    await projector.waitFor(
      (m) => m['kind'] === 'tally' && m['open'] === true && JSON.stringify(m['counts']) === '[0,0]',
    );
    back.send({ ...env('p1'), kind: 'vote', question: 'les:1', option: 1 });
    await back.waitFor((m) => m['kind'] === 'voted' && m['option'] === 1);
    // Over a restart: the door stays closed, the discarded vote stays discarded.
    await kit.server.close();
    await start();
    expect(kit.server.counts(kit.room.code, 'les:1')).toEqual([0, 1]);
    const again = await open({ address: deviceAddress(3) });
    again.send({ ...env('p3'), kind: 'join', room: kit.room.code, role: 'participant', voter: voter(3) });
    expect(await again.closed).toBe(4403);
  });
});

/** node:fs with writes that fail while `full` is set (ENOSPC), after writing `partial` bytes of the batch. */
function fullDisk() {
  const state = { full: false, partial: 7 };
  const error = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
  // A short write first (the disk takes some bytes), then the error, as a real full disk does.
  const allowed = (offset: number, length: number) =>
    !state.full ? length : state.partial > 0 && offset === 0 ? Math.min(length, state.partial) : 0;
  const io: JournalFs = {
    ...fs,
    writeSync(fd, buffer, offset, length) {
      const n = allowed(offset, length);
      if (n === 0) throw error();
      return fs.writeSync(fd, buffer, offset, n);
    },
    write(fd, buffer, offset, length, position, callback) {
      const n = allowed(offset, length);
      if (n === 0) return callback(error(), 0);
      fs.write(fd, buffer, offset, n, position, callback);
    },
  };
  return { io, state };
}

describe('acknowledged means on disk', () => {
  it('tells phones and the trainer when the disk is full, stays up, and saves again once there is room', async () => {
    const disk = fullDisk();
    await start({ journalFs: disk.io });
    kit.room = kit.server.createRoom();
    const projector = await host();
    projector.send({ ...env('host'), kind: 'poll', question: 'les:1', options: 2, open: true });
    await projector.waitFor((m) => m['kind'] === 'tally');
    const phones = await Promise.all([1, 2, 3, 4, 5].map((n) => participant(n)));
    disk.state.full = true;
    phones.forEach((p, i) => p.send({ ...env(`p${i}`), kind: 'vote', question: 'les:1', option: 0 }));
    await Promise.all(phones.map((p) => p.waitFor((m) => m['kind'] === 'error' && m['code'] === 'not-saved')));
    expect(phones.every((p) => !p.received.some((m) => m['kind'] === 'voted'))).toBe(true);
    await projector.waitFor((m) => m['kind'] === 'room' && m['diskOk'] === false);
    await projector.waitFor((m) => m['kind'] === 'tally' && JSON.stringify(m['counts']) === '[0,0]');
    expect(kit.server.counts(kit.room.code, 'les:1')).toEqual([0, 0]);
    // The slide still moves (in memory), and nothing half-written stays in the file.
    projector.send({
      ...env('host'),
      kind: 'state',
      key: 'deck:les',
      json: '{"slide":2,"blackout":false}',
      t: Date.now(),
    });
    await phones[0]!.waitFor((m) => m['kind'] === 'state');
    // A failed batch is cut back off the file once its write has failed, which may come after the phones heard
    // of the slide (room events are not held back for the disk): wait for that, then the file has no half line.
    await expect.poll(() => readFileSync(join(kit.dir, 'journal.jsonl'), 'utf8').endsWith('\n')).toBe(true);
    // The disk is back: the phones vote again and it counts, the trainer hears it.
    disk.state.full = false;
    await projector.waitFor((m) => m['kind'] === 'room' && m['diskOk'] === true, 5_000);
    phones.forEach((p, i) => p.send({ ...env(`p${i}`), kind: 'vote', question: 'les:1', option: 1 }));
    await Promise.all(phones.map((p) => p.waitFor((m) => m['kind'] === 'voted' && m['option'] === 1)));
    await kit.server.close();
    // Every acknowledged vote is in the file; the slide written after the disk came back too.
    await start();
    expect(kit.server.counts(kit.room.code, 'les:1')).toEqual([0, 5]);
    const late = await participant(9);
    const snap = await late.waitFor((m) => m['kind'] === 'snapshot');
    expect(snap['entries']).toEqual([expect.objectContaining({ json: '{"slide":2,"blackout":false}' })]);
  });

  it('refuses to start on a damaged first line, naming it, instead of opening a new room', async () => {
    await start();
    kit.room = kit.server.createRoom();
    await kit.server.close();
    const file = join(kit.dir, 'journal.jsonl');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"pin"', '"pim"'));
    await expect(start()).rejects.toThrow(JournalDamagedError);
    await expect(start()).rejects.toThrow(/line 1/);
    kit.server = undefined as unknown as LiveServer;
  });

  it('keeps the journal to its owner (0600)', async () => {
    const file = join(kit.dir, 'journal.jsonl');
    writeFileSync(file, '', { mode: 0o644 });
    await start();
    kit.room = kit.server.createRoom();
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

describe('who is there is who is there', () => {
  it('drops sockets that stop answering pings and sockets that never join, so the count is right', async () => {
    await start({ heartbeatMs: 200, joinTimeoutMs: 300 });
    kit.room = kit.server.createRoom();
    const projector = await host();
    const live = await Promise.all([1, 2, 3].map((n) => participant(n)));
    // Phones that walked out of the Wi-Fi: their sockets stay open but never answer.
    await Promise.all([4, 5, 6, 7].map((n) => participant(n, { autoPong: false })));
    const idle = await open({ address: deviceAddress(50) });
    await projector.waitFor((m) => m['kind'] === 'count' && m['participants'] === 7);
    const lastCount = () => projector.received.filter((m) => m['kind'] === 'count').at(-1)?.['participants'];
    await until(() => lastCount() === 3, 5_000);
    expect(kit.server.participants(kit.room.code)).toBe(3);
    expect(await idle.closed).toBe(1006);
    expect(live.every((p) => p.ws.readyState === p.ws.OPEN)).toBe(true);
  });

  it('answers ping with pong', async () => {
    await start();
    kit.room = kit.server.createRoom();
    const p = await participant(1);
    p.send({ ...env('p1'), kind: 'ping' });
    await p.waitFor((m) => m['kind'] === 'pong');
  });

  it('caps the sockets one address may hold', async () => {
    await start({ maxSocketsPerAddress: 5 });
    kit.room = kit.server.createRoom();
    for (let i = 0; i < 5; i++) await open({ address: deviceAddress(60) });
    await expect(open({ address: deviceAddress(60) })).rejects.toThrow();
    await open({ address: deviceAddress(61) });
  });

  it('sends open phones and hosts of an ended room on to the next room', async () => {
    await start();
    kit.room = kit.server.createRoom();
    const projector = await host();
    const phone = await participant(1);
    const next = kit.server.createRoom();
    kit.server.endRoom(kit.room.code, next.code);
    expect((await phone.waitFor((m) => m['kind'] === 'ended'))['next']).toBe(next.code);
    expect(await phone.closed).toBe(4410);
    expect((await projector.waitFor((m) => m['kind'] === 'ended'))['next']).toBe(next.code);
    // A phone that comes back later (it slept through it) hears the same; over a restart too.
    await kit.server.close();
    await start();
    expect(kit.server.rooms()).toEqual([next]);
    const late = await open({ address: deviceAddress(2) });
    late.send({ ...env('p2'), kind: 'join', room: kit.room.code, role: 'participant', voter: voter(2) });
    expect((await late.waitFor((m) => m['kind'] === 'ended'))['next']).toBe(next.code);
    const status = JSON.parse((await httpGet(kit.server.port, '/live/api/status')).body) as Record<string, unknown>;
    expect(status['room']).toBe(next.code);
  });
});

describe('only the laptop is host by itself', () => {
  it('refuses a foreign Host header (DNS rebinding) on every path, the status above all', async () => {
    await start();
    kit.room = kit.server.createRoom();
    const foreign = await httpGet(kit.server.port, '/live/api/status', {
      headers: { host: `evil.example:${kit.server.port}` },
    });
    expect(foreign.status).toBe(421);
    expect(foreign.body).not.toContain(kit.room.pin);
    expect((await httpGet(kit.server.port, '/', { headers: { host: 'evil.example' } })).status).toBe(421);
    const own = await httpGet(kit.server.port, '/live/api/status', {
      headers: { host: `localhost:${kit.server.port}` },
    });
    expect(JSON.parse(own.body)).toMatchObject({ room: kit.room.code, pin: kit.room.pin });
    // Another device on the LAN learns only that the server runs.
    const other = await httpGet(kit.server.port, '/live/api/status', { address: deviceAddress(3) });
    expect(JSON.parse(other.body)).toEqual({ live: true });
  });

  it('never follows a link out of the served folder', async () => {
    const secret = join(kit.dir, 'secret.txt');
    writeFileSync(secret, 'not for phones');
    symlinkSync(secret, join(kit.dir, 'dist', 'leak.txt'));
    symlinkSync(join(kit.dir), join(kit.dir, 'dist', 'up'));
    writeFileSync(join(kit.dir, 'dist', 'real.txt'), 'fine');
    symlinkSync(join(kit.dir, 'dist', 'real.txt'), join(kit.dir, 'dist', 'inside.txt'));
    await start();
    kit.room = kit.server.createRoom();
    expect((await httpGet(kit.server.port, '/leak.txt')).status).toBe(404);
    expect((await httpGet(kit.server.port, '/up/journal.jsonl')).status).toBe(404);
    expect((await httpGet(kit.server.port, '/up/secret.txt')).body).not.toContain('not for phones');
    expect((await httpGet(kit.server.port, '/inside.txt')).body).toBe('fine');
  });

  it('treats a projector opened via the laptop’s own LAN address as the laptop', async () => {
    const lan = Object.values(networkInterfaces())
      .flat()
      .find((info) => info && info.family === 'IPv4' && !info.internal)?.address;
    await start({ host: '0.0.0.0' });
    kit.room = kit.server.createRoom();
    if (!lan) return; // No LAN on this machine: nothing to check.
    const status = await new Promise<string>((done, fail) => {
      fetch(`http://${lan}:${kit.server.port}/live/api/status`)
        .then((r) => r.text())
        .then(done, fail);
    });
    expect(JSON.parse(status)).toMatchObject({ room: kit.room.code, pin: kit.room.pin });
  });
});

it('helper until() is bounded', async () => {
  await expect(until(() => false, 50)).rejects.toThrow();
});
