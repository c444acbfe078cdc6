// Bundles the live server (server/main.ts, TypeScript) into dist-live/main.mjs with esbuild (Vite's own
// bundler, already installed), so it runs on any Node ≥ 20 without a TypeScript loader. npm packages stay
// external and load from node_modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles `entry` (a path from the repository root) into dist-live/`name`; returns the bundle's path. */
export async function bundleServerScript(entry, name) {
  const outfile = `${root}dist-live/${name}`;
  await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

/** Builds the server bundle; returns its path. */
export function buildLiveServer() {
  return bundleServerScript('server/main.ts', 'main.mjs');
}
