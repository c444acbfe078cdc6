// cspell:words acked
/**
 * The hosted service as deployed (issue 26), run for real and reached through nginx only: one redis-server
 * (append-only file, `redis-helpers.ts`), two live-server processes in Redis mode (the bundled `server/main.ts`
 * with LIVE_REDIS_URL, `--no-room`, LIVE_ORGANISER_KEY and LIVE_PUBLIC_HOST) and Debian's nginx (installed by
 * scripts/ensure-nginx.mjs, as Chromium and Redis are) running deploy/nginx/live.conf with its ports and name
 * templated, with its own prefix, pid file and temporary folders in a temporary folder.
 *
 * Every request names the public host (`live.test` on nginx's port), as a browser would. A room is opened
 * with the organiser API; phones from several source addresses (127.0.x.y: Linux routes all of 127/8 to this
 * machine, so each is another device to nginx) join and vote; the per-address limits count the phones, not
 * nginx; the status path hands out no PIN; the CSV needs the PIN; kill -9 of one process sends its phones
 * through nginx to the other, with every vote counted once. Every wait is for a condition.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpGet } from './helpers';
import { call } from './organiser-http';
import {
  hostOn,
  Phone,
  removeServerBundle,
  startServerProcess,
  total,
  until,
  type HostSocket,
  type ServerProcess,
} from './redis-cluster-helpers';
import { freePort, startRedis, type TestRedis } from './redis-helpers';

const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
const KEY = 'nginx-test-organiser-key-7c1e93';
const NAME = 'live.test';
const QUESTION = 'les1:poll';
const OPTIONS = 4;

let dir = '';
let port = 0;
let redis: TestRedis | undefined;
let nginx: ChildProcess | undefined;
let nginxLog = '';
const processes: ServerProcess[] = [];
const phones: Phone[] = [];
const hosts: HostSocket[] = [];
let room = { code: '', pin: '' };

/** What a browser on the public name sends: `Host` and, for a socket, `Origin`. */
const publicHost = () => ({ host: `${NAME}:${port}` });
const browserHeaders = () => ({ ...publicHost(), origin: `http://${NAME}:${port}` });
const get = (path: string, headers: Record<string, string> = {}) =>
  httpGet(port, path, { headers: { ...publicHost(), ...headers } });

/** A process's open sockets, from its metrics (answered to this machine only; not through nginx). */
async function connectionsOf(processPort: number): Promise<number> {
  const answer = await httpGet(processPort, '/live/api/metrics');
  return (JSON.parse(answer.body) as { connections: number }).connections;
}

/** A phone (participant) through nginx from `address`; kept for the clean-up. */
function phone(n: number, address: string): Phone {
  const made = new Phone(port, room.code, n, address, undefined, browserHeaders());
  phones.push(made);
  return made;
}

/** deploy/nginx/live.conf with this test's addresses; fails when a line it templates is gone from the file. */
function templatedConfig(upstreams: number[]): string {
  let text = readFileSync('deploy/nginx/live.conf', 'utf8');
  const swaps: [RegExp, string][] = [
    [/server 127\.0\.0\.1:4331 /, `server 127.0.0.1:${upstreams[0]} `],
    [/server 127\.0\.0\.1:4332 /, `server 127.0.0.1:${upstreams[1]} `],
    [/listen 80;/, `listen 127.0.0.1:${port};`],
    [/server_name live\.example\.nl;/, `server_name ${NAME};`],
  ];
  for (const [pattern, replacement] of swaps) {
    expect(text, `deploy/nginx/live.conf has ${pattern}`).toMatch(pattern);
    text = text.replace(pattern, replacement);
  }
  return text;
}

