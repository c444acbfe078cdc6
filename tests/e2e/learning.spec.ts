/**
 * Journey: a reader learns actively — self-test, knowledge checks, myth quiz — and keeps their progress:
 * across reloads, across tabs, through corrupt or blocked storage, and to another device via a file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { inkedPixels } from './chart-probe';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { sitePaths } from './pages';

/** The first built page whose HTML contains `marker` (so tests follow the content, whatever it is). */
function pageWith(marker: string): string {
  const dist = join(process.cwd(), process.env['DIST_DIR'] || 'dist');
  const path = sitePaths().find((p) => readFileSync(join(dist, p, 'index.html'), 'utf8').includes(marker));
  if (!path) throw new Error(`No built page contains ${marker}`);
  return path;
}

/** Tabs forward until `target` has focus (at most `max` presses), as a keyboard-only reader would. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Could not reach the element with Tab');
}

/** Waits until the island around `locator` has hydrated (its controls are enabled). */
async function hydrated(locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  await expect(locator).toBeEnabled();
}

const statements = (page: Page) => page.locator('.selftest__statements fieldset');

/** Answers every statement with the mouse: the option at `pick(i)` (0–4). */
async function answerAll(page: Page, pick: (i: number) => number): Promise<void> {
  await hydrated(statements(page).first().locator('input').first());
  const count = await statements(page).count();
  for (let i = 0; i < count; i++) await statements(page).nth(i).locator('input').nth(pick(i)).check();
}

