#!/usr/bin/env node
// The screenshots on the trainers' page (/voor-trainers/): real pages of the built site, taken in Debian's
// Chromium and saved as small WebP files in public/voor-trainers/. Run it again when the workshop pages change:
//   npx astro build && npx node scripts/trainer-screenshots.mjs [--port 4397]   (npx: the project's own Node)
// It serves dist/ with `astro preview` for the static pages and starts the live server (dist-live/, on a free
// port, with a throwaway journal) for the two live-room pictures. Nothing outside this project is contacted.
import './check-node.mjs';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { buildLiveServer } from './live-build.mjs';
import { launchChromium, startPreview } from './preview-server.mjs';

const args = process.argv.slice(2);
const PORT = Number(args.includes('--port') ? args[args.indexOf('--port') + 1] : 4397);
const OUT = 'public/voor-trainers';
/** Width of the saved pictures (px): sharp in the page's text column, a few tens of KB each. */
const WIDTH = 960;
const QUALITY = 0.8;
/** The lesson the pictures show: it has a calculator, a knowledge check and the closing slide. */
const LESSON = 'van-like-naar-euro';

mkdirSync(OUT, { recursive: true });
const browser = await launchChromium();
const encoder = await browser.newPage();

/** Scales a PNG screenshot to WIDTH and writes it as WebP (Chromium's own encoder, through a canvas). */
async function save(name, png) {
  const dataUrl = await encoder.evaluate(
    async ({ b64, width, quality }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const scale = Math.min(1, width / img.naturalWidth);
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(img.naturalWidth * scale);
      canvas.height = Math.round(img.naturalHeight * scale);
      canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
      return canvas.toDataURL('image/webp', quality);
    },
    { b64: png.toString('base64'), width: WIDTH, quality: QUALITY },
  );
  const file = join(OUT, `${name}.webp`);
  const bytes = Buffer.from(dataUrl.split(',')[1], 'base64');
  writeFileSync(file, bytes);
  console.log(`${file}  ${(bytes.length / 1024).toFixed(1)} KB`);
}

/** A page at a size; `wait` resolves once the page shows what the picture needs. */
async function open(base, path, viewport, wait) {
  // Reduced motion: no slide transition or chart animation caught halfway.
  const page = await browser.newPage({ viewport, reducedMotion: 'reduce' });
  await page.goto(base + path);
  await wait?.(page);
  return page;
}

/** Waits until every visible island has hydrated and fonts are in, so the picture is the page at rest. */
async function settled(page) {
  await page
    .locator('astro-island[ssr]:visible')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await page.waitForFunction(() => document.fonts.status === 'loaded');
}

/** The index (0-based) of the first slide matching `selector` in the lesson's deck. */
async function slideIndex(page, selector) {
  return Number(await page.locator(`[data-deck-stage] > ${selector}`).first().getAttribute('data-slide'));
}

