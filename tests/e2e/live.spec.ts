/**
 * The live room end to end, against the live server (`server/`, started here on a free port, serving the
 * built `dist/`): the projector on the trainer's laptop, a presenter on a "tablet" (a second browser context
 * that is not trusted as the laptop and enters the PIN), 30 participants as WebSocket clients voting on a
 * knowledge-check slide and one participant in a phone-sized browser. Hostile messages are rejected and
 * change nothing.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { WebSocket } from 'ws';
import { startLiveServer, type LiveServer } from '../../server/live-server';
import { httpGet } from '../unit/live/helpers';
import { expect, expectNoAxeViolations, test } from './fixtures';

const LESSON = 'engagement-per-volgersniveau';
let server: LiveServer;
let room: { code: string; pin: string };
let base = '';
const logs: string[] = [];

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  server = await startLiveServer({
    distDir: process.env.DIST_DIR || 'dist',
    journalPath: join(mkdtempSync(join(tmpdir(), 'live-e2e-')), 'journal.jsonl'),
    host: '127.0.0.1',
    port: 0,
    log: (line) => logs.push(line),
    describeRoom: (code) => ({
      joinUrl: `${base}/live/${code}/`,
      qr: '<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="QR-code" class="qr" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>',
    }),
  });
  base = `http://127.0.0.1:${server.port}`;
  room = server.createRoom();
});

test.afterAll(async () => {
  await server?.close();
});

/** Whether two elements' boxes do not overlap (a pixel of rounding allowed). */
async function apart(a: Locator, b: Locator): Promise<boolean> {
  const [x, y] = [await a.boundingBox(), await b.boundingBox()];
  if (!x || !y) return false;
  return x.x + x.width <= y.x + 1 || y.x + y.width <= x.x + 1 || x.y + x.height <= y.y + 1 || y.y + y.height <= x.y + 1;
}

/**
 * A participant as a bare WebSocket client, collecting what it receives. Each from its own address, as each
 * phone is its own device on the LAN (the server limits new participants per address); 127.0.0.1 is the
 * laptop.
 */
