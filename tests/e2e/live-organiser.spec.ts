/**
 * Rooms opened from the browser (issue 26): a live server with an organiser key serves /workshop/, the panel
 * shows; a wrong key gets a Dutch message; the right key opens a room whose QR code and PIN appear in the page;
 * a phone joins it; the trainer ends it (with a confirmation) and downloads its results. axe in both themes.
 * A screenshot of the opened room goes to SHOTS_DIR (default test-results/).
 *
 * The first test runs the server in this process in embedded mode (the directory over the `LiveServer`
 * interface), where a phone can join the new room. The second opens, ends and downloads a room kept in a real
 * redis-server (the Redis directory); a phone joining a Redis room needs the live server's Redis mode
 * (branch redis-server), so that test checks the room in Redis instead. It also shows the messages for too
 * many wrong keys and for a server that does not answer.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { organiserRoutes } from '../../server/organiser-api';
import { startLiveServer, type LiveServer } from '../../server/live-server';
import { connectRedis, RedisRoomStore } from '../../server/redis-room-store';
import { EmbeddedRoomDirectory, type RoomDirectory } from '../../server/room-directory';
import { RedisRoomDirectory } from '../../server/room-directory-redis';
import { lastActivity, roomKey } from '../../server/room-lifecycle-redis';
import { KeyGuard } from '../../src/lib/live/key-guard';
import { qrSvg } from '../../src/lib/workshop/qr';
import { ORGANISER_MESSAGES } from '../../src/lib/live/organiser-rooms';
import { startRedis } from '../unit/live/redis-helpers';
import { voter } from '../unit/live/helpers';
import { expect, expectNoAxeViolations, switchTheme, test } from './fixtures';

const KEY = 'e2e-organiser-key-4f9c2a7d1b';
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

test('in Redis mode the room is opened, ended and read in Redis; too many tries and no server in Dutch', async ({
  page,
  watch,
}) => {
  watch.allowConsoleErrors.push(/401 \(Unauthorized\)|429 \(Too Many Requests\)|ERR_FAILED/);
  const redis = await startRedis();
  const connection = await connectRedis(redis.url);
  const store = new RedisRoomStore(connection);
  const lifecycle = { idleMs: DAY, retentionMs: 30 * DAY };
  const site = await startSite(new RedisRoomDirectory(connection, store, lifecycle));
  try {
    await page.goto(`http://127.0.0.1:${site.port}/workshop/`);
    const panel = page.locator('[data-organiser]');
    await panel.getByLabel('Organisatiesleutel').fill(KEY);
    await panel.getByRole('button', { name: 'Zaal openen' }).click();
    await expect(panel.locator('[data-organiser-pin]')).toHaveText(/^\d{6}$/);
    const pin = await panel.locator('[data-organiser-pin]').textContent();
    const code = (await panel.locator('[data-organiser-list] li').first().getAttribute('data-room'))!;
    expect(await store.pinOf(code)).toBe(pin);
    await expect(panel.getByRole('img', { name: /^QR-code: deelnemers doen mee via/ })).toBeVisible();
    expect(site.rooms().map((r) => r.code)).not.toContain(code);

    // Votes as any process would store them; then the trainer ends the room.
    await store.vote(code, 'les:1', voter(1), 1);
    await store.vote(code, 'les:1', voter(2), 1);
    const item = panel.locator(`[data-organiser-list] li[data-room="${code}"]`);
    page.once('dialog', (dialog) => void dialog.accept());
    await item.getByRole('button', { name: /^Zaal beëindigen/ }).click();
    await expect(item).toContainText('De resultaten kun je downloaden tot');
    const last = await lastActivity(connection, code);
    expect(last?.endedAt).not.toBeNull();
    expect(await connection.pExpireTime(roomKey(code, 'events'))).toBe(last!.endedAt! + lifecycle.retentionMs);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      item.getByRole('button', { name: /^Resultaten downloaden/ }).click(),
    ]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(
      '\uFEFFvraag;antwoord;stemmen\r\nles:1;A;0\r\nles:1;B;2\r\n',
    );

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
