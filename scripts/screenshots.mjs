#!/usr/bin/env node
// npm run screenshots: the pictures in README.md and docs/, taken from the built
// extension and demo: the demo with its sample article (Chromium), and the seed
// article after the toolbar click in Chromium and Firefox, and its Sources
// section with the unbacked claims flagged (needs ../shared).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';
import { BROWSERS, ROOT, SHARED, panelState, settle, showSources, startProxy, waitFor } from '../tests/e2e/harness.mjs';

const OUT = path.join(ROOT, 'docs/screenshots');
fs.mkdirSync(OUT, { recursive: true });

// The demo, as `npm start` serves it.
{
  const server = await serve({ root: path.join(ROOT, 'build/www') });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  await page.goto(`${server.url}/`);
  await page.waitForFunction(panelState).then(async () => {
    await waitFor(async () => (await page.evaluate(panelState)) === 'ready', { what: 'the demo panel' });
  });
  await page.screenshot({ path: path.join(OUT, 'demo-sample.png') });
  await browser.close();
  await server.close();
  console.log('docs/screenshots/demo-sample.png');
}

const seed = path.join(SHARED, 'seed/article.html');
if (!fs.existsSync(seed)) {
  console.log('seed screenshots skipped: ../shared/seed/article.html is absent');
  process.exit(0);
}
for (const name of Object.keys(BROWSERS)) {
  const server = await serve({ files: { '/article.html': seed } });
  const proxy = await startProxy();
  const browser = await BROWSERS[name]({ proxyPort: proxy.port });
  try {
    await browser.goto(`${server.url}/article.html`);
    await settle(browser);
    await browser.clickAction();
    await waitFor(async () => (await browser.eval(panelState)) === 'ready', { what: 'the panel' });
    await browser.screenshot(path.join(OUT, `seed-${name}.png`));
    console.log(`docs/screenshots/seed-${name}.png`);
    // The Sources section, with the unbacked claims flagged.
    await browser.clickPanel('[data-claims-toggle]');
    await browser.eval(showSources);
    await browser.screenshot(path.join(OUT, `seed-sources-${name}.png`));
    console.log(`docs/screenshots/seed-sources-${name}.png`);
  } finally {
    await browser.close();
    await server.close();
    await proxy.close();
  }
}
