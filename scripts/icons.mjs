#!/usr/bin/env node
// npm run icons: renders extension/icons/whosaid.svg (the one source of the icon)
// to the PNG sizes the stores and browsers ask for (16, 32, 48, 96, 128 px), with
// Chromium's own SVG renderer. The PNGs are committed; run this after editing the SVG.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, 'extension/icons');
export const SIZES = [16, 32, 48, 96, 128];

const svg = fs.readFileSync(path.join(DIR, 'whosaid.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`);
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: path.join(DIR, `icon-${size}.png`), omitBackground: true });
    await page.close();
    console.log(`extension/icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