const preview = await startPreview({ port: PORT });
try {
  const base = preview.base;
  const projector = { width: 1280, height: 720 };

  // The planner at /workshop/: its form, from the lessons to the start buttons.
  let page = await open(base, 'workshop/', { width: 1280, height: 860 }, settled);
  await page.locator('[data-start]').waitFor();
  await save('planner', await page.locator('.planner__form').screenshot());
  await page.close();

  // The projector on the slide with the calculator: first the overview (O) and the closing slide with the QR
  // code to Mijn plan, then the slide itself with its controls shown, as a mouse movement shows them.
  page = await open(base, `workshop/${LESSON}/`, projector);
  const calculator = await slideIndex(page, '.slide--island');
  await page.goto(`${base}workshop/${LESSON}/#/${calculator + 1}`);
  await settled(page);
  await page.keyboard.press('o');
  await page.locator('[data-overview][open]').waitFor();
  await save('overzicht', await page.screenshot());
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
  await page.locator('.slide--end.is-current').waitFor();
  await save('einde', await page.screenshot());
  await page.goto(`${base}workshop/${LESSON}/#/${calculator + 1}`);
  await page.locator(`.slide[data-slide="${calculator}"].is-current`).waitFor();
  await settled(page);
  await page.mouse.move(640, 400);
  await page.mouse.move(650, 410);
  await page.locator('.deck__controls').waitFor({ state: 'visible' });
  await save('projector', await page.screenshot());
  await page.close();

  // The presenter window on the first slide after the objectives that has notes, timer running.
  page = await open(base, `workshop/${LESSON}/presentator/`, projector, settled);
  const withNotes = await page.evaluate(
    () =>
      [...document.querySelectorAll('.presenter__note')].findIndex(
        (note, i) => i >= 2 && !note.querySelector('.presenter__empty'),
      ) + 1,
  );
  await page.goto(`${base}workshop/${LESSON}/presentator/#/${withNotes}`);
  await page.locator(`.slide[data-slide="${withNotes - 1}"].is-current`).waitFor();
  // Moving away from the title slide started the timer; wait for its first second.
  await page
    .locator('[data-elapsed]')
    .filter({ hasNotText: /^0:00$/ })
    .waitFor();
  await save('presentator', await page.screenshot());
  await page.close();

  // The handout: the projector page as it prints on A4 (96 px per inch), its first slides.
  page = await open(base, `workshop/${LESSON}/`, { width: 794, height: 1123 }, settled);
  await page.emulateMedia({ media: 'print' });
  await save('hand-out', await page.screenshot({ clip: { x: 0, y: 0, width: 794, height: 780 } }));
  await page.close();
} finally {
  preview.stop();
}

// The live room: the live server on a free port with a throwaway journal, a knowledge-check vote in progress.
const bundle = await buildLiveServer();
const journal = join(mkdtempSync(join(tmpdir(), 'trainer-shots-')), 'journal.jsonl');
const server = spawn(
  process.execPath,
  [bundle, '--json', '--no-build', '--host', '127.0.0.1', '--port', '0', '--journal', journal, '--new-room'],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const phones = [];
try {
  const { port, rooms } = await new Promise((resolve, reject) => {
    server.stdout.once('data', (data) => resolve(JSON.parse(String(data).split('\n')[0])));
    server.once('exit', (code) => reject(new Error(`live server stopped (${code})`)));
  });
  const live = `http://127.0.0.1:${port}/`;
  const room = rooms[0].code;

  // The trainer's laptop: the projector joins the room by itself and goes to the first knowledge check.
  const page = await open(live, `workshop/${LESSON}/`, { width: 1280, height: 720 });
  const quiz = await slideIndex(page, '.slide--quiz');
  const question = await page.locator('.slide--quiz .quiz').first().getAttribute('data-quiz');
  await page.locator('[data-deck][data-live-status="live"]').waitFor({ state: 'attached' });
  for (const digit of String(quiz + 1)) await page.keyboard.press(digit);
  await page.keyboard.press('Enter');
  await page.locator('.slide--quiz.is-current').waitFor();

  // Eleven phones vote over plain sockets (as the live tests do), each from its own loopback address (the
  // room admits only a few new participants per address); one more in a phone-sized browser.
  for (let i = 0; i < 11; i++) {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/live/ws`, { localAddress: `127.0.0.${i + 2}` });
    await new Promise((done, fail) => ws.once('open', done).once('error', fail));
    const send = (m) => ws.send(JSON.stringify({ app: 'vdl-workshop', v: 1, from: `p${i}`, ...m }));
    const voter = `shot-voter-${String(i).padStart(6, '0')}`;
    send({ kind: 'join', room, role: 'participant', voter });
    phones.push({ ws, send });
  }
  const phone = await open(live, `live/${room}/`, { width: 390, height: 844 });
  await phone.locator('.live-vote__option[data-option="1"]').click();
  await phone.locator('[data-live-vote-note]').filter({ hasText: 'Je stemde B' }).waitFor();
  phones.forEach((p, i) => p.send({ kind: 'vote', question, option: [1, 1, 0, 1, 2, 1, 0, 1, 1, 3, 1][i] % 4 }));
  await page.locator('.live-results__sum').filter({ hasText: '12 stemmen' }).waitFor();
  await page.locator('.live-results canvas').waitFor();
  await save('live-projector', await page.screenshot());
  await save('live-telefoon', await phone.screenshot());
} finally {
  for (const p of phones) p.ws.close();
  server.kill();
  await browser.close();
}
