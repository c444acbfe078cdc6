/**
 * Wires the organiser API and the idle sweeper from the environment (issue 26), for `server/main.ts`:
 * nothing at all without `LIVE_ORGANISER_KEY`. With `LIVE_REDIS_URL` the rooms are opened in Redis (every
 * process serves them) and this process sweeps idle rooms; without it, in the one process of `npm run live`.
 *
 * In Redis mode the organiser API and the sweeper use the live server's own Redis connection
 * (`LiveServer.redisStore`), not one of their own: the routes are made before the server exists (it mounts
 * them), so the connection is taken when the server runs (`start()`, or the first request, whichever is first).
 */
import { KeyGuard, MIN_ORGANISER_KEY_LENGTH } from '../src/lib/live/key-guard';
import { lifecycleFromEnv } from '../src/lib/live/room-lifecycle';
import { qrSvg } from '../src/lib/workshop/qr';
import type { LiveServer, LiveServerOptions } from './live-server';
import { organiserRoutes } from './organiser-api';
import { EmbeddedRoomDirectory, type RoomDirectory } from './room-directory';
import { RedisRoomDirectory } from './room-directory-redis';
import { startRoomSweeper } from './room-sweeper';

/** What main.ts mounts, and how to stop it. */
export interface Organiser {
  extraRoutes: NonNullable<LiveServerOptions['extraRoutes']>;
  mode: 'redis' | 'embedded';
  /** Once the live server runs: in Redis mode, takes its connection and starts the sweeper (throws without one). */
  start(): void;
  /** Stops the sweeper (the connection is the live server's: it closes it). */
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
  let start: () => void = () => undefined;
  let close = async (): Promise<void> => undefined;
  if (url) {
    let shared: { directory: RedisRoomDirectory; sweeper: { stop(): void } } | null = null;
    const attach = (): RedisRoomDirectory => {
      if (shared) return shared.directory;
      const store = server().redisStore;
      if (!store) throw new Error('LIVE_REDIS_URL is set, but the live server does not run in Redis mode');
      shared = {
        directory: new RedisRoomDirectory(store.connection, store, lifecycle),
        sweeper: startRoomSweeper(store.connection, lifecycle, log ? { log } : {}),
      };
      return shared.directory;
    };
    directory = {
      open: (owner, now) => attach().open(owner, now),
      end: (owner, code, now) => attach().end(owner, code, now),
      list: (owner, now) => attach().list(owner, now),
      resultsCsv: (owner, code, now) => attach().resultsCsv(owner, code, now),
    };
    start = () => void attach();
    close = async () => {
      shared?.sweeper.stop();
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
  return { extraRoutes, mode: url ? 'redis' : 'embedded', start, close };
}
