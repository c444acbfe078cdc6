// cspell:words tmpfs acked
// `node scripts/live-attacks.mjs`: what one mischievous participant can do to the live server, measured on
// loopback (other 127.x.y.z addresses stand for other devices on the LAN). Every attack is bounded in count
// and time. Prints one JSON object with a figure per line of issue 25's table; the full-disk attack needs a
// tiny tmpfs and so root (it is skipped, and says so, otherwise).
//
// The server runs as a child process (`dist-live/main.mjs`, as `npm run live` runs it), with its defaults.
import './check-node.mjs';
import { execFileSync, spawn } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { buildLiveServer } from './live-build.mjs';

const ENV = { app: 'vdl-workshop', v: 1, from: 'attack' };
const children = new Set();
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')));
const hardStop = setTimeout(() => {
  console.error('live-attacks: gave up after 300 s');
  process.exit(2);
}, 300_000);

const bundle = await buildLiveServer();
const device = (n) => `127.${Math.floor(n / 250) + 10}.${(n % 250) + 1}.1`;
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Starts the server; resolves with port, room, pin, the child and its log lines. */
async function startServer(dir, extra = []) {
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'live'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<html><head></head><body>home</body></html>');
  writeFileSync(join(dist, 'live', 'index.html'), '<html><head></head><body>live</body></html>');
  const child = spawn(
    process.execPath,
    [
      bundle,
      '--no-build',
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--dist',
      dist,
      '--journal',
      join(dir, 'journal.jsonl'),
      ...extra,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  children.add(child);
  const logs = [];
  let out = '';
  child.stderr.on('data', (d) => logs.push(...String(d).split('\n').filter(Boolean)));
  const exited = new Promise((done) => child.once('exit', (code) => done(code)));
  const started = await Promise.race([
    new Promise((done) =>
      child.stdout.on('data', (d) => {
        out += d;
        const url = /Deelnemers \(telefoon\):\s+http:\/\/[^:]+:(\d+)\/live\/([a-z0-9]+)\//.exec(out);
        const pin = /Pincode trainer:\s+(\d{6})/.exec(out);
        if (url && pin) done({ port: Number(url[1]), room: url[2], pin: pin[1] });
      }),
    ),
    exited.then((code) => ({ exitCode: code })),
  ]);
  return { ...started, child, logs, exited, stop: () => (child.kill('SIGTERM'), exited) };
}

function httpGet(port, path, { address, headers = {} } = {}) {
  return new Promise((done) => {
    const req = request(
      { host: '127.0.0.1', port, path, headers, ...(address ? { localAddress: address } : {}) },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => done({ status: res.statusCode, body }));
      },
    );
    req.on('error', () => done({ status: 0, body: '' }));
    req.end();
  });
}

