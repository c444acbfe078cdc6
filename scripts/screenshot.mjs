#!/usr/bin/env node
// Takes screenshots of pages of a running site, for looking at them while developing.
// usage: node scripts/screenshot.mjs BASEURL OUTDIR path[,path…] [widths=390,1280] [theme=light|dark]
import './check-node.mjs';
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const [baseUrl = 'http://127.0.0.1:4321/', outDir = '/tmp/shots', paths = '/', widths = '390,1280', theme = 'light'] =
  process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
for (const width of widths.split(',').map(Number)) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
  for (const path of paths.split(',')) {
    await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href, { waitUntil: 'networkidle' });
    const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}-${theme}.png`;
    await page.screenshot({ path: `${outDir}/${name}`, fullPage: true });
    console.log(`${outDir}/${name}`);
  }
  await page.close();
}
await browser.close();
