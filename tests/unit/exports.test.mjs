// The export formats, the citation, import re-anchoring and the settings'
// stylesheet, on a small invented article (no browser needed: the e2e tests run
// the same code in both browsers through the panel).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { reanchor } from '../../extension/src/lib/anchor.js';
import { pageIdentity, readExport } from '../../extension/src/lib/importcheck.js';
import { citation, toCsv, toJson, toMarkdown, toWebAnnotation } from '../../extension/src/lib/exporters.js';
import { GUESS_BELOW, counts, groupBySpeaker, sections, speakerIsGuess } from '../../extension/src/lib/report.js';
import { CATEGORIES, DEFAULTS, highlightCss, normalize } from '../../extension/src/lib/settings.js';
import { spansOf } from './hostile-fixtures.mjs';

// An article text with an astral character (two UTF-16 units, one code point) before the quotes.
const TEXT = [
  'Bridge vote 🌉 in the valley',
  '“=SUM(A1) is not a plan, and it never was,” said Ana Ruiz, the mayor. She said that work would start in May.',
  'Officials said the budget was tight. “We [will] *help*,” a spokesperson said.',
  'See the report for details. It is reportedly late.',
].join('\n\n');

const { at, sel } = spansOf(TEXT);
const q1 = at('=SUM(A1) is not a plan, and it never was,');
const q3 = at('We [will] *help*,');
const REPORT = {
  schema: 'whosaid/1', url: 'https://news.example/bridge', title: 'Bridge vote', generator: 'whosaid 0.1.0', lang: 'en',
  publisher: { url: 'https://news.example/bridge', domain: 'news.example', name: 'The Example' }, offsets: 'utf-16', truncated: false,
  quotes: [
    { id: 'q1', kind: 'direct', text: TEXT.slice(q1.start, q1.end), parts: [q1], speaker: { name: 'Ana Ruiz', mention: 'Ana Ruiz', span: at('Ana Ruiz'), resolved: true, id: 's1', kind: 'person', role: 'mayor' }, cue: 'said', cue_span: at('said', q1.end), medium: 'Radio Valley', confidence: 0.9, selectors: sel(q1) },
    { id: 'q2', kind: 'indirect', text: 'work would start in May', parts: [at('work would start in May')], speaker: { name: 'Ana Ruiz', mention: 'She', span: at('She'), resolved: true, id: 's1', kind: 'person', role: 'mayor' }, cue: 'said', cue_span: at('said', at('She').end), confidence: 0.8, selectors: sel(at('work would start in May')) },
    { id: 'q3', kind: 'direct', text: TEXT.slice(q3.start, q3.end), parts: [q3], speaker: { name: 'a spokesperson', mention: 'a spokesperson', span: at('a spokesperson'), resolved: false, id: 's2', kind: 'unnamed' }, cue: 'said', cue_span: at('said', q3.end), confidence: 0.7, selectors: sel(q3) },
    { id: 'q4', kind: 'indirect', text: 'the budget was tight', parts: [at('the budget was tight')], speaker: { name: 'Officials', mention: 'Officials', span: at('Officials'), resolved: false, id: 's3', kind: 'unnamed' }, cue: 'said', cue_span: at('said', at('Officials').end), confidence: 0.5, selectors: sel(at('the budget was tight')) },
  ],
  links: [
    { id: 'l1', href: 'https://data.example/report.pdf', text: 'report', relation: 'external', kind: 'document', domain: 'data.example', span: at('report'), selectors: sel(at('report')), format: 'pdf' },
    { id: 'l2', href: 'https://news.example/', text: 'Home', relation: 'navigation', kind: 'publisher', domain: 'news.example', span: { start: 0, end: 0 }, selectors: [] },
  ],
  unbacked: [{ text: 'It is reportedly late.', span: at('It is reportedly late.'), cue: 'reportedly', cue_span: at('reportedly') }],
  speakers: [],
};

// The page an import is made on: its own address, title and publisher.
const PAGE = pageIdentity({}, REPORT);

test('summary numbers and groups: named speakers, unnamed sources, shares of the quoted words', () => {
  assert.deepEqual(counts(REPORT), { quotations: 2, speakers: 1, unnamed: 2, reported: 2, links: 1, external: 1 });
  const s = sections(REPORT);
  assert.deepEqual(s.quotations.map((q) => q.id), ['q1']);
  assert.deepEqual(s.unnamed.map((q) => q.id), ['q3', 'q4']);
  const [ana] = groupBySpeaker(s.quotations, s.quoted);
  assert.equal(ana.name, 'Ana Ruiz');
  assert.equal(Math.round(ana.share * 100), 77); // 10 of the 13 quoted words
});

