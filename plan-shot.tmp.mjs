import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto('http://127.0.0.1:4381/mijn-plan/');
await page.evaluate(() => {
  localStorage.setItem('vdl:zelftest', JSON.stringify({ v: 3, data: [{ at: '2026-11-20T10:00:00.000Z', scores: { doelen: 42, meten: 17, gesprek: 58, inhoud: 67, middelen: 75, kanalen: 50 } }] }));
  const long = 'Een antwoord van bijna driehonderd tekens, zodat we zien of het op één A4 past als iemand alles volschrijft. '.repeat(3).slice(0, 300);
  localStorage.setItem('vdl:plan', JSON.stringify({ v: 3, data: {
    goal: { periode: '3', aantal: '12', uitkomst: 'klanten', kanaal: 'Instagram' },
    metrics: ['aanvragen', 'bezoek-social', 'kosten-per-klant'],
    answers: { doel: long, klant: long, kanaal: long, gesprek: long, werk: long, meten: long },
    month: { start: '2026-11-20', weakest: ['meten', 'doelen'], done: ['meten-1'] },
    log: [], scenarios: {
      inspanning: { state: { preset: 'coach', values: { uren: '5', tarief: '60', tools: '20', ads: '0', order: '600', marge: '80' } }, at: '2026-11-20T10:00:00.000Z' },
      'like-naar-euro': { state: { preset: 'kledingmerk', values: { likes: '1.000', bereik: '5', bezoek: '2', klik: '1', conversie: '2', koop: '5', order: '50', ads: '0', uren: '0', tarief: '0' } }, at: '2026-11-20T10:00:00.000Z' } } } }));
});
await page.reload();
await page.locator('.plan[data-hydrated="true"]').waitFor({ timeout: 60000 });
await page.screenshot({ path: '/tmp/plan-1280-top.png', clip: { x: 0, y: 0, width: 1280, height: 2000 }, fullPage: true });
const pdf = await page.pdf({ path: '/tmp/plan.pdf', format: 'A4' });
console.log('pages', (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length, pdf.length);
await page.emulateMedia({ media: 'print' });
await page.setViewportSize({ width: 720, height: 1000 });
await page.screenshot({ path: '/tmp/plan-print.png', fullPage: true });
await page.emulateMedia({ media: 'screen' });
await page.setViewportSize({ width: 375, height: 812 });
await page.screenshot({ path: '/tmp/plan-375-top.png', clip: { x: 0, y: 0, width: 375, height: 1600 }, fullPage: true });
const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5).slice(0, 15).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`));
console.log('wide:', wide.join('\n'));
await browser.close();