/** nginx in the foreground with its own prefix; resolves when it passes a request through to a process. */
async function startNginx(upstreams: number[]): Promise<void> {
  writeFileSync(join(dir, 'live.conf'), templatedConfig(upstreams));
  const temp = (name: string) => join(dir, 'temp', name);
  for (const name of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(temp(name), { recursive: true });
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  access_log off;',
      `  client_body_temp_path ${temp('body')};`,
      `  proxy_temp_path ${temp('proxy')};`,
      `  fastcgi_temp_path ${temp('fastcgi')};`,
      `  uwsgi_temp_path ${temp('uwsgi')};`,
      `  scgi_temp_path ${temp('scgi')};`,
      `  include ${join(dir, 'live.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const child = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  nginx = child;
  child.stderr!.on('data', (chunk: Buffer) => (nginxLog += chunk.toString()));
  child.once('exit', (code) => (nginxLog += `\nnginx exited (${code})`));
  try {
    await until(
      async () => {
        if (child.exitCode !== null) throw new Error('nginx exited');
        return (await get('/').catch(() => null))?.status === 200;
      },
      'nginx passing a request through',
      20_000,
    );
  } catch (error) {
    const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
    throw new Error(`nginx did not pass requests through (${String(error)}): ${nginxLog}\n${log}`);
  }
}

beforeAll(async () => {
  if (!existsSync(NGINX)) {
    throw new Error(
      `nginx is missing at ${NGINX}: npm test installs it (scripts/ensure-nginx.mjs), or apt-get install nginx-light`,
    );
  }
  dir = mkdtempSync(join(tmpdir(), 'vdl-nginx-'));
  // nginx's workers may run as another user (nobody) when the test runs as root: they must reach the folder.
  chmodSync(dir, 0o755);
  port = await freePort();
  redis = await startRedis();
  const env = { LIVE_ORGANISER_KEY: KEY, LIVE_PUBLIC_HOST: NAME };
  for (let i = 0; i < 2; i++) processes.push(await startServerProcess(redis.url, 0, env));
  expect(processes.map((p) => p.rooms)).toEqual([[], []]);
  await startNginx(processes.map((p) => p.port));
}, 120_000);

afterAll(async () => {
  for (const made of phones) made.close();
  for (const host of hosts) host.ws.terminate();
  if (nginx && nginx.exitCode === null && nginx.signalCode === null) {
    const gone = new Promise((done) => nginx!.once('exit', done));
    nginx.kill('SIGTERM');
    await gone;
  }
  await Promise.all(processes.map((p) => p.stop()));
  await redis?.stop();
  await removeServerBundle();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the hosted service: deploy/nginx/live.conf in front of two processes on one Redis', () => {
  it('passes the site and the status path through; the status hands out no room and no PIN', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('<h1>home</h1>');
    // A name the service does not know is refused by the live server (nginx passes the Host on).
    expect((await httpGet(port, '/', { headers: { host: `elders.example:${port}` } })).status).not.toBe(200);
  });

  it('opens a room with the organiser API; the join address is the public name', async () => {
    expect(
      (await call(port, 'POST', '/live/api/organiser/rooms', { key: `${KEY}-fout`, headers: publicHost() })).status,
    ).toBe(401);
    const opened = await call(port, 'POST', '/live/api/organiser/rooms', { key: KEY, headers: publicHost() });
    expect(opened.status).toBe(201);
    const answer = opened.json['room'] as { code: string; pin: string; joinUrl: string; qr: string };
    expect(answer.joinUrl).toBe(`http://${NAME}:${port}/live/${answer.code}/`);
    expect(answer.pin).toMatch(/^\d{6}$/);
    expect(answer.qr).toContain('<svg');
    room = { code: answer.code, pin: answer.pin };
    const listed = await call(port, 'GET', '/live/api/organiser/rooms', { key: KEY, headers: publicHost() });
    expect((listed.json['rooms'] as { code: string }[]).map((r) => r.code)).toContain(room.code);

    // From nginx (a loopback peer) as from anywhere: the status path names no room and no PIN.
    const status = await get('/live/api/status');
    expect(status.status).toBe(200);
    expect(JSON.parse(status.body)).toEqual({ live: true });
    expect(status.body).not.toContain(room.pin);
    expect((await get(`/live/${room.code}/`)).body).toContain('<h1>live</h1>');
    // The processes' figures stay on the machine: nginx does not pass the metrics path on.
    expect((await get('/live/api/metrics')).status).toBe(404);
  });

  it('counts the phones per address, not nginx: six devices all join, a fifth newcomer from one is limited', async () => {
    // Two projectors (the trainer's screen and tablet) through nginx: round robin puts them on both processes.
    for (let i = 0; i < 2; i++) hosts.push(await hostOn(port, room, '127.0.0.1', browserHeaders()));
    hosts[0]!.send({ kind: 'poll', question: QUESTION, options: OPTIONS, open: true });
    await until(() => hosts.every((h) => h.tallies.has(QUESTION)), 'the question open on both projectors');

    // Six devices at once, each its own address: more than the 4 newcomers one address may bring at once.
    const devices = Array.from({ length: 6 }, (_, i) => phone(i, `127.0.7.${i + 1}`));
    await until(() => devices.every((p) => p.isJoined || p.closeCodes.length > 0), 'six devices answered');
    expect(devices.flatMap((p) => p.closeCodes)).toEqual([]);

    // Five newcomers from one address at once: four are let in, the fifth is limited (closed with 4429; it
    // would try again later, as a browser does, and stay limited within the window).
    const crowd = Array.from({ length: 5 }, (_, i) => phone(100 + i, '127.0.8.1'));
    await until(() => crowd.every((p) => p.isJoined || p.closeCodes.includes(4429)), 'five newcomers answered');
    expect(crowd.filter((p) => p.isJoined)).toHaveLength(4);
    expect(crowd.filter((p) => !p.isJoined).map((p) => p.closeCodes[0])).toEqual([4429]);
    for (const p of crowd) p.close();
    await until(() => hosts.every((h) => h.participants === 6), 'both projectors counting the six devices');
  }, 60_000);

  it('kill -9 of one process: its phones reconnect through nginx to the other; votes counted once; CSV needs the PIN', async () => {
    const devices = phones.slice(0, 6);
    // Half the room votes, one process dies, the other half votes (and the first half taps again).
    devices.slice(0, 3).forEach((p) => p.vote(QUESTION, p.n % OPTIONS));
    await until(() => devices.slice(0, 3).every((p) => p.acked.has(QUESTION)), 'the first votes acknowledged');
    // The process holding more sockets dies (asked directly, from this machine): some phones are surely on it.
    const sockets = await Promise.all(processes.map((p) => connectionsOf(p.port)));
    const victim = processes[sockets[0]! >= sockets[1]! ? 0 : 1]!;
    const killedAt = Date.now();
    await victim.crash();
    devices.forEach((p) => p.vote(QUESTION, p.n % OPTIONS));
    await until(() => devices.every((p) => p.acked.has(QUESTION) && p.isJoined), 'every vote acknowledged', 30_000);

    // Some phones were on the killed process: they dropped and were welcomed again (through nginx, on the other).
    const moved = devices.filter((p) => p.drops.some((t) => t >= killedAt));
    expect(moved.length).toBeGreaterThan(0);
    for (const p of moved) expect(p.welcomes.at(-1)!).toBeGreaterThan(killedAt);

    // A projector that opens now lands on the survivor and sees every vote exactly once.
    const expected = Array<number>(OPTIONS).fill(0);
    for (const p of devices) expected[p.acked.get(QUESTION)!]! += 1;
    const after = await hostOn(port, room, '127.0.0.1', browserHeaders());
    hosts.push(after);
    await until(() => total(after.tallies.get(QUESTION)) === devices.length, 'the tally of every vote');
    expect(after.tallies.get(QUESTION)).toEqual(expected);

    // The CSV through nginx: not without the PIN (nor with a wrong one), and then with every vote once.
    expect((await get(`/live/api/${room.code}/resultaten.csv`)).status).toBe(404);
    const wrong = String((Number(room.pin) + 1) % 1_000_000).padStart(6, '0');
    expect((await get(`/live/api/${room.code}/resultaten.csv`, { 'x-live-pin': wrong })).status).toBe(404);
    const csv = await get(`/live/api/${room.code}/resultaten.csv`, { 'x-live-pin': room.pin });
    expect(csv.status).toBe(200);
    for (const [option, count] of expected.entries()) {
      expect(csv.body).toContain(`${QUESTION};${'ABCD'[option]};${count}\r\n`);
    }
  }, 90_000);
});
