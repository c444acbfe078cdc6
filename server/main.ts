/**
 * `npm run live`: the trainer's one command. Builds the site if there is no build yet, starts the live server
 * on the LAN, and prints the address, the room code, the trainer PIN and a QR code for the phones. The
 * options are in `HELP` below (`npm run live -- --help`).
 *
 * The live server serves the site from the root of its address only: the participants' page, the socket and the
 * status endpoint live at `/live/…`. A `dist/` built for a sub-folder (`BASE_PATH=/cursus`) is rebuilt for the
 * root, and `BASE_PATH` does not apply to the build made here.
 *
 * With `LIVE_REDIS_URL` (redis://host:port) the process runs in Redis mode (`live-server.ts`): any number of
 * identical processes (only `--port` differs) serve every room stored in that Redis. `--no-room` starts one
 * without opening a room (rooms come from the organizer API); otherwise it opens one new room there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { parseArgs as parseArgv } from 'node:util';
import QRCode from 'qrcode';
import { qrSvg } from '../src/lib/workshop/qr';
import { JournalDamagedError } from './journal-file';
import { startLiveServer, type LiveServer, type LiveServerOptions } from './live-server';
import { organiserFromEnv } from './organiser-setup';
import { builtBase } from './static-files';

const HELP = `npm run live -- [options]

Starts the live room for a workshop: serves the built site on the LAN, opens a room (or reopens the last
one) and prints the participants' address, a QR code and the trainer PIN.

Options:
  --port N          port to listen on (default 4330, or LIVE_PORT; 0 = any free port)
  --host H          address to listen on (default 0.0.0.0: every network of this laptop)
  --allow-host NAME one more name the server answers to in Host (e.g. laptop.local); repeatable;
                    LIVE_PUBLIC_HOST=a.example,b.example adds the public names behind a proxy
  --dist DIR        the built site (default dist)
  --journal FILE    the journal of rooms and votes (default live-data/journal.jsonl)
  --new-room        open a new room: phones and the projector in the old room are sent to the new one;
                    with a damaged journal: keep it aside (FILE.damaged-<time>) and start a new journal
  --rooms N         open N rooms (for the bench)
  --no-room         open no room (Redis mode: rooms are opened elsewhere, e.g. from /workshop/)
  --build           build the site even if DIST exists
  --no-build        never build
  --json            one JSON line with port and rooms on stdout (for scripts), no terminal output
  --help            this text

Environment:
  LIVE_PORT           the default of --port
  LIVE_REDIS_URL      redis://host:port: rooms, votes and limits live in that Redis and any number of
                      these processes (each on its own --port) serve every room in it; no journal then
  LIVE_PUBLIC_HOST    the public host names behind a reverse proxy, comma-separated (see --allow-host)
  LIVE_ORGANISER_KEY  trainers with this key open and end rooms from /workshop/ (at least 16 characters,
                      no spaces); without it there is no organiser API
  LIVE_IDLE_HOURS     with the key: a room with nothing new for this long is ended (default 24)
  LIVE_RESULTS_DAYS   with the key: an ended room's results are kept this long (default 30)

Safety, limits and the journal: docs/live-room-safety.md. Hosting on Redis: docs/live-hosting.md.
`;

interface Args {
  port: number;
  host: string;
  allowHost: string[];
  dist: string;
  journal: string;
  newRoom: boolean;
  rooms: number;
  noRoom: boolean;
  build: boolean;
  noBuild: boolean;
  json: boolean;
  help: boolean;
}

/** The command line, read with node:util's parseArgs; throws with a clear message on anything unknown. */
/** The public host names behind a proxy (LIVE_PUBLIC_HOST, comma-separated); a name with anything odd is refused. */
function publicHosts(value: string | undefined): string[] {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const odd = names.find((name) => !/^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/.test(name));
  if (odd !== undefined)
    throw new Error(`LIVE_PUBLIC_HOST: "${odd}" is not a host name (comma-separated names, no port)`);
  return names;
}