test.describe('self-test', () => {
  test('can be completed with the keyboard alone, shows radar chart, table and profile, and is kept after a reload', async ({
    page,
  }) => {
    await page.goto('zelftest/');
    const first = statements(page).first().locator('input').first();
    await hydrated(first);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('body').focus();
    await tabTo(page, first);

    // Focus is visible on the option the keyboard is on.
    const outline = await page
      .locator('.selftest__statements label')
      .first()
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');

    const count = await statements(page).count();
    expect(count).toBeGreaterThanOrEqual(15);
    expect(count).toBeLessThanOrEqual(20);
    for (let i = 0; i < count; i++) {
      await page.keyboard.press('Space'); // selects the focused option ("helemaal oneens")
      for (let step = 0; step < i % 5; step++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab'); // on to the next statement
    }
    await expect(page.getByRole('button', { name: 'Bekijk mijn uitslag' })).toBeFocused();
    await page.keyboard.press('Enter');

    const heading = page.getByRole('heading', { name: 'Jouw uitslag' });
    await expect(heading).toBeFocused();
    const chart = page.getByRole('img', { name: /Radargrafiek van je scores/ });
    await expect(chart).toBeVisible();
    await expect(page.locator('.selftest-result__table tbody tr')).toHaveCount(6);
    await expect(page.locator('.selftest-result__profile h3')).toHaveText(/^De /);
    await expect(page.getByRole('heading', { name: 'Hier begin je' })).toBeVisible();
    await expect(page.locator('.selftest-result__lessons a').first()).toHaveAttribute('href', /\/lessen\//);
    // The chart really drew something (not a blank canvas).
    await expect.poll(() => inkedPixels(chart)).toBeGreaterThan(1000);
    await expectNoAxeViolations(page, 'self-test with a result');

    const tableBefore = (await page.locator('.selftest-result__table tbody').textContent())!;
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Jouw uitslag' })).toBeVisible();
    await expect(page.locator('.selftest-result__table tbody')).toHaveText(tableBefore);
    await expect(page.locator('.selftest-history tbody tr')).toHaveCount(1);
  });

  test('names every unanswered statement and keeps what was answered', async ({ page }) => {
    await page.goto('zelftest/');
    await hydrated(statements(page).first().locator('input').first());
    await statements(page).first().locator('input').nth(3).check();
    await page.getByRole('button', { name: 'Bekijk mijn uitslag' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('zonder antwoord');
    await expect(page.locator('.field-error').first()).toHaveText('Kies een antwoord bij deze stelling.');
    await expect(statements(page).first().locator('input').nth(3)).toBeChecked();
    await expectNoAxeViolations(page, 'self-test with errors');
  });

  test('shows change over time, and one button (with a confirmation) clears the history', async ({ page }) => {
    await page.goto('zelftest/');
    await answerAll(page, () => 1);
    await page.getByRole('button', { name: 'Bekijk mijn uitslag' }).click();
    await answerAll(page, () => 3);
    await page.getByRole('button', { name: 'Bekijk mijn uitslag' }).click();
    await expect(page.locator('.selftest-history tbody tr')).toHaveCount(2);
    await expect(page.locator('.selftest-result__table thead')).toContainText('Vorige keer');
    await page.getByRole('button', { name: 'Wis mijn uitslagen' }).click();
    await expect(page.getByRole('button', { name: 'Nee, bewaar ze' })).toBeFocused();
    await page.getByRole('button', { name: 'Ja, wis alles' }).click();
    await expect(page.locator('.selftest-history')).toHaveCount(0);
    await expect(page.getByText('Je eerdere uitslagen zijn gewist.')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Jouw uitslag' })).toHaveCount(0);
  });

  test('a shared link shows the scores only, stores nothing, and bad links are refused', async ({ page }) => {
    await page.goto('zelftest/?uitslag=83-42-58-17-100-50');
    await expect(page.getByRole('heading', { name: 'Een gedeelde uitslag' })).toBeVisible();
    await expect(page.locator('.selftest-result__table tbody td').first()).toHaveText('83');
    expect(await page.evaluate(() => localStorage.getItem('vdl:zelftest'))).toBeNull();

    await page.goto('zelftest/?uitslag=%3Cimg%20src%3Dx%3E-1-2-3-4-5');
    await expect(page.getByText('Deze link bevat geen geldige uitslag.')).toBeVisible();
    await expect(page.locator('main img')).toHaveCount(0);
  });

  test('the share link holds only the six scores, and print shows only the result', async ({ page }) => {
    await page.goto('zelftest/');
    await answerAll(page, (i) => i % 5);
    await page.getByRole('button', { name: 'Bekijk mijn uitslag' }).click();
    const link = await page.getByLabel('Deellink').inputValue();
    expect(new URL(link).search).toMatch(/^\?uitslag=\d{1,3}(-\d{1,3}){5}$/);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.selftest__form')).toBeHidden();
    await expect(page.locator('.selftest-history')).toBeHidden();
    await expect(page.locator('.selftest-result__meta')).toBeHidden();
    await expect(page.locator('.selftest-result__table')).toBeVisible();
  });
});

test.describe('stored progress', () => {
  test('corrupt stored data: the page works, says so, and keeps what is still valid', async ({ page }) => {
    await page.goto('zelftest/');
    // Let the island load first, so that it reads the corrupt value only after the reload below.
    await hydrated(statements(page).first().locator('input').first());
    const valid = {
      at: '2025-03-01T09:30:00.000Z',
      scores: { doelen: 83, meten: 42, gesprek: 58, inhoud: 17, middelen: 100, kanalen: 50 },
    };
    const raw = JSON.stringify({ v: 2, data: [valid, { at: 'kapot', scores: { doelen: 'x' } }] });
    await page.evaluate(
      ([selfTest]) => {
        localStorage.setItem('vdl:zelftest', selfTest!);
      },
      [raw],
    );
    await page.reload();
    const notice = page.locator('.storage-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('apart gezet');
    await expect(page.locator('.selftest-history tbody tr')).toHaveCount(1);
    await expect(page.locator('.selftest-result__table tbody td').first()).toHaveText('83');
    // The raw text is set aside, not thrown away; the clean value is written back.
    expect(await page.evaluate(() => localStorage.getItem('vdl:zelftest:apart'))).toBe(raw);
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('vdl:zelftest') ?? 'null')))
      .toEqual({ v: 3, data: [valid] });
    await expectNoAxeViolations(page, 'self-test with the storage notice');
    // Still fully usable.
    await answerAll(page, () => 4);
    await page.getByRole('button', { name: 'Bekijk mijn uitslag' }).click();
    await expect(page.locator('.selftest-history tbody tr')).toHaveCount(2);
    await page.getByRole('button', { name: 'Begrepen' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('corrupt lesson progress: the home page works, says so, and keeps the other parts', async ({ page }) => {
    await page.goto('');
    await expect(page.locator('.course-progress__count')).toBeVisible(); // the island has hydrated
    const round = { at: '2025-03-01T09:30:00.000Z', correct: 3, total: 4 };
    await page.evaluate((quiz) => {
      localStorage.setItem('vdl:lessen', '{dit is geen json');
      localStorage.setItem('vdl:mythequiz', JSON.stringify({ v: 2, data: [quiz] }));
    }, round);
    await page.reload();
    await expect(page.locator('.storage-notice')).toContainText('gelezen lessen');
    await expect(page.locator('.course-progress__count')).toContainText(/^0 van de \d+ lessen gelezen/);
    await expect(page.locator('.course-progress')).toContainText('beste score 3 van 4');
    expect(await page.evaluate(() => localStorage.getItem('vdl:lessen:apart'))).toBe('{dit is geen json');
  });

  test('with storage blocked everything works for the visit, and the reader is told', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Opslag geblokkeerd', 'SecurityError');
        },
      });
    });
    await page.goto('zelftest/');
    await answerAll(page, () => 2);
    await page.getByRole('button', { name: 'Bekijk mijn uitslag' }).click();
    await expect(page.getByRole('heading', { name: 'Jouw uitslag' })).toBeVisible();
    await expect(page.locator('.storage-notice')).toContainText('niets bewaren');
  });

  test('a full storage quota: the knowledge check still works and the reader is told', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('Vol', 'QuotaExceededError');
      };
    });
    await page.goto(pageWith('id="kennischeck"'));
    const question = page.locator('.kc-question').first();
    await hydrated(question.locator('input').first());
    await question.locator('input').first().check();
    await question.getByRole('button', { name: /Controleer/ }).click();
    await expect(question.locator('.kc-feedback p')).toBeVisible();
    await expect(page.locator('.storage-notice')).toContainText('niets bewaren');
  });

  test('two open tabs stay in step', async ({ page, context }) => {
    const lesson = pageWith('id="kennischeck"');
    await page.goto('');
    const other = await context.newPage();
    await other.goto(lesson);
    const own = other.getByLabel('Ik heb deze les gelezen');
    await hydrated(own);
    await own.check();
    const slug = lesson.split('/').filter(Boolean).at(-1)!;
    const badge = page.locator(`#gelezen-${slug}`);
    await expect(badge).toBeChecked();
    await badge.uncheck();
    await expect(own).not.toBeChecked();
  });

  test('progress can be saved to a file and loaded on another device', async ({ page, browser }) => {
    const lesson = pageWith('id="kennischeck"');
    const slug = lesson.split('/').filter(Boolean).at(-1)!;
    await page.goto('');
    const badge = page.locator(`#gelezen-${slug}`);
    await hydrated(badge);
    await badge.check();
    await page.getByText('Voortgang meenemen naar een ander apparaat').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Bewaar als bestand' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^voorbij-de-like-voortgang-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({
      app: 'voorbij-de-like',
      kind: 'voortgang',
      parts: { lessons: { [slug]: { done: true } } },
    });

    // "Another device": a fresh browser context with empty storage.
    const device = await browser.newContext({ baseURL: test.info().project.use.baseURL! });
    const other = await device.newPage();
    await other.goto('');
    const otherBadge = other.locator(`#gelezen-${slug}`);
    await hydrated(otherBadge);
    await expect(otherBadge).not.toBeChecked();
    await other.getByText('Voortgang meenemen naar een ander apparaat').click();
    await other.getByLabel('Laad een voortgangsbestand').setInputFiles(file);
    await expect(other.locator('#voortgang-bericht')).toContainText('Geladen: 1 gelezen les');
    await expect(otherBadge).toBeChecked();

    // A file that is not ours is refused with a message next to the field.
    await other
      .getByLabel('Laad een voortgangsbestand')
      .setInputFiles({ name: 'iets.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
    await expect(other.locator('#voortgang-bericht')).toHaveText('Dit is geen voortgangsbestand van Voorbij de like.');
    await expect(otherBadge).toBeChecked();
    await device.close();
  });
});