/** Opens a socket, sends a join, resolves with what came back first: a welcome, or the close code. */
function tryJoin(port, join, address, keep = false) {
  return new Promise((done) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/live/ws`, address ? { localAddress: address } : {});
    const received = [];
    ws.on('open', () => ws.send(JSON.stringify({ ...ENV, ...join })));
    ws.on('message', (d) => {
      const m = JSON.parse(String(d));
      received.push(m);
      if (m.kind === 'welcome') done({ ok: true, ws, received });
    });
    ws.on('close', (code) => done({ ok: false, code, received }));
    ws.on('error', () => undefined);
    if (!keep) setTimeout(() => ws.terminate(), 5_000).unref();
  });
}

async function hostSocket(s) {
  const r = await tryJoin(s.port, { kind: 'join', room: s.room, role: 'projector', pin: s.pin }, undefined, true);
  const send = (m) => r.ws.send(JSON.stringify({ ...ENV, ...m }));
  return { ...r, send };
}

/** Phone `i` of a group: its token and its own address. */
const phoneJoin = (s, tag, i, room = s.room) => [
  s.port,
  { kind: 'join', room, role: 'participant', voter: `${tag}-token-${String(i).padStart(8, '0')}` },
  device(i),
];

const wrong = (pin, i) => String((Number(pin) + 1 + i) % 1_000_000).padStart(6, '0');
const results = {};

// 1. The PIN over HTTP (the CSV), 10 s from 50 addresses, then the right PIN from a fresh one.
{
  const s = await startServer(mkdtempSync(join(tmpdir(), 'attack-http-')));
  const until = Date.now() + 10_000;
  let tries = 0;
  const statuses = {};
  await Promise.all(
    Array.from({ length: 16 }, async (_, w) => {
      for (let i = w; Date.now() < until && tries < 200_000; i += 16) {
        tries++;
        const r = await httpGet(s.port, `/live/api/${s.room}/resultaten.csv`, {
          address: device(i % 50),
          headers: { 'x-live-pin': wrong(s.pin, i) },
        });
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      }
    }),
  );
  const right = await httpGet(s.port, `/live/api/${s.room}/resultaten.csv`, {
    address: device(77),
    headers: { 'x-live-pin': s.pin },
  });
  const query = await httpGet(s.port, `/live/api/${s.room}/resultaten.csv?pin=${s.pin}`, { address: device(78) });
  results.pinHttp = {
    requestsPerSecond: Math.round(tries / 10),
    pinsActuallyCompared: statuses[404] ?? 0,
    refusedUnchecked: statuses[429] ?? 0,
    rightPinAfterwards: right.status,
    pinInQuery: query.status,
    chanceOfFindingIt: `${statuses[404] ?? 0} / 10^6`,
  };
  await s.stop();
}

// 2. The PIN over the socket's join: 32 sockets from 32 addresses for 10 s, then the right PIN.
{
  const s = await startServer(mkdtempSync(join(tmpdir(), 'attack-join-')));
  const until = Date.now() + 10_000;
  let tries = 0;
  const codes = {};
  await Promise.all(
    Array.from({ length: 32 }, async (_, w) => {
      for (let i = w; Date.now() < until && tries < 100_000; i += 32) {
        tries++;
        const r = await tryJoin(
          s.port,
          { kind: 'join', room: s.room, role: 'presenter', pin: wrong(s.pin, i) },
          device(100 + w),
        );
        codes[r.code] = (codes[r.code] ?? 0) + 1;
      }
    }),
  );
  const right = await tryJoin(s.port, { kind: 'join', room: s.room, role: 'presenter', pin: s.pin }, device(99));
  const laptop = await tryJoin(s.port, { kind: 'join', room: s.room, role: 'projector', pin: s.pin });
  laptop.ws?.close();
  await sleep(6_000); // the burst log writes a burst's count after 5 s of quiet
  results.pinJoin = {
    guessesPerSecond: Math.round(tries / 10),
    pinsActuallyCompared: codes[4401] ?? 0,
    refusedLocked: codes[4423] ?? 0,
    refusedWaiting: codes[4429] ?? 0,
    rightPinFromTabletAfterwards: right.ok ? 'accepted' : `refused (${right.code})`,
    laptopStillHost: laptop.ok,
    terminalLinesAboutPins: s.logs.filter((l) => /bad-pin|locked|wait|PIN/.test(l)).length,
    terminalLines: s.logs.filter((l) => /bad-pin|locked|wait|PIN/.test(l)),
  };
  await s.stop();
}

// 3. Stuffing: new voter tokens from one address as fast as possible for 10 s, each voting once; then 200
// sockets with one token.
{
  const s = await startServer(mkdtempSync(join(tmpdir(), 'attack-stuff-')));
  const host = await hostSocket(s);
  host.send({ kind: 'poll', question: 'les:1', options: 2, open: true });
  const until = Date.now() + 10_000;
  let made = 0;
  let counted = 0;
  await Promise.all(
    Array.from({ length: 8 }, async (_, w) => {
      for (let i = w; Date.now() < until && made < 50_000; i += 8) {
        made++;
        const r = await tryJoin(
          s.port,
          { kind: 'join', room: s.room, role: 'participant', voter: `stuffer-token-${String(i).padStart(8, '0')}` },
          device(200),
        );
        if (!r.ok) continue;
        r.ws.send(JSON.stringify({ ...ENV, kind: 'vote', question: 'les:1', option: 0 }));
        await new Promise((done) => r.ws.on('message', (d) => JSON.parse(String(d)).kind === 'voted' && done()));
        counted++;
        r.ws.close();
      }
    }),
  );
  const csv = await httpGet(s.port, `/live/api/${s.room}/resultaten.csv`);
  const countedByServer = Number(/les:1;A;(\d+)/.exec(csv.body)?.[1] ?? 0);
  const same = [];
  for (let i = 0; i < 200; i++) {
    const r = await tryJoin(
      s.port,
      { kind: 'join', room: s.room, role: 'participant', voter: 'one-token-many-sockets' },
      device(300 + (i % 40)),
      true,
    );
    if (r.ok) same.push(r.ws);
  }
  await sleep(300);
  const counts = host.received.filter((m) => m.kind === 'count');
  const notice = host.received.filter((m) => m.kind === 'room' && m.notice).map((m) => m.notice);
  results.stuffing = {
    newTokensTried: made,
    votesCountedFromOneAddressIn10s: countedByServer,
    votesAcknowledgedToStuffer: counted,
    trainerNotices: notice,
    socketsWithOneTokenOpen: same.length,
    participantsShown: counts.at(-1)?.participants,
  };
  same.forEach((ws) => ws.terminate());
  host.ws.close();
  await s.stop();
}

// 4. Half-open sockets: 100 real phones, 67 that stop answering pings, 5.000 sockets that never join.
{
  const s = await startServer(mkdtempSync(join(tmpdir(), 'attack-halfopen-')));
  const host = await hostSocket(s);
  const phones = [];
  for (let i = 0; i < 167; i++) {
    const ws = await new Promise((done) => {
      const w = new WebSocket(`ws://127.0.0.1:${s.port}/live/ws`, { localAddress: device(400 + i), autoPong: i < 100 });
      w.on('open', () => {
        w.send(
          JSON.stringify({
            ...ENV,
            kind: 'join',
            room: s.room,
            role: 'participant',
            voter: `phone-token-${String(i).padStart(8, '0')}`,
          }),
        );
        done(w);
      });
      w.on('error', () => undefined);
    });
    phones.push(ws);
  }
  let idleOpen = 0;
  let idleMostOpen = 0;
  const idle = [];
  for (let i = 0; i < 5_000; i++) {
    const w = new WebSocket(`ws://127.0.0.1:${s.port}/live/ws`, { localAddress: device(1000) });
    w.on('error', () => undefined);
    let opened = false;
    w.on('open', () => {
      opened = true;
      idleMostOpen = Math.max(idleMostOpen, ++idleOpen);
    });
    w.on('close', () => opened && idleOpen--);
    idle.push(w);
  }
  await sleep(2_000);
  const before = host.received.filter((m) => m.kind === 'count').at(-1)?.participants;
  const idleAt2s = idleOpen;
  await sleep(33_000);
  const after = host.received.filter((m) => m.kind === 'count').at(-1)?.participants;
  results.halfOpen = {
    participantsShownAt2s: before,
    participantsShownAt35s: after,
    realPhones: 100,
    neverJoiningSocketsOpenAt2s: idleAt2s,
    neverJoiningSocketsMostOpenAtOnce: idleMostOpen,
    neverJoiningSocketsOpenAt35s: idleOpen,
  };
  [...phones, ...idle].forEach((w) => w.terminate());
  host.ws.close();
  await s.stop();
}

