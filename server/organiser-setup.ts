/**
 * Wires the organiser API and the idle sweeper from the environment (issue 26), for `server/main.ts`:
 * nothing at all without `LIVE_ORGANISER_KEY`. With `LIVE_REDIS_URL` the rooms are opened in Redis (every
 * process serves them) and this process sweeps idle rooms; without it, in the one process of `npm run live`.
 */
import { KeyGuard, MIN_ORGANISER_KEY_LENGTH } from '../src/lib/live/key-guard';
import { lifecycleFromEnv } from '../src/lib/live/room-lifecycle';
import { qrSvg } from '../src/lib/workshop/qr';
import type { LiveServer, LiveServerOptions } from './live-server';
import { organiserRoutes } from './organiser-api';
import { connectRedis, RedisRoomStore } from './redis-room-store';
import { EmbeddedRoomDirectory, type RoomDirectory } from './room-directory';
import { RedisRoomDirectory } from './room-directory-redis';
import { startRoomSweeper } from './room-sweeper';

/** What main.ts mounts, and how to stop it. */
export interface Organiser {
  extraRoutes: NonNullable<LiveServerOptions['extraRoutes']>;
  mode: 'redis' | 'embedded';
  close(): Promise<void>;
}

/** The organiser API from the environment, or null when LIVE_ORGANISER_KEY is not set; throws on bad values. */
export async function organiserFromEnv(
  env: Record<string, string | undefined>,
  server: () => LiveServer,
  log?: (line: string) => void,
): Promise<Organiser | null> {
  const key = env['LIVE_ORGANISER_KEY'];
  if (key === undefined || key === '') return null;
  if (key.length < MIN_ORGANISER_KEY_LENGTH || /\s/.test(key)) {
    throw new Error(
      `LIVE_ORGANISER_KEY: at least ${MIN_ORGANISER_KEY_LENGTH} characters without spaces (e.g. openssl rand -base64 24)`,
    );
  }
  const lifecycle = lifecycleFromEnv(env);
  const url = env['LIVE_REDIS_URL'];
  let directory: RoomDirectory;
  let close = async () => undefined;
  if (url) {
    const redis = await connectRedis(url);
    directory = new RedisRoomDirectory(redis, new RedisRoomStore(redis), lifecycle);
    const sweeper = startRoomSweeper(redis, lifecycle, log ? { log } : {});
    close = async () => {
      sweeper.stop();
      await redis.close().catch(() => undefined);
    };
  } else {
    directory = new EmbeddedRoomDirectory(server, lifecycle);
  }
  const extraRoutes = organiserRoutes({
    key,
    directory,
    guard: new KeyGuard(),
    behindProxy: Boolean(url),
    qr: (joinUrl) => qrSvg(joinUrl, `QR-code: doe live mee op je telefoon via ${joinUrl}`),
    ...(log ? { log } : {}),
  });
  return { extraRoutes, mode: url ? 'redis' : 'embedded', close };
}