test('CSV: RFC 4180 read back by csv-parse; formula cells neutralised; colours and categories', () => {
  const csv = toCsv(REPORT, { text: TEXT, settings: { ...DEFAULTS, colors: { ...DEFAULTS.colors, quote: '#112233' } } });
  assert.ok(csv.includes('\r\n') && !/[^\r]\n/.test(csv), 'CRLF line ends');
  const rows = parse(csv, { columns: true });
  assert.deepEqual(rows.map((r) => [r.category, r.id]), [
    ['quotation', 'q1'], ['reported speech', 'q2'], ['quotation', 'q3'], ['reported speech', 'q4'], ['source link', 'l1'],
  ]);
  assert.equal(rows[0].text, `'${REPORT.quotes[0].text}`, 'a cell starting with = is neutralised');
  assert.equal(rows[0].color, '#112233');
  assert.equal(rows[0].speaker, 'Ana Ruiz');
  assert.equal(rows[0].medium, 'Radio Valley');
  assert.equal(rows[2].text, 'We [will] *help*,');
  assert.equal(rows[4].href, 'https://data.example/report.pdf');
  // Every cell a spreadsheet would run as a formula: = + - @, tab, carriage return.
  for (const start of ['+', '-', '@', '\t', '\r']) {
    const report = { ...REPORT, quotes: [{ ...REPORT.quotes[0], text: `${start}cmd|' /C calc'!A0` }], links: [], unbacked: [] };
    const [row] = parse(toCsv(report), { columns: true });
    assert.equal(row.text, `'${start}cmd|' /C calc'!A0`, JSON.stringify(start));
  }
  // Hidden categories stay out; unbacked claims come in when shown.
  const some = parse(toCsv(REPORT, { shown: { reported: false, link: false, claim: true } }), { columns: true });
  assert.deepEqual(some.map((r) => r.id), ['q1', 'q3', 'c1']);
});

