import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deviceAddress, env, httpGet, liveKit, voter } from './helpers';

const kit = liveKit('live-test-');
const { start, open, host, participant, logs } = kit;

beforeEach(async () => {
  kit.fresh();
  await start();
  kit.room = kit.server.createRoom();
});

afterEach(() => kit.stop());

describe('live server: joining', () => {
  it('lets a host in with the PIN and refuses a wrong PIN', async () => {
    const ok = await host();
    expect((await ok.waitFor((m) => m['kind'] === 'welcome'))['role']).toBe('projector');
    const bad = await open();
    bad.send({
      ...env(),
      kind: 'join',
      room: kit.room.code,
      role: 'presenter',
      pin: kit.room.pin === '000000' ? '111111' : '000000',
    });
    expect((await bad.waitFor((m) => m['kind'] === 'error'))['code']).toBe('bad-pin');
    expect(await bad.closed).toBe(4401);
  });

  it('refuses an unknown room', async () => {
    const c = await open();
    c.send({ ...env(), kind: 'join', room: 'zzzzzzzzzz', role: 'participant', voter: voter(1) });
    expect((await c.waitFor((m) => m['kind'] === 'error'))['code']).toBe('no-room');
    expect(await c.closed).toBe(4404);
  });

  it('refuses a socket opened by a page of another site', async () => {
    await expect(open({ origin: 'http://evil.example' })).rejects.toThrow();
  });

  it('tells hosts how many participants there are', async () => {
    const h = await host();
    await participant(1);
    await participant(2);
    await h.waitFor((m) => m['kind'] === 'count' && m['participants'] === 2);
  });
});

describe('live server: deck state', () => {
  it('relays a host’s slide to participants and keeps it for late joiners', async () => {
    const h = await host();
    const p = await participant(1);
    h.send({ ...env('h'), kind: 'state', key: 'deck:les', json: '{"slide":3,"blackout":false}', t: Date.now() });
    await p.waitFor((m) => m['kind'] === 'state' && m['key'] === 'deck:les');
    const late = await participant(2);
    const snap = await late.waitFor((m) => m['kind'] === 'snapshot');
    expect(snap['entries']).toEqual([
      expect.objectContaining({ key: 'deck:les', json: '{"slide":3,"blackout":false}' }),
    ]);
  });

  it('keeps islands between hosts: participants do not get them', async () => {
    const h = await host('projector');
    const h2 = await host('presenter');
    const p = await participant(1);
    h.send({ ...env('h'), kind: 'state', key: 'island:les:calc', json: '{"a":1}', t: Date.now() });
    await h2.waitFor((m) => m['kind'] === 'state' && m['key'] === 'island:les:calc');
    p.send({ ...env('p1'), kind: 'hello' });
    const snap = await p.waitFor(
      (m) => m['kind'] === 'snapshot' && p.received.filter((x) => x['kind'] === 'snapshot').length === 2,
    );
    expect(snap['entries']).toEqual([]);
  });

  it('stamps changes on one clock: a host with a clock far ahead cannot pin the future', async () => {
    const h = await host();
    const h2 = await host('presenter');
    h.send({
      ...env('h'),
      kind: 'state',
      key: 'deck:les',
      json: '{"slide":1,"blackout":false}',
      t: Date.now() + 3_600_000,
    });
    const got = await h2.waitFor((m) => m['kind'] === 'state');
    expect(got['t'] as number).toBeLessThanOrEqual(Date.now() + 6_000);
  });
});

describe('live server: votes', () => {
  it('counts one vote per participant per question and tells the hosts', async () => {
    const h = await host();
    h.send({ ...env('h'), kind: 'poll', question: 'les:1', options: 3, open: true });
    const ps = await Promise.all([1, 2, 3].map((n) => participant(n)));
    ps[0]!.send({ ...env('p1'), kind: 'vote', question: 'les:1', option: 2 });
    ps[1]!.send({ ...env('p2'), kind: 'vote', question: 'les:1', option: 0 });
    ps[2]!.send({ ...env('p3'), kind: 'vote', question: 'les:1', option: 2 });
    // A second tap, with another answer: the first one stays.
    ps[0]!.send({ ...env('p1'), kind: 'vote', question: 'les:1', option: 1 });
    const again = await ps[0]!.waitFor(
      (m) => m['kind'] === 'voted' && ps[0]!.received.filter((x) => x['kind'] === 'voted').length === 2,
    );
    expect(again['option']).toBe(2);
    await h.waitFor((m) => m['kind'] === 'tally' && JSON.stringify(m['counts']) === '[1,0,2]');
    expect(kit.server.counts(kit.room.code, 'les:1')).toEqual([1, 0, 2]);
  });

  it('refuses votes on a closed or unknown question and out-of-range options', async () => {
    const h = await host();
    const p = await participant(1);
    p.send({ ...env('p1'), kind: 'vote', question: 'les:9', option: 0 });
    expect((await p.waitFor((m) => m['kind'] === 'error'))['code']).toBe('poll-closed');
    h.send({ ...env('h'), kind: 'poll', question: 'les:1', options: 2, open: true });
    await h.waitFor((m) => m['kind'] === 'tally');
    p.send({ ...env('p1'), kind: 'vote', question: 'les:1', option: 5 });
    await p.waitFor((m) => m['kind'] === 'error' && p.received.filter((x) => x['kind'] === 'error').length === 2);
    h.send({ ...env('h'), kind: 'poll', question: 'les:1', options: 2, open: false });
    await h.waitFor((m) => m['kind'] === 'tally' && m['open'] === false);
    p.send({ ...env('p1'), kind: 'vote', question: 'les:1', option: 0 });
    await p.waitFor((m) => m['kind'] === 'error' && p.received.filter((x) => x['kind'] === 'error').length === 3);
    expect(kit.server.counts(kit.room.code, 'les:1')).toEqual([0, 0]);
  });

  it('gives a reconnecting participant its own vote back', async () => {
    const h = await host();
    h.send({ ...env('h'), kind: 'poll', question: 'les:1', options: 2, open: true });
    await h.waitFor((m) => m['kind'] === 'tally');
    const p = await participant(7);
    p.send({ ...env('p7'), kind: 'vote', question: 'les:1', option: 1 });
    await p.waitFor((m) => m['kind'] === 'voted');
    p.ws.close();
    const again = await participant(7);
    expect((await again.waitFor((m) => m['kind'] === 'welcome'))['votes']).toEqual({ 'les:1': 1 });
  });
});

