/**
 * The example reverse-proxy configuration (deploy/nginx/live.conf), run for real: Debian's nginx (installed by
 * scripts/ensure-nginx.mjs, as Chromium and Redis are) with its own prefix, pid file and temporary folders in a
 * temporary folder, in front of two live-server processes (the bundled `npm run live`, embedded mode). The
 * site, the status path and a WebSocket join pass through it; kill -9 one process and the room is still there
 * through the other.
 *
 * The three listen on one free port, on three loopback addresses (nginx 127.0.0.1, the processes 127.0.0.2
 * and 127.0.0.3): the live server checks the `Host` the browser sent (name and port), and nginx passes it on.
 * The two processes know the same room: the second starts from a copy of the first one's journal (in Redis
 * mode both would read it from Redis).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLiveServer } from '../../../scripts/live-build.mjs';
import { connect, env, httpGet, voter } from './helpers';
import { freePort } from './redis-helpers';

const NGINX = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
let dir = '';
let port = 0;
let room = { code: '', pin: '' };
const children: ChildProcess[] = [];
const processes: ChildProcess[] = [];
let nginxLog = '';

/** Starts one bundled live server on `host:port`; resolves with its JSON line (port and rooms). */
async function startProcess(bundle: string, host: string, journal: string) {
  const child = spawn(
    process.execPath,
    [
      bundle,
      '--host',
      host,
      '--port',
      String(port),
      '--no-build',
      '--json',
      '--dist',
      join(dir, 'dist'),
      '--journal',
      journal,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LIVE_ORGANISER_KEY: '' } },
  );
  children.push(child);
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const line = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`live server on ${host} did not start: ${errors}`)), 20_000);
    createInterface({ input: child.stdout! }).once('line', (text) => {
      clearTimeout(timer);
      done(text);
    });
    child.once('exit', (code) => fail(new Error(`live server on ${host} exited (${code}): ${errors}`)));
  });
  return { child, info: JSON.parse(line) as { port: number; rooms: { code: string; pin: string }[] } };
}

/** deploy/nginx/live.conf with this test's addresses; fails when a line it templates is gone from the file. */
function templatedConfig(): string {
  let text = readFileSync('deploy/nginx/live.conf', 'utf8');
  const swaps: [RegExp, string][] = [
    [/server 127\.0\.0\.1:4331 /, `server 127.0.0.2:${port} `],
    [/server 127\.0\.0\.1:4332 /, `server 127.0.0.3:${port} `],
    [/listen 80;/, `listen 127.0.0.1:${port};`],
    [/server_name live\.example\.nl;/, 'server_name 127.0.0.1;'],
  ];
  for (const [pattern, replacement] of swaps) {
    expect(text, `deploy/nginx/live.conf has ${pattern}`).toMatch(pattern);
    text = text.replace(pattern, replacement);
  }
  return text;
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
  mkdirSync(join(dir, 'dist', 'live'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), '<html><head></head><body><h1>home</h1></body></html>');
  writeFileSync(join(dir, 'dist', 'live', 'index.html'), '<html><head></head><body><h1>live</h1></body></html>');
  writeFileSync(join(dir, 'dist', '404.html'), '<h1>404</h1>');
  port = await freePort();
  const bundle = await buildLiveServer();

  const first = await startProcess(bundle, '127.0.0.2', join(dir, 'a.jsonl'));
  processes.push(first.child);
  room = first.info.rooms[0]!;
  copyFileSync(join(dir, 'a.jsonl'), join(dir, 'b.jsonl'));
  const second = await startProcess(bundle, '127.0.0.3', join(dir, 'b.jsonl'));
  processes.push(second.child);
  expect(second.info.rooms[0]).toEqual(room);

  writeFileSync(join(dir, 'live.conf'), templatedConfig());
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
  const nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(nginx);
  nginx.stderr!.on('data', (chunk: Buffer) => (nginxLog += chunk.toString()));
  nginx.once('exit', (code) => (nginxLog += `\nnginx exited (${code})`));
  // Ready when it answers through to a live server (bounded: it fails with nginx's own words).
  const started = Date.now();
  for (;;) {
    const answer = await httpGet(port, '/').catch(() => null);
    if (answer?.status === 200) break;
    if (Date.now() - started > 15_000 || nginx.exitCode !== null) {
      const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
      throw new Error(`nginx did not pass requests through: ${nginxLog}\n${log}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
}, 60_000);

afterAll(async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
    ),
  );
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A participant joins the room through nginx's port, as a phone's browser would (its Origin, its Host). */
async function joinThroughProxy(n: number) {
  const phone = await connect(port, { origin: `http://127.0.0.1:${port}` });
  phone.send({ ...env(`p${n}`), kind: 'join', room: room.code, role: 'participant', voter: voter(n) });
  await phone.waitFor((m) => m['kind'] === 'welcome');
  return phone;
}

describe('deploy/nginx/live.conf in front of two live-server processes', () => {
  it('passes the site, the status path and the room page through', async () => {
    const home = await httpGet(port, '/');
    expect(home.status).toBe(200);
    expect(home.body).toContain('<h1>home</h1>');
    expect(home.body).toContain('<meta name="vdl-live" content="1">');
    const status = await httpGet(port, '/live/api/status');
    expect(status.status).toBe(200);
    expect(JSON.parse(status.body)).toMatchObject({ live: true });
    expect((await httpGet(port, `/live/${room.code}/`)).body).toContain('<h1>live</h1>');
  });

  it('passes a WebSocket join through, to both processes in turn', async () => {
    const phones = [await joinThroughProxy(1), await joinThroughProxy(2)];
    for (const phone of phones) phone.ws.close();
  });

  it('keeps the room reachable through the other process when one is killed', async () => {
    const phone = await joinThroughProxy(3);
    processes[0]!.kill('SIGKILL');
    await new Promise((done) => processes[0]!.once('exit', done));
    // The socket that was on the killed process (if it was) closes; a new join lands on the other one.
    // Two new phones after the kill: the live server counts newcomers per address, and behind nginx every
    // phone has nginx's address (4 at once per process; docs/live-hosting.md says what that means).
    for (const n of [4, 5]) (await joinThroughProxy(n)).ws.close();
    for (let i = 0; i < 4; i++) expect((await httpGet(port, `/live/${room.code}/`)).status).toBe(200);
    phone.ws.terminate();
  }, 30_000);
});
