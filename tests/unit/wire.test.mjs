// What the background sends the content script: the lean report (`analyzeJson(page,
// { full: false })`: no selectors, and blanks where a field repeats the page's text or the report;
// quotations and links as arrays of their fields), which the content script reads back
// (`fromWire`) and completes from the page's text (`fromLean`, then
// `withSelectors` for the exports; extension/src/lib/report.js). The result must be the core's
// own report, byte for byte: checked through the built wasm (build/pkg) on invented
// pages with astral characters, CJK and lone surrogates, and on the collector's page
// objects of ../shared/corpus when `npm run golden-inputs` has written them.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fromLean, fromWire, selectorsOf, withSelectors } from '../../extension/src/lib/report.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PKG = path.join(ROOT, 'build/pkg');
const GOLDEN = path.join(ROOT, 'build/golden-pages');
const built = fs.existsSync(path.join(PKG, 'whosaid_bg.wasm'));

async function wasm() {
  const glue = await import(pathToFileURL(path.join(PKG, 'whosaid.js')).href);
  glue.initSync({ module: new WebAssembly.Module(fs.readFileSync(path.join(PKG, 'whosaid_bg.wasm'))) });
  return glue;
}

/** The core's report, and the one rebuilt from the lean report, as JSON text. */
function both(glue, page) {
  const json = JSON.stringify(page);
  const full = glue.analyzeJson(json, { full: true });
  const lean = glue.analyzeJson(json, { full: false });
  assert.ok(lean.length < full.length || !JSON.parse(full).quotes.length);
  return [full, JSON.stringify(withSelectors(fromLean(fromWire(JSON.parse(lean)), page.text), page.text))];
}

test('selectorsOf counts context in code points, as the core does', () => {
  const text = `${'😀'.repeat(40)}abc${'中'.repeat(3)}${'🌉'.repeat(40)}`;
  const start = 80;
  const [quote, position] = selectorsOf(text, start, start + 3);
  assert.equal(quote.exact, 'abc');
  assert.equal(quote.prefix, '😀'.repeat(32));
  assert.equal(quote.suffix, `${'中'.repeat(3)}${'🌉'.repeat(29)}`);
  assert.deepEqual(position, { type: 'TextPositionSelector', start, end: start + 3 });
  assert.equal(selectorsOf('ab', 0, 0)[0].prefix, '');
});

test('the lean report written back is the core\'s report', { skip: !built && 'build/pkg is missing: run npm run build' }, async () => {
  const glue = await wasm();
  const pages = [
    { url: 'https://news.example.com/a', title: 'T', text: '😀 \ud800 中文. “We will rebuild the bridge,” said Jane Doe. \udc00 “Never,” he said.', blocks: [] },
    { url: '', title: '', text: `${'🌉'.repeat(50)} “Bridges matter,” said Ana Ruiz.\n\n“So do roads,” Mei Lin said ${'中'.repeat(50)}`, blocks: [] },
    { url: '', title: '', text: 'No quotations here.', blocks: [] },
    // Whitespace as Rust's split_whitespace has it (U+0085, U+2003: yes; U+FEFF, which
    // JavaScript's \s takes: no), a quotation in two parts, an unnamed and a pronoun speaker.
    { url: '', title: '', text: 'Ana Ruiz, the mayor, spoke. “We\u0085will\u00a0 rebuild\u2003the\ufeffbridge,” said Ana\u00a0Ruiz, “and the\troad.”\n\n“Not soon,” she said. “Later,” an official said.', blocks: [] },
  ];
  for (const page of pages) {
    const [full, rebuilt] = both(glue, page);
    assert.equal(rebuilt, full);
  }
});

test('… and on the corpus pages\' page objects', { skip: (!built && 'build/pkg is missing: run npm run build') || (!fs.existsSync(GOLDEN) && `${GOLDEN} is missing: run npm run golden-inputs`) }, async () => {
  const glue = await wasm();
  const files = fs.readdirSync(GOLDEN).filter((f) => f.endsWith('.page.json'));
  assert.ok(files.length > 0);
  let items = 0;
  for (const f of files) {
    const page = JSON.parse(fs.readFileSync(path.join(GOLDEN, f), 'utf8'));
    const [full, rebuilt] = both(glue, page);
    assert.equal(rebuilt, full, f);
    const r = JSON.parse(full);
    items += r.quotes.length + r.links.length;
  }
  assert.ok(items > 1000, `${items} quotations and links compared`);
});
