// Pages that make life hard, in both browsers (invented articles written here):
// - page text that looks like markup or a spreadsheet formula is shown in the
//   panel and exported as data, never run;
// - a page under a strict CSP with Trusted Types enforced
//   (`require-trusted-types-for 'script'`): no violation, no error;
// - an article in open shadow roots (a custom element, a slot);
// - a single-page app that replaces the article: re-analysis reads the new one.
// Each leaves the page's DOM as it was.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { BROWSERS, fullDom, highlightTexts, openPanel, pageDom, panelContent, panelState, session, waitFor } from './harness.mjs';

const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'whosaid-hostile-'));
const write = (name, text) => {
  const file = path.join(TMP, name);
  fs.writeFileSync(file, text);
  return file;
};
const page = (body, head = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bridge</title>${head}</head><body>${body}</body></html>`;

// Text that is markup and formulas, as the page shows it (written as entities).
const IMG = '<img src=x onerror="window.__owned=1">';
const FORMULA = '=HYPERLINK("http://evil.example/","click")';
const ESC = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const INERT = write('inert.html', page(`<article>
<p>“${ESC(IMG)} is what the form accepted,” said Jane Doe, the auditor.</p>
<p>“${ESC(FORMULA)} was in the spreadsheet,” said Paul Grant.</p>
</article>`));

// Trusted Types and a strict CSP: the page's one script (from its own origin) records violations.
// (img-src 'self': the browser's own request for /favicon.ico is no violation.)
const TT_CSP = "default-src 'none'; img-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
const RECORD = write('record.js', `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`);
const TT = write('tt.html', page(`<article>
<p>“We will rebuild the bridge before the winter comes,” said Jane Doe, the mayor.</p>
<p>The council met on Friday. “The money is there,” Paul Grant said.</p>
</article>`, '<script src="/record.js"></script>'));

// An article inside open shadow roots: the paragraphs in the shadow tree, one slotted from the light DOM.
const SHADOW_JS = write('shadow.js', `customElements.define('news-story', class extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const article = document.createElement('article');
    const p = document.createElement('p');
    p.textContent = '“We will rebuild the bridge before the winter comes,” said Jane Doe, the mayor.';
    article.append(p, document.createElement('slot'));
    root.append(article);
  }
});`);
const SHADOW = write('shadow.html', page(`<news-story><p>“The money is there and it will be spent,” said Paul Grant.</p></news-story>`, '<script src="/shadow.js"></script>'));

// A single-page app: the article is replaced and the address changed by script.
const SPA_JS = write('spa.js', `window.nextStory = () => {
  const article = document.createElement('article');
  const p = document.createElement('p');
  p.textContent = '“The harbour will reopen in the spring,” said Mei Lin, the harbour master.';
  article.append(p);
  document.querySelector('article').replaceWith(article);
  history.pushState({}, '', '/spa/harbour');
};`);
const SPA = write('spa.html', page(`<nav><a href="/spa/harbour" onclick="return false">Next story</a></nav><article>
<p>“We will rebuild the bridge before the winter comes,” said Jane Doe, the mayor.</p>
</article>`, '<script src="/spa.js"></script>'));

const FILES = {
  '/inert.html': INERT, '/tt.html': TT, '/record.js': RECORD, '/shadow.html': SHADOW, '/shadow.js': SHADOW_JS,
  '/spa.html': SPA, '/spa/harbour': SPA, '/spa.js': SPA_JS,
};

const close = async (browser) => {
  await browser.clickAction();
  await waitFor(async () => (await browser.eval(panelState)) === null, { what: 'the panel to close' });
};

for (const browserName of Object.keys(BROWSERS)) {
  describe(`hostile pages in ${browserName}`, () => {
    const env = session(browserName, { files: FILES, headers: (p) => (p === '/tt.html' ? { 'content-security-policy': TT_CSP } : {}) }, { downloads: true });

    test('page text that is markup or a formula is shown and exported as text, never run', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/inert.html`);
      const before = await browser.eval(fullDom);
      // (The browser's own request for /favicon.ico may come at any moment: it is not the page's.)
      const fetched = () => server.log.filter((r) => !r.endsWith(' /favicon.ico'));
      const served = fetched().length;
      assert.equal(await openPanel(browser), 'ready');
      const panel = await browser.eval(panelContent);
      const quotes = panel.speakers.flatMap((s) => s.quotes);
      assert.ok(quotes.some((q) => q.includes(IMG)), JSON.stringify(quotes));
      assert.ok(quotes.some((q) => q.startsWith(FORMULA)), JSON.stringify(quotes));
      const shown = await browser.eval(() => {
        const root = document.querySelector('whosaid-panel').shadowRoot;
        return { imgs: root.querySelectorAll('img').length, text: root.textContent, owned: window.__owned ?? null };
      });
      assert.equal(shown.imgs, 0, 'no element made of page text');
      assert.ok(shown.text.includes(IMG), 'the markup is shown as text');
      assert.equal(shown.owned, null);
      // The exports carry the text as data.
      const json = JSON.parse(await browser.downloadFrom('[data-export="json"]'));
      assert.ok(json.quotes.some((q) => q.text.includes(IMG)));
      const rows = parse(await browser.downloadFrom('[data-export="csv"]'), { columns: true });
      const formulaRow = rows.find((r) => r.text.includes('HYPERLINK'));
      assert.equal(formulaRow.text[0], "'", `a formula cell is neutralised: ${formulaRow.text}`);
      const md = await browser.downloadFrom('[data-export="markdown"]');
      assert.ok(!/(^|[^\\])<img/im.test(md), 'no raw tag in the Markdown');
      assert.ok(md.includes('\\<img'), 'the tag is escaped');
      assert.deepEqual(fetched().slice(served), [], 'nothing fetched (no image "x")');
      assert.equal(await browser.eval(() => window.__owned ?? null), null);
      assert.deepEqual(browser.errors, []);
      await close(browser);
      assert.equal(await browser.eval(fullDom), before);
    });

    test('strict CSP with Trusted Types enforced: no violation, no error', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/tt.html`);
      const before = await browser.eval(fullDom);
      assert.equal(await openPanel(browser), 'ready');
      const h = await browser.eval(highlightTexts);
      assert.equal(h['whosaid-quote'].length, 2, JSON.stringify(h));
      assert.deepEqual((await browser.eval(panelContent)).speakers.map((s) => s.name), ['Jane Doe', 'Paul Grant']);
      assert.deepEqual(await browser.eval(() => window.__violations), []);
      assert.deepEqual(browser.errors, []);
      await close(browser);
      assert.equal(await browser.eval(fullDom), before);
      assert.deepEqual(await browser.eval(() => window.__violations), []);
    });

    test('an article in an open shadow root', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/shadow.html`);
      await waitFor(() => browser.eval(() => Boolean(document.querySelector('news-story')?.shadowRoot)), { what: 'the custom element' });
      const before = await browser.eval(pageDom);
      assert.equal(await openPanel(browser), 'ready');
      const h = await browser.eval(highlightTexts);
      assert.ok(h['whosaid-quote'].includes('We will rebuild the bridge before the winter comes,'), JSON.stringify(h));
      assert.ok((await browser.eval(panelContent)).speakers.some((s) => s.name === 'Jane Doe'));
      assert.equal(await browser.eval(pageDom), before);
      assert.deepEqual(browser.errors, []);
      await close(browser);
    });

    // A light-DOM paragraph slotted into the shadow article: its parent, as rendered, is
    // the slot in the article (the collector registers elements by the flat tree).
    test('a paragraph slotted into a shadow-root article is part of the article', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/shadow.html`);
      await waitFor(() => browser.eval(() => Boolean(document.querySelector('news-story')?.shadowRoot)), { what: 'the custom element' });
      assert.equal(await openPanel(browser), 'ready');
      const h = await browser.eval(highlightTexts);
      await close(browser);
      assert.ok(h['whosaid-quote'].includes('The money is there and it will be spent,'), JSON.stringify(h));
    });

    test('a single-page app replaces the article: re-analysis reads the new one only', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/spa.html`);
      assert.equal(await openPanel(browser), 'ready');
      assert.deepEqual((await browser.eval(panelContent)).speakers.map((s) => s.name), ['Jane Doe']);
      await browser.eval(() => window.nextStory());
      await browser.clickPanel('[data-tool="reanalyse"]');
      await waitFor(async () => {
        const p = await browser.eval(panelContent);
        return p.state === 'ready' && p.speakers.map((s) => s.name).join() === 'Mei Lin';
      }, { what: 'the new article analysed' });
      const h = await browser.eval(highlightTexts);
      assert.deepEqual(h['whosaid-quote'], ['The harbour will reopen in the spring,']);
      assert.equal(await browser.eval(() => location.pathname), '/spa/harbour');
      assert.deepEqual(browser.errors, []);
      const before = await browser.eval(pageDom);
      await close(browser);
      assert.equal(await browser.eval(fullDom), before);
      assert.deepEqual(await browser.eval(highlightTexts), {});
      // Toggled on again on the new article: it alone.
      assert.equal(await openPanel(browser), 'ready');
      assert.deepEqual((await browser.eval(panelContent)).speakers.map((s) => s.name), ['Mei Lin']);
      await close(browser);
    });
  });
}

process.on('exit', () => fs.rmSync(TMP, { recursive: true, force: true }));
