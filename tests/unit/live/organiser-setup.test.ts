/**
 * What main.ts mounts from the environment: nothing without LIVE_ORGANISER_KEY, a clear refusal of a weak key
 * or a bad period, the embedded directory without Redis, and the Redis directory with it (the sweeper itself
 * is tested in room-sweeper.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveServer } from '../../../server/live-server';
import { organiserFromEnv } from '../../../server/organiser-setup';
import { connectRedis } from '../../../server/redis-room-store';
import { lastActivity } from '../../../server/room-lifecycle-redis';
import { liveKit } from './helpers';
import { call } from './organiser-http';
import { startRedis, type TestRedis } from './redis-helpers';

const KEY = 'setup-organiser-key-0123456789';
const noServer = () => undefined as unknown as LiveServer;
let redis: TestRedis;

beforeAll(async () => {
  redis = await startRedis();
}, 30_000);
afterAll(() => redis?.stop());

describe('organiserFromEnv', () => {
  it('is off without a key', async () => {
    expect(await organiserFromEnv({}, noServer)).toBeNull();
    expect(await organiserFromEnv({ LIVE_ORGANISER_KEY: '' }, noServer)).toBeNull();
  });

  it('refuses a short key, a key with spaces and a bad period, naming the variable', async () => {
    await expect(organiserFromEnv({ LIVE_ORGANISER_KEY: 'kort' }, noServer)).rejects.toThrow(/LIVE_ORGANISER_KEY/);
    await expect(organiserFromEnv({ LIVE_ORGANISER_KEY: `${KEY} x` }, noServer)).rejects.toThrow(/LIVE_ORGANISER_KEY/);
    await expect(organiserFromEnv({ LIVE_ORGANISER_KEY: KEY, LIVE_IDLE_HOURS: '-1' }, noServer)).rejects.toThrow(
      /LIVE_IDLE_HOURS/,
    );
  });

  it('opens rooms in the one process without Redis', async () => {
    const kit = liveKit('organiser-setup-');
    kit.fresh();
    const organiser = (await organiserFromEnv(
      { LIVE_ORGANISER_KEY: KEY },
      () => kit.server,
      () => undefined,
    ))!;
    expect(organiser.mode).toBe('embedded');
    await kit.start({ extraRoutes: organiser.extraRoutes });
    try {
      const opened = await call(kit.server.port, 'POST', '/live/api/organiser/rooms', { key: KEY });
      expect(opened.status).toBe(201);
      expect(kit.server.rooms().map((r) => r.code)).toEqual([(opened.json['room'] as { code: string }).code]);
    } finally {
      await organiser.close();
      await kit.stop();
    }
  });

  it("opens and ends rooms in Redis with LIVE_REDIS_URL, over the live server's own connection", async () => {
    const kit = liveKit('organiser-setup-redis-');
    kit.fresh();
    const env = { LIVE_ORGANISER_KEY: KEY, LIVE_REDIS_URL: redis.url };
    const client = await connectRedis(redis.url);
    const connections = async () =>
      String(await client.sendCommand(['CLIENT', 'LIST']))
        .trim()
        .split('\n').length;
    const before = await connections();
    const organiser = (await organiserFromEnv(
      env,
      () => kit.server,
      () => undefined,
    ))!;
    expect(organiser.mode).toBe('redis');
    // No connection of its own: it takes the live server's once that runs.
    expect(await connections()).toBe(before);
    await kit.start({ extraRoutes: organiser.extraRoutes, redisUrl: redis.url });
    const withServer = await connections();
    expect(withServer).toBeGreaterThan(before);
    organiser.start();
    try {
      const opened = await call(kit.server.port, 'POST', '/live/api/organiser/rooms', { key: KEY });
      const { code } = opened.json['room'] as { code: string };
      expect(await client.hGet(`vdl:{${code}}:room`, 'pin')).toBe((opened.json['room'] as { pin: string }).pin);
      const ended = await call(kit.server.port, 'POST', `/live/api/organiser/rooms/${code}/end`, { key: KEY });
      expect(ended.status).toBe(200);
      expect((await lastActivity(client, code))?.endedAt).not.toBeNull();
      // The organiser API and the sweeper opened no connection of their own.
      expect(await connections()).toBe(withServer);
    } finally {
      await organiser.close();
      await kit.stop();
      await client.close();
    }
  });

  it('says so when LIVE_REDIS_URL is set but the live server is not in Redis mode', async () => {
    const kit = liveKit('organiser-setup-mismatch-');
    kit.fresh();
    const organiser = (await organiserFromEnv(
      { LIVE_ORGANISER_KEY: KEY, LIVE_REDIS_URL: redis.url },
      () => kit.server,
      () => undefined,
    ))!;
    await kit.start({ extraRoutes: organiser.extraRoutes });
    try {
      expect(() => organiser.start()).toThrow(/not run in Redis mode/);
    } finally {
      await organiser.close();
      await kit.stop();
    }
  });
});