test.describe('knowledge check and progress', () => {
  test('finishing a lesson’s knowledge check marks it done on the home page', async ({ page }) => {
    // Four questions, two pages and two axe scans: ~20 s on an idle 2-core machine, so the default 30 s is
    // within 2× of its own duration.
    test.setTimeout(90_000);
    const lesson = pageWith('id="kennischeck"');
    const slug = lesson.split('/').filter(Boolean).at(-1)!;
    await page.goto(lesson);
    const questions = page.locator('.kc-question');
    await hydrated(questions.first().locator('input').first());
    const count = await questions.count();
    expect(count).toBeGreaterThanOrEqual(2);
    let right = 0;
    for (let i = 0; i < count; i++) {
      const q = questions.nth(i);
      await q.locator('input').first().check();
      await q.getByRole('button', { name: /Controleer/ }).click();
      const feedback = q.locator('.kc-feedback p');
      await expect(feedback).toBeVisible();
      await expect(q.locator('.kc-feedback')).toHaveAttribute('aria-live', 'polite');
      if ((await feedback.innerText()).startsWith('Goed.')) right++;
    }
    await expect(page.locator('.knowledge-check__summary')).toContainText(`Je had ${right} van de ${count}`);
    // The toggle above the check hydrates when the reader scrolls back to it (client:visible), and says done.
    const done = page.getByLabel('Ik heb deze les gelezen');
    await done.scrollIntoViewIfNeeded();
    await expect(done).toBeEnabled();
    await expect(done).toBeChecked();
    await expectNoAxeViolations(page, 'lesson after its knowledge check');

    await page.goto('');
    const badge = page.locator(`#gelezen-${slug}`);
    await hydrated(badge);
    await expect(badge).toBeChecked();
    await expect(badge.locator('xpath=..')).toContainText(`kennischeck ${right} van ${count} goed`);
    await expect(page.locator('.course-progress__count')).toContainText(/^1 van de \d+ lessen gelezen/);
    await expect(page.locator('.course-progress')).toContainText(`${right} van de ${count} vragen goed`);
    await expectNoAxeViolations(page, 'home with progress');
  });

  test('a question checked without an answer says what to do; retry starts over', async ({ page }) => {
    await page.goto(pageWith('id="kennischeck"'));
    const q = page.locator('.kc-question').first();
    await hydrated(q.locator('input').first());
    await q.getByRole('button', { name: /Controleer/ }).click();
    await expect(q.locator('.kc-feedback')).toHaveText('Kies eerst een antwoord.');
  });

  test('knowledge checks sit outside the searchable text', async ({ page }) => {
    await page.goto(pageWith('id="kennischeck"'));
    await expect(page.locator('.knowledge-check')).toHaveAttribute('data-pagefind-ignore', 'all');
    await expect(page.locator('[data-pagefind-body] .knowledge-check')).toHaveCount(0);
  });
});

