#!/usr/bin/env node
// npm run screenshots: the pictures in README.md and docs/, taken from the built
// extension and demo: the demo with its sample article (Chromium), and the seed
// article after the toolbar click in Chromium and Firefox, and its Sources
// section with the unbacked claims flagged (needs ../shared); the panel (the
// browser's side panel, beside the tab) on the invented article of the e2e tests in
// both browsers, light (with the details shown on hover) and dark (the browser in dark
// mode, an item chosen), and the options page.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';
import { BROWSERS, ROOT, SHARED, detailsShown, openPanel, optionsReady, panelState, pointOn, settle, showFirstClaim, showSources, startProxy, waitFor } from '../tests/e2e/harness.mjs';

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

// The panel, light and dark, in both browsers; the options page.
for (const name of Object.keys(BROWSERS)) {
  for (const colorScheme of ['light', 'dark']) {
    const fixture = path.join(ROOT, 'tests/e2e/fixtures/reader-article.html');
    const server = await serve({ files: { '/news/bridge-vote.html': fixture } });
    const proxy = await startProxy();
    const browser = await BROWSERS[name]({ proxyPort: proxy.port, colorScheme });
    const shot = async (file) => {
      await browser.screenshot(path.join(OUT, file));
      console.log(`docs/screenshots/${file}`);
    };
    try {
      if (colorScheme === 'light') {
        await browser.goto(`${server.url}/news/bridge-vote.html`);
        await openPanel(browser);
        const at = await browser.eval(pointOn, 'whosaid-speaker', 'Oskar Feld');
        await browser.hover(at.x, at.y);
        await waitFor(() => browser.panel(detailsShown), { what: 'the details' });
        await shot(`panel-light-${name}.png`);
        if (name === 'chromium') {
          await browser.clickAction();
          await waitFor(async () => (await browser.panelState()) === 'off', { what: 'WhoSaid to go off' });
          await browser.goto(await browser.extensionUrl('options.html'));
          await waitFor(() => browser.eval(optionsReady), { what: 'the options page' });
          await shot('options-chromium.png');
        }
      } else {
        await browser.goto(`${server.url}/news/bridge-vote.html?dark#dark`);
        await openPanel(browser);
        await browser.clickPanel('[data-quote="q5"]');
        await new Promise((resolve) => setTimeout(resolve, 300));
        await shot(`panel-dark-${name}.png`);
      }
    } finally {
      await browser.close();
      await server.close();
      await proxy.close();
    }
  }
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
    await openPanel(browser);
    await browser.screenshot(path.join(OUT, `seed-${name}.png`));
    console.log(`docs/screenshots/seed-${name}.png`);
    // The Sources section, with the unbacked claims flagged.
    await browser.clickPanel('[data-claims-toggle]');
    await browser.panel(showSources);
    await browser.eval(showFirstClaim);
    await browser.screenshot(path.join(OUT, `seed-sources-${name}.png`));
    console.log(`docs/screenshots/seed-sources-${name}.png`);
  } finally {
    await browser.close();
    await server.close();
    await proxy.close();
  }
}
