/**
 * Rooms opened from the browser (issue 26): a live server with an organiser key serves /workshop/, the panel
 * shows; a wrong key gets a Dutch message; the right key opens a room whose QR code and PIN appear in the page;
 * a phone joins it; the trainer ends it (with a confirmation) and downloads its results. axe in both themes.
 * A screenshot of the opened room goes to SHOTS_DIR (default test-results/).
 *
 * The first test runs the server in this process in embedded mode (the directory over the `LiveServer`
 * interface), where a phone can join the new room. The second runs the hosted wiring: the live server in Redis
 * mode on a real redis-server, the organiser API from the environment (`organiserFromEnv`) on the server's
 * own connection; the panel opens a room (screenshots of the trainer's view in Redis mode, light and dark),
 * the deck in that tab hosts it, a phone (a second browser page) joins and votes, the trainer ends the room
 * and the downloaded CSV holds that vote. It also shows the messages for too many wrong keys and for a server
 * that does not answer.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { organiserRoutes } from '../../server/organiser-api';
import { organiserFromEnv } from '../../server/organiser-setup';
import { startLiveServer, type LiveServer } from '../../server/live-server';
import { connectRedis, RedisRoomStore } from '../../server/redis-room-store';
import { EmbeddedRoomDirectory, type RoomDirectory } from '../../server/room-directory';
import { lastActivity, roomKey } from '../../server/room-lifecycle-redis';
import { KeyGuard } from '../../src/lib/live/key-guard';
import { qrSvg } from '../../src/lib/workshop/qr';
import { ORGANISER_MESSAGES } from '../../src/lib/live/organiser-rooms';
import { startRedis } from '../unit/live/redis-helpers';
import { expect, expectNoAxeViolations, switchTheme, test } from './fixtures';

const KEY = 'e2e-organiser-key-4f9c2a7d1b';
/** A lesson with a knowledge-check vote (as live.spec.ts). */
const LESSON = 'engagement-per-volgersniveau';
const DAY = 86_400_000;
let server: LiveServer;
let base = '';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

/** A live server on a free port serving the built site, with the organiser API over `directory`. */
function startSite(directory: RoomDirectory): Promise<LiveServer> {
  return startLiveServer({
    distDir: process.env.DIST_DIR || 'dist',
    journalPath: join(mkdtempSync(join(tmpdir(), 'live-organiser-e2e-')), 'journal.jsonl'),
    host: '127.0.0.1',
    port: 0,
    log: () => undefined,
    extraRoutes: organiserRoutes({
      key: KEY,
      directory,
      guard: new KeyGuard(),
      qr: (url) => qrSvg(url, `QR-code: doe live mee op je telefoon via ${url}`),
      log: () => undefined,
    }),
  });
}

test.beforeAll(async () => {
  server = await startSite(new EmbeddedRoomDirectory(() => server, { idleMs: DAY, retentionMs: 30 * DAY }));
  base = `http://127.0.0.1:${server.port}`;
});

test.afterAll(async () => {
  await server?.close();
});

