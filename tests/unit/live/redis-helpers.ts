// cspell:words appendfsync
/** Test helpers for Redis mode: a real `redis-server` on a free port of 127.0.0.1, with AOF in a temp folder. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REDIS_SERVER = process.env['REDIS_SERVER_PATH'] ?? '/usr/bin/redis-server';

/** A running test Redis. */
export interface TestRedis {
  url: string;
  port: number;
  dir: string;
  /** kill -9 (nothing flushed on the way out) and wait until the process is gone. */
  crash(): Promise<void>;
  /** Starts it again on the same port and folder: it reads its append-only file back. */
  restart(): Promise<void>;
  /** Stops it and removes its folder. */
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/**
 * Starts `redis-server`: no RDB snapshots (`--save ''`), every write in the append-only file and synced
 * before it is answered (`appendfsync always`), so a kill -9 loses nothing that was acknowledged.
 * Fails, never skips, when Redis is not installed.
 */
export async function startRedis(): Promise<TestRedis> {
  if (!existsSync(REDIS_SERVER)) {
    throw new Error(
      `redis-server is missing at ${REDIS_SERVER}: npm test installs it (scripts/ensure-redis.mjs, as root), or apt-get install redis-server`,
    );
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'vdl-redis-'));
  let child: ChildProcess | null = null;
  const launch = async () => {
    const proc = spawn(
      REDIS_SERVER,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always'],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = proc;
    // Ready when it says so (it has read its append-only file by then); bounded, and its output on failure.
    await new Promise<void>((done, fail) => {
      let output = '';
      const timer = setTimeout(() => fail(new Error(`redis-server did not start:\n${output}`)), 15_000);
      const listen = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          done();
        }
      };
      proc.stdout!.on('data', listen);
      proc.stderr!.on('data', listen);
      proc.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`redis-server exited (${code}):\n${output}`));
      });
    });
  };
  const kill = async (signal: NodeJS.Signals) => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    await new Promise<void>((done) => {
      proc.once('exit', () => done());
      proc.kill(signal);
    });
  };
  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir,
    crash: () => kill('SIGKILL'),
    restart: launch,
    stop: async () => {
      await kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
