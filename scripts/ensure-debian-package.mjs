// Makes sure a program the tests need is there, from Debian's package: installs it with apt-get (as root) when
// it is missing, and otherwise fails with a clear message, so a test never skips for want of it and never
// downloads a copy of its own. With the program's path variable set, only that path is checked (the tests then
// use it). Used by ensure-redis.mjs and ensure-nginx.mjs; `npm test` runs them after `npm ci`, on the project's
// Node (ensure-chromium.mjs, needed before that, has its own).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/**
 * Exits 0 when `path` (or the path in `env[pathVariable]`) exists, after installing `pkg` if needed; exits 1
 * with a message naming `label` otherwise.
 */
export function ensureDebianPackage({ label, pkg, path: defaultPath, pathVariable }) {
  const given = process.env[pathVariable];
  const path = given ?? defaultPath;
  if (existsSync(path)) process.exit(0);
  if (given) {
    console.error(`${pathVariable} names ${path}, which does not exist.`);
    process.exit(1);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`${label} is missing at ${path}. Install Debian's package first: sudo apt-get install -y ${pkg}`);
    process.exit(1);
  }
  console.log(`Installing Debian's ${pkg} (missing)…`);
  try {
    // The package may set up its own service (where systemd runs); the tests start their own and use neither.
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`, {
      stdio: 'inherit',
    });
  } catch {
    // Reported below, by what is still missing.
  }
  if (existsSync(path)) process.exit(0);
  console.error(`apt-get finished but ${path} is still missing.`);
  process.exit(1);
}