describe('live server: hostile messages', () => {
  it('rejects oversized, malformed, unjoined and participant-driving messages, and the room goes on', async () => {
    const h = await host();
    h.send({ ...env('h'), kind: 'poll', question: 'les:1', options: 2, open: true });
    h.send({ ...env('h'), kind: 'state', key: 'deck:les', json: '{"slide":2,"blackout":false}', t: Date.now() });
    await h.waitFor((m) => m['kind'] === 'tally');
    const stranger = await open();
    stranger.send({ ...env('x'), kind: 'vote', question: 'les:1', option: 0 });
    expect((await stranger.waitFor((m) => m['kind'] === 'error'))['code']).toBe('not-joined');
    const p = await participant(1);
    const errors = () => p.received.filter((m) => m['kind'] === 'error').map((m) => m['code']);
    p.send('x'.repeat(5000));
    p.send('{not json');
    p.send({ ...env('p1'), kind: 'state', key: 'deck:les', json: '{"slide":9,"blackout":true}', t: Date.now() + 1e6 });
    p.send({ ...env('p1'), kind: 'poll', question: 'les:1', options: 2, open: false });
    p.send({ ...env('p1'), kind: 'join', room: 'abcdefghjk', role: 'participant', voter: voter(2) });
    p.send({ ...env('p1'), kind: 'vote', question: 'les:1', option: 1 });
    await p.waitFor((m) => m['kind'] === 'voted');
    expect(errors()).toEqual(['too-big', 'invalid', 'forbidden', 'forbidden', 'invalid']);
    expect(kit.server.counts(kit.room.code, 'les:1')).toEqual([0, 1]);
    const late = await participant(3);
    const snap = await late.waitFor((m) => m['kind'] === 'snapshot');
    expect(snap['entries']).toEqual([expect.objectContaining({ json: '{"slide":2,"blackout":false}' })]);
    // One line per burst and kind, not per message: each kind of rejection is in the terminal.
    for (const code of ['not-joined', 'too-big', 'invalid', 'forbidden'])
      expect(logs.some((l) => l.startsWith(`reject ${code}`))).toBe(true);
  });

  it('limits the rate per connection without touching other connections', async () => {
    const h = await host();
    h.send({ ...env('h'), kind: 'poll', question: 'les:1', options: 2, open: true });
    await h.waitFor((m) => m['kind'] === 'tally');
    const flood = await participant(1);
    for (let i = 0; i < 45; i++) flood.send({ ...env('p1'), kind: 'hello' });
    await flood.waitFor((m) => m['kind'] === 'error' && m['code'] === 'rate');
    const calm = await participant(2);
    calm.send({ ...env('p2'), kind: 'vote', question: 'les:1', option: 0 });
    await calm.waitFor((m) => m['kind'] === 'voted');
  });
});

