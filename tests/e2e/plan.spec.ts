/**
 * Journey: a reader who did the self-test and a calculator makes "Mijn plan": sees both, writes a measurable
 * goal, prints it on one A4, and takes it to another device as a file. Also: validation, reset, the log, axe
 * in both themes, and no sideways scrolling on a phone.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, setTheme, test } from './fixtures';

const statements = (page: Page) => page.locator('.selftest__statements fieldset');

/** Waits until the plan island has hydrated. */
async function planReady(page: Page): Promise<void> {
  await expect(page.locator('.plan[data-hydrated="true"]')).toBeVisible({ timeout: 30_000 });
}

/** Pages in a PDF, counted from its page objects (Chromium writes them uncompressed). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Replaces a field's text by typing, as a reader does. */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('ControlOrMeta+a');
  if (text === '') await field.press('Backspace');
  else await field.pressSequentially(text);
}

/** Does the self-test with a mixed pattern (weakest: meten, then doelen) and the effort calculator. */
async function doSelfTestAndCalculator(page: Page): Promise<void> {
  await page.goto('zelftest/');
  await expect(statements(page).first().locator('input').first()).toBeEnabled({ timeout: 30_000 });
  const count = await statements(page).count();
  for (let i = 0; i < count; i++) {
    const text = await statements(page).nth(i).locator('legend').innerText();
    // Low on measuring, middling on goals, good elsewhere — and never the same answer everywhere.
    const pick = /cijfers|klanten social media|UTM|likes en volgers/.test(text)
      ? /likes en volgers/.test(text)
        ? 4
        : 0
      : i % 3 === 0
        ? 2
        : 3;
    await statements(page).nth(i).locator('input').nth(pick).check();
  }
  await page.getByRole('button', { name: 'Bekijk mijn uitslag' }).click();
  await expect(page.getByRole('heading', { name: 'Jouw uitslag' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Maak je plan' })).toBeVisible();

  await page.goto('rekenhulpen/inspanning/');
  const region = page.getByRole('region', { name: 'Rekenhulp inspanning en kosten' });
  await region.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: region })).not.toHaveAttribute('ssr', /.*/, { timeout: 30_000 });
  await typeInto(region.getByLabel('Uren per week'), '5');
  // The plan keeps the scenario once the reader changed something.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('vdl:plan') ?? '')).toContain('"inspanning"');
}

