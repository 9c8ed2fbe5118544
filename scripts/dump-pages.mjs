#!/usr/bin/env node
// npm run dump-pages -- --out DIR PAGE.html...
// Runs the extension's own collector (extension/src/lib/collect.js) on each page in
// headless Chromium (served on loopback, outside requests failing) and writes the
// page object the core receives as DIR/<page name>.page.json. `whosaid page FILE`
// then analyses it natively: the same report the extension would export.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright-core';
import { serve } from './static-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The collector as one script that leaves `WhoSaidCollect` on the page's global. */
export async function collectorScript() {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, 'extension/src/lib/collect.js')],
    bundle: true,
    format: 'iife',
    globalName: 'WhoSaidCollect',
    write: false,
    target: 'es2022',
  });
  return result.outputFiles[0].text;
}

/** Loads each page and returns its page object (a map from file to object). */
export async function dumpPages(pages, { onPage, settleMs = 600 } = {}) {
  const files = Object.fromEntries(pages.map((p) => [`/pages/${path.basename(p)}`, path.resolve(p)]));
  const server = await serve({ files });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    // No host name but loopback resolves: the pages' trackers and scripts never load.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const script = await collectorScript();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: true });
    const page = await context.newPage();
    for (const p of pages) {
      await page.goto(`${server.url}/pages/${path.basename(p)}`, { waitUntil: 'load', timeout: 30000 });
      // Pages that add text by script shortly after load (a stress page does at 500 ms)
      // are read once that has happened, so the same page always gives the same object.
      await page.waitForTimeout(settleMs);
      const object = await page.evaluate(`${script}\nWhoSaidCollect.collectPage(document).page`);
      await onPage?.(p, object);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals: pages } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
  if (!values.out || !pages.length) {
    console.error('usage: npm run dump-pages -- --out DIR PAGE.html...');
    process.exit(2);
  }
  const out = path.resolve(values.out);
  fs.mkdirSync(out, { recursive: true });
  await dumpPages(pages, {
    onPage: (p, object) => {
      const file = path.join(out, `${path.basename(p).replace(/\.html?$/i, '')}.page.json`);
      fs.writeFileSync(file, JSON.stringify(object));
      console.log(`${file}: ${object.text.length} characters, ${object.blocks.length} blocks, ${object.links.length} links`);
    },
  });
}
