#!/usr/bin/env node
// Makes sure Debian's `redis-server` is there: the Redis-mode live tests (tests/unit/live/redis-*.test.ts,
// nginx-proxy.test.ts) start their own Redis from it on a free port. REDIS_SERVER_PATH: check only that binary.
import './check-node.mjs';
import { ensureDebianPackage } from './ensure-debian-package.mjs';

ensureDebianPackage({
  label: 'Redis',
  pkg: 'redis-server',
  path: '/usr/bin/redis-server',
  pathVariable: 'REDIS_SERVER_PATH',
});
