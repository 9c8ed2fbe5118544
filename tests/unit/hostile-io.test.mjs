// Imports and exports against hostile input (issue 18): a crafted import file
// cannot bring its own address, title or markup into WhoSaid, cannot freeze the tab,
// and is refused with a translated reason when it is no export; every export keeps
// page- and file-derived strings data (Markdown escaped and http(s)-only links, CSV
// cells a spreadsheet could run neutralised, JSON and Web Annotation without runnable
// addresses). Ends with a property test over random and mutated import files.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { ANCHOR_LIMITS, anchorQuote, reanchor, workBudget } from '../../extension/src/lib/anchor.js';
import { FORMULA, citation, quoteLink, toCsv, toJson, toMarkdown, toWebAnnotation } from '../../extension/src/lib/exporters.js';
import { bestMatch, editDistance } from '../../extension/src/lib/fuzzy.js';
import { translator } from '../../extension/src/lib/i18n.js';
import {
  IMPORT_LIMITS, ImportError, importErrorText, importFailures, pageIdentity, readExport, readImportFile, readImportText,
} from '../../extension/src/lib/importcheck.js';
import { adversarialImport, article, periodic, periodicImport, random, spansOf } from './hostile-fixtures.mjs';

// ---- A small article and the page it is on -------------------------------------------------

const TEXT = [
  'Bridge vote in the valley',
  '“We will build it by May,” said Ana Ruiz, the mayor. She said that the budget was tight.',
  'See the report for details. It is reportedly late.',
].join('\n\n');
const { at, sel } = spansOf(TEXT);
const PAGE_REPORT = {
  schema: 'whosaid/1', url: 'https://news.example/bridge', title: 'Bridge vote', generator: 'whosaid 0.1.0', lang: 'en',
  publisher: { url: 'https://news.example/bridge', domain: 'news.example', name: 'The Example' }, offsets: 'utf-16', truncated: false,
  quotes: [], links: [], unbacked: [], speakers: [],
};
const PAGE = pageIdentity({ url: 'https://ignored.example/' }, PAGE_REPORT);

/** A valid whosaid/1 export of TEXT, which each test then spoils. */
function exported() {
  const q1 = at('We will build it by May,');
  const q2 = at('the budget was tight');
  const l1 = at('report');
  return {
    schema: 'whosaid/1', url: 'https://news.example/bridge', title: 'Bridge vote', generator: 'whosaid 0.1.0', offsets: 'utf-16',
    quotes: [
      { id: 'q1', kind: 'direct', text: TEXT.slice(q1.start, q1.end), parts: [q1], speaker: { name: 'Ana Ruiz', mention: 'Ana Ruiz', span: at('Ana Ruiz'), resolved: true, id: 's1', kind: 'person', role: 'mayor' }, cue: 'said', cue_span: at('said'), medium: null, confidence: 0.9, selectors: sel(q1) },
      { id: 'q2', kind: 'indirect', text: 'the budget was tight', parts: [q2], speaker: { name: 'Ana Ruiz', mention: 'She', span: at('She'), resolved: true, id: 's1', kind: 'person' }, cue: 'said', confidence: 0.8, selectors: sel(q2) },
    ],
    links: [{ id: 'l1', href: 'https://data.example/report.pdf', text: 'report', relation: 'external', kind: 'document', domain: 'data.example', span: l1, selectors: sel(l1), backs: 'q1' }],
    unbacked: [{ text: 'It is reportedly late.', span: at('It is reportedly late.'), cue: 'reportedly', cue_span: at('reportedly') }],
    speakers: [],
  };
}

const importText = (doc) => reanchor(readImportText(JSON.stringify(doc)), TEXT, PAGE);
const rejects = (fn, key) => assert.throws(fn, (e) => e instanceof ImportError && e.key === key, key);
const everyExport = (report) => ({
  json: toJson(report, { text: TEXT }), ld: toWebAnnotation(report, { text: TEXT }), md: toMarkdown(report, { text: TEXT }),
  csv: toCsv(report, { text: TEXT, shown: { claim: true } }), cite: report.quotes.map((q) => citation(report, q)).join('\n'),
});

// ---- Import: the page's identity, never the file's ------------------------------------------