async function wsParticipant(n: number, code = room.code) {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/live/ws`, {
    localAddress: `127.${Math.floor(n / 250) + 2}.${(n % 250) + 1}.1`,
  });
  const received: Record<string, unknown>[] = [];
  ws.on('message', (data) => received.push(JSON.parse(data.toString()) as Record<string, unknown>));
  await new Promise((done, fail) => ws.once('open', done).once('error', fail));
  const send = (m: object | string) =>
    ws.send(typeof m === 'string' ? m : JSON.stringify({ app: 'vdl-workshop', v: 1, from: `p${n}`, ...m }));
  send({ kind: 'join', room: code, role: 'participant', voter: `e2e-voter-${String(n).padStart(6, '0')}` });
  await expect.poll(() => received.some((m) => m['kind'] === 'welcome')).toBe(true);
  return { ws, received, send };
}

test('projector, remote presenter with PIN and 30 phones run a knowledge-check vote', async ({
  page,
  browser,
  watch,
}) => {
  // The projector: the trainer's laptop, so the server hands it room and PIN.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${base}/workshop/${LESSON}/`);
  const quizSlide = Number(await page.locator('.slide--quiz').first().getAttribute('data-slide'));
  const question = (await page.locator('.slide--quiz .quiz').first().getAttribute('data-quiz'))!;
  const options = await page.locator('.slide--quiz').first().locator('.quiz__option').count();
  // The title slide shows the room's QR code and how many joined (the vote panel waits for a vote slide).
  await expect(page.locator('.slide--title .slide__qr[data-live]')).toContainText(`/live/${room.code}/`);
  await expect(page.locator('.slide--title [data-live-people-qr]')).toHaveText('0 deelnemers doen mee');
  await expect(page.locator('.live-results')).toBeHidden();

  // The tablet: another device on the LAN learns only that the server runs (not the room, not the PIN).
  const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  await tablet.route('**/live/api/status', (route) => route.fulfill({ json: { live: true } }));
  const presenter = await tablet.newPage();
  presenter.on('pageerror', (error) => watch.consoleErrors.push(`tablet: ${error.message}`));
  await presenter.goto(`${base}/live/${room.code}/`);
  await presenter.getByText('Ik geef deze training').click();
  await presenter.getByLabel('Pincode van de trainer').fill('12');
  await presenter.getByRole('button', { name: 'Open de presentatorweergave' }).click();
  await expect(presenter.locator('[data-live-pin-error]')).toContainText('zes cijfers');
  await presenter.getByLabel('Pincode van de trainer').fill(room.pin);
  await presenter.getByRole('button', { name: 'Open de presentatorweergave' }).click();
  // The projector told the room which lesson it shows, so the tablet opens that lesson's presenter view.
  await presenter.waitForURL(new RegExp(`/workshop/${LESSON}/presentator/`));
  await expect(presenter.locator('[data-deck]')).toHaveAttribute('data-live-status', 'live', { timeout: 20_000 });

  // 30 phones join; the projector counts them.
  const phones = await Promise.all(Array.from({ length: 30 }, (_, i) => wsParticipant(i + 1)));
  await expect(page.locator('[data-live-people]')).toHaveText('30 deelnemers');
  await expect(page.locator('.slide--title [data-live-people-qr]')).toHaveText('30 deelnemers doen mee');

  // The trainer goes to the quiz slide on the tablet; the projector follows and voting opens.
  for (const digit of String(quizSlide + 1)) await presenter.keyboard.press(digit);
  await presenter.keyboard.press('Enter');
  await expect(page.locator(`.slide[data-slide="${quizSlide}"]`)).toBeVisible();
  await expect.poll(() => server.counts(room.code, question).length).toBe(options);

  // Votes: 12 × A, 15 × B, 3 × C; every phone also taps a second time (counted once).
  const choice = (i: number) => (i < 12 ? 0 : i < 27 ? 1 : 2);
  phones.forEach((p, i) => p.send({ kind: 'vote', question, option: choice(i) }));
  phones.forEach((p, i) => p.send({ kind: 'vote', question, option: (choice(i) + 1) % options }));
  const expected = [12, 15, 3, ...new Array(Math.max(0, options - 3)).fill(0)] as number[];
  await expect(page.locator('.live-results__sum')).toHaveText(
    `30 stemmen: ${expected.map((c, i) => `${'ABCDEFGH'[i]} ${c}`).join(', ')}.`,
  );
  await expect(page.locator('.live-results canvas')).toHaveAttribute('aria-label', /30 stemmen/);
  // The chart takes a column the slide leaves free: the question and its options stay in view.
  await expect.poll(() => apart(page.locator('.live-results'), page.locator('.slide.is-current .quiz'))).toBe(true);

  // Hostile messages: oversized, malformed, a join to a wrong room, a participant trying to navigate/reveal.
  const rogue = phones[0]!;
  rogue.send('x'.repeat(5000));
  rogue.send('{"kind":');
  rogue.send({ kind: 'join', room: 'zzzzzzzzzz', role: 'participant', voter: 'e2e-voter-999999' });
  rogue.send({ kind: 'state', key: `deck:${LESSON}`, json: '{"slide":0,"blackout":true}', t: Date.now() + 60_000 });
  rogue.send({ kind: 'state', key: `quiz:${question}`, json: '{"revealed":true}', t: Date.now() + 60_000 });
  rogue.send({ kind: 'poll', question, options, open: false });
  await expect
    .poll(() => rogue.received.filter((m) => m['kind'] === 'error').map((m) => m['code']))
    .toEqual(['too-big', 'invalid', 'invalid', 'forbidden', 'forbidden', 'forbidden']);
  const wrongRoom = new WebSocket(`ws://127.0.0.1:${server.port}/live/ws`);
  await new Promise((done) => wrongRoom.once('open', done));
  wrongRoom.send(
    JSON.stringify({
      app: 'vdl-workshop',
      v: 1,
      from: 'x',
      kind: 'join',
      room: 'zzzzzzzzzz',
      role: 'presenter',
      pin: '000000',
    }),
  );
  await expect.poll(() => wrongRoom.readyState).toBe(WebSocket.CLOSED);
  // One terminal line per burst and kind of rejection, not one per message.
  for (const code of ['too-big', 'invalid', 'forbidden', 'no-room'])
    expect(logs.some((l) => l.startsWith(`reject ${code}`))).toBe(true);
  await expect(page.locator(`.slide[data-slide="${quizSlide}"]`)).toBeVisible();
  await expect(page.locator('.deck__blackout')).toBeHidden();
  await expect(page.locator('.slide--quiz.is-current .quiz')).not.toHaveClass(/is-revealed/);
  expect(server.counts(room.code, question).slice(0, 3)).toEqual([12, 15, 3]);

  // A phone in a browser: follows the slide, sees its own vote after voting.
  const phoneContext = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const phone = await phoneContext.newPage();
  phone.on('pageerror', (error) => watch.consoleErrors.push(`phone: ${error.message}`));
  await phone.goto(`${base}/live/${room.code}/`);
  await expect(phone.locator('[data-live-position]')).toHaveText(/\(live\)/);
  await expect(phone.locator('.live-page__slide .slide--quiz')).toBeVisible();
  await phone.locator('.live-vote__option[data-option="1"]').click();
  await expect(phone.locator('[data-live-vote-note]')).toContainText('Je stemde B');
  await expect(page.locator('.live-results__sum')).toContainText('31 stemmen');
  await expectNoAxeViolations(phone, 'the participant page');

  // The trainer reveals on the tablet: the projector and the phone show the answer, voting closes.
  await presenter.keyboard.press('ArrowRight');
  await expect(page.locator('.slide--quiz.is-current .quiz')).toHaveClass(/is-revealed/);
  await expect(phone.locator('[data-live-vote-note]')).toContainText('Je stemde B.');
  await expect(phone.locator('.live-vote__option[data-result="juist"]')).toHaveCount(1);
  const late = phones[29]!;
  const before = late.received.filter((m) => m['kind'] === 'error').length;
  const latecomer = await wsParticipant(31);
  latecomer.send({ kind: 'vote', question, option: 0 });
  await expect
    .poll(() => latecomer.received.some((m) => m['kind'] === 'error' && m['code'] === 'poll-closed'))
    .toBe(true);
  expect(late.received.filter((m) => m['kind'] === 'error').length).toBe(before);

  // The results as CSV: on the laptop as they are; from another device only with the PIN in a header
  // (never in the address).
  const csvPath = `/live/api/${room.code}/resultaten.csv`;
  expect((await httpGet(server.port, `${csvPath}?pin=${room.pin}`, { address: '127.9.9.9' })).status).toBe(404);
  expect(
    (await httpGet(server.port, csvPath, { address: '127.9.9.9', headers: { 'x-live-pin': room.pin } })).body,
  ).toContain(`${question};A;12`);
  const csv = await (await fetch(`${base}${csvPath}`)).text();
  expect(csv).toContain(`${question};A;12`);
  expect(csv).toContain(`${question};B;16`);

  await page.screenshot({ path: 'test-results/live-projector.png' });
  await presenter.screenshot({ path: 'test-results/live-presenter.png' });
  await phone.screenshot({ path: 'test-results/live-phone.png', fullPage: true });
  for (const p of [...phones, latecomer]) p.ws.close();
  wrongRoom.close();
  await tablet.close();
  await phoneContext.close();
  expect(watch.consoleErrors).toEqual([]);
});