function parseArgs(argv: string[]): Args {
  const { values } = parseArgv({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string', default: process.env['LIVE_PORT'] ?? '4330' },
      host: { type: 'string', default: '0.0.0.0' },
      'allow-host': { type: 'string', multiple: true, default: [] },
      dist: { type: 'string', default: 'dist' },
      journal: { type: 'string', default: join('live-data', 'journal.jsonl') },
      'new-room': { type: 'boolean', default: false },
      rooms: { type: 'string', default: '1' },
      'no-room': { type: 'boolean', default: false },
      build: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) throw new Error(`--port ${values.port}: expected 0–65535`);
  const rooms = Number(values.rooms);
  if (!/^\d+$/.test(values.rooms) || rooms < 1 || rooms > 1000)
    throw new Error(`--rooms ${values.rooms}: expected 1–1000`);
  return {
    port,
    host: values.host,
    allowHost: [...values['allow-host'], ...publicHosts(process.env['LIVE_PUBLIC_HOST'])],
    dist: values.dist,
    journal: values.journal,
    newRoom: values['new-room'],
    rooms,
    noRoom: values['no-room'],
    build: values.build,
    noBuild: values['no-build'],
    json: values.json,
    help: values.help,
  };
}

/** The machine's first IPv4 address on the LAN, or localhost when there is none. */
function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) if (info.family === 'IPv4' && !info.internal) return info.address;
  }
  return '127.0.0.1';
}

/** What to do about a damaged journal, in the trainer's terminal. */
function damagedJournalHelp(error: JournalDamagedError): string {
  return [
    `${error.message}.`,
    'The server did not start and changed nothing: the file is kept as it is.',
    `  To go on with the rooms and votes in it: repair or remove line ${error.line} of ${error.path}, then start again.`,
    `  To start a new room: npm run live -- --new-room   (the file is kept as ${error.path}.damaged-<time>).`,
  ].join('\n');
}