test('import: the address, title, publisher, generator and language are the page\'s, never the file\'s', () => {
  const doc = {
    ...exported(), url: 'javascript:alert(document.cookie)', title: '<img src=x onerror=alert(1)>', generator: '<script>x</script>',
    lang: 'evil', publisher: { url: 'javascript:alert(2)', domain: 'evil.example', name: '[Evil](javascript:alert(3))' },
    display: { quote: { color: 'red; background: url(https://evil.example/)' } }, published: '<b>now</b>', truncated: true,
  };
  const r = importText(doc);
  assert.equal(r.report.url, 'https://news.example/bridge');
  assert.equal(r.report.title, 'Bridge vote');
  assert.equal(r.report.generator, 'whosaid 0.1.0');
  assert.equal(r.report.lang, 'en');
  assert.deepEqual(r.report.publisher, PAGE_REPORT.publisher);
  assert.equal(r.report.truncated, false);
  assert.ok(!('display' in r.report) && !('published' in r.report));
  for (const [name, out] of Object.entries(everyExport(r.report))) {
    for (const bad of ['javascript:', 'onerror', 'evil', 'Evil', '<script']) assert.ok(!out.includes(bad), `${name} has ${bad}`);
  }
  // Without an analysis of the page, its page object (collect.js) says who it is.
  const fromPage = pageIdentity({ url: 'https://p.example/a', title: 'T', lang: 'de', canonical: 'https://p.example/c', siteName: 'P' });
  assert.deepEqual(fromPage, { url: 'https://p.example/a', title: 'T', generator: 'WhoSaid', lang: 'de', publisher: { url: 'https://p.example/c', domain: 'p.example', name: 'P' }, truncated: false });
  // Web Annotation: the target's source and the label are the file's, and not used either.
  const ld = JSON.parse(toWebAnnotation({ ...PAGE_REPORT, ...readExport(exported()).report, quotes: exported().quotes, links: exported().links, unbacked: [] }, { text: TEXT }));
  for (const a of ld.first.items) a.target.source = 'javascript:alert(1)';
  ld.label = 'WhoSaid: <img src=x onerror=alert(1)>';
  const w = reanchor(readExport(ld), TEXT, PAGE);
  assert.equal(w.report.url, PAGE.url);
  assert.equal(w.report.title, PAGE.title);
  assert.equal(w.anchored, w.total);
});

test('import: every text shown comes from the page where the item was found; the file only says where to look', () => {
  const doc = exported();
  doc.quotes[0].text = '<img src=x onerror=alert(1)> the file\'s own words';
  doc.links[0].text = '[click](javascript:alert(1))';
  doc.unbacked[0].text = 'It  is reportedly\nlate.'; // (a claim has no selectors: its text is its quote)
  doc.unbacked[0].selectors = [{ type: 'TextQuoteSelector', exact: 'It is reportedly late.' }];
  const r = importText(doc);
  assert.equal(r.anchored, r.total);
  assert.equal(r.report.quotes[0].text, 'We will build it by May,');
  assert.equal(r.report.quotes[0].speaker.mention, 'Ana Ruiz');
  assert.equal(r.report.quotes[0].cue, 'said');
  assert.equal(r.report.links[0].text, 'report');
  assert.equal(r.report.unbacked[0].text, 'It is reportedly late.');
  assert.deepEqual(r.report.speakers, [{ id: 's1', name: 'Ana Ruiz', kind: 'person', quotes: 2, role: 'mayor' }]);
});

// ---- Import: refused files, with a translated reason ----------------------------------------

test('import: a file that cannot be an export is refused, saying why, in the reader\'s language', async () => {
  const big = IMPORT_LIMITS.fileBytes + 1;
  let read = false;
  await assert.rejects(readImportFile({ size: big, name: 'x.json', text: async () => { read = true; return '{}'; } }), { key: 'importTooBig' });
  assert.equal(read, false, 'a file too big is not read');
  await assert.rejects(readImportFile({ size: 3, text: async () => { throw new Error('gone'); } }), { key: 'importUnreadable' });
  await assert.rejects(readImportFile(null), { key: 'importUnreadable' });
  rejects(() => readImportText(' '.repeat(big)), 'importTooBig');
  rejects(() => readImportText('{"schema": "whosaid/1", '), 'importNotJson');
  rejects(() => readImportText('<html>'), 'importNotJson');
  for (const doc of [{ hello: 1 }, [], [1, 2], null, 42, 'text', { schema: 'whosaid/1' }, { schema: 'whosaid/1', quotes: {} }, { schema: 'whosaid/1', quotes: [], links: 'x' }, { type: 'Nope' }]) {
    rejects(() => readImportText(JSON.stringify(doc)), 'importNotExport');
  }
  rejects(() => readImportText(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), 'importTooComplex');
  rejects(() => readImportText(`{"schema":"whosaid/1","quotes":[${'{},'.repeat(IMPORT_LIMITS.structures)}{}]}`), 'importTooComplex');
  const many = { ...exported(), quotes: Array.from({ length: IMPORT_LIMITS.items + 1 }, () => 0) };
  rejects(() => readImportText(JSON.stringify(many)), 'importTooMany');
  rejects(() => readExport({ type: 'AnnotationPage', items: Array.from({ length: IMPORT_LIMITS.items + 1 }, () => ({})) }), 'importTooMany');
  // A byte-order mark is fine.
  assert.equal(readImportText(`\ufeff${JSON.stringify(exported())}`).format, 'whosaid/1');

  // Each reason in each language, with its numbers; every locale has the keys (exports.test.mjs checks the set).
  const dir = path.resolve(import.meta.dirname, '../../extension/_locales');
  for (const lang of ['en', 'fr', 'de', 'es']) {
    const messages = JSON.parse(fs.readFileSync(path.join(dir, lang, 'messages.json'), 'utf8'));
    const t = translator({ getMessage: (key, subs) => messages[key]?.message.replace(/\$(\d)/g, (_, i) => subs[i - 1]), lang });
    const tooMany = (() => {
      try {
        readImportText(JSON.stringify(many));
      } catch (e) {
        return e;
      }
    })();
    const text = importErrorText(tooMany, t);
    const count = IMPORT_LIMITS.items + 3; // quotations, the link and the claim
    assert.equal(text, messages.importTooMany.message.replace('$1', count).replace('$2', IMPORT_LIMITS.items));
    for (const key of ['importTooBig', 'importUnreadable', 'importNotJson', 'importNotExport', 'importTooComplex', 'importSkippedList', 'importBudgetList']) {
      assert.ok(messages[key]?.message, `${lang} ${key}`);
    }
    assert.equal(importErrorText(new ImportError('importNotJson'), t), messages.importNotJson.message);
  }
  assert.equal(importErrorText(new Error('other'), translator()), 'other');
});

