// One way for the bench scripts to serve a build and open Debian's Chromium, so that every bench measures the
// same server the browser tests use (`astro preview`), started and stopped the same way.
import { spawn } from 'node:child_process';

/**
 * Serves `dist` with `astro preview` on 127.0.0.1:`port` and resolves once it answers.
 * Returns the base URL (with BASE_PATH) and `stop()`, which ends npx and astro together.
 */
export async function startPreview({ port, dist = 'dist', env = process.env }) {
  // detached: npx starts astro as a child; killing the whole process group stops both.
  // --ignore-lock: Astro 7 allows one tracked preview per project, and `npm start` may be serving beside us.
  const server = spawn(
    'npx',
    ['astro', 'preview', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1', '--outDir', dist],
    { env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  const base = `http://127.0.0.1:${port}${(env.BASE_PATH || '/').replace(/\/?$/, '/')}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(base)).ok) return { base, stop };
    } catch {
      // not listening yet
    }
    if (server.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(`astro preview did not start on port ${port}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Debian's Chromium with the flags of a closed network (as in playwright.config.ts). */
export async function launchChromium() {
  const { chromium } = await import('@playwright/test');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}