/** Starts the server; with --new-room, a damaged journal is set aside (renamed, never deleted) first. */
async function start(args: Args, options: LiveServerOptions): Promise<LiveServer> {
  try {
    return await startLiveServer(options);
  } catch (error) {
    if (!(error instanceof JournalDamagedError) || !args.newRoom) throw error;
    const aside = `${error.path}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(error.path, aside);
    process.stderr.write(`${error.message}: kept as ${aside}; a new journal begins.\n`);
    return startLiveServer(options);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(HELP);
    return;
  }
  const page = join(args.dist, 'live', 'index.html');
  const forSubFolder = existsSync(page) && builtBase(readFileSync(page, 'utf8')) !== '/';
  if (args.build || (!args.noBuild && (!existsSync(page) || forSubFolder))) {
    process.stderr.write(
      forSubFolder
        ? 'De build in ' + args.dist + ' is voor een submap; de live-server bouwt de site opnieuw voor de hoofdmap…\n'
        : 'Site bouwen (eenmalig, ongeveer een minuut)…\n',
    );
    // The live server serves from the root only: BASE_PATH does not apply to its build.
    const built = spawnSync('npx', ['astro', 'build', '--outDir', args.dist], {
      stdio: 'inherit',
      env: { ...process.env, BASE_PATH: '' },
    });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const host = args.host === '0.0.0.0' ? lanAddress() : args.host;
  const redisUrl = process.env['LIVE_REDIS_URL'] || undefined;
  let base = '';
  // ── Issue 26 (redis-rooms): rooms opened from /workshop/ with LIVE_ORGANISER_KEY; nothing without it. ──
  const organiser = await organiserFromEnv(process.env, () => server, args.json ? () => undefined : undefined);
  // ── end of the organiser block ──
  const server: LiveServer = await start(args, {
    ...(organiser ? { extraRoutes: organiser.extraRoutes } : {}),
    distDir: args.dist,
    journalPath: args.journal,
    ...(redisUrl ? { redisUrl } : {}),
    port: args.port,
    host: args.host,
    hostNames: args.allowHost,
    ...(args.json ? { log: () => undefined } : {}),
    describeRoom: async (room) => {
      const joinUrl = `${base}/live/${room}/`;
      return { joinUrl, qr: await qrSvg(joinUrl, `QR-code: doe live mee op je telefoon via ${joinUrl}`) };
    },
  });
  base = `http://${host}:${server.port}`;
  // Redis mode: the organiser API and the sweeper take the server's connection now that it runs.
  organiser?.start();
  const mode = redisUrl
    ? `Redis (${redisUrl.replace(/\/\/[^@/]*@/, '//…@')}; geen journaal)`
    : `op deze laptop (journaal ${args.journal})`;
  const rooms: { code: string; pin: string }[] = [];
  if (server.mode === 'redis') {
    // Every process serves every room in Redis: this one adds new rooms only when asked to.
    if (!args.noRoom) while (rooms.length < args.rooms) rooms.push(await server.openRoom());
  } else {
    const existing = server.rooms();
    if (!args.newRoom && existing.length > 0) rooms.push(existing.at(-1)!);
    while (rooms.length < args.rooms) rooms.push(server.createRoom());
    // A new room ends the old ones: phones and projectors that are still open (or reconnect) go on to it.
    if (args.newRoom) for (const old of existing) void server.endRoom(old.code, rooms[0]!.code);
  }

  if (args.json) {
    process.stdout.write(`${JSON.stringify({ port: server.port, mode: server.mode, rooms })}\n`);
  } else if (rooms.length === 0) {
    process.stdout.write(
      [
        '',
        'Voorbij de like: live server',
        '',
        `  Opslag:  ${mode}`,
        `  Adres:   ${base}/`,
        '  Geen zaal geopend (--no-room).',
        '',
      ].join('\n'),
    );
  } else {
    const { code, pin } = rooms[0]!;
    const joinUrl = `${base}/live/${code}/`;
    const qr = await QRCode.toString(joinUrl, { type: 'terminal', small: true, errorCorrectionLevel: 'M' });
    process.stdout.write(
      [
        '',
        'Voorbij de like: live sessie',
        '',
        `  Opslag:                     ${mode}`,
        `  Presentatie (deze laptop):  http://localhost:${server.port}/workshop/  (of ${base}/workshop/)`,
        `  Deelnemers (telefoon):      ${joinUrl}`,
        `  Presentator op tablet:      scan de QR-code, kies "Ik geef deze training" en vul de pincode in`,
        `  Pincode trainer:            ${pin}`,
        `  Resultaten (CSV):           http://localhost:${server.port}/live/api/${code}/resultaten.csv ${redisUrl ? '(met de pincode in de kop X-Live-Pin)' : '(alleen op deze laptop)'}`,
        `  Site:                       ${args.dist}/, altijd vanaf de hoofdmap (BASE_PATH geldt niet voor live)`,
        ...(organiser
          ? [
              `  Zalen openen (organisator): ${base}/workshop/ met de organisatiesleutel (${organiser.mode === 'redis' ? 'zalen in Redis' : 'zalen op deze laptop'})`,
            ]
          : []),
        '',
        qr,
        `Stoppen: Ctrl+C (alle stemmen blijven bewaard in ${redisUrl ? 'Redis' : args.journal}).`,
        '',
      ].join('\n'),
    );
  }

  const stop = async () => {
    await organiser?.close();
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof JournalDamagedError) process.stderr.write(`live: ${damagedJournalHelp(error)}\n`);
  else {
    const usage =
      /^ERR_PARSE_ARGS/.test(String((error as NodeJS.ErrnoException).code)) ||
      /^--/.test(String((error as Error).message));
    process.stderr.write(
      `live: ${error instanceof Error ? error.message : String(error)}\n${usage ? `\n${HELP}` : ''}`,
    );
  }
  process.exit(1);
});