// ---- Import: every field checked ---------------------------------------------------------

test('import: fields of the wrong type or size are dropped, bad items left out and listed, ids and kinds checked', () => {
  const doc = exported();
  const q = doc.quotes[0];
  Object.assign(q, { id: 'q1" onmouseover="x', confidence: 'high', medium: { toString: 'x' }, cue: 'x'.repeat(IMPORT_LIMITS.cue + 50), onclick: 'alert(1)', sources: ['l1', '<x>', 5] });
  q.speaker = { ...q.speaker, kind: 'constructor', name: 'N'.repeat(1000), role: ['mayor'], span: { start: -1, end: 2 ** 60 } };
  q.selectors[0].prefix = `${'p'.repeat(5000)}${q.selectors[0].prefix}`;
  q.selectors[0].suffix = `${q.selectors[0].suffix}${'s'.repeat(5000)}`;
  q.parts = [{ start: 1.5, end: 3 }, { start: 10, end: 5 }, 'x'];
  doc.quotes[1].kind = '__proto__';
  doc.quotes.push({ id: 'q1', kind: 'direct', text: 'x', selectors: [{ type: 'TextQuoteSelector', exact: 'y'.repeat(IMPORT_LIMITS.text + 1) }] });
  doc.quotes.push({ id: 'q9', kind: 'mixed', text: 'Bridge vote', selectors: 'none' });
  doc.quotes.push({ id: 'q1', kind: 'direct', text: 'the valley', selectors: [] });
  doc.links.push({ id: 'l2', href: 'javascript:alert(1)', text: 'report', relation: 'external', selectors: sel(at('report')) });
  doc.links.push({ id: 'l3', href: 'https://x.example/', text: 'report', relation: 'weird', selectors: sel(at('report')) });
  doc.links.push({ id: 'l4', href: 'https://x.example/', text: 'Home', relation: 'navigation', selectors: [] });
  doc.links.push({ id: 'l5', href: 'https://x.example/', text: 'details', relation: 'internal', kind: 'toString', format: 'PDF!', domain: 'evil.example', selectors: sel(at('details')) });
  doc.unbacked.push({ text: 42, span: 'x' });
  const imported = readImportText(JSON.stringify(doc));
  const checked = imported.report.quotes[0];
  assert.equal(checked.id, 'q3', 'a malformed id is replaced by one no item has');
  assert.equal(checked.confidence, 1);
  assert.equal(checked.medium, null);
  assert.equal(checked.cue.length, IMPORT_LIMITS.cue);
  assert.ok(!('onclick' in checked));
  assert.deepEqual(checked.sources, ['l1']);
  assert.equal(checked.speaker.kind, 'person');
  assert.equal(checked.speaker.name.length, IMPORT_LIMITS.name);
  assert.ok(!('role' in checked.speaker) && !('span' in checked.speaker));
  assert.equal(checked.anchor.quote.prefix.length, IMPORT_LIMITS.context);
  assert.equal(checked.anchor.quote.suffix.length, IMPORT_LIMITS.context);
  assert.ok(checked.anchor.quote.prefix.endsWith(TEXT.slice(0, at('We will').start).slice(-20)), 'the context next to the quote is kept');
  assert.deepEqual(checked.parts, []);
  assert.deepEqual(imported.report.quotes.map((x) => [x.id, x.kind]), [['q3', 'direct'], ['q9', 'mixed'], ['q1', 'direct']]);
  assert.deepEqual(imported.report.links.map((l) => [l.id, l.kind, l.format, l.domain]), [['l1', 'document', undefined, 'data.example'], ['l5', 'web', undefined, 'x.example']]);
  assert.deepEqual(imported.skipped.map((s) => [s.kind, s.id, s.reason]), [
    ['quote', 'q2', 'invalid'], ['quote', 'q1', 'invalid'], ['link', 'l2', 'invalid'], ['link', 'l3', 'invalid'], ['claim', '', 'invalid'],
  ]);
  const r = reanchor(imported, TEXT, PAGE);
  assert.equal(r.total, 2 + 3 + 1 + 5 - 0 + 0, 'items searched plus those left out');
  assert.equal(r.anchored, r.total - 5);
  const t = translator();
  const lines = importFailures(r.failed, t);
  assert.ok(lines.some((l) => l.startsWith('Left out (malformed in the file): “the budget was tight”')), lines.join('\n'));
  assert.equal(lines.length, 5);
});

