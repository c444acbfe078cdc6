/** Journey: a reader answers a knowledge check, gets a second try after a wrong answer, and prints the lesson. */
import { expect, test } from './fixtures';

const LESSON = 'lessen/vergiftigd-geschenk/';

test('a wrong answer can be tried again; the first answer is the one that counts', async ({ page }) => {
  await page.goto(LESSON);
  const check = page.locator('.knowledge-check');
  await expect(check).toContainText('je eerste antwoord telt voor je score');
  const questions = check.locator('.kc-question');
  const first = questions.first();
  await first.scrollIntoViewIfNeeded();
  await expect(check.locator('astro-island').first()).not.toHaveAttribute('ssr', /.*/);
  // Pick a wrong option (the server marks the correct one for print).
  const wrong = first.locator('.kc-option:not([data-correct]) input').first();
  await wrong.check();
  await first.getByRole('button', { name: /Controleer/ }).click();
  await expect(first.locator('.kc-feedback')).toContainText('Niet goed.');
  const again = first.getByRole('button', { name: /Nog een keer proberen/ });
  await again.click();
  await expect(first.locator('.kc-feedback')).toHaveText('');
  await expect(first.locator('input').first()).toBeFocused();
  await first.locator('.kc-option[data-correct] input').check();
  await first.getByRole('button', { name: /Controleer/ }).click();
  await expect(first.locator('.kc-feedback')).toContainText('Goed.');
  await expect(again).toHaveCount(0);
  // Answer the rest right; the score still counts the first, wrong answer.
  const count = await questions.count();
  for (let i = 1; i < count; i++) {
    const q = questions.nth(i);
    await q.locator('.kc-option[data-correct] input').check();
    await q.getByRole('button', { name: /Controleer/ }).click();
  }
  await expect(check.locator('.knowledge-check__summary')).toContainText(`Je had ${count - 1} van de ${count}`);
});

test('a printed lesson shows each question with its correct answer marked, and no buttons or radio buttons', async ({
  page,
}) => {
  await page.goto(LESSON);
  await page.emulateMedia({ media: 'print' });
  const check = page.locator('.knowledge-check');
  await expect(check.locator('.kc-question').first()).toBeVisible();
  await expect(check.locator('button:visible')).toHaveCount(0);
  await expect(check.locator('input[type="radio"]:visible')).toHaveCount(0);
  const marked = await check
    .locator('.kc-option[data-correct] label')
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').content);
  expect(marked).toContain('goede antwoord');
  const questions = await check.locator('.kc-question').count();
  await expect(check.locator('.kc-option[data-correct]')).toHaveCount(questions);
});

test('the self-test error box links every open statement', async ({ page }) => {
  await page.goto('zelftest/');
  const submit = page.getByRole('button', { name: 'Bekijk mijn uitslag' });
  await expect(submit).toBeEnabled();
  const statements = await page.locator('.selftest ol > li').count();
  await submit.click();
  const summary = page.locator('.error-summary');
  await expect(summary).toContainText(`Nog ${statements} stellingen zonder antwoord`);
  await expect(summary.getByRole('link')).toHaveCount(statements);
});