// 5. --new-room while phones are open: restart with --new-room; do the phones and the projector move?
{
  const dir = mkdtempSync(join(tmpdir(), 'attack-newroom-'));
  const s = await startServer(dir);
  for (let i = 0; i < 20; i++) await tryJoin(...phoneJoin(s, 'moving', i), true);
  await s.stop();
  const t = await startServer(dir, ['--new-room']);
  // Phones reconnect to the old room (as the browser does) and hear where to go.
  const moved = [];
  for (let i = 0; i < 20; i++) moved.push(await tryJoin(...phoneJoin(t, 'moving', i, s.room)));
  const projector = await tryJoin(t.port, { kind: 'join', room: s.room, role: 'projector', pin: s.pin });
  const status = JSON.parse((await httpGet(t.port, '/live/api/status')).body);
  results.newRoom = {
    phonesToldNextRoom: moved.filter((r) => r.received.some((m) => m.kind === 'ended' && m.next === t.room)).length,
    phones: 20,
    projectorToldNextRoom: projector.received.some((m) => m.kind === 'ended' && m.next === t.room),
    laptopStatusRoomIsNew: status.room === t.room && status.pin === t.pin,
  };
  await t.stop();
}

// 6. One byte changed in the journal's first line.
{
  const dir = mkdtempSync(join(tmpdir(), 'attack-damaged-'));
  const s = await startServer(dir);
  const phone = await tryJoin(
    s.port,
    { kind: 'join', room: s.room, role: 'participant', voter: 'damage-token-00000001' },
    device(700),
    true,
  );
  const host = await hostSocket(s);
  host.send({ kind: 'poll', question: 'les:1', options: 2, open: true });
  await sleep(200);
  phone.ws.send(JSON.stringify({ ...ENV, kind: 'vote', question: 'les:1', option: 1 }));
  await sleep(200);
  await s.stop();
  const file = join(dir, 'journal.jsonl');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace('"k":"room"', '"k":"rooM"'));
  const t = await startServer(dir);
  const code = await t.exited;
  results.damagedFirstLine = {
    exitCode: code,
    message: t.logs.join(' | ').slice(0, 400),
    journalUnchanged: readFileSync(file, 'utf8') === text.replace('"k":"room"', '"k":"rooM"'),
  };
}