test('import: "__proto__" and "constructor" keys anywhere are plain data and pollute nothing', () => {
  const json = JSON.stringify(exported())
    .replace('{"schema"', '{"__proto__":{"polluted":true,"schema":"x"},"constructor":{"prototype":{"polluted":true}},"schema"')
    .replaceAll('"id":"q1"', '"__proto__":{"polluted":true},"id":"q1"')
    .replaceAll('"kind":"person"', '"kind":"__proto__","constructor":"x"');
  const r = reanchor(readImportText(json), TEXT, PAGE);
  assert.equal(r.anchored, r.total);
  assert.equal({}.polluted, undefined);
  assert.equal(Object.prototype.polluted, undefined);
  const walk = (v) => {
    if (v && typeof v === 'object') {
      assert.equal(Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === Array.prototype, true);
      assert.ok(!Object.hasOwn(v, '__proto__') && !Object.hasOwn(v, 'polluted'));
      Object.values(v).forEach(walk);
    }
  };
  walk(r.report);
  assert.equal(r.report.quotes[0].speaker.kind, 'person');
});

test('import: positions are hints only; a hint outside the text, a code-point unit or a moved page still anchors by the quote', () => {
  const doc = exported();
  doc.quotes[0].selectors[1] = { type: 'TextPositionSelector', start: 7_999_990, end: 8_000_000 };
  doc.quotes[1].selectors[1] = { type: 'TextPositionSelector', start: 'x', end: null };
  doc.offsets = 'code-point';
  const moved = `A new first paragraph 🌉.\n\n${TEXT}`;
  const r = reanchor(readImportText(JSON.stringify(doc)), moved, PAGE);
  assert.equal(r.anchored, r.total);
  for (const q of r.report.quotes) for (const p of q.parts) assert.ok(p.start >= 0 && p.end <= moved.length);
  assert.equal(moved.slice(r.report.quotes[0].parts[0].start, r.report.quotes[0].parts[0].end), 'We will build it by May,');
});

// ---- Import: bounded re-anchoring --------------------------------------------------------

test('re-anchoring is bounded: the issue\'s item (1,000 characters of context) on a 21 KB article', () => {
  const text = article(21_000);
  const file = adversarialImport(text, 1);
  const t0 = performance.now();
  const r = reanchor(readImportText(JSON.stringify(file)), text, PAGE);
  const ms = performance.now() - t0;
  assert.equal(r.anchored, 1);
  // The old code took 80 s here; this takes milliseconds.
  assert.ok(ms < 1000, `${ms} ms`);
});

test('re-anchoring is bounded: 120 adversarial items on a 2 MB page, and on a 2 MB repetitive page', () => {
  const text = article(2_000_000);
  const file = JSON.stringify(adversarialImport(text, 120));
  const t0 = performance.now();
  const imported = readImportText(file);
  const r = reanchor(imported, text, PAGE);
  const ms = performance.now() - t0;
  // Under a second per 100 items is the aim (measured: about 0.3 s for these 120); the limit leaves room for a slow machine.
  // The code before the limits did not finish the first of these items in minutes.
  assert.ok(ms < 3000, `${ms.toFixed(0)} ms for 120 items`);
  assert.equal(r.total, 120);
  assert.equal(r.report.url, PAGE.url);
  // The items that are on the page are found: the common word and the letter, whatever their contexts.
  const found = new Set(r.report.quotes.map((q) => Number(q.id.slice(1)) - 1));
  for (let i = 0; i < 120; i += 6) assert.ok(found.has(i) && found.has(i + 4), `item ${i}`);
  for (const f of r.failed) assert.ok(['missing', 'budget'].includes(f.reason));
  console.log(`# 2 MB page, 120 adversarial items: ${ms.toFixed(0)} ms (read ${imported.report.quotes.length} items, anchored ${r.anchored})`);

  const rep = periodic(2_000_000);
  const t1 = performance.now();
  const p = reanchor(readImportText(JSON.stringify(periodicImport(120))), rep, PAGE);
  const ms2 = performance.now() - t1;
  assert.ok(ms2 < 3000, `${ms2.toFixed(0)} ms for 120 items on a repetitive page`);
  assert.equal(p.total, 120);
  console.log(`# 2 MB repetitive page, 120 items: ${ms2.toFixed(0)} ms (anchored ${p.anchored})`);
});

test('re-anchoring: exact first, nearest the old position, best context; approximate within one error in eight', () => {
  const text = 'one said two. one said three. one said two.';
  // Three exact occurrences of "one said": the context picks the last one, the hint the first among equals.
  assert.deepEqual(anchorQuote(text, { exact: 'one said', prefix: 'three. ', suffix: ' two.' }), { start: 30, end: 38, exact: true });
  assert.deepEqual(anchorQuote(text, { exact: 'one said', suffix: ' two.' }, { start: 29, end: 37 }), { start: 30, end: 38, exact: true });
  assert.deepEqual(anchorQuote(text, { exact: 'one said', suffix: ' two.' }, { start: 0, end: 8 }), { start: 0, end: 8, exact: true });
  // An edited quote is found approximately, with at most one error per eight characters.
  const page = article(50_000, 3);
  const quote = page.slice(30_000, 30_080);
  const edited = `${page.slice(0, 30_010)}X${page.slice(30_011, 30_050)}${page.slice(30_052)}`;
  const found = anchorQuote(edited, { exact: quote }, { start: 1000, end: 1080 });
  assert.equal(found.exact, false);
  assert.ok(Math.abs(found.start - 30_000) <= 2 && Math.abs(found.end - 30_079) <= 2, JSON.stringify(found));
  assert.equal(anchorQuote(page, { exact: `${quote.slice(0, 40)}${'Z'.repeat(20)}${quote.slice(60)}` }), null, 'too many errors');
  // A spent budget leaves only the check at the old position, and says so.
  const spent = { left: 0, cut: false };
  assert.equal(anchorQuote(page, { exact: quote }, null, spent), null);
  assert.equal(spent.cut, true);
  assert.deepEqual(anchorQuote(page, { exact: quote }, { start: 30_000, end: 30_080 }, { left: 0 }), { start: 30_000, end: 30_080, exact: true });
  assert.ok(workBudget(1e9).left <= ANCHOR_LIMITS.workMax);
});