test('the organiser opens a room from /workshop/, a phone joins, the room ends, results download', async ({
  page,
  browser,
  watch,
}) => {
  // The wrong key's 401 shows in the console as a failed resource; that is the test, not a fault.
  watch.allowConsoleErrors.push(/401 \(Unauthorized\)/);
  await page.goto(`${base}/workshop/`);
  const panel = page.locator('[data-organiser]');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Zaal openen op deze live-server' })).toBeVisible();

  // No key, then a wrong key: Dutch messages next to the field, the field marked.
  await panel.getByRole('button', { name: 'Zaal openen' }).click();
  await expect(panel.locator('[data-organiser-error]')).toHaveText('Plak eerst de organisatiesleutel in het veld.');
  await expect(panel.getByLabel('Organisatiesleutel')).toBeFocused();
  await panel.getByLabel('Organisatiesleutel').fill(`${KEY}-fout`);
  await page.keyboard.press('Enter');
  await expect(panel.locator('[data-organiser-error]')).toHaveText(/Deze organisatiesleutel klopt niet/);
  await expect(panel.getByLabel('Organisatiesleutel')).toHaveAttribute('aria-invalid', 'true');
  expect(server.rooms()).toEqual([]);

  // The right key, by keyboard: the room opens, with its QR code and PIN in the page.
  await panel.getByLabel('Organisatiesleutel').fill(KEY);
  await page.keyboard.press('Enter');
  const opened = panel.locator('[data-organiser-opened]');
  await expect(opened).toBeVisible();
  await expect(opened).toBeFocused();
  await expect(panel.locator('[data-organiser-error]')).toBeEmpty();
  const [room] = server.rooms();
  expect(room).toBeDefined();
  const { code, pin } = room!;
  await expect(opened.getByRole('heading', { name: `Zaal ${code} is open` })).toBeVisible();
  await expect(opened.locator('[data-organiser-pin]')).toHaveText(pin);
  await expect(opened.getByRole('link', { name: `${base}/live/${code}/` })).toBeVisible();
  const qr = opened.getByRole('img', { name: `QR-code: deelnemers doen mee via ${base}/live/${code}/` });
  await expect(qr).toBeVisible();
  expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // The key stays in this tab only, never in the address; the deck in this tab will host the new room.
  expect(page.url()).not.toContain(KEY);
  expect(await page.evaluate(() => sessionStorage.getItem('vdl-organiser-key'))).toBe(KEY);
  expect(await page.evaluate(() => localStorage.length && JSON.stringify(localStorage))).not.toContain(KEY);
  expect(JSON.parse((await page.evaluate(() => sessionStorage.getItem('vdl-live-host')))!)).toEqual({
    room: code,
    pin,
  });
  const item = panel.locator(`[data-organiser-list] li[data-room="${code}"]`);
  await expect(item).toContainText(/Open sinds \d+ december 2026 om \d\d:\d\d\./);

  const shots = process.env.SHOTS_DIR || 'test-results';
  mkdirSync(shots, { recursive: true });
  await panel.screenshot({ path: join(shots, 'organiser-room-opened.png') });
  await expectNoAxeViolations(page, 'the organiser panel with an open room (light)');
  await switchTheme(page, 'dark');
  await expectNoAxeViolations(page, 'the organiser panel with an open room (dark)');
  await panel.screenshot({ path: join(shots, 'organiser-room-opened-dark.png') });
  await switchTheme(page, 'light');

  // A phone joins the room through the address in the QR code.
  const phoneContext = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const phone = await phoneContext.newPage();
  phone.on('pageerror', (error) => watch.consoleErrors.push(`phone: ${error.message}`));
  await phone.goto(`${base}/live/${code}/`);
  await expect.poll(() => server.participants(code)).toBe(1);

  // End the room: a confirmation first (dismissed: nothing happens), then accepted.
  const endButton = item.getByRole('button', { name: /^Zaal beëindigen/ });
  await expect(endButton).toHaveAccessibleName(`Zaal beëindigen: zaal ${code}`);
  page.once('dialog', (dialog) => void dialog.dismiss());
  await endButton.click();
  await expect(item).toContainText('Open sinds');
  let question = '';
  page.once('dialog', (dialog) => {
    question = dialog.message();
    void dialog.accept();
  });
  await endButton.click();
  await expect(item).toContainText(
    /Beëindigd op .* De resultaten kun je downloaden tot \d+ januari 2027 om \d\d:\d\d\./,
  );
  expect(question).toContain(`Zaal ${code} beëindigen?`);
  await expect(opened).toBeHidden();
  await expect(phone.getByText('Deze sessie is afgelopen. Bedankt voor het meedoen!')).toBeVisible();
  expect(server.rooms()).toEqual([]);
  const downloadButton = item.getByRole('button', { name: /^Resultaten downloaden/ });
  await expect(downloadButton).toHaveAccessibleName(`Resultaten downloaden (CSV): zaal ${code}`);
  await expect(downloadButton).toBeFocused();

  // Download the results (no votes in this room: the header row only).
  const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.press('Enter')]);
  expect(download.suggestedFilename()).toBe(`resultaten-${code}.csv`);
  expect(readFileSync((await download.path())!, 'utf8')).toBe('\uFEFFvraag;antwoord;stemmen\r\n');

  await expectNoAxeViolations(page, 'the organiser panel with an ended room (light)');
  await switchTheme(page, 'dark');
  await expectNoAxeViolations(page, 'the organiser panel with an ended room (dark)');
  await phoneContext.close();
});

