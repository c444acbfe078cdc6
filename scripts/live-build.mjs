// Bundles the live server (server/main.ts, TypeScript) into dist-live/main.mjs with esbuild (Vite's own
// bundler, already installed), so it runs on any Node ≥ 20 without a TypeScript loader. npm packages stay
// external and load from node_modules.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the server bundle; returns its path. */
export async function buildLiveServer() {
  const outfile = `${root}dist-live/main.mjs`;
  await build({
    entryPoints: [`${root}server/main.ts`],
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
