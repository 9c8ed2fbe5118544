#!/usr/bin/env node
// npm run export-pages -- --out DIR PAGE.html...
// For each page: serve it on loopback (every outside request blocked), open it in
// headless Chromium with the packaged extension (npm run package), click the toolbar action, click the
// panel's "Export JSON" button and save the download as DIR/<page name>.json.
// This is the real user path, so ../shared/eval/score_pages.py scores what a reader gets.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from './static-server.mjs';
import { BROWSERS, openPanel, settle, startProxy, turnOff } from '../tests/e2e/harness.mjs';

const { values, positionals: pages } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
if (!values.out || !pages.length) {
  console.error('usage: npm run export-pages -- --out DIR PAGE.html...');
  process.exit(2);
}
const out = path.resolve(values.out);
fs.mkdirSync(out, { recursive: true });

const files = {};
for (const p of pages) files[`/pages/${path.basename(p)}`] = path.resolve(p);
const server = await serve({ files });
const proxy = await startProxy();
// (Downloads land in a folder of their own, then move to DIR under the page's name.)
const downloads = fs.mkdtempSync(path.join(out, '.downloads-'));
const browser = await BROWSERS.chromium({ proxyPort: proxy.port, downloads });
let failed = 0;
try {
  for (const p of pages) {
    const name = path.basename(p).replace(/\.html?$/i, '');
    const t0 = Date.now();
    try {
      await browser.goto(`${server.url}/pages/${path.basename(p)}`);
      await settle(browser, { quiet: 300, timeout: 3000 });
      const state = await openPanel(browser);
      if (state !== 'ready') throw new Error('the panel shows an error');
      const file = path.join(out, `${name}.json`);
      fs.writeFileSync(file, await browser.downloadFrom('[data-export="json"]'));
      const report = JSON.parse(fs.readFileSync(file, 'utf8'));
      console.log(`${name}: ${report.quotes.length} quotations, ${report.links.length} links (${Date.now() - t0} ms)`);
      await turnOff(browser); // off before the next page
    } catch (error) {
      failed++;
      console.error(`${name}: FAILED: ${error.message}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  await proxy.close();
  fs.rmSync(downloads, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
