/**
 * A phone whose connection dies without a word (it walked out of the Wi-Fi, or slept while the access point
 * dropped it): the socket looks open, nothing arrives. The phone must notice within seconds, never keep
 * saying it is live, catch up with the slide it missed, and keep the vote it cast into the dead connection.
 * The connection is cut in the middle with Playwright's WebSocket routing: the messages stop, the socket
 * stays open.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WebSocketRoute } from '@playwright/test';
import { WebSocket } from 'ws';
import { startLiveServer, type LiveServer } from '../../server/live-server';
import { expect, test } from './fixtures';

const LESSON = 'engagement-per-volgersniveau';
let server: LiveServer;
let room: { code: string; pin: string };

test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  server = await startLiveServer({
    distDir: process.env.DIST_DIR || 'dist',
    journalPath: join(mkdtempSync(join(tmpdir(), 'live-heartbeat-')), 'journal.jsonl'),
    host: '127.0.0.1',
    port: 0,
    log: () => undefined,
  });
  room = server.createRoom();
});

test.afterAll(async () => {
  await server?.close();
});

/** The trainer's projector as a bare socket on the laptop: moves the slide and opens questions. */
async function projector() {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/live/ws`);
  await new Promise((done, fail) => ws.once('open', done).once('error', fail));
  const send = (m: object) => ws.send(JSON.stringify({ app: 'vdl-workshop', v: 1, from: 'projector', ...m }));
  send({ kind: 'join', room: room.code, role: 'projector', pin: room.pin });
  let t = Date.now();
  return {
    ws,
    slide: (slide: number) =>
      send({ kind: 'state', key: `deck:${LESSON}`, json: JSON.stringify({ slide, blackout: false }), t: ++t }),
    poll: (question: string, options: number) => send({ kind: 'poll', question, options, open: true }),
  };
}

test('a phone whose connection dies silently says so, catches up and keeps its vote', async ({
  page: deck,
  browser,
  watch,
}) => {
  const base = `http://127.0.0.1:${server.port}`;
  // The phone: its own browser context, as in live.spec.ts (its page errors count as the test's).
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const page = await phoneContext.newPage();
  page.on('pageerror', (error) => watch.consoleErrors.push(`phone: ${error.message}`));
  // Every socket the phone opens goes through here; a cut one drops all messages both ways and stays open.
  const sockets: WebSocketRoute[] = [];
  const cut = new Set<WebSocketRoute>();
  await page.routeWebSocket(/\/live\/ws$/, (ws) => {
    const upstream = ws.connectToServer();
    sockets.push(ws);
    ws.onMessage((m) => {
      if (!cut.has(ws)) upstream.send(m);
    });
    upstream.onMessage((m) => {
      if (!cut.has(ws)) ws.send(m);
    });
  });
  const status = page.locator('[data-live-status]');

  const host = await projector();
  // Read the deck once for the quiz slide and its question.
  await deck.goto(`${base}/workshop/${LESSON}/`);
  const quizSlide = Number(await deck.locator('.slide--quiz').first().getAttribute('data-slide'));
  const question = (await deck.locator('.slide--quiz .quiz').first().getAttribute('data-quiz'))!;
  const options = await deck.locator('.slide--quiz').first().locator('.quiz__option').count();
  await deck.close();
  host.slide(1);

  await page.goto(`${base}/live/${room.code}/`);
  await expect(page.locator('[data-live-position]')).toHaveText(/Dia 2 van \d+ \(live\)/);
  await expect(status).toHaveText('Je volgt de trainer live.');
  const total = /van (\d+)/.exec((await page.locator('[data-live-position]').textContent()) ?? '')?.[1];

  // 1. The connection dies silently; meanwhile the trainer moves on to the quiz and opens it.
  cut.add(sockets.at(-1)!);
  host.slide(quizSlide);
  host.poll(question, options);
  // The phone wakes up (the screen comes on): it checks at once and does not claim to be live meanwhile.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(status).not.toHaveText('Je volgt de trainer live.', { timeout: 1_000 });
  // Within seconds it is back, on the slide it missed.
  await expect(page.locator('[data-live-position]')).toHaveText(`Dia ${quizSlide + 1} van ${total} (live)`, {
    timeout: 8_000,
  });
  await expect(status).toHaveText('Je volgt de trainer live.');
  expect(sockets.length).toBe(2);

  // 2. It dies again, without any wake-up; the participant votes into the dead connection.
  cut.add(sockets.at(-1)!);
  await page.locator('.live-vote__option[data-option="1"]').click();
  await expect(page.locator('[data-live-vote-note]')).toHaveText('Je stem wordt verstuurd…');
  // No confirmation: the phone says so, checks, reconnects, and sends the vote again; it counts once.
  await expect(status).not.toHaveText('Je volgt de trainer live.', { timeout: 15_000 });
  await expect(page.locator('[data-live-vote-note]')).toContainText('Je stemde B', { timeout: 15_000 });
  await expect(status).toHaveText('Je volgt de trainer live.');
  expect(server.counts(room.code, question)[1]).toBe(1);
  expect(server.participants(room.code)).toBeLessThanOrEqual(2);
  await page.screenshot({ path: 'test-results/live-heartbeat-phone.png', fullPage: true });
  host.ws.close();
  await phoneContext.close();
});
