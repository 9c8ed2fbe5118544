// The reader's experience, end to end in Chromium and Firefox, on an invented
// article (tests/e2e/fixtures/reader-article.html): the summary numbers and the
// groups by speaker, scrolling to an item (the panel moving off it), keyboard
// navigation, hover details, filters, each export parsed and checked, copying a
// citation, export -> reload -> import (and import on a changed page), the
// options page changing the painting, re-analysis, dark and right-to-left pages,
// and the toggle leaving the DOM as it was.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { BROWSERS, ROOT, focusInView, fullDom, highlightTexts, openPanel, optionsReady, pointOn, session, waitFor } from './harness.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = path.join(HERE, 'fixtures/reader-article.html');
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-reader-'));
// The same article, changed after the export: a paragraph added first, the paragraph
// with Oskar Feld's quotation removed.
const CHANGED = path.join(TMP, 'changed.html');
const html = fs.readFileSync(FIXTURE, 'utf8');
const removed = html.match(/<p>“This plan spends money[^\n]*<\/p>\n/)[0];
fs.writeFileSync(CHANGED, html.replace(removed, '').replace('<article>\n', '<article>\n<p>Update: this story was corrected on Saturday.</p>\n'));
// A right-to-left page (invented Hebrew text).
const HEBREW = path.join(TMP, 'hebrew.html');
fs.writeFileSync(HEBREW, '<!DOCTYPE html><html lang="he" dir="rtl"><head><meta charset="utf-8"><title>גשר</title></head><body><article><p>”נבנה את הגשר לפני החורף,” אמרה ראש העיר הלנה ברנדט.</p><p>המועצה הצביעה ביום שישי.</p></article></body></html>');
// A long article (invented): 350 quotations by one speaker, then 50 by another, more than
// the panel lists at once.
const LONG = path.join(TMP, 'long.html');
fs.writeFileSync(LONG, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridges</title></head><body><article>${
  Array.from({ length: 400 }, (_, i) => `<p>“We will rebuild bridge ${i + 1} before the winter comes,” said ${i < 350 ? 'Ana Ruiz' : 'Mei Lin'}.</p>`).join('\n')
}</article></body></html>`);
const SHOTS = path.join(ROOT, 'build/screenshots');
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const words = (s) => (s.match(WORDS) ?? []).length;

// ---- Read from the page under test -------------------------------------------------------

function readerPanel() {
  const root = document.querySelector('whosaid-panel')?.shadowRoot;
  if (!root) return null;
  const panel = root.querySelector('.panel');
  const ids = (g) => [...g.querySelectorAll('[data-quote]')].map((b) => b.dataset.quote);
  const details = root.querySelector('.details');
  const current = root.querySelector('.item[aria-current="true"]');
  return {
    state: root.host.dataset.state,
    summary: root.querySelector('.summary').textContent,
    headings: [...root.querySelectorAll('section h2')].map((h) => h.textContent),
    groups: [...root.querySelectorAll('[data-speaker]')].map((g) => ({
      name: g.dataset.speaker, count: Number(g.querySelector('[data-count]').dataset.count),
      share: Number(g.querySelector('[data-count]').dataset.share), quotes: ids(g),
    })),
    reported: [...root.querySelectorAll('[data-reported-speaker]')].map((g) => ({ name: g.dataset.reportedSpeaker, quotes: ids(g) })),
    unnamed: [...root.querySelectorAll('[data-unnamed-speaker]')].map((g) => ({ name: g.dataset.unnamedSpeaker, quotes: ids(g) })),
    items: [...root.querySelectorAll('.item:not([disabled])')].filter((b) => b.getClientRects().length).map((b) => b.dataset.quote ?? b.dataset.link ?? b.dataset.claim),
    current: current ? current.dataset.quote ?? current.dataset.link ?? current.dataset.claim : null,
    describedBy: current?.getAttribute('aria-describedby') ?? null,
    focused: root.activeElement?.dataset?.quote ?? null,
    details: details.hidden ? null : [...details.querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling.textContent]),
    filters: Object.fromEntries([...root.querySelectorAll('[data-filter]')].map((i) => [i.dataset.filter, i.checked])),
    status: root.querySelector('[data-status]').textContent,
    imported: root.host.dataset.imported ?? null,
    scheme: panel.dataset.scheme,
    dir: panel.getAttribute('dir'),
  };
}

/** The lowest contrast ratio of the panel's visible text against its background (WCAG 2). */
function panelContrast() {
  const root = document.querySelector('whosaid-panel').shadowRoot;
  const rgb = (c) => c.match(/[\d.]+/g).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length < 4 || c[3] > 0.9) return c;
    }
    return [255, 255, 255];
  };
  let worst = { ratio: Infinity };
  for (const el of root.querySelectorAll('.panel *')) {
    if (![...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim()) || !el.getClientRects().length || el.closest('[disabled]')) continue;
    const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(background(el))].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    if (ratio < worst.ratio) worst = { ratio, text: el.textContent.slice(0, 40) };
  }
  return worst;
}

/** How the page paints one highlight (its computed ::highlight style). */
function highlightStyle(name) {
  const range = [...(CSS.highlights.get(name) ?? [])][0];
  const element = range ? range.startContainer.parentElement : document.querySelector('article p');
  const style = getComputedStyle(element, `::highlight(${name})`);
  return { registered: CSS.highlights.has(name), background: style.backgroundColor, line: style.textDecorationLine, color: style.textDecorationColor };
}

function setOption(kind, key, value) {
  const input = kind === 'style' ? document.querySelector(`input[name="style"][value="${value}"]`) : document.querySelector(`[data-${kind}="${key}"]`);
  if (kind === 'color') input.value = value;
  else if (kind === 'show') input.checked = value;
  else input.checked = true;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

// ---- Expected values, computed from the JSON export --------------------------------------

function expectedSummary(json) {
  const n = (k, one, many) => `${k} ${k === 1 ? one : many}`;
  const quoted = json.quotes.filter((q) => q.kind !== 'indirect');
  const speakers = new Set(quoted.filter((q) => q.speaker && q.speaker.kind !== 'unnamed').map((q) => q.speaker.id)).size;
  const unnamed = new Set(json.quotes.filter((q) => q.speaker?.kind === 'unnamed').map((q) => q.speaker.id)).size;
  const links = json.links.filter((l) => l.relation !== 'navigation');
  return [
    `${n(quoted.length, 'quotation', 'quotations')} from ${n(speakers, 'speaker', 'speakers')}`,
    unnamed ? n(unnamed, 'unnamed source', 'unnamed sources') : null,
    json.quotes.length > quoted.length ? n(json.quotes.length - quoted.length, 'reported statement', 'reported statements') : null,
    n(links.length, 'source link', 'source links'),
    `${links.filter((l) => l.relation === 'external').length} external`,
  ].filter(Boolean).join(', ');
}

/** [name, number of quotations] per named speaker, most first (reading order when equal). */
function speakerCounts(json) {
  const counts = new Map();
  for (const q of json.quotes.filter((x) => x.kind !== 'indirect' && x.speaker && x.speaker.kind !== 'unnamed')) {
    counts.set(q.speaker.name, (counts.get(q.speaker.name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

const withoutFocus = (h) => Object.fromEntries(Object.entries(h).filter(([k]) => k !== 'whosaid-focus'));

for (const browserName of Object.keys(BROWSERS)) {
  describe(`the reader's panel in ${browserName}`, () => {
    const env = session(browserName, {
      files: { '/news/bridge-vote.html': FIXTURE, '/news/changed.html': CHANGED, '/news/hebrew.html': HEBREW, '/news/long.html': LONG },
    }, { downloads: true });
    const page = () => `${env.server.url}/news/bridge-vote.html`;
    let json = null;
    let jsonFile = null;
    let ldFile = null;
    let painted = null;

    test('summary, groups by speaker with shares, sections in order; details on hover; filters', async () => {
      const { browser } = env;
      fs.mkdirSync(SHOTS, { recursive: true });
      await browser.goto(page());
      assert.equal(await openPanel(browser), 'ready');
      painted = withoutFocus(await browser.eval(highlightTexts));
      json = JSON.parse(await browser.downloadFrom('[data-export="json"]'));
      jsonFile = path.join(TMP, `export-${browserName}.json`);
      fs.writeFileSync(jsonFile, JSON.stringify(json));
      const panel = await browser.panel(readerPanel);

      assert.equal(panel.summary, expectedSummary(json));
      // (The unnamed sources: the ministry's spokesperson, and the transport
      // agency whose report `, which warned that …` stands for.)
      assert.match(panel.summary, /^6 quotations from 3 speakers, 2 unnamed sources, /);
      assert.deepEqual(panel.headings, ['Quotations', 'Reported speech', 'Unnamed sources', 'Sources']);
      assert.equal(panel.scheme, 'light');
      const contrast = await browser.panel(panelContrast);
      assert.ok(contrast.ratio >= 4.5, `WCAG AA contrast: ${JSON.stringify(contrast)}`);
      // The panel is the browser's side panel: nothing of it is in the page, which keeps its focus.
      assert.deepEqual(await browser.eval(() => [document.querySelectorAll('whosaid-panel').length, document.activeElement?.localName]), [0, 'body']);

      // Quotations by named speaker, most quoted first, with each one's share of the quoted words.
      const quoted = json.quotes.filter((q) => q.kind !== 'indirect');
      const total = quoted.reduce((n, q) => n + words(q.text), 0);
      assert.equal(panel.groups[0].name, 'Helena Brandt');
      assert.equal(panel.groups[0].count, 3);
      for (const g of panel.groups) {
        const mine = quoted.filter((q) => q.speaker?.name === g.name && q.speaker.kind !== 'unnamed');
        assert.deepEqual(g.quotes, mine.map((q) => q.id), g.name);
        assert.equal(g.share, Math.round((100 * mine.reduce((n, q) => n + words(q.text), 0)) / total), g.name);
      }
      assert.deepEqual(panel.groups.map((g) => g.count), panel.groups.map((g) => g.count).sort((a, b) => b - a));
      // What unnamed sources said is listed apart, whether quoted or reported.
      const unnamed = json.quotes.filter((q) => q.speaker?.kind === 'unnamed');
      assert.ok(unnamed.length >= 2);
      assert.deepEqual(panel.unnamed.flatMap((g) => g.quotes).sort(), unnamed.map((q) => q.id).sort());
      assert.ok(!panel.reported.some((g) => unnamed.some((q) => q.speaker.name === g.name)));

      // Hovering a speaker's name on the page shows the details of the quotation it belongs to.
      const at = await browser.eval(pointOn, 'whosaid-speaker', 'Oskar Feld');
      await browser.hover(at.x, at.y);
      const hovered = await waitFor(async () => (await browser.panel(readerPanel)).details, { what: 'hover details' });
      const feld = json.quotes.find((q) => q.kind === 'direct' && q.speaker?.name === 'Oskar Feld');
      assert.deepEqual(hovered.find(([k]) => k === 'Speaker'), ['Speaker', 'Oskar Feld']);
      assert.deepEqual(hovered.find(([k]) => k === 'Cue'), ['Cue', feld.cue]);
      assert.deepEqual(hovered.find(([k]) => k === 'Kind'), ['Kind', 'quotation · person']);
      assert.deepEqual(hovered.find(([k]) => k === 'Confidence'), ['Confidence', `${Math.round(feld.confidence * 100)}%`]);
      // Over a quotation with a medium and a role.
      const ortiz = json.quotes.find((q) => q.speaker?.name === 'Lena Ortiz');
      const at2 = await browser.eval(pointOn, 'whosaid-quote', ortiz.text.slice(0, 20));
      await browser.hover(at2.x, at2.y);
      const hovered2 = await waitFor(async () => {
        const d = (await browser.panel(readerPanel)).details;
        return d?.some(([, v]) => v === 'Lena Ortiz') ? d : null;
      }, { what: 'hover details of the second quotation' });
      assert.deepEqual(hovered2.find(([k]) => k === 'Medium'), ['Medium', ortiz.medium]);
      assert.deepEqual(hovered2.find(([k]) => k === 'Role'), ['Role', ortiz.speaker.role]);
      // Off the highlights, no details.
      await browser.hover(5, 5);
      await waitFor(async () => (await browser.panel(readerPanel)).details === null, { what: 'details to hide' });

      // Filters: a category off removes its highlights (and its list); on brings them back.
      await browser.clickPanel('[data-filter="speaker"]');
      await waitFor(async () => !(await browser.eval(highlightTexts))['whosaid-speaker'], { what: 'speakers hidden' });
      await browser.clickPanel('[data-filter="reported"]');
      const filtered = await browser.panel(readerPanel);
      assert.ok(!filtered.items.some((id) => json.quotes.find((q) => q.id === id)?.kind === 'indirect'), 'reported speech left the list');
      await browser.clickPanel('[data-filter="speaker"]');
      await browser.clickPanel('[data-filter="reported"]');
      assert.deepEqual(withoutFocus(await browser.eval(highlightTexts)), painted);
      await browser.screenshot(path.join(SHOTS, `reader-${browserName}-light.png`));
    });

    test('scroll to an item, keyboard next/previous, details of the chosen item; citation copied', async () => {
      const { browser } = env;
      const last = json.quotes.filter((q) => q.kind === 'direct' && q.speaker?.name === 'Helena Brandt').at(-1);
      await browser.clickPanel(`[data-quote="${last.id}"]`);
      const shown = await waitFor(async () => {
        const f = await browser.eval(focusInView);
        return f?.inView ? f : null;
      }, { what: 'the flash, in view' });
      assert.ok(norm(shown.text).includes(norm(last.text).slice(0, 30)), shown.text);
      const chosen = await browser.panel(readerPanel);
      assert.deepEqual(chosen.details?.find(([k]) => k === 'Speaker'), ['Speaker', `Helena Brandt (“${last.speaker.mention}”)`]);

      // j / ArrowDown go to the next item, k / ArrowUp to the previous one, with focus and flash.
      const before = await browser.panel(readerPanel);
      const i = before.items.indexOf(last.id);
      await browser.press('j');
      let now = await browser.panel(readerPanel);
      assert.equal(now.current, before.items[i + 1]);
      assert.equal(now.focused, before.items[i + 1]);
      const nextQuote = json.quotes.find((q) => q.id === now.current);
      await waitFor(async () => {
        const f = await browser.eval(focusInView);
        return f?.inView && norm(f.text).includes(norm(nextQuote.text).slice(0, 20)) ? f : null;
      }, { what: 'the next item to flash, in view' });
      assert.ok(now.details.some(([k, v]) => k === 'Speaker' && v.startsWith(nextQuote.speaker?.name ?? 'Speaker not found')), JSON.stringify(now.details));
      assert.equal(now.describedBy, 'whosaid-details');
      await browser.press('ArrowDown');
      assert.equal((await browser.panel(readerPanel)).current, before.items[i + 2]);
      await browser.press('k');
      await browser.press('ArrowUp');
      now = await browser.panel(readerPanel);
      assert.equal(now.current, last.id);
      assert.equal(now.focused, last.id);

      // Copy as citation: “…” — Speaker, role, via Medium, Title, Publisher, date, URL.
      const ortiz = json.quotes.find((q) => q.speaker?.name === 'Lena Ortiz');
      await browser.clickPanel(`[data-cite="${ortiz.id}"]`);
      const status = await waitFor(async () => {
        const s = (await browser.panel(readerPanel)).status;
        return s.startsWith('Copied') ? s : null;
      }, { what: 'the citation' });
      assert.equal(status, `Copied: “${norm(ortiz.text)}” — Lena Ortiz, ${ortiz.speaker.role}, via ${ortiz.medium}, ${json.title}, ${json.publisher.name ?? json.publisher.domain}, 2026-03-14, ${json.url}`);
      assert.equal(`Copied: ${await browser.readClipboard()}`, status);
    });

    test('exports: Markdown links, CSV through a parser, Web Annotation in the W3C shape', async () => {
      const { browser } = env;
      const quotes = json.quotes;
      const links = json.links.filter((l) => l.relation !== 'navigation');

      const md = await browser.downloadFrom('[data-export="markdown"]');
      // Copy all: the same Markdown on the clipboard.
      await browser.clickPanel('[data-copy-all]');
      await waitFor(async () => (await browser.panel(readerPanel)).status.startsWith('Copied the Markdown'), { what: 'copy all' });
      assert.equal(await browser.readClipboard(), md);
      assert.ok(md.startsWith(`# WhoSaid: ${json.title}\n`));
      assert.ok(md.includes(`${expectedSummary(json)}.`));
      assert.match(md, /^### Helena Brandt, mayor of Valley\n\n3 quotations, \d+% of the quoted words$/m);
      const mdLinks = [...md.matchAll(/^- \[(.+)\]\(<([^>]+)>\)/gm)].map((m) => ({ label: m[1], url: m[2] }));
      const quoteLinks = mdLinks.filter((l) => l.url.includes('#:~:text='));
      assert.equal(quoteLinks.length, quotes.length);
      for (const l of quoteLinks) {
        const url = new URL(l.url);
        assert.equal(`${url.origin}${url.pathname}`, new URL(json.url).href.replace(/#.*/, ''));
        const [start, end] = url.hash.slice('#:~:text='.length).split(',').map(decodeURIComponent);
        const quote = quotes.find((q) => norm(q.text).startsWith(start));
        assert.ok(quote, `a quotation starts with ${start}`);
        if (end) assert.ok(norm(quote.text).endsWith(end), `${quote.text} ends with ${end}`);
      }
      assert.deepEqual(mdLinks.filter((l) => !l.url.includes('#:~:text=')).map((l) => l.url), links.map((l) => l.href));

      const csv = await browser.downloadFrom('[data-export="csv"]');
      const rows = parse(csv, { columns: true });
      assert.deepEqual(rows.map((r) => r.id), [...quotes.map((q) => q.id), ...links.map((l) => l.id)]);
      for (const q of quotes) {
        const row = rows.find((r) => r.id === q.id);
        assert.equal(row.text, q.text);
        assert.equal(row.speaker, q.speaker?.name ?? '');
        assert.equal(row.category, q.kind === 'indirect' ? 'reported speech' : 'quotation');
        assert.equal(row.color, q.kind === 'indirect' ? '#cc79a7' : '#f0e442');
        assert.match(row.link, /#:~:text=/);
      }
      assert.deepEqual(rows.filter((r) => r.category === 'source link').map((r) => [r.href, r.source_kind, r.relation]), links.map((l) => [l.href, l.kind, l.relation]));

      const ldText = await browser.downloadFrom('[data-export="webannotation"]');
      ldFile = path.join(TMP, `export-${browserName}.jsonld`);
      fs.writeFileSync(ldFile, ldText);
      const ld = JSON.parse(ldText);
      assert.equal([].concat(ld['@context'])[0], 'http://www.w3.org/ns/anno.jsonld');
      assert.equal(ld.type, 'AnnotationCollection');
      assert.equal(ld['whosaid:offsets'], 'code-point');
      assert.equal(ld.first.type, 'AnnotationPage');
      assert.equal(ld.total, quotes.length + links.length);
      assert.equal(ld.first.items.length, ld.total);
      for (const a of ld.first.items) {
        assert.equal(a.type, 'Annotation');
        assert.ok(['highlighting', 'linking'].includes(a.motivation));
        assert.equal(a.target.type, 'SpecificResource');
        assert.equal(a.target.source, json.url);
        assert.equal(a.stylesheet.type, 'CssStylesheet');
        assert.ok(a.stylesheet.value.startsWith(`.${a.target.styleClass} {`));
        const item = [...quotes, ...links].find((x) => a.id.endsWith(`:${x.id}`));
        assert.ok(item, a.id);
        // (The article has no character outside the BMP: code points and UTF-16 units agree.)
        assert.deepEqual(a.target.selector, item.selectors);
      }
      const feld = ld.first.items.find((a) => a.body.some((b) => b.value === 'Speaker: Oskar Feld'));
      assert.ok(feld.body.some((b) => b.purpose === 'tagging' && b.value === 'quotation'));

      // A quotation's link opens the page at the quote: the browser scrolls to the text fragment.
      const lastLink = new URL(quoteLinks.at(-1).url);
      await browser.goto(`${page()}${lastLink.hash}`);
      await waitFor(() => browser.eval(() => scrollY > 100), { what: 'the text fragment to scroll the page' });
    });

    test('export -> reload -> import gives the same highlights; on a changed page, what is gone is reported', async () => {
      const { browser, server } = env;
      await browser.goto(page());
      // (The reload ended WhoSaid on the page: the side panel, still open, says it is off.)
      await waitFor(async () => (await browser.panelState()) === 'off', { what: 'WhoSaid off after the reload' });
      assert.equal(await openPanel(browser), 'ready');
      await browser.upload('[data-import]', jsonFile);
      const done = await waitFor(async () => (await browser.panel(readerPanel)).imported, { what: 'the import' });
      const total = json.quotes.length + json.links.filter((l) => l.relation !== 'navigation').length + json.unbacked.length;
      assert.equal(done, `${total}/${total}`);
      assert.deepEqual(withoutFocus(await browser.eval(highlightTexts)), painted);
      assert.match((await browser.panel(readerPanel)).status, new RegExp(`${total} of ${total} items anchored`));

      // A Web Annotation export re-anchors too: its quotations, reported speech and links
      // (it carries no speaker or cue positions).
      await browser.upload('[data-import]', ldFile);
      await waitFor(async () => (await browser.panel(readerPanel)).status.includes('(Web Annotation)'), { what: 'the Web Annotation import' });
      const ldTotal = json.quotes.length + json.links.filter((l) => l.relation !== 'navigation').length;
      assert.equal((await browser.panel(readerPanel)).imported, `${ldTotal}/${ldTotal}`);
      const fromLd = await browser.eval(highlightTexts);
      for (const name of ['whosaid-quote', 'whosaid-reported', 'whosaid-link']) assert.deepEqual(fromLd[name], painted[name], name);
      assert.deepEqual((await browser.panel(readerPanel)).groups.map((g) => [g.name, g.count]), speakerCounts(json));

      await browser.goto(`${server.url}/news/changed.html`);
      assert.equal(await openPanel(browser), 'ready');
      await browser.upload('[data-import]', jsonFile);
      await waitFor(async () => (await browser.panel(readerPanel)).imported, { what: 'the import on the changed page' });
      const panel = await browser.panel(readerPanel);
      // Everything in the removed paragraph: Oskar Feld's quotation and what he argued.
      const gone = json.quotes.filter((q) => norm(removed).includes(norm(q.text)));
      assert.ok(gone.some((q) => q.kind === 'direct') && gone.some((q) => q.kind === 'indirect'), JSON.stringify(gone));
      assert.equal(panel.imported, `${total - gone.length}/${total}`);
      assert.ok(gone.every((q) => panel.status.includes(`Could not be anchored: “${q.text.slice(0, 40)}`)), panel.status);
      const h = withoutFocus(await browser.eval(highlightTexts));
      assert.deepEqual(h['whosaid-quote'], painted['whosaid-quote'].filter((t) => !gone.some((q) => q.text === norm(t))));
      assert.deepEqual(h['whosaid-link'], painted['whosaid-link']);
      assert.deepEqual(h['whosaid-reported'], painted['whosaid-reported'].filter((t) => !gone.some((q) => q.text === norm(t))));
      assert.equal(h['whosaid-speaker'].length, painted['whosaid-speaker'].length - gone.filter((q) => q.speaker?.span).length, JSON.stringify([h['whosaid-speaker'], painted['whosaid-speaker'], gone.map((q) => q.speaker?.mention)]));
    });

    test('options: colours, categories and style change the painting; the toggle leaves nothing behind', async () => {
      const { browser } = env;
      await browser.goto(await browser.extensionUrl('options.html'));
      await waitFor(() => browser.eval(optionsReady), { what: 'the options page' });
      assert.equal(await browser.eval(() => document.querySelector('#shortcut kbd')?.textContent), 'Alt+Shift+W');
      if (browserName === 'firefox') assert.equal(await browser.eval(() => document.getElementById('shortcut').dataset.assigned), 'true');
      assert.match(await browser.eval(() => document.querySelector('#shortcut-how').textContent), browserName === 'firefox' ? /about:addons/ : /chrome:\/\/extensions\/shortcuts/);
      // The button opens the browser's shortcut settings (Firefox: about:addons, through
      // commands.openShortcutSettings; Chrome: chrome://extensions/shortcuts in a tab).
      await browser.eval(() => document.getElementById('shortcut-open').click());
      const tabs = await waitFor(async () => {
        const urls = await browser.otherTabs();
        return urls.some((u) => /^(about:addons|chrome:\/\/extensions\/shortcuts)/.test(u)) ? urls : null;
      }, { what: 'the shortcut settings' });
      assert.ok(tabs.some((u) => u.startsWith(browserName === 'firefox' ? 'about:addons' : 'chrome://extensions/shortcuts')), tabs.join());
      await browser.closeOtherTabs();
      await browser.eval(setOption, 'color', 'quote', '#cc0000');
      await browser.eval(setOption, 'show', 'cue', false);
      await browser.eval(setOption, 'style', null, 'underline');
      await waitFor(() => browser.eval(() => document.body.dataset.saved), { what: 'the settings saved' });
      // The page is untouched before, and after, WhoSaid with these settings.
      await browser.goto(page());
      const domBefore = await browser.eval(fullDom);
      const plain = await browser.eval(highlightStyle, 'whosaid-quote');
      assert.equal(await openPanel(browser), 'ready');
      const quote = await browser.eval(highlightStyle, 'whosaid-quote');
      assert.ok(quote.registered);
      assert.equal(quote.color, 'rgb(204, 0, 0)');
      assert.match(quote.line, /underline/);
      assert.equal(quote.background, plain.background, 'underline style: no background');
      assert.equal((await browser.eval(highlightStyle, 'whosaid-cue')).registered, false);
      assert.equal((await browser.panel(readerPanel)).filters.cue, false);
      // The colours and categories chosen carry into the exports.
      const exported = JSON.parse(await browser.downloadFrom('[data-export="json"]'));
      assert.deepEqual([exported.display.quote.color, exported.display.quote.style, exported.display.cue.shown], ['#cc0000', 'underline', false]);
      const csvRows = parse(await browser.downloadFrom('[data-export="csv"]'), { columns: true });
      assert.ok(csvRows.filter((r) => r.category === 'quotation').every((r) => r.color === '#cc0000'));
      // The reader can still show cues from the panel.
      await browser.clickPanel('[data-filter="cue"]');
      assert.equal((await browser.eval(highlightStyle, 'whosaid-cue')).registered, true);

      await browser.clickAction();
      await waitFor(async () => (await browser.panelState()) === 'off', { what: 'WhoSaid to go off' });
      assert.deepEqual(await browser.eval(highlightTexts), {});
      assert.equal(await browser.eval(fullDom), domBefore);
      // The generated stylesheet went too.
      const after = await browser.eval(() => {
        CSS.highlights.set('whosaid-quote', new Highlight(document.createRange()));
        const style = getComputedStyle(document.querySelector('article p'), '::highlight(whosaid-quote)');
        CSS.highlights.delete('whosaid-quote');
        return { line: style.textDecorationLine, color: style.textDecorationColor };
      });
      assert.equal(after.line, 'none');

      await browser.goto(await browser.extensionUrl('options.html'));
      await waitFor(() => browser.eval(optionsReady), { what: 'the options page' });
      await browser.eval(() => document.getElementById('reset').click());
      await waitFor(() => browser.eval(() => document.body.dataset.saved), { what: 'the defaults saved' });
      assert.equal(await browser.eval(() => document.querySelector('[data-color="quote"]').value), '#f0e442');
    });

    test('settings changed while WhoSaid is on apply at once, and still leave nothing behind', async () => {
      const { browser } = env;
      await browser.goto(page());
      const domBefore = await browser.eval(fullDom);
      assert.equal(await openPanel(browser), 'ready');
      assert.equal((await browser.eval(highlightStyle, 'whosaid-quote')).background, 'rgba(240, 228, 66, 0.45)');
      const options = await browser.extensionUrl('options.html');
      const change = async (run) => {
        await waitFor(() => run(optionsReady), { what: 'the options page' });
        await run(setOption, 'color', 'quote', '#0000cc');
        await run(setOption, 'show', 'link', false);
        await waitFor(() => run(() => document.body.dataset.saved), { what: 'the settings saved' });
      };
      await browser.inNewTab(options, change);
      // (Back on the article's tab, the side panel shows its session again.)
      await waitFor(async () => (await browser.panelState()) === 'ready', { what: 'the panel back on the article' });
      const quote = await waitFor(async () => {
        const q = await browser.eval(highlightStyle, 'whosaid-quote');
        return q.background === 'rgba(0, 0, 204, 0.45)' ? q : null;
      }, { what: 'the new colour on the page' });
      assert.ok(quote.registered);
      await waitFor(async () => !(await browser.eval(highlightTexts))['whosaid-link'], { what: 'links hidden' });
      const panel = await browser.panel(readerPanel);
      assert.equal(panel.filters.link, false);
      assert.equal(panel.state, 'ready');
      // Back to the defaults, then off: nothing left.
      await browser.inNewTab(options, async (run) => {
        await waitFor(() => run(optionsReady), { what: 'the options page' });
        await run(() => document.getElementById('reset').click());
        await waitFor(() => run(() => document.body.dataset.saved), { what: 'the defaults saved' });
      });
      await waitFor(async () => (await browser.eval(highlightStyle, 'whosaid-quote')).background === 'rgba(240, 228, 66, 0.45)', { what: 'the default colour again' });
      await browser.clickAction();
      await waitFor(async () => (await browser.panelState()) === 'off', { what: 'WhoSaid to go off' });
      assert.equal(await browser.eval(fullDom), domBefore);
      const after = await browser.eval(() => {
        CSS.highlights.set('whosaid-quote', new Highlight(document.createRange()));
        const style = getComputedStyle(document.querySelector('article p'), '::highlight(whosaid-quote)');
        CSS.highlights.delete('whosaid-quote');
        return style.backgroundColor;
      });
      assert.equal(after, 'rgba(0, 0, 0, 0)', 'no WhoSaid stylesheet left in the page');
    });

    test('a long article: the first items listed at once, the rest as the list scrolls or the keyboard reaches them', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/news/long.html`);
      assert.equal(await openPanel(browser), 'ready');
      const listed = () => browser.panel(() => {
        const root = document.querySelector('whosaid-panel').shadowRoot;
        return [...root.querySelectorAll('[data-speaker]')].map((g) => ({
          name: g.dataset.speaker, count: Number(g.querySelector('[data-count]').dataset.count),
          ids: [...g.querySelectorAll('[data-quote]')].map((b) => b.dataset.quote),
        }));
      });
      const first = await listed();
      assert.deepEqual(first.map((g) => [g.name, g.count]), [['Ana Ruiz', 350], ['Mei Lin', 50]]);
      const shown = first[0].ids.length + first[1].ids.length;
      assert.ok(shown < 400 && first[0].ids.length >= 100, `${shown} items listed at once`);
      // The keyboard goes on from the last item listed to the next one of the same speaker.
      const last = first[0].ids.at(-1);
      await browser.clickPanel(`[data-quote="${last}"]`);
      await browser.press('j');
      const next = await waitFor(async () => (await browser.panel(readerPanel)).current !== last && (await browser.panel(readerPanel)).current, { what: 'the next item' });
      assert.equal(next, `q${Number(last.slice(1)) + 1}`);
      // Scrolling the panel down lists the rest.
      const all = await waitFor(async () => {
        await browser.panel(() => {
          const panel = document.querySelector('whosaid-panel').shadowRoot.querySelector('.panel');
          panel.scrollTop = panel.scrollHeight;
        });
        const groups = await listed();
        return groups.every((g) => g.ids.length === g.count) ? groups : null;
      }, { what: 'every item listed', timeout: 30_000 });
      assert.deepEqual(all[0].ids, Array.from({ length: 350 }, (_, i) => `q${i + 1}`));
      assert.deepEqual(all[1].ids, Array.from({ length: 50 }, (_, i) => `q${i + 351}`));
      await browser.clickAction();
      await waitFor(async () => (await browser.panelState()) === 'off', { what: 'WhoSaid to go off' });
    });

    test('closing the side panel turns WhoSaid off and leaves nothing; the button, Esc and the toolbar too', async () => {
      const { browser } = env;
      await browser.goto(page());
      const domBefore = await browser.eval(fullDom);
      assert.equal(await openPanel(browser), 'ready');
      await browser.closePanel();
      await waitFor(async () => Object.keys(await browser.eval(highlightTexts)).length === 0, { what: 'the highlights to go' });
      assert.equal(await browser.panelOpen(), false);
      assert.equal(await waitFor(async () => ((await browser.badge()) === '' ? 'cleared' : null), { what: 'the badge to clear' }), 'cleared');
      assert.equal(await browser.eval(fullDom), domBefore);
      // The panel's own button turns it off on the page; the side panel stays, saying so.
      assert.equal(await openPanel(browser), 'ready');
      await browser.clickPanel('[data-tool="close"]');
      await waitFor(async () => (await browser.panelState()) === 'off', { what: 'WhoSaid off by the button' });
      assert.deepEqual(await browser.eval(highlightTexts), {});
      assert.match(await browser.panel(() => document.querySelector('whosaid-panel').shadowRoot.querySelector('[data-off]').textContent), /Alt\+Shift\+W/);
      // Esc in the panel does the same.
      assert.equal(await openPanel(browser), 'ready');
      await browser.clickPanel('[data-quote="q1"]');
      await browser.press('Escape');
      await waitFor(async () => (await browser.panelState()) === 'off', { what: 'WhoSaid off by Esc' });
      assert.deepEqual(await browser.eval(highlightTexts), {});
      assert.equal(await browser.eval(fullDom), domBefore);
    });

    test("a page no extension may script: the side panel says WhoSaid cannot read it", async () => {
      const { browser } = env;
      await browser.goto(browserName === 'firefox' ? 'about:robots' : 'chrome://version/');
      await browser.clickAction();
      const said = await waitFor(async () => {
        if ((await browser.panelState()) !== 'off') return null;
        const text = await browser.panel(() => document.querySelector('whosaid-panel').shadowRoot.querySelector('[data-off]')?.textContent ?? '');
        return text.startsWith('WhoSaid cannot read this page') ? text : null;
      }, { what: 'the side panel to say it cannot read the page', timeout: 20_000 });
      assert.match(said, /browser keeps its own pages/);
      // Another page in the same tab: the note goes with the page it was about.
      await browser.goto(page());
      await waitFor(async () => {
        const text = await browser.panel(() => document.querySelector('whosaid-panel').shadowRoot.querySelector('[data-off]')?.textContent ?? '');
        return text.startsWith('WhoSaid is off on this page');
      }, { what: 'the note to go' });
    });

    test('re-analyse picks up text that loaded later; dark and right-to-left pages', async () => {
      const { browser, server } = env;
      await browser.goto(page());
      assert.equal(await openPanel(browser), 'ready');
      const before = await browser.panel(readerPanel);
      await browser.eval(() => {
        const p = document.createElement('p');
        p.textContent = '“We will keep asking questions until the bridge is open,” said Oskar Feld.';
        document.querySelector('article').append(p);
      });
      await browser.clickPanel('[data-tool="reanalyse"]');
      await waitFor(async () => (await browser.panel(readerPanel)).summary !== before.summary, { what: 'the new analysis' });
      const after = await browser.panel(readerPanel);
      assert.match(after.summary, /^7 quotations from 3 speakers/);
      assert.ok((await browser.eval(highlightTexts))['whosaid-quote'].some((t) => t.startsWith('We will keep asking questions')));
      await browser.clickAction();
      await waitFor(async () => (await browser.panelState()) === 'off', { what: 'WhoSaid to go off' });

      // The side panel is the browser's: its colours follow the browser's scheme, whatever the
      // page's (a dark page here), and stay readable.
      await browser.goto(`${page()}?dark#dark`);
      assert.equal(await openPanel(browser), 'ready');
      const dark = await browser.panel(() => matchMedia('(prefers-color-scheme: dark)').matches);
      assert.equal((await browser.panel(readerPanel)).scheme, dark ? 'dark' : 'light');
      const contrast = await browser.panel(panelContrast);
      assert.ok(contrast.ratio >= 4.5, `WCAG AA contrast on the panel: ${JSON.stringify(contrast)}`);
      await browser.clickAction();
      await waitFor(async () => (await browser.panelState()) === 'off', { what: 'WhoSaid to go off' });

      // A Hebrew page: the panel reads right to left.
      await browser.goto(`${server.url}/news/hebrew.html`);
      assert.equal(await openPanel(browser), 'ready');
      const rtl = await browser.panel(readerPanel);
      assert.equal(rtl.dir, 'rtl');
      assert.ok(rtl.items.length >= 1, JSON.stringify(rtl));
    });
  });
}