test('in Redis mode a phone votes in the room opened from the panel; the CSV after the end holds it; errors in Dutch', async ({
  page,
  browser,
  watch,
}) => {
  watch.allowConsoleErrors.push(/401 \(Unauthorized\)|429 \(Too Many Requests\)|ERR_FAILED/);
  const redis = await startRedis();
  // The hosted wiring of main.ts: the live server in Redis mode, the organiser API from the environment on
  // the server's own Redis connection.
  const organiser = (await organiserFromEnv(
    { LIVE_ORGANISER_KEY: KEY, LIVE_REDIS_URL: redis.url },
    // Called only once the server runs (as in main.ts).
    () => site,
    () => undefined,
  ))!;
  const site = await startLiveServer({
    distDir: process.env.DIST_DIR || 'dist',
    journalPath: join(mkdtempSync(join(tmpdir(), 'live-organiser-e2e-')), 'unused.jsonl'),
    host: '127.0.0.1',
    port: 0,
    log: () => undefined,
    redisUrl: redis.url,
    extraRoutes: organiser.extraRoutes,
  });
  organiser.start();
  expect(site.mode).toBe('redis');
  const siteBase = `http://127.0.0.1:${site.port}`;
  // The test's own look into Redis.
  const connection = await connectRedis(redis.url);
  const store = new RedisRoomStore(connection);
  const phoneContext = await browser.newContext({ viewport: { width: 375, height: 812 } });
  try {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${siteBase}/workshop/`);
    const panel = page.locator('[data-organiser]');
    await panel.getByLabel('Organisatiesleutel').fill(KEY);
    await panel.getByRole('button', { name: 'Zaal openen' }).click();
    await expect(panel.locator('[data-organiser-pin]')).toHaveText(/^\d{6}$/);
    const pin = (await panel.locator('[data-organiser-pin]').textContent())!;
    const code = (await panel.locator('[data-organiser-list] li').first().getAttribute('data-room'))!;
    expect(await store.pinOf(code)).toBe(pin);
    const qr = panel.getByRole('img', { name: `QR-code: deelnemers doen mee via ${siteBase}/live/${code}/` });
    await expect(qr).toBeVisible();
    expect(await qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(panel.locator(`[data-organiser-list] li[data-room="${code}"]`)).toContainText('Open sinds');

    // The trainer's view in Redis mode (QR, PIN, Mijn zalen), light and dark.
    const shots = process.env.SHOTS_DIR || 'test-results';
    mkdirSync(shots, { recursive: true });
    await panel.screenshot({ path: join(shots, 'organiser-room-opened-redis.png') });
    await switchTheme(page, 'dark');
    await expectNoAxeViolations(page, 'the organiser panel with a room open in Redis (dark)');
    await panel.screenshot({ path: join(shots, 'organiser-room-opened-redis-dark.png') });
    await switchTheme(page, 'light');

    // The trainer shows the lesson in this tab: the deck hosts the room just opened (its PIN is in the tab).
    await page.goto(`${siteBase}/workshop/${LESSON}/`);
    await expect(page.locator('[data-deck]')).toHaveAttribute('data-live-status', 'live', { timeout: 20_000 });
    const quizSlide = Number(await page.locator('.slide--quiz').first().getAttribute('data-slide'));
    const question = (await page.locator('.slide--quiz .quiz').first().getAttribute('data-quiz'))!;
    const options = await page.locator('.slide--quiz').first().locator('.quiz__option').count();

    // A phone joins through the address in the QR code; the trainer goes to the quiz; the phone votes B.
    const phone = await phoneContext.newPage();
    phone.on('pageerror', (error) => watch.consoleErrors.push(`phone: ${error.message}`));
    await phone.goto(`${siteBase}/live/${code}/`);
    await expect(phone.locator('[data-live-position]')).toHaveText(/\(live\)/);
    for (const digit of String(quizSlide + 1)) await page.keyboard.press(digit);
    await page.keyboard.press('Enter');
    await expect(page.locator(`.slide[data-slide="${quizSlide}"]`)).toBeVisible();
    await expect(phone.locator('.live-page__slide .slide--quiz')).toBeVisible();
    await phone.locator('.live-vote__option[data-option="1"]').click();
    await expect(phone.locator('[data-live-vote-note]')).toContainText('Je stemde B');
    const expected = Array.from({ length: options }, (_, i) => (i === 1 ? 1 : 0));
    await expect.poll(() => store.counts(code, question, options)).toEqual(expected);
    await expect(page.locator('.live-results__sum')).toContainText('1 stem');

    // Back on the panel (the key is still in this tab): the trainer ends the room and downloads its results.
    await page.goto(`${siteBase}/workshop/`);
    await panel.getByRole('button', { name: 'Mijn zalen tonen' }).click();
    const item = panel.locator(`[data-organiser-list] li[data-room="${code}"]`);
    await expect(item).toContainText('Open sinds');
    page.once('dialog', (dialog) => void dialog.accept());
    await item.getByRole('button', { name: /^Zaal beëindigen/ }).click();
    await expect(item).toContainText('De resultaten kun je downloaden tot');
    await expect(phone.getByText('Deze sessie is afgelopen. Bedankt voor het meedoen!')).toBeVisible();
    const last = await lastActivity(connection, code);
    expect(last?.endedAt).not.toBeNull();
    expect(await connection.pExpireTime(roomKey(code, 'events'))).toBe(last!.endedAt! + 30 * DAY);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      item.getByRole('button', { name: /^Resultaten downloaden/ }).click(),
    ]);
    // The CSV lists a question's options up to the last one voted for (in either mode): here A and B.
    const voted = expected.slice(0, expected.findLastIndex((count) => count > 0) + 1);
    const rows = voted.map((count, i) => `${question};${'ABCDEFGH'[i]};${count}\r\n`).join('');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(`\uFEFFvraag;antwoord;stemmen\r\n${rows}`);

    // The server does not answer: a Dutch message, nothing else changes.
    await page.route('**/live/api/organiser/rooms', (route) => route.abort());
    await panel.getByRole('button', { name: 'Mijn zalen tonen' }).click();
    await expect(panel.locator('[data-organiser-error]')).toHaveText(ORGANISER_MESSAGES.noServer);
    await page.unroute('**/live/api/organiser/rooms');

    // Wrong keys: three are free, then the server asks to wait, in Dutch.
    await panel.getByLabel('Organisatiesleutel').fill('niet-de-sleutel-van-de-organisatie');
    for (let i = 0; i < 4; i++) {
      await panel.getByRole('button', { name: 'Mijn zalen tonen' }).click();
      await expect(panel.locator('[data-organiser-error]')).toHaveText(ORGANISER_MESSAGES.wrongKey);
      await page.evaluate(() => (document.querySelector('[data-organiser-error]')!.textContent = ''));
    }
    // The next try comes within the wait (1 s after the fourth miss) or, on a slow machine, after it: then it
    // is one more miss and the wait doubles; either way the message comes within a few tries.
    const error = panel.locator('[data-organiser-error]');
    await expect
      .poll(async () => {
        await page.evaluate(() => (document.querySelector('[data-organiser-error]')!.textContent = ''));
        await panel.getByRole('button', { name: 'Mijn zalen tonen' }).click();
        await expect(error).not.toBeEmpty();
        return error.textContent();
      })
      .toMatch(/^Te veel pogingen met een verkeerde sleutel\. Probeer het over \d+ seconden? opnieuw\.$/);
    await expectNoAxeViolations(page, 'the organiser panel with an error');
  } finally {
    await phoneContext.close();
    await organiser.close();
    await site.close();
    await connection.close().catch(() => undefined);
    await redis.stop();
  }
});

test('without a live server the panel stays hidden and asks nothing', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/live/api/')) asked.push(request.url());
  });
  await page.goto('/workshop/');
  await expect(page.getByRole('heading', { name: 'Workshop geven' })).toBeVisible();
  await expect(page.locator('[data-organiser]')).toBeHidden();
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([]);
});
