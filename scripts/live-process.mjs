// Starts the bundled live server (`dist-live/*.mjs` from live-build.mjs) as a child process on loopback with
// `--json`, for the bench and the Redis-mode integration tests: a real process, so a kill -9 is a real one.
// Resolves with the child and its `--json` line (`port`, `mode`, `rooms`) once it listens.
import { spawn } from 'node:child_process';

/**
 * Options: `bundle` (the server bundle), `site` (the served folder), `journal`, `port` (0: any free one),
 * `rooms` (0: `--no-room`), `redisUrl` (sets LIVE_REDIS_URL), `stderr` ('inherit' or 'pipe'), `env` (more
 * variables, e.g. LIVE_ORGANISER_KEY and LIVE_PUBLIC_HOST for a process behind nginx).
 */
export function startLiveProcess({
  bundle,
  site,
  journal,
  port = 0,
  rooms = 0,
  redisUrl,
  stderr = 'inherit',
  env = {},
}) {
  const child = spawn(
    process.execPath,
    [
      bundle,
      '--json',
      '--no-build',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--journal',
      journal,
      '--dist',
      site,
      ...(rooms > 0 ? ['--rooms', String(rooms)] : ['--no-room']),
    ],
    {
      stdio: ['ignore', 'pipe', stderr],
      env: { ...process.env, ...env, ...(redisUrl ? { LIVE_REDIS_URL: redisUrl } : {}) },
    },
  );
  let errors = '';
  child.stderr?.on('data', (chunk) => (errors += chunk));
  return new Promise((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`live server did not start within 60 s:\n${errors}`)), 60_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (!out.includes('\n')) return;
      clearTimeout(timer);
      done({ child, ...JSON.parse(out.split('\n')[0]) });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`live server exited with ${code}:\n${errors}`));
    });
  });
}