test('Markdown: grouped by speaker, every quote a link that opens the page at it (text fragment), page text escaped', () => {
  const md = toMarkdown(REPORT, { text: TEXT, published: '2026-03-14T09:00:00Z' });
  const heads = md.split('\n').filter((l) => l.startsWith('#'));
  assert.deepEqual(heads, ['# WhoSaid: Bridge vote', '## Quotations', '### Ana Ruiz, mayor', '## Reported speech', '### Ana Ruiz, mayor',
    '## Unnamed sources', '### a spokesperson', '### Officials', '## Sources']);
  assert.match(md, /1 quotation, 77% of the quoted words/);
  assert.match(md, /Colours: quotation #f0e442/);
  const links = [...md.matchAll(/^- \[(.+)\]\(<([^>]+)>\)/gm)].map((m) => ({ label: m[1], url: new URL(m[2]) }));
  assert.equal(links.length, 5);
  for (const { url } of links.slice(0, 4)) {
    assert.equal(`${url.origin}${url.pathname}`, 'https://news.example/bridge');
    const m = /^#:~:text=([^,&]+)(?:,([^,&]+))?$/.exec(url.hash);
    assert.ok(m, url.hash);
    const start = decodeURIComponent(m[1]);
    assert.ok(TEXT.includes(start), start);
    if (m[2]) assert.ok(TEXT.indexOf(decodeURIComponent(m[2]), TEXT.indexOf(start)) > 0);
  }
  assert.ok(links[0].url.hash.includes('%3DSUM(A1)') || links[0].url.hash.includes('%3DSUM%28A1%29'), links[0].url.hash);
  assert.ok(md.includes('“We \\[will\\] \\*help\\*,”'), 'Markdown syntax in page text is escaped');
  assert.equal(links[4].url.href, 'https://data.example/report.pdf');
});

test('Markdown: a speaker under GUESS_BELOW is said to be a guess, the others not', () => {
  assert.equal(GUESS_BELOW, 0.6);
  const md = toMarkdown(REPORT, { text: TEXT });
  const line = (words) => md.split('\n').find((l) => l.startsWith('- ') && l.includes(words));
  // q4 (0.5): a guess; q3 (0.7) and q1 (0.9): not.
  assert.match(line('the budget was tight'), / — said · speaker is a guess$/);
  assert.doesNotMatch(line('help'), /guess/);
  assert.doesNotMatch(line('SUM'), /guess/);
  assert.ok(!md.includes('unsure'));
  assert.equal(speakerIsGuess({ confidence: GUESS_BELOW }), false);
  assert.equal(speakerIsGuess({ confidence: 0.59 }), true);
  assert.equal(speakerIsGuess({}), false);
});

test('W3C Web Annotation: an AnnotationCollection of Annotations, selectors in code points, styles carried', () => {
  const ld = JSON.parse(toWebAnnotation(REPORT, { text: TEXT }));
  assert.deepEqual(ld['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(ld.type, 'AnnotationCollection');
  assert.equal(ld['whosaid:offsets'], 'code-point');
  assert.equal(ld.first.type, 'AnnotationPage');
  assert.equal(ld.total, ld.first.items.length);
  assert.equal(ld.total, 5); // four quotes and the body's link; no navigation link, claims hidden
  const cps = [...TEXT];
  for (const a of ld.first.items) {
    assert.equal(a.type, 'Annotation');
    assert.match(a.id, /^urn:whosaid:/);
    assert.ok(['highlighting', 'linking'].includes(a.motivation));
    assert.equal(a.target.type, 'SpecificResource');
    assert.equal(a.target.source, REPORT.url);
    assert.match(a.target.styleClass, /^whosaid-(quote|reported|link)$/);
    assert.equal(a.stylesheet.type, 'CssStylesheet');
    assert.ok(a.stylesheet.value.startsWith(`.${a.target.styleClass} {`));
    const [quote, position] = a.target.selector;
    assert.equal(quote.type, 'TextQuoteSelector');
    assert.equal(position.type, 'TextPositionSelector');
    assert.equal(cps.slice(position.start, position.end).join(''), quote.exact, 'code-point positions select the quote');
    for (const b of a.body) assert.ok(b.type === 'TextualBody' ? ['tagging', 'describing'].includes(b.purpose) && typeof b.value === 'string' : b.type === 'SpecificResource' && b.id);
  }
  const q1a = ld.first.items[0];
  assert.ok(q1a.body.some((b) => b.value === 'Speaker: Ana Ruiz'));
  assert.ok(q1a.body.some((b) => b.value === 'Role: mayor'));
  assert.ok(q1a.body.some((b) => b.value === 'Medium: Radio Valley'));
  assert.equal(q1a.target.selector[1].start, q1.start - 1, 'one code point less than UTF-16 units after the emoji');
});

test('JSON: the report with the reader\'s display choices', () => {
  const json = JSON.parse(toJson(REPORT, { settings: { ...DEFAULTS, style: 'underline' }, shown: { cue: false } }));
  assert.equal(json.schema, 'whosaid/1');
  assert.equal(json.display.quote.color, '#f0e442');
  assert.equal(json.display.quote.style, 'underline');
  assert.equal(json.display.cue.shown, false);
  assert.equal(json.display.link.shown, true);
});

test('JSON: addresses as the report has them (an IRI stays one), anything but http(s) dropped', () => {
  const links = [
    { href: 'https://de.wikipedia.org/wiki/Abmahnaffäre', text: 'Affäre' },
    { href: 'javascript:alert(1)', text: 'x' },
  ];
  const json = JSON.parse(toJson({ ...REPORT, links }));
  assert.deepEqual(json.links.map((l) => l.href), ['https://de.wikipedia.org/wiki/Abmahnaffäre', null]);
});

test('page text is data: markup and formulas in quotations stay text in every export', () => {
  const IMG = '<img src=x onerror="alert(1)">';
  const FORMULA = '=HYPERLINK("http://evil.example/","click")';
  const text = `“${IMG} is what the form accepted,” said Jane Doe.\n\n“${FORMULA} was in the sheet,” said Paul Grant.`;
  const quote = (id, s, name) => {
    const span = { start: text.indexOf(s), end: text.indexOf(s) + s.length };
    const who = { start: text.indexOf(name), end: text.indexOf(name) + name.length };
    return { id, kind: 'direct', text: s, parts: [span], speaker: { name, mention: name, span: who, resolved: true, id: null, kind: 'person' }, cue: 'said', confidence: 0.9,
      selectors: [{ type: 'TextQuoteSelector', exact: s, prefix: text.slice(0, span.start), suffix: '' }, { type: 'TextPositionSelector', ...span }] };
  };
  const report = { ...REPORT, title: `${IMG} ${FORMULA}`, quotes: [quote('q1', `${IMG} is what the form accepted,`, 'Jane Doe'), quote('q2', `${FORMULA} was in the sheet,`, 'Paul Grant')], links: [], unbacked: [] };
  // JSON and Web Annotation: the exact text, as a string value.
  assert.deepEqual(JSON.parse(toJson(report)).quotes.map((q) => q.text), report.quotes.map((q) => q.text));
  const ld = JSON.parse(toWebAnnotation(report, { text }));
  assert.ok(ld.first.items.some((a) => a.target.selector[0].exact.startsWith(IMG)));
  // Markdown: no raw tag (a Markdown viewer would render it), every < > escaped.
  const md = toMarkdown(report, { text });
  assert.ok(!/(^|[^\\])<img/im.test(md), md);
  assert.ok(md.includes('\\<img src=x onerror="alert\\(1\\)"\\>'), md);
  // CSV: the formula cell is neutralised; the markup is a plain cell.
  const rows = parse(toCsv(report, { text }), { columns: true });
  assert.equal(rows.find((r) => r.id === 'q2').text, `'${FORMULA} was in the sheet,`);
  assert.equal(rows.find((r) => r.id === 'q1').text, `${IMG} is what the form accepted,`);
  // The citation is plain text.
  assert.ok(citation(report, report.quotes[0]).startsWith(`“${IMG}`));
});

test('citation: “…” — speaker, role, medium, title, publisher, date, URL', () => {
  assert.equal(
    citation(REPORT, REPORT.quotes[0], { published: '2026-03-14T09:00:00Z' }),
    '“=SUM(A1) is not a plan, and it never was,” — Ana Ruiz, mayor, via Radio Valley, Bridge vote, The Example, 2026-03-14, https://news.example/bridge',
  );
  assert.equal(citation(REPORT, REPORT.quotes[1]), 'work would start in May — Ana Ruiz, mayor, Bridge vote, The Example, https://news.example/bridge');
});

test('import: a JSON export re-anchors on a changed page by quote; what is gone is reported', () => {
  const exported = JSON.parse(toJson(REPORT));
  const changed = `Breaking: a new paragraph came first.\n\n${TEXT.replace('“We [will] *help*,” a spokesperson said.', 'A spokesperson declined to comment.')}`;
  const r = reanchor(readExport(exported), changed, PAGE);
  assert.deepEqual(r.failed.map((f) => f.id), ['q3']);
  assert.equal(r.anchored, r.total - 1);
  for (const q of r.report.quotes) {
    for (const p of q.parts) assert.equal(changed.slice(p.start, p.end), TEXT.slice(REPORT.quotes.find((x) => x.id === q.id).parts[0].start, REPORT.quotes.find((x) => x.id === q.id).parts[0].end));
    if (q.speaker?.span) assert.equal(changed.slice(q.speaker.span.start, q.speaker.span.end), q.speaker.mention);
    if (q.cue_span) assert.equal(changed.slice(q.cue_span.start, q.cue_span.end), q.cue);
  }
  const link = r.report.links.find((l) => l.id === 'l1');
  assert.equal(changed.slice(link.span.start, link.span.end), 'report');
  // A small edit inside a quote: still found, approximately.
  const edited = TEXT.replace('and it never was', 'and it never was!');
  const fuzzy = reanchor(readExport(exported), edited, PAGE);
  assert.deepEqual(fuzzy.failed, []);
});

test('import: a Web Annotation export (code points) re-anchors too', () => {
  const ld = JSON.parse(toWebAnnotation(REPORT, { text: TEXT }));
  const imported = readExport(ld);
  assert.equal(imported.format, 'Web Annotation');
  assert.equal(imported.unit, 'code-point');
  assert.deepEqual(imported.report.quotes.map((q) => [q.id, q.kind, q.speaker?.name, q.speaker?.kind]), [
    ['q1', 'direct', 'Ana Ruiz', 'person'], ['q2', 'indirect', 'Ana Ruiz', 'person'], ['q3', 'direct', 'a spokesperson', 'unnamed'], ['q4', 'indirect', 'Officials', 'unnamed'],
  ]);
  const r = reanchor(imported, TEXT, PAGE);
  assert.deepEqual(r.failed, []);
  assert.deepEqual(r.report.quotes.map((q) => q.parts), REPORT.quotes.map((q) => q.parts));
  assert.deepEqual(r.report.links.map((l) => [l.href, l.span]), [['https://data.example/report.pdf', REPORT.links[0].span]]);
  assert.throws(() => readExport({ hello: 1 }), { name: 'ImportError', key: 'importNotExport' });
});

test('settings: bad colours are replaced; each category has its own line style in both styles', () => {
  const s = normalize({ colors: { quote: 'red; } body { display: none', link: '#ABCDEF' }, show: { cue: false }, style: 'weird' });
  assert.equal(s.colors.quote, DEFAULTS.colors.quote);
  assert.equal(s.colors.link, '#abcdef');
  assert.equal(s.show.cue, false);
  assert.equal(s.style, 'background');
  for (const style of ['background', 'underline']) {
    const css = highlightCss({ ...DEFAULTS, style });
    const lines = CATEGORIES.map((c) => new RegExp(`::highlight\\(whosaid-${c}\\) \\{([^}]*)\\}`).exec(css)[1].match(/underline[^#]*/)?.[0].trim());
    assert.equal(new Set(lines).size, CATEGORIES.length, `${style}: ${lines}`);
  }
  assert.ok(!highlightCss(s).includes('display'));
});

test("Chromium's sheet holds its rules in one cascade layer, each a bare ::highlight() (a heavier selector restyles every element)", () => {
  const css = highlightCss(DEFAULTS, { layered: true });
  const layer = /@layer whosaid \{\n([^]*)\n\}\n$/.exec(css);
  assert.ok(layer, css);
  const selectors = layer[1].split('\n').map((rule) => rule.slice(0, rule.indexOf(' {')));
  assert.deepEqual(selectors, [...CATEGORIES, 'focus'].map((c) => `::highlight(whosaid-${c})`));
  assert.ok(layer[1].split('\n').every((rule) => /^[^{]+\{( [a-z-]+: [^;]+ !important;)+ \}$/.test(rule)), css);
  // Firefox's is a user sheet: no layer.
  assert.ok(!highlightCss(DEFAULTS).includes('@layer'));
});

test('every locale has every message of the English one, with the same substitutions', () => {
  const dir = path.resolve(import.meta.dirname, '../../extension/_locales');
  const read = (l) => JSON.parse(fs.readFileSync(path.join(dir, l, 'messages.json'), 'utf8'));
  const en = read('en');
  const locales = fs.readdirSync(dir);
  for (const l of ['en', 'fr', 'de', 'es']) assert.ok(locales.includes(l), l);
  const subs = (m) => [...new Set(m.match(/\$\d/g) ?? [])].sort().join();
  for (const l of locales) {
    const m = read(l);
    assert.deepEqual(Object.keys(m).sort(), Object.keys(en).sort(), l);
    for (const [key, { message }] of Object.entries(en)) assert.equal(subs(m[key].message), subs(message), `${l} ${key}`);
    assert.ok(m.extDescription.message.length <= 132, `${l}: the store allows 132 characters`);
  }
});

test('the panel in another language: French messages, plurals and substitutions', async () => {
  const { summary } = await import('../../extension/src/lib/panel.js');
  const { translator } = await import('../../extension/src/lib/i18n.js');
  const fr = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../extension/_locales/fr/messages.json'), 'utf8'));
  const fill = (key, subs) => fr[key]?.message.replace(/\$(\d)/g, (_, i) => subs[i - 1]) ?? '';
  const t = translator({ getMessage: fill, lang: 'fr' });
  assert.equal(summary(REPORT, t), '2 citations de 1 locuteur, 2 sources anonymes, 2 propos rapportés, 1 lien source, 1 externe');
  assert.equal(summary(REPORT), '2 quotations from 1 speaker, 2 unnamed sources, 2 reported statements, 1 source link, 1 external');
  assert.equal(t('nonexistentKey'), 'nonexistentKey');
});

test('speech or belief: the CSV has an act column, Markdown tags a belief, an import keeps only the two acts', () => {
  const believed = { ...REPORT, quotes: REPORT.quotes.map((q) => (q.id === 'q2' ? { ...q, act: 'belief', cue: 'believes' } : { ...q, act: 'speech' })) };
  const rows = parse(toCsv(believed, { text: TEXT }), { columns: true });
  assert.deepEqual(rows.filter((r) => r.id.startsWith('q')).map((r) => [r.id, r.act]), [['q1', 'speech'], ['q2', 'belief'], ['q3', 'speech'], ['q4', 'speech']]);
  const md = toMarkdown(believed, { text: TEXT });
  const line = (words) => md.split('\n').find((l) => l.startsWith('- ') && l.includes(words));
  assert.match(line('work would start in May'), / — believes · belief, not words said$/);
  assert.doesNotMatch(line('SUM'), /belief/);
  // A crafted file's act is either of the two, else speech.
  const crafted = { ...believed, quotes: believed.quotes.map((q) => (q.id === 'q1' ? { ...q, act: '<img onerror=x>' } : q)) };
  const { report } = readExport(JSON.parse(JSON.stringify(crafted)));
  const acts = Object.fromEntries(report.quotes.map((q) => [q.id, q.act]));
  assert.equal(acts.q1, 'speech');
  assert.equal(acts.q2, 'belief');
});
