import { startPreview, launchChromium } from './preview-server.mjs';
const { base, stop } = await startPreview({ port: 4399 });
const browser = await launchChromium();
const deck = process.argv[2] || 'workshop/van-like-naar-euro/';
const mode = process.argv[3] || '';
const slide = Number(process.argv[4] || 1);
const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Performance.enable');
const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
const t00 = Date.now();
await page.goto(`${base}${deck}${mode}#/${slide}`, { waitUntil: 'load' });
await page.waitForLoadState('networkidle');
let a = await metrics();
const out = [];
for (let i = 0; i < 45; i++) {
  const t0 = Date.now();
  await page.waitForTimeout(1000);
  const b = await metrics();
  const wall = (Date.now() - t0) / 1000;
  out.push(`${((Date.now() - t00) / 1000).toFixed(0)}s:${(((b.ThreadTime - a.ThreadTime) / wall) * 100).toFixed(1)}%/${(b.JSHeapUsedSize/1e6).toFixed(1)}MB`);
  a = b;
}
console.log(out.join(' '));
await browser.close();
stop();
