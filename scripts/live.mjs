// `npm run live`: builds the live server and starts it (options: see server/main.ts).
import './check-node.mjs';
import { pathToFileURL } from 'node:url';
import { buildLiveServer } from './live-build.mjs';

await import(pathToFileURL(await buildLiveServer()).href);