describe('live server: persistence', () => {
  it('keeps rooms, votes, polls and the slide over a restart, and a vote line read twice counts once', async () => {
    const h = await host();
    h.send({ ...env('h'), kind: 'poll', question: 'les:1', options: 2, open: true });
    h.send({ ...env('h'), kind: 'state', key: 'deck:les', json: '{"slide":4,"blackout":false}', t: Date.now() });
    await h.waitFor((m) => m['kind'] === 'tally');
    for (const n of [1, 2, 3]) {
      const p = await participant(n);
      p.send({ ...env(`p${n}`), kind: 'vote', question: 'les:1', option: n % 2 });
      await p.waitFor((m) => m['kind'] === 'voted');
    }
    await kit.server.close();
    const file = join(kit.dir, 'journal.jsonl');
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    // Replay the last vote line (as a copy of the file might) and cut a line off mid-write (as a kill does).
    appendFileSync(file, `${lines.at(-1)}\n{"k":"vote","room":"${kit.room.code}","q":"les:1","o":0,"vo`);
    await start();
    expect(kit.server.rooms()).toEqual([kit.room]);
    expect(kit.server.counts(kit.room.code, 'les:1')).toEqual([1, 2]);
    expect(logs.some((l) => l.includes('dropped a last line cut off mid-write'))).toBe(true);
    const p = await participant(2);
    const snap = await p.waitFor((m) => m['kind'] === 'snapshot');
    expect(snap['entries']).toEqual([expect.objectContaining({ json: '{"slide":4,"blackout":false}' })]);
    // The poll is still open after the restart, and the file takes new lines after the cut-off one.
    const p4 = await participant(4);
    p4.send({ ...env('p4'), kind: 'vote', question: 'les:1', option: 0 });
    await p4.waitFor((m) => m['kind'] === 'voted');
    await kit.server.close();
    await start();
    expect(kit.server.counts(kit.room.code, 'les:1')).toEqual([2, 2]);
  });

  it('relays the myth quiz round to participants and keeps it over a restart', async () => {
    const h = await host();
    const p = await participant(1);
    const round = '{"answers":[null,"feit"],"index":1,"finished":false}';
    h.send({ ...env('h'), kind: 'state', key: 'island:les:myth-quiz', json: round, t: Date.now() });
    await p.waitFor((m) => m['kind'] === 'state' && m['key'] === 'island:les:myth-quiz');
    await kit.server.close();
    await start();
    const late = await participant(2);
    const snap = await late.waitFor((m) => m['kind'] === 'snapshot');
    expect(snap['entries']).toEqual([expect.objectContaining({ key: 'island:les:myth-quiz', json: round })]);
  });

  it('writes a burst of votes before acknowledging any, and sends the hosts fewer tallies than votes', async () => {
    const h = await host();
    h.send({ ...env('h'), kind: 'poll', question: 'les:1', options: 2, open: true });
    await h.waitFor((m) => m['kind'] === 'tally');
    const n = 40;
    const ps = await Promise.all(Array.from({ length: n }, (_, i) => participant(i + 1)));
    const file = join(kit.dir, 'journal.jsonl');
    const unwritten: number[] = [];
    ps.forEach((p, i) =>
      p.ws.on('message', (data) => {
        const m = JSON.parse(data.toString()) as Record<string, unknown>;
        // At the moment of the acknowledgement, the vote must already be in the file.
        if (m['kind'] === 'voted' && !readFileSync(file, 'utf8').includes(`"voter":"${voter(i + 1)}"`))
          unwritten.push(i);
      }),
    );
    const before = h.received.filter((m) => m['kind'] === 'tally').length;
    ps.forEach((p, i) => p.send({ ...env(`p${i}`), kind: 'vote', question: 'les:1', option: i % 2 }));
    await h.waitFor((m) => m['kind'] === 'tally' && JSON.stringify(m['counts']) === '[20,20]');
    await Promise.all(ps.map((p) => p.waitFor((m) => m['kind'] === 'voted')));
    expect(unwritten).toEqual([]);
    const tallies = h.received.filter((m) => m['kind'] === 'tally').length - before;
    expect(tallies).toBeGreaterThanOrEqual(1);
    expect(tallies).toBeLessThan(n);
  });

  it('says goodbye to clients on shutdown', async () => {
    const p = await participant(1);
    const closing = kit.server.close();
    await p.waitFor((m) => m['kind'] === 'bye');
    await closing;
    await start();
  });
});

describe('live server: HTTP', () => {
  it('serves the site, the participant page for a real room only, and the CSV with the PIN', async () => {
    const base = `http://127.0.0.1:${kit.server.port}`;
    const home = await (await fetch(`${base}/`)).text();
    expect(home).toContain('home');
    expect(home).toContain('<meta name="vdl-live" content="1">');
    const page = await fetch(`${base}/live/${kit.room.code}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${base}/live/abcdefghjk/`)).status).toBe(404);
    expect((await fetch(`${base}/../../etc/passwd`)).status).toBe(404);
    // The laptop gets the CSV without a PIN; another device only with the PIN in a header, never in the query.
    const csvPath = `/live/api/${kit.room.code}/resultaten.csv`;
    const csv = await fetch(`${base}${csvPath}`);
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('vraag;antwoord;stemmen');
    const tablet = deviceAddress(1);
    expect((await httpGet(kit.server.port, `${csvPath}?pin=${kit.room.pin}`, { address: tablet })).status).toBe(404);
    const withHeader = await httpGet(kit.server.port, csvPath, {
      address: tablet,
      headers: { 'x-live-pin': kit.room.pin },
    });
    expect(withHeader.status).toBe(200);
    const status = (await (await fetch(`${base}/live/api/status`)).json()) as Record<string, unknown>;
    expect(status).toMatchObject({ live: true, room: kit.room.code, pin: kit.room.pin });
  });
});
