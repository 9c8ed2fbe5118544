#!/usr/bin/env node
// npm run golden-inputs: the page objects the golden tests (tests/golden.rs) analyse:
// the seed article and every page of ../shared/corpus/pages (the hand-annotated
// ones, the stress pages, the rest), read by the extension's own collector in
// Chromium into build/golden-pages/.
// They come from ../shared at test time and are never committed.
// Also the collector's page objects for the test pages of tests/html/ (written
// for the project, committed) into build/html-fixtures/: tests/html_agreement.rs
// checks that `whosaid html` (src/html.rs) reads them exactly as the collector does.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dumpPages } from './dump-pages.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.resolve(ROOT, '../shared');
const OUT = path.join(ROOT, 'build/golden-pages');

const FIXTURES = path.join(ROOT, 'tests/html');
const FIXTURES_OUT = path.join(ROOT, 'build/html-fixtures');
fs.rmSync(FIXTURES_OUT, { recursive: true, force: true });
fs.mkdirSync(FIXTURES_OUT, { recursive: true });
const fixtures = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).sort().map((f) => path.join(FIXTURES, f));
await dumpPages(fixtures, {
  onPage: (p, object) => {
    fs.writeFileSync(path.join(FIXTURES_OUT, `${path.basename(p, '.html')}.page.json`), JSON.stringify(object));
  },
});
console.log(`golden-inputs: ${fixtures.length} test pages in build/html-fixtures`);

if (!fs.existsSync(SHARED)) {
  console.log('golden-inputs: the corpus skipped, ../shared is absent');
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
