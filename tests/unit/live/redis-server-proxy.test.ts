/**
 * Redis mode behind a reverse proxy, in one process: the client's address is the proxy's `X-Forwarded-For`
 * (only when the proxy is on this machine), nobody is "the laptop" (the status answer names no room), and
 * the `extraRoutes` hook answers first; the bench's metrics answer only the machine itself, not a request the
 * proxy forwarded.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startLiveServer, type LiveServer } from '../../../server/live-server';
import { env, httpGet, voter } from './helpers';
import { startRedis, type TestRedis } from './redis-helpers';

let redis: TestRedis;
let server: LiveServer;
let room: { code: string; pin: string };

beforeAll(async () => {
  redis = await startRedis();
  const dir = mkdtempSync(join(tmpdir(), 'live-proxy-'));
  mkdirSync(join(dir, 'dist', 'live'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'live', 'index.html'), '<h1>live</h1>');
  server = await startLiveServer({
    distDir: join(dir, 'dist'),
    journalPath: join(dir, 'journal.jsonl'),
    host: '127.0.0.1',
    port: 0,
    log: () => undefined,
    redisUrl: redis.url,
    // One new voter token per address, and no refill during the test.
    newcomerLimits: { burst: 1, perMinute: 0.0001, windowMs: 10_000 },
    extraRoutes: (req, res) => {
      if (req.url !== '/organizer/ping') return false;
      res.end('pong');
      return true;
    },
  });
  room = await server.openRoom();
}, 60_000);

afterAll(async () => {
  await server?.close();
  await redis?.stop();
});

/** Joins as a new participant from `address`, with the headers a proxy adds; resolves with welcome or the error. */
function joinAs(n: number, address: string, headers: Record<string, string> = {}): Promise<string> {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/live/ws`, { localAddress: address, headers });
  return new Promise((done, fail) => {
    ws.on('message', (data) => {
      const m = JSON.parse(data.toString()) as Record<string, unknown>;
      if (m['kind'] === 'welcome') done('welcome');
      if (m['kind'] === 'error') done(String(m['code']));
    });
    ws.on('error', fail);
    ws.on('open', () =>
      ws.send(JSON.stringify({ ...env(`p${n}`), kind: 'join', room: room.code, role: 'participant', voter: voter(n) })),
    );
  }).finally(() => ws.terminate()) as Promise<string>;
}

describe('live server on Redis behind a proxy', () => {
  it('counts phones by the address the local proxy forwards, and ignores that header from anyone else', async () => {
    expect(await joinAs(1, '127.0.0.1', { 'x-forwarded-for': '203.0.113.1' })).toBe('welcome');
    expect(await joinAs(2, '127.0.0.1', { 'x-forwarded-for': '198.51.100.7, 203.0.113.2' })).toBe('welcome');
    // Same forwarded address again with a new token: over the limit of one.
    expect(await joinAs(3, '127.0.0.1', { 'x-forwarded-for': '203.0.113.1' })).toBe('too-many');
    // A device on its own address cannot pass itself off as another by sending the header.
    expect(await joinAs(4, '127.1.1.1', { 'x-forwarded-for': '203.0.113.9' })).toBe('welcome');
    expect(await joinAs(5, '127.1.1.1', { 'x-forwarded-for': '203.0.113.10' })).toBe('too-many');
  });

  it('names no room and no PIN in the status answer, and lets the extra routes answer first', async () => {
    const status = await httpGet(server.port, '/live/api/status');
    expect(JSON.parse(status.body)).toEqual({ live: true });
    expect((await httpGet(server.port, '/organizer/ping')).body).toBe('pong');
    expect(server.mode).toBe('redis');
    expect(await server.redisStore!.pinOf(room.code)).toBe(room.pin);
  });

  it('answers the metrics to the machine itself, not to a request the local proxy forwarded', async () => {
    expect((await httpGet(server.port, '/live/api/metrics')).status).toBe(200);
    const forwarded = await httpGet(server.port, '/live/api/metrics', { headers: { 'x-forwarded-for': '203.0.113.5' } });
    expect(forwarded.status).toBe(404);
    expect(forwarded.body).not.toContain('loop');
  });
});