test.describe('myth quiz', () => {
  test('each statement gets immediate feedback, a score at the end, and a retry', async ({ page }) => {
    await page.goto(pageWith('id="mythequiz"'));
    const quiz = page.locator('.myth-quiz');
    const fabel = quiz.getByRole('button', { name: 'Fabel', exact: true });
    await hydrated(fabel);
    const total = Number((await quiz.locator('.myth-quiz__counter').innerText()).match(/van (\d+)/)![1]);
    let right = 0;
    for (let i = 0; i < total; i++) {
      await expect(quiz.locator('.myth-quiz__counter')).toHaveText(`Stelling ${i + 1} van ${total}`);
      await quiz.getByRole('button', { name: i % 2 ? 'Feit' : 'Fabel', exact: true }).press('Enter');
      const feedback = quiz.locator('.myth-quiz__feedback p');
      await expect(feedback).toBeVisible();
      if ((await feedback.innerText()).startsWith('Goed!')) right++;
      const next = quiz.getByRole('button', { name: i + 1 < total ? 'Volgende stelling' : 'Bekijk je score' });
      await expect(next).toBeFocused();
      await page.keyboard.press('Enter');
      if (i + 1 < total) await expect(quiz.locator('.myth-quiz__statement')).toBeFocused();
    }
    await expect(quiz.getByRole('heading', { name: `Je score: ${right} van ${total}` })).toBeFocused();
    await expect(quiz.locator('.myth-quiz__review li')).toHaveCount(total);
    await expectNoAxeViolations(page, 'myth quiz result');
    await quiz.getByRole('button', { name: 'Opnieuw spelen' }).click();
    await expect(quiz.locator('.myth-quiz__counter')).toHaveText(`Stelling 1 van ${total}`);

    await page.goto('');
    await expect(page.locator('.course-progress')).toContainText(`beste score ${right} van ${total}`);
  });
});