// 7. Foreign Host, symlinks, journal mode, LAN-address projector.
{
  const dir = mkdtempSync(join(tmpdir(), 'attack-misc-'));
  writeFileSync(join(dir, 'secret.txt'), 'secret');
  mkdirSync(join(dir, 'dist'), { recursive: true });
  symlinkSync('/etc/passwd', join(dir, 'dist', 'passwd'));
  symlinkSync(join(dir, 'journal.jsonl'), join(dir, 'dist', 'journal.jsonl'));
  const s = await startServer(dir);
  const foreign = await httpGet(s.port, '/live/api/status', { headers: { host: `rebind.example:${s.port}` } });
  results.misc = {
    foreignHostStatus: foreign.status,
    foreignHostGotPin: foreign.body.includes(s.pin),
    symlinkToPasswd: (await httpGet(s.port, '/passwd')).status,
    symlinkToJournal: (await httpGet(s.port, '/journal.jsonl')).status,
    journalMode: (statSync(join(dir, 'journal.jsonl')).mode & 0o777).toString(8),
  };
  await s.stop();
  const lan = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
  if (lan) {
    const t = await startServer(dir, ['--host', '0.0.0.0']);
    const viaLan = await new Promise((done) => {
      request({ host: lan, port: t.port, path: '/live/api/status' }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => done(JSON.parse(body)));
      }).end();
    });
    results.misc.lanAddressProjectorGetsRoom = viaLan.room === t.room;
    results.misc.lanAddress = lan;
    await t.stop();
  }
}

// 8. A full disk: the journal on a 48 KiB tmpfs; 40 phones vote on a question before, two while and one after it is full.
{
  const mount = mkdtempSync(join(tmpdir(), 'attack-full-'));
  let mounted = false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48k', 'tmpfs', mount], { stdio: 'ignore' });
    mounted = true;
  } catch {
    results.fullDisk = 'skipped: mounting a tmpfs needs root';
  }
  if (mounted) {
    try {
      const s = await startServer(mount);
      const host = await hostSocket(s);
      const phones = [];
      for (let i = 0; i < 40; i++) phones.push(await tryJoin(...phoneJoin(s, 'disk', i), true));
      const acked = new Map();
      const notSaved = new Map();
      phones.forEach((p, i) =>
        p.ws.on('message', (d) => {
          const m = JSON.parse(String(d));
          if (m.kind === 'voted') acked.set(`${i} ${m.question}`, m.option);
          if (m.kind === 'error' && m.code === 'not-saved') notSaved.set(i, (notSaved.get(i) ?? 0) + 1);
        }),
      );
      // Question 1 on a disk with room; then the disk is filled to the last byte (a file beside the journal)
      // for question 2, and the restart; question 3 comes after the filler is gone again.
      const vote = async (q) => {
        host.send({ kind: 'poll', question: q, options: 2, open: true });
        await sleep(200);
        phones.forEach((p) => p.ws.send(JSON.stringify({ ...ENV, kind: 'vote', question: q, option: 0 })));
        await sleep(1_500);
      };
      const filler = join(mount, 'filler');
      const fill = () => {
        writeFileSync(filler, '');
        try {
          for (let i = 0; i < 10_000; i++) appendFileSync(filler, Buffer.alloc(512));
        } catch {
          // ENOSPC: full.
        }
      };
      await vote('les:1');
      fill();
      // Two questions: the journal's last page may have room for one question's lines (tmpfs counts pages).
      await vote('les:2');
      await vote('les:2b');
      const serverUpWhileFull = (await httpGet(s.port, '/live/api/status')).status === 200;
      const diskWarning = host.received.some((m) => m.kind === 'room' && m.diskOk === false);
      rmSync(filler);
      await sleep(1_500); // the server tries again every second
      const diskBackNotice = host.received.some((m) => m.kind === 'room' && m.diskOk === true && m.notice);
      await vote('les:3');
      fill();
      await s.stop();
      // Restart while still full, then count what survived of what the phones were told.
      const t = await startServer(mount);
      const restartWhileFull = t.port ? 'started' : `failed (${t.exitCode})`;
      const csv = t.port ? (await httpGet(t.port, `/live/api/${s.room}/resultaten.csv`)).body : '';
      const survived = (q) => Number(new RegExp(`${q.replace(':', '\\:')};A;(\\d+)`).exec(csv)?.[1] ?? 0);
      const ackedPer = (q) => [...acked.keys()].filter((k) => k.endsWith(` ${q}`)).length;
      results.fullDisk = {
        confirmedToPhones: ['les:1', 'les:2', 'les:2b', 'les:3'].map(ackedPer),
        countedAfterRestart: ['les:1', 'les:2', 'les:2b', 'les:3'].map(survived),
        phonesToldNotSaved: notSaved.size,
        serverUpWhileFull,
        trainerWarned: diskWarning,
        trainerToldDiskBack: diskBackNotice,
        restartWhileFull,
      };
      if (t.port) await t.stop();
    } finally {
      execFileSync('umount', [mount]);
    }
  }
}

clearTimeout(hardStop);
console.log(JSON.stringify(results, null, 2));
process.exit(0);