test('fuzzy.js: the bounded matcher finds what a brute-force search finds', () => {
  const rnd = random(5);
  const word = (n, alphabet) => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
  for (let i = 0; i < 400; i++) {
    const alphabet = ['ab', 'abc', 'abcdefgh', 'aé€😀'][i % 4];
    const a = word(Math.floor(rnd() * 10), alphabet);
    const b = word(Math.floor(rnd() * 10), alphabet);
    const dp = Array.from({ length: a.length + 1 }, (_, x) => Array.from({ length: b.length + 1 }, (__, y) => (x ? (y ? 0 : x) : y)));
    for (let x = 1; x <= a.length; x++) for (let y = 1; y <= b.length; y++) dp[x][y] = Math.min(dp[x - 1][y] + 1, dp[x][y - 1] + 1, dp[x - 1][y - 1] + (a[x - 1] === b[y - 1] ? 0 : 1));
    assert.equal(editDistance(a, b), dp[a.length][b.length]);
    const pattern = word(1 + Math.floor(rnd() * (i % 5 === 0 ? 70 : 12)), alphabet);
    const text = word(Math.floor(rnd() * 30), alphabet) + (rnd() < 0.5 ? pattern : '') + word(Math.floor(rnd() * 30), alphabet);
    const k = Math.floor(rnd() * pattern.length);
    let best = null;
    for (let e = 0; e <= text.length; e++) {
      for (let s = 0; s <= e; s++) {
        const d = editDistance(pattern, text.slice(s, e));
        if (d <= Math.min(k, pattern.length - 1) && (best === null || d < best)) best = d;
      }
    }
    const m = bestMatch(text, pattern, k);
    assert.equal(m?.errors ?? null, best, JSON.stringify({ text, pattern, k }));
    if (m) assert.equal(editDistance(pattern, text.slice(m.start, m.end)), m.errors);
  }
});

// ---- Exports ---------------------------------------------------------------------------

/** A report as a hostile page (or an old, unchecked import) could make it. */
function hostileReport(url = 'javascript:alert(document.domain)//') {
  const q = at('We will build it by May,');
  const bad = '<img src=x onerror=alert(1)> [x](javascript:alert(2)) <javascript:alert(3)> &lt;b&gt; ![i](https://evil.example/i.png)';
  return {
    ...PAGE_REPORT, url, title: bad, generator: bad, publisher: { url, domain: 'evil.example', name: bad },
    quotes: [{
      id: 'q1', kind: 'direct', text: `${bad}\n=HYPERLINK("https://evil.example")`, parts: [q], confidence: 0.9,
      speaker: { name: `=cmd|' /C calc'!A0 ${bad}`, mention: 'x', kind: 'person', role: `＠SUM(1) ${bad}` }, cue: `\t+1 ${bad}`, medium: ` -2+3 ${bad}`, selectors: sel(q),
    }],
    links: [
      { id: 'l1', href: 'javascript:alert(4)', text: bad, relation: 'external', kind: 'web', domain: bad, span: at('report'), selectors: sel(at('report')) },
      { id: 'l2', href: 'https://data.example/a b<c>"d"', text: 'report', relation: 'external', kind: 'web', domain: 'data.example', span: at('report'), selectors: sel(at('report')) },
      { id: 'l3', href: 'data:text/html,<script>alert(5)</script>', text: 'data', relation: 'internal', kind: 'web', domain: '', span: at('report'), selectors: sel(at('report')) },
    ],
    unbacked: [{ text: `${bad}\r\n@SUM(1)`, span: at('It is reportedly late.'), cue: `＝1 ${bad}` }],
  };
}

/**
 * Markdown whose only syntax with `<`, `[`, `&` or a backtick is WhoSaid's own: links
 * `[…](<http(s)://…>)` and autolinks `<http(s)://…>`; every other such character escaped.
 */