test('projector, remote presenter with PIN and 30 phones vote on the myth quiz; the presenter reveals', async ({
  page,
  browser,
  watch,
}) => {
  const MYTHS = 'twintig-mythes';
  // A room of its own: the newest room is the one the laptop's projector joins.
  const myths = server.createRoom();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${base}/workshop/${MYTHS}/`);
  await expect(page.locator('.slide--title .slide__qr[data-live]')).toContainText(`/live/${myths.code}/`);
  const slide = page.locator('.slide:has([data-live-myths])').first();
  const mythSlide = Number(await slide.getAttribute('data-slide'));
  const numbers = await slide
    .locator('[data-live-myths] li')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['number']));
  const question = (i: number) => `myth:${MYTHS}:${numbers[i]}`;

  // The presenter on a tablet, with the PIN.
  const tablet = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  await tablet.route('**/live/api/status', (route) => route.fulfill({ json: { live: true } }));
  const presenter = await tablet.newPage();
  presenter.on('pageerror', (error) => watch.consoleErrors.push(`tablet: ${error.message}`));
  await presenter.goto(`${base}/live/${myths.code}/`);
  await presenter.getByText('Ik geef deze training').click();
  await presenter.getByLabel('Pincode van de trainer').fill(myths.pin);
  await presenter.getByRole('button', { name: 'Open de presentatorweergave' }).click();
  await presenter.waitForURL(new RegExp(`/workshop/${MYTHS}/presentator/`));
  await expect(presenter.locator('[data-deck]')).toHaveAttribute('data-live-status', 'live', { timeout: 20_000 });

  const phones = await Promise.all(Array.from({ length: 30 }, (_, i) => wsParticipant(100 + i, myths.code)));
  await expect(page.locator('[data-live-people]')).toHaveText('30 deelnemers');

  // The trainer goes to the myth quiz: statement 1 is open for votes (fabel = 0, feit = 1).
  for (const digit of String(mythSlide + 1)) await presenter.keyboard.press(digit);
  await presenter.keyboard.press('Enter');
  await expect(page.locator(`.slide[data-slide="${mythSlide}"]`)).toBeVisible();
  await expect.poll(() => server.counts(myths.code, question(0)).length, { timeout: 20_000 }).toBe(2);

  // 18 × fabel, 12 × feit, and every phone taps a second time (counted once).
  phones.forEach((p, i) => p.send({ kind: 'vote', question: question(0), option: i < 18 ? 0 : 1 }));
  phones.forEach((p, i) => p.send({ kind: 'vote', question: question(0), option: i < 18 ? 1 : 0 }));
  await expect(page.locator('.live-results__sum')).toHaveText('30 stemmen: Fabel 18, Feit 12.');
  await expect(page.locator('.live-results canvas')).toHaveAttribute('aria-label', /Fabel 18, Feit 12/);
  // A participant cannot answer the statement for the room.
  phones[0]!.send({
    kind: 'state',
    key: `island:${MYTHS}:myth-quiz`,
    json: '{"answers":[],"index":0,"finished":true}',
    t: Date.now(),
  });
  await expect
    .poll(() => phones[0]!.received.some((m) => m['kind'] === 'error' && m['code'] === 'forbidden'))
    .toBe(true);

  // A phone in a browser shows the statement on screen and votes.
  const phoneContext = await browser.newContext({ viewport: { width: 375, height: 812 } });
  const phone = await phoneContext.newPage();
  phone.on('pageerror', (error) => watch.consoleErrors.push(`phone: ${error.message}`));
  await phone.goto(`${base}/live/${myths.code}/`);
  await expect(phone.locator('[data-live-vote-statement]')).toContainText('Stelling 1 van');
  await phone.getByRole('button', { name: 'Feit' }).click();
  await expect(phone.locator('[data-live-vote-note]')).toContainText('Je stemde Feit');
  await expect(page.locator('.live-results__sum')).toHaveText('31 stemmen: Fabel 18, Feit 13.');
  await expectNoAxeViolations(phone, 'the participant page on a myth statement');

  // The reveal is the presenter's: the trainer answers on the tablet; projector and phones show the verdict.
  const current = presenter.locator('.slide.is-current');
  await current.getByRole('button', { name: 'Fabel', exact: true }).click();
  await expect(page.locator('.slide.is-current .myth-quiz__feedback')).toContainText('Het is een');
  await expect(phone.locator('[data-live-vote-note]')).toContainText(/Je stemde Feit\. Het is een (fabel|feit)\./);
  await expect(phone.locator('.live-vote__option[data-result="juist"]')).toHaveCount(1);
  const latecomer = await wsParticipant(200, myths.code);
  latecomer.send({ kind: 'vote', question: question(0), option: 0 });
  await expect
    .poll(() => latecomer.received.some((m) => m['kind'] === 'error' && m['code'] === 'poll-closed'))
    .toBe(true);
  // The vote panel hides nothing: not the slide's content on the projector, not the slide or the notes in the
  // presenter view, at the projector and tablet sizes trainers use.
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(size);
    await presenter.setViewportSize(size);
    const panel = page.locator('.live-results');
    await expect(panel).toBeVisible();
    await expect.poll(() => apart(panel, page.locator('.slide.is-current .deck-island'))).toBe(true);
    await expect.poll(() => apart(panel, page.locator('.slide.is-current .slide__foot'))).toBe(true);
    const side = presenter.locator('.live-results');
    await expect(side.locator('canvas')).toBeVisible();
    await expect.poll(() => apart(side, presenter.locator('.presenter__notes'))).toBe(true);
    await expect.poll(() => apart(side.locator('canvas'), presenter.locator('.presenter__notes'))).toBe(true);
    await expect.poll(() => apart(side, presenter.locator('.slide.is-current'))).toBe(true);
    await page.screenshot({ path: `test-results/live-myth-projector-${size.width}.png` });
    await presenter.screenshot({ path: `test-results/live-myth-presenter-${size.width}.png` });
  }

  // The next statement opens a new vote, on every screen.
  await current.getByRole('button', { name: 'Volgende stelling' }).click();
  await expect(page.locator('.slide.is-current .myth-quiz__counter')).toContainText('Stelling 2 van');
  await expect.poll(() => server.counts(myths.code, question(1)).length).toBe(2);
  await expect(phone.locator('[data-live-vote-statement]')).toContainText('Stelling 2 van');
  await expect(page.locator('.live-results__sum')).toHaveText('0 stemmen: Fabel 0, Feit 0.');
  expect(server.counts(myths.code, question(0))).toEqual([18, 13]);

  const csv = await (await fetch(`${base}/live/api/${myths.code}/resultaten.csv?pin=${myths.pin}`)).text();
  expect(csv).toContain(`${question(0)};A;18`);
  expect(csv).toContain(`${question(0)};B;13`);
  await phone.screenshot({ path: 'test-results/live-myth-phone.png', fullPage: true });
  for (const p of [...phones, latecomer]) p.ws.close();
  await tablet.close();
  await phoneContext.close();
  expect(watch.consoleErrors).toEqual([]);
});
