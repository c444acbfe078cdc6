#!/usr/bin/env node
// Makes sure Debian's `redis-server` is there: the Redis-mode live tests (tests/unit/live/redis-*.test.ts) start
// their own Redis from it on a free port. Installs it with apt-get (as root) when it is missing, and otherwise
// fails with a clear message: those tests never skip for want of Redis, and never download one of their own.
// With REDIS_SERVER_PATH set, only that binary is checked (the tests then start it).
// `npm test` runs it after `npm ci`, on the project's Node (unlike ensure-chromium.mjs, needed before it).
import './check-node.mjs';
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';
if (existsSync(path)) process.exit(0);
if (process.env.REDIS_SERVER_PATH) {
  console.error(`REDIS_SERVER_PATH names ${path}, which does not exist.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`Redis is missing at ${path}. Install Debian's package first: sudo apt-get install -y redis-server`);
  process.exit(1);
}
console.log("Installing Debian's redis-server (missing)…");
try {
  // The package also sets up its own service (port 6379 where systemd runs); the tests use neither.
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server', {
    stdio: 'inherit',
  });
} catch {
  // Reported below, by what is still missing.
}
if (existsSync(path)) process.exit(0);
console.error(`apt-get finished but ${path} is still missing.`);
process.exit(1);
