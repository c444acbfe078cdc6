/**
 * `npm run live`: the trainer's one command. Builds the site if there is no build yet, starts the live server
 * on the LAN, and prints the address, the room code, the trainer PIN and a QR code for the phones.
 *
 * Options: --port N (default 4330; 0 = any free port), --host H (default 0.0.0.0), --dist DIR (default dist),
 * --journal FILE (default live-data/journal.jsonl), --new-room (a fresh room instead of the last one),
 * --rooms N (open N rooms, for the bench), --build (build even if dist/ exists), --no-build (never build), --json (one JSON line with
 * port and rooms on stdout, for scripts).
 *
 * The live server serves the site from the root of its address only: the participants' page, the socket and the
 * status endpoint live at `/live/…`. A `dist/` built for a sub-folder (`BASE_PATH=/cursus`) is rebuilt for the
 * root, and `BASE_PATH` does not apply to the build made here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { qrSvg } from '../src/lib/workshop/qr';
import { startLiveServer } from './live-server';
import { builtBase } from './static-files';

interface Args {
  port: number;
  host: string;
  dist: string;
  journal: string;
  newRoom: boolean;
  rooms: number;
  build: boolean;
  noBuild: boolean;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    port: Number(process.env['LIVE_PORT'] ?? 4330),
    host: '0.0.0.0',
    dist: 'dist',
    journal: join('live-data', 'journal.jsonl'),
    newRoom: false,
    rooms: 1,
    build: false,
    noBuild: false,
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--port') args.port = Number(value());
    else if (arg === '--host') args.host = value();
    else if (arg === '--dist') args.dist = value();
    else if (arg === '--journal') args.journal = value();
    else if (arg === '--rooms') args.rooms = Math.max(1, Math.floor(Number(value())) || 1);
    else if (arg === '--new-room') args.newRoom = true;
    else if (arg === '--build') args.build = true;
    else if (arg === '--no-build') args.noBuild = true;
    else if (arg === '--json') args.json = true;
    else throw new Error(`unknown option ${arg}`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error('bad --port');
  return args;
}

/** The machine's first IPv4 address on the LAN, or localhost when there is none. */
function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) if (info.family === 'IPv4' && !info.internal) return info.address;
  }
  return '127.0.0.1';
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
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
  let base = '';
  const server = await startLiveServer({
    distDir: args.dist,
    journalPath: args.journal,
    port: args.port,
    host: args.host,
    ...(args.json ? { log: () => undefined } : {}),
    describeRoom: async (room) => {
      const joinUrl = `${base}/live/${room}/`;
      return { joinUrl, qr: await qrSvg(joinUrl, `QR-code: doe live mee op je telefoon via ${joinUrl}`) };
    },
  });
  base = `http://${host}:${server.port}`;
  const existing = server.rooms();
  const rooms = args.newRoom || existing.length === 0 ? [] : [existing.at(-1)!];
  while (rooms.length < args.rooms) rooms.push(server.createRoom());

  if (args.json) {
    process.stdout.write(`${JSON.stringify({ port: server.port, rooms })}\n`);
  } else {
    const { code, pin } = rooms[0]!;
    const joinUrl = `${base}/live/${code}/`;
    const qr = await QRCode.toString(joinUrl, { type: 'terminal', small: true, errorCorrectionLevel: 'M' });
    process.stdout.write(
      [
        '',
        'Voorbij de like: live sessie',
        '',
        `  Presentatie (deze laptop):  http://localhost:${server.port}/workshop/`,
        `  Deelnemers (telefoon):      ${joinUrl}`,
        `  Presentator op tablet:      scan de QR-code, kies "Ik geef deze training" en vul de pincode in`,
        `  Pincode trainer:            ${pin}`,
        `  Resultaten (CSV):           ${base}/live/api/${code}/resultaten.csv?pin=${pin}`,
        `  Site:                       ${args.dist}/, altijd vanaf de hoofdmap (BASE_PATH geldt niet voor live)`,
        '',
        qr,
        'Stoppen: Ctrl+C (alle stemmen blijven bewaard in ' + args.journal + ').',
        '',
      ].join('\n'),
    );
  }

  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`live: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
