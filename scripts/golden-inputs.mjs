#!/usr/bin/env node
// npm run golden-inputs: the page objects the golden tests (tests/golden.rs) analyse:
// the seed article and every page of ../shared/corpus/pages (the hand-annotated
// ones, the stress pages, the rest), read by the extension's own collector in
// Chromium into build/golden-pages/.
// They come from ../shared at test time and are never committed.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dumpPages } from './dump-pages.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const OUT = path.join(ROOT, 'build/golden-pages');

if (!fs.existsSync(SHARED)) {
  console.log('golden-inputs: skipped, ../shared is absent');
  process.exit(0);
}
const corpus = path.join(SHARED, 'corpus/pages');
// The seed and every corpus page: the hand-annotated ones, the stress pages and the rest.
const pages = [
  path.join(SHARED, 'seed/article.html'),
  ...fs.readdirSync(corpus).filter((f) => /\.html?$/.test(f)).sort().map((f) => path.join(corpus, f)),
].filter((p) => fs.existsSync(p));
fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const t0 = Date.now();
await dumpPages(pages, {
  onPage: (p, object) => {
    const name = path.basename(p).replace(/\.html?$/i, '');
    fs.writeFileSync(path.join(OUT, `${name}.page.json`), JSON.stringify(object));
  },
});
console.log(`golden-inputs: ${pages.length} page objects in build/golden-pages (${Date.now() - t0} ms)`);