// Issue 10, item 7: half-done work survives a reload; answers that all go one way get a note, not a profile.
test.describe('unfinished work and answer patterns', () => {
  test('ten of eighteen self-test answers survive a reload', async ({ page }) => {
    await page.goto('zelftest/');
    await hydrated(statements(page).first().locator('input').first());
    for (let i = 0; i < 10; i++)
      await statements(page)
        .nth(i)
        .locator('input')
        .nth(i % 5)
        .check();
    await expect(page.locator('.selftest__count')).toHaveText('10 van de 18 stellingen beantwoord.');
    await page.reload();
    await hydrated(statements(page).first().locator('input').first());
    await expect(page.locator('.selftest__count')).toHaveText('10 van de 18 stellingen beantwoord.');
    for (let i = 0; i < 10; i++)
      await expect(
        statements(page)
          .nth(i)
          .locator('input')
          .nth(i % 5),
      ).toBeChecked();
    await expect(statements(page).nth(10).locator('input:checked')).toHaveCount(0);
  });

  test('agreeing with everything gives a gentle note instead of a confident profile', async ({ page }) => {
    await page.goto('zelftest/');
    await answerAll(page, () => 4);
    await page.getByRole('button', { name: 'Bekijk mijn uitslag' }).click();
    const result = page.locator('.selftest-result');
    await expect(result).toContainText('Nog geen duidelijk beeld');
    await expect(result).toContainText('Je was het met elke stelling eens');
    await expect(result).not.toContainText('De bouwer');
    await expect(result).not.toContainText('Hier begin je');
  });

  test('a myth-quiz round continues where it was after a reload', async ({ page }) => {
    await page.goto(pageWith('id="mythequiz"'));
    const quiz = page.locator('.myth-quiz');
    const fabel = quiz.getByRole('button', { name: 'Fabel', exact: true });
    await hydrated(fabel);
    await fabel.click();
    await quiz.getByRole('button', { name: 'Volgende stelling' }).click();
    await fabel.click();
    await quiz.getByRole('button', { name: 'Volgende stelling' }).click();
    await expect(quiz.locator('.myth-quiz__counter')).toContainText('Stelling 3 van');
    await page.reload();
    await hydrated(quiz.getByRole('button', { name: 'Fabel', exact: true }));
    await expect(quiz.locator('.myth-quiz__counter')).toContainText('Stelling 3 van');
  });
});

// Issue 10, item 9: impossible data is refused with a Dutch message and changes nothing.
test.describe('impossible imports', () => {
  const file = (parts: unknown) =>
    Buffer.from(JSON.stringify({ app: 'voorbij-de-like', kind: 'voortgang', v: 3, parts }));

  test('empty parts, unknown lessons, future rounds and unreachable scores are refused', async ({ page }) => {
    await page.goto('');
    await hydrated(page.locator('[id^="gelezen-"]').first());
    await page.getByText('Voortgang meenemen naar een ander apparaat').click();
    const before = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    const cases: [unknown, string][] = [
      [{}, 'leeg'],
      [{ lessons: { 'bestaat-niet': { done: true } } }, 'les die deze cursus niet heeft'],
      [{ mythQuiz: [{ at: '2999-01-01T00:00:00.000Z', correct: 3, total: 5 }] }, 'datum in de toekomst'],
      [
        {
          selfTest: [
            {
              at: '2025-01-01T00:00:00.000Z',
              scores: { doelen: 1, meten: 2, gesprek: 3, inhoud: 4, middelen: 5, kanalen: 6 },
            },
          ],
        },
        'scores die de zelftest niet kan geven',
      ],
    ];
    for (const [parts, message] of cases) {
      await page
        .getByLabel('Laad een voortgangsbestand')
        .setInputFiles({ name: 'voortgang.json', mimeType: 'application/json', buffer: file(parts) });
      await expect(page.locator('#voortgang-bericht')).toContainText(message);
    }
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).toBe(before);
  });

  test('a shared result with scores the test cannot give is refused', async ({ page }) => {
    await page.goto('zelftest/?uitslag=1-2-3-4-5-6');
    await hydrated(statements(page).first().locator('input').first());
    await expect(page.locator('.selftest .form-message').first()).toContainText('geen geldige uitslag');
    await expect(page.locator('.selftest-result')).toHaveCount(0);
  });
});
