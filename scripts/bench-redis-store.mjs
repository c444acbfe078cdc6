#!/usr/bin/env node
// cspell:words appendfsync
// `npm run bench:redis-store`: what the Redis room store (server/redis-room-store.ts) costs, against a
// redis-server of its own (Debian's, on a free port, `appendfsync always`): 40 rooms of 30 participants and one
// of 1,000, each participant voting on 10 questions. Prints votes per second, memory per vote and per
// participant, the round trip of a vote, and the Redis commands per vote. The store only: no sockets, no
// server process (docs/live-hosting.md says what is not built yet).
import './check-node.mjs';
import { pathToFileURL } from 'node:url';
import { bundleServerScript } from './live-build.mjs';

// Bundled as the live server is: TypeScript in, npm packages external.
await import(pathToFileURL(await bundleServerScript('server/redis-store-bench.ts', 'redis-store-bench.mjs')).href);