test.describe('Mijn plan', () => {
  // Long journeys (a whole self-test, a calculator, two PDFs) on a shared machine: wait for conditions, not clocks.
  test.describe.configure({ timeout: 180_000 });

  test('from self-test and calculator to a one-page plan, printed and taken to another device', async ({
    page,
    browser,
  }) => {
    await doSelfTestAndCalculator(page);

    await page.goto('mijn-plan/');
    await planReady(page);
    // Both show: the self-test (its weakest dimensions) and the calculator's numbers.
    await expect(page.getByTestId('plan-zelftest')).toContainText('het zwakst op meten');
    const numbers = page.locator('[data-scenario="inspanning"]');
    await expect(numbers).toContainText('Kosten per maand');
    await expect(numbers.getByRole('link', { name: /met deze cijfers/ })).toHaveAttribute('href', /i\.uren=5/);
    // The funnel is still empty: the page says which calculator fills it.
    await expect(page.locator('.plan-scenario--empty')).toContainText('Van like naar euro');

    // The goal: a Dutch message until it is measurable, then one sentence.
    await typeInto(page.getByLabel('Aantal'), '1,5');
    await expect(page.locator('#doel-aantal-fout')).toContainText('heel getal');
    await expect(page.getByLabel('Aantal')).toHaveAttribute('aria-invalid', 'true');
    await typeInto(page.getByLabel('Aantal'), '12');
    await page.getByLabel('Wat je telt').selectOption('klanten');
    await typeInto(page.getByLabel('Kanaal'), 'Instagram');
    await expect(page.locator('.plan-goal__result')).toHaveText(
      'Je doel: In de komende 3 maanden wil ik 12 nieuwe klanten via Instagram.',
    );

    await page.getByRole('checkbox', { name: 'Aanvragen' }).check();
    await page.getByRole('checkbox', { name: 'Bezoekers via social media' }).check();
    await page.getByLabel('Wat wil ik bereiken?').fill('Twaalf nieuwe klanten voor de zomer.');
    await page.getByRole('button', { name: 'Maak mijn lijst voor 30 dagen' }).click();
    await expect(page.locator('.plan-week')).toHaveCount(4);
    await expect(page.locator('.plan-week legend').first()).toContainText('Meten');
    await page.locator('.plan-week input').first().check();

    // Print: exactly one A4 page (no log yet).
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdfPages(pdf);
    test.info().annotations.push({ type: 'pdf', description: `${pages} page(s), ${pdf.length} bytes` });
    console.log(`Mijn plan PDF: ${pages} page(s), ${pdf.length} bytes`);
    expect(pages).toBe(1);

    // Export, then import into a fresh browser context.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Bewaar als bestand' }).click(),
    ]);
    const file = await download.path();
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toMatchObject({ v: 3, parts: { plan: { goal: { aantal: '12', kanaal: 'Instagram' } } } });

    const device = await browser.newContext({ baseURL: test.info().project.use.baseURL! });
    const other = await device.newPage();
    await other.goto('mijn-plan/');
    await planReady(other);
    await expect(other.locator('.plan-goal__result')).not.toContainText('Je doel:');
    await other.getByLabel('Laad een bestand').setInputFiles(file);
    await expect(other.locator('.plan-actions [role="status"]')).toHaveText('Je plan is geladen.');
    await expect(other.locator('.plan-goal__result')).toHaveText(
      'Je doel: In de komende 3 maanden wil ik 12 nieuwe klanten via Instagram.',
    );
    await expect(other.getByTestId('plan-zelftest')).toContainText('het zwakst op meten');
    await expect(other.locator('[data-scenario="inspanning"]')).toContainText('Kosten per maand');
    await expect(other.getByLabel('Wat wil ik bereiken?')).toHaveValue('Twaalf nieuwe klanten voor de zomer.');
    await expect(other.locator('.plan-week input').first()).toBeChecked();
    await expect(other.getByRole('checkbox', { name: 'Aanvragen' })).toBeChecked();
    await device.close();
  });

  test('the log: validated per field, a chart with a table, and the log prints on a second page', async ({ page }) => {
    await page.goto('mijn-plan/');
    await planReady(page);
    await expect(page.locator('.plan-log')).toContainText('Kies eerst');
    await page.getByRole('checkbox', { name: 'Aanvragen' }).check();
    await page.getByRole('checkbox', { name: 'Verkopen via social media' }).check();
    await typeInto(page.locator('#log-aanvragen'), 'veel');
    await page.getByRole('button', { name: 'Bewaar deze maand' }).click();
    await expect(page.locator('#log-aanvragen-fout')).toContainText('alleen een getal');
    await expect(page.locator('#log-verkopen-fout')).toContainText('Vul een aantal in');
    await expect(page.locator('.plan-log__table')).toHaveCount(0);

    await page.locator('#log-month').fill('2025-01');
    await typeInto(page.locator('#log-aanvragen'), '4');
    await typeInto(page.locator('#log-verkopen'), '1');
    await typeInto(page.locator('#log-likes'), '1.200');
    await page.getByRole('button', { name: 'Bewaar deze maand' }).click();
    await page.locator('#log-month').fill('2025-02');
    await typeInto(page.locator('#log-aanvragen'), '6');
    await page.getByRole('button', { name: 'Bewaar deze maand' }).click();
    await expect(page.locator('.plan-log__table tbody tr')).toHaveCount(2);
    await expect(page.locator('.plan-log__table tbody tr').first()).toContainText('1.200');
    await expect(page.locator('.plan-chart canvas')).toHaveAttribute('aria-label', /over 2 maanden/);
    await page.getByLabel(/Toon ook de likes/).check();
    await expect(page.locator('.plan-chart canvas')).toHaveAttribute('aria-label', /likes/);

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPages(pdf)).toBe(2);

    await page.reload();
    await planReady(page);
    await expect(page.locator('.plan-log__table tbody tr')).toHaveCount(2);
  });

  test('reset asks first, and empties only the plan', async ({ page }) => {
    await page.goto('mijn-plan/');
    await planReady(page);
    await typeInto(page.getByLabel('Aantal'), '5');
    await page.getByRole('button', { name: 'Begin opnieuw' }).click();
    await expect(page.getByRole('button', { name: 'Ja, wis mijn plan' })).toBeFocused();
    await page.getByRole('button', { name: 'Nee, laat staan' }).click();
    await expect(page.getByLabel('Aantal')).toHaveValue('5');
    await page.getByRole('button', { name: 'Begin opnieuw' }).click();
    await page.getByRole('button', { name: 'Ja, wis mijn plan' }).click();
    await expect(page.getByLabel('Aantal')).toHaveValue('');
    await expect(page.locator('.plan-actions [role="status"]')).toContainText('leeggemaakt');
  });

  test('is axe-clean in both themes, filled and empty, and fits a 375 px phone', async ({ page }) => {
    await page.goto('mijn-plan/');
    await planReady(page);
    await expectNoAxeViolations(page, 'empty plan, light');
    await typeInto(page.getByLabel('Aantal'), 'twaalf');
    await page.getByRole('checkbox', { name: 'Aanvragen' }).check();
    await page.getByRole('button', { name: 'Maak mijn lijst voor 30 dagen' }).click();
    await expectNoAxeViolations(page, 'plan with a message, light');
    await setTheme(page, 'dark');
    await planReady(page);
    await expectNoAxeViolations(page, 'plan, dark');

    await page.setViewportSize({ width: 375, height: 812 });
    await page.reload();
    await planReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