function assertMarkdownSafe(md) {
  const rest = md
    .replace(/\\[^\n]/g, 'x')
    .replace(/\[([^\]\n]*)\]\(<https?:\/\/[^\s<>]*>\)/g, '$1')
    .replace(/<https?:\/\/[^\s<>]*>/g, '');
  assert.ok(!/[<>[\]`&]/.test(rest), `unescaped syntax in: ${rest.match(/.{0,40}[<>[\]`&].{0,40}/)?.[0]}`);
}

test('Markdown: every page- and file-derived string escaped; links only to http(s) addresses', () => {
  for (const url of ['javascript:alert(document.domain)//', 'data:text/html,<script>x</script>', 'file:///etc/passwd', 'https://news.example/a?b=<c>&d="e"']) {
    const report = hostileReport(url);
    const md = toMarkdown(report, { text: TEXT, shown: { claim: true }, published: '<time>' });
    assertMarkdownSafe(md);
    assert.ok(!md.includes('javascript:alert(4)') || md.includes('javascript:alert\\(4\\)'), 'a javascript: link is escaped text');
    assert.ok(md.includes('https://data.example/a%20b%3Cc%3E%22d%22'), 'an http(s) link is written percent-encoded');
    const http = url.startsWith('https:');
    assert.equal(quoteLink(report, 'We will', TEXT) !== null, http);
    assert.equal(md.includes('#:~:text='), http, 'quote links only to an http(s) page');
    if (!http) assert.ok(!md.split('\n')[2].startsWith('<'), 'the page address is text');
  }
  // Nothing is lost: the escaped text reads the same once unescaped.
  const md = toMarkdown(hostileReport('https://news.example/bridge'), { text: TEXT });
  assert.ok(md.replace(/\\(.)/g, '$1').includes('<img src=x onerror=alert(1)> [x](javascript:alert(2))'));
});

test('CSV: a cell is neutralised wherever a line of it starts with = + - @ (or ＝ ＋ － ＠), a tab or a CR, after white space too', () => {
  const cases = [];
  for (const trigger of ['=', '+', '-', '@', '＝', '＋', '－', '＠']) {
    for (const before of ['', ' ', '\u00a0 \t', 'ok\n', 'ok\r\n', 'line one\nline two\n  ']) cases.push(`${before}${trigger}SUM(1)`);
  }
  // A tab or a carriage return at the start of a line (after spaces they are spaces).
  for (const trigger of ['\t', '\r']) for (const before of ['', 'ok\n', 'ok\r\n']) cases.push(`${before}${trigger}SUM(1)`);
  for (const value of cases) assert.ok(FORMULA.test(value), JSON.stringify(value));
  for (const value of ['a-b', 'x\r\ny', 'ok', '5 + 5', 'mail@example.org']) assert.ok(!FORMULA.test(value), JSON.stringify(value));
  // In every column a page or file fills.
  const q = exported().quotes[0];
  for (const value of cases) {
    const report = {
      ...PAGE_REPORT,
      quotes: [{ ...q, text: value, cue: value, medium: value, speaker: { ...q.speaker, name: value, role: value, kind: value } }],
      links: [{ id: value, href: value, text: value, relation: 'external', kind: value, domain: value, span: at('report'), selectors: [], backs: value }],
      unbacked: [{ text: value, span: at('report'), cue: value }],
    };
    const rows = parse(toCsv(report, { shown: { claim: true } }), { columns: true, relax_column_count: true });
    assert.equal(rows.length, 3);
    for (const row of rows) {
      for (const [column, cell] of Object.entries(row)) {
        if (cell === value) assert.fail(`${column}: ${JSON.stringify(cell)} is not neutralised`);
        if (cell.includes('SUM(1)') && column !== 'link') assert.ok(cell.startsWith("'") && cell.slice(1) === value, `${column}: ${JSON.stringify(cell)}`);
      }
    }
  }
  const csv = toCsv(hostileReport(), { text: TEXT, shown: { claim: true } });
  const rows = parse(csv, { columns: true });
  for (const row of rows) for (const cell of Object.values(row)) assert.ok(!FORMULA.test(cell) || cell.startsWith("'"), JSON.stringify(cell));
  assert.ok(rows.every((r) => r.link === ''), 'no quote link to a javascript: page');
});

test('JSON and Web Annotation stay data: addresses only http(s), values strings', () => {
  const report = hostileReport();
  const json = JSON.parse(toJson(report, { text: TEXT }));
  assert.equal(json.url, null);
  assert.equal(json.publisher.url, null);
  assert.deepEqual(json.links.map((l) => l.href), [null, 'https://data.example/a%20b%3Cc%3E%22d%22', null]);
  assert.equal(json.quotes[0].text, report.quotes[0].text, 'text is kept as it is, as a string');
  const ld = JSON.parse(toWebAnnotation(report, { text: TEXT }));
  const addresses = [];
  const walk = (v, key) => {
    if (typeof v === 'string' && ['id', 'source', 'href'].includes(key)) addresses.push(v);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(ld);
  assert.ok(addresses.length > 5);
  for (const a of addresses) assert.match(a, /^(https?:\/\/|urn:whosaid:)/, a);
  assert.ok(ld.first.items.every((a) => a.target.source.startsWith('urn:whosaid:')));
  const links = ld.first.items.filter((a) => a.motivation === 'linking');
  assert.deepEqual(links.map((a) => a.body.filter((b) => b.type === 'SpecificResource').map((b) => b.id)), [[], ['https://data.example/a%20b%3Cc%3E%22d%22'], []]);
  // An http(s) page keeps its address.
  assert.equal(JSON.parse(toWebAnnotation(hostileReport('https://news.example/x'), { text: TEXT })).first.items[0].target.source, 'https://news.example/x');
  assert.ok(!citation(report, report.quotes[0]).includes('javascript:alert(document.domain)'), 'no javascript: page address in a citation');
});

// ---- Property test over import files -------------------------------------------------------

const KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const huge = fc.constantFrom('x'.repeat(IMPORT_LIMITS.text + 1), 'y'.repeat(200_000), '\ud800'.repeat(1000));
const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(...KEYS), fc.string({ maxLength: 8 }), fc.integer(), fc.double(), fc.constant(null),
  fc.constantFrom(-1, 2 ** 53, 1.5, 8_000_001, NaN), huge,
);
const maybe = (valid) => fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: junk });
const piece = fc.tuple(fc.nat(TEXT.length), fc.integer({ min: 1, max: 40 })).map(([s, n]) => TEXT.slice(s, s + n));
const span = fc.record({ start: maybe(fc.nat(TEXT.length + 5)), end: maybe(fc.nat(TEXT.length + 5)) }, { requiredKeys: [] });
const selector = fc.oneof(
  fc.record({ type: maybe(fc.constant('TextQuoteSelector')), exact: maybe(piece), prefix: maybe(fc.string({ maxLength: 80 })), suffix: maybe(fc.string({ maxLength: 80 })) }, { requiredKeys: [] }),
  fc.record({ type: maybe(fc.constant('TextPositionSelector')), start: maybe(fc.nat(TEXT.length)), end: maybe(fc.nat(TEXT.length)) }, { requiredKeys: [] }),
);
const speaker = fc.record({
  name: maybe(fc.string({ maxLength: 20 })), mention: maybe(fc.string({ maxLength: 20 })), span: maybe(span), id: maybe(fc.string({ maxLength: 6 })),
  kind: maybe(fc.constantFrom('person', 'organization', 'unnamed', ...KEYS)), role: maybe(fc.string()), title: maybe(fc.string()),
}, { requiredKeys: [] });
const quote = fc.record({
  id: maybe(fc.constantFrom('q1', 'q2', 'q3')), kind: maybe(fc.constantFrom('direct', 'mixed', 'indirect', ...KEYS)), text: maybe(piece),
  parts: maybe(fc.array(maybe(span), { maxLength: 4 })), speaker: maybe(speaker), cue: maybe(fc.string({ maxLength: 10 })), cue_span: maybe(span),
  medium: maybe(fc.string()), confidence: maybe(fc.double()), content: maybe(span), sources: maybe(fc.array(junk, { maxLength: 3 })),
  selectors: maybe(fc.array(maybe(selector), { maxLength: 3 })),
}, { requiredKeys: [] });
const link = fc.record({
  id: maybe(fc.constantFrom('l1', 'l2')), href: maybe(fc.constantFrom('https://a.example/', 'javascript:alert(1)', 'data:,x', '//x', 'http://[::1]/')),
  text: maybe(piece), relation: maybe(fc.constantFrom('internal', 'external', 'navigation', ...KEYS)), kind: maybe(fc.constantFrom('news', 'web', ...KEYS)),
  span: maybe(span), claim: maybe(span), backs: maybe(fc.constantFrom('q1', 'q9')), outlet_mentions: maybe(fc.array(maybe(span), { maxLength: 3 })),
  selectors: maybe(fc.array(maybe(selector), { maxLength: 3 })),
}, { requiredKeys: [] });
const claim = fc.record({ text: maybe(piece), span: maybe(span), cue: maybe(fc.string()), cue_span: maybe(span), selectors: maybe(fc.array(selector, { maxLength: 2 })) }, { requiredKeys: [] });
const whosaid = fc.record({
  schema: fc.constant('whosaid/1'), url: junk, title: junk, generator: junk, publisher: junk, offsets: maybe(fc.constantFrom('utf-16', 'code-point')),
  quotes: fc.array(maybe(quote), { maxLength: 8 }), links: maybe(fc.array(maybe(link), { maxLength: 5 })), unbacked: maybe(fc.array(maybe(claim), { maxLength: 3 })),
}, { requiredKeys: ['schema', 'quotes'] });
const annotation = fc.record({
  type: maybe(fc.constant('Annotation')), id: maybe(fc.constantFrom('urn:whosaid:1:q1', 'urn:whosaid:1:l1', 'x')), motivation: maybe(fc.constantFrom('highlighting', 'linking', 'questioning')),
  body: maybe(fc.array(maybe(fc.record({
    type: maybe(fc.constantFrom('TextualBody', 'SpecificResource')), purpose: maybe(fc.constantFrom('tagging', 'describing')),
    value: maybe(fc.constantFrom('quotation', 'reported speech', 'unbacked claim', 'Speaker: Ana', 'speaker-kind:__proto__', 'Role: x', 'Cue: said', 'source link (internal)', 'source:news', 'Source of q1')),
    id: maybe(fc.constantFrom('https://a.example/', 'javascript:alert(1)')),
  }, { requiredKeys: [] })), { maxLength: 5 })),
  target: maybe(fc.record({ source: junk, selector: maybe(fc.oneof(selector, fc.array(maybe(selector), { maxLength: 3 }))) }, { requiredKeys: [] })),
}, { requiredKeys: [] });
const webAnnotation = fc.oneof(
  fc.record({ type: fc.constant('AnnotationCollection'), label: junk, 'whosaid:offsets': maybe(fc.constant('utf-16')), first: maybe(fc.record({ items: maybe(fc.array(maybe(annotation), { maxLength: 8 })) })) }),
  fc.record({ type: fc.constant('AnnotationPage'), items: maybe(fc.array(maybe(annotation), { maxLength: 8 })) }),
  fc.array(annotation, { maxLength: 6 }),
);
/** The JSON text of `doc`, with hostile keys put into some of its objects. */
const withKeys = (doc, places) => {
  let json = JSON.stringify(doc) ?? 'null';
  for (const [n, key, value] of places) {
    let seen = 0;
    json = json.replace(/\{(?=")/g, (m) => (seen++ === n ? `{${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'},` : m));
  }
  return json;
};
const hostileKeys = fc.array(fc.tuple(fc.nat(30), fc.constantFrom(...KEYS), junk), { maxLength: 4 });
const files = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(whosaid, hostileKeys).map(([d, k]) => withKeys(d, k)) },
  { weight: 3, arbitrary: fc.tuple(webAnnotation, hostileKeys).map(([d, k]) => withKeys(d, k)) },
  { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom('[', '{"a":')).map(([n, open]) => `${open.repeat(n)}1${(open === '[' ? ']' : '}').repeat(n)}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1_000, max: 60_000 }), fc.constantFrom('0', '{}', '"x"', 'null')).map(([n, v]) => `{"schema":"whosaid/1","quotes":[${Array(n).fill(v).join(',')}]}`) },
);

test('property: any import file is read or refused cleanly, in bounded time, and nothing of it reaches the address or title', () => {
  const failures = new Set();
  fc.assert(
    fc.property(files, (source) => {
      const t0 = performance.now();
      let imported;
      try {
        imported = readImportText(source);
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        assert.ok(['importTooBig', 'importNotJson', 'importNotExport', 'importTooComplex', 'importTooMany', 'importUnreadable'].includes(error.key), error.key);
        return;
      }
      const r = reanchor(imported, TEXT, PAGE);
      assert.equal(r.report.url, PAGE.url);
      assert.equal(r.report.title, PAGE.title);
      assert.equal(r.report.generator, PAGE.generator);
      assert.deepEqual(r.report.publisher, PAGE.publisher);
      assert.equal(r.total, r.anchored + r.failed.length);
      for (const f of r.failed) failures.add(f.reason);
      for (const q of r.report.quotes) {
        assert.ok(q.parts.length && q.parts.every((p) => p.start >= 0 && p.start <= p.end && p.end <= TEXT.length));
        assert.equal(typeof q.text, 'string');
        if (q.speaker) assert.ok(['person', 'organization', 'unnamed'].includes(q.speaker.kind));
      }
      for (const l of r.report.links) assert.match(l.href, /^https?:\/\//);
      const out = everyExport(r.report);
      assertMarkdownSafe(out.md);
      JSON.parse(out.json);
      JSON.parse(out.ld);
      assert.equal({}.polluted, undefined);
      assert.ok(performance.now() - t0 < 2000, 'bounded time');
    }),
    // A longer run: WHOSAID_FUZZ_RUNS=100000 WHOSAID_FUZZ_SEED=<n> node --test tests/unit/hostile-io.test.mjs
    { numRuns: Number(process.env.WHOSAID_FUZZ_RUNS ?? 400), seed: Number(process.env.WHOSAID_FUZZ_SEED ?? 18) },
  );
  assert.ok(failures.has('missing') && failures.has('invalid'), [...failures].join());
  assert.equal(Object.prototype.polluted, undefined);
});

test('import on a page that is now shorter than the old position: the spans inside an item still move with it', () => {
  // The quotation sat at 120 in a longer page; the page lost its first paragraph, so the old
  // position is past the new end. Found by its text, its speaker's span moves by the same step.
  const before = `${'An opening paragraph that was later removed from the page. '.repeat(2)}\n\n“Hold the line,” Ada Brook said.`;
  const after = '“Hold the line,” Ada Brook said.';
  const start = before.indexOf('Hold');
  const report = {
    schema: 'whosaid/1', offsets: 'utf-16', url: 'https://news.example/a', title: 'A', quotes: [{
      id: 'q1', kind: 'direct', text: 'Hold the line,', parts: [{ start, end: start + 14 }],
      speaker: { name: 'Ada Brook', mention: 'Ada Brook', span: { start: start + 16, end: start + 25 }, kind: 'person' },
      cue: 'said', cue_span: { start: start + 26, end: start + 30 }, confidence: 0.9,
      selectors: [{ type: 'TextQuoteSelector', exact: 'Hold the line,', prefix: '“', suffix: '” Ada' }, { type: 'TextPositionSelector', start, end: start + 14 }],
    }], links: [], unbacked: [], speakers: [],
  };
  assert.ok(start > after.length);
  const result = reanchor(readImportText(JSON.stringify(report)), after, pageIdentity({ url: 'https://news.example/a', title: 'A' }));
  const [q] = result.report.quotes;
  assert.deepEqual(q.parts, [{ start: 1, end: 15 }]);
  assert.deepEqual(q.speaker.span, { start: 17, end: 26 });
  assert.equal(after.slice(q.speaker.span.start, q.speaker.span.end), 'Ada Brook');
  assert.deepEqual(q.cue_span, { start: 27, end: 31 });
});
