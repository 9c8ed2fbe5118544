// Pages that attack WhoSaid, in both browsers (invented articles written here, each
// page's script written as an attacker's would be), and pages that make life hard:
// - the page hunts for the panel (every element, every open shadow root), tries to read,
//   click and feed it, watches for WhoSaid's additions to its DOM, and listens on
//   `window` (capture phase, cancelling everything) for the clicks and downloads of an
//   export, with URL.createObjectURL and anchor clicks hooked: it finds nothing, sees
//   nothing, and the export arrives whole (the panel is the browser's side panel);
// - elements named after what a content script might look up (`__whosaid`, `browser`,
//   `chrome`, `CSS`, `Highlight`, `scheduler`, `querySelector`…) do not silence it;
// - prototypes and globals redefined in the page's world before the click
//   (`attachShadow`, `addEventListener`, `Range`, `JSON.parse`, `Highlight`, …, and
//   Object.prototype polluted) change nothing, and WhoSaid calls none of them;
// - messages and events the page sends do not turn it off, and pointer moves it makes up
//   show nothing in the panel;
// - the page's own important style rules do not hide the highlights, and highlights it
//   deletes from the document's registry come back;
// - a DOM built by script 1,000 elements deep is read (no recursion over depth);
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
import { BROWSERS, detailsShown, fullDom, highlightTexts, openPanel, pageDom, panelContent, pixelsNear, session, turnOff, waitFor } from './harness.mjs';

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

// The article every attack page carries.
const ARTICLE = `<article>
<p>“We will rebuild the bridge before the winter comes,” said Jane Doe, the mayor.</p>
<p>The council met on Friday. “The money is there,” Paul Grant said.</p>
</article>`;
const SPEAKERS = ['Jane Doe', 'Paul Grant'];

// The page hunts for the panel and listens for what WhoSaid does. Everything it finds or
// sees goes into window.__seen; it cancels every click, key and pointer event it can.
const HUNT_JS = write('hunt.js', `window.__seen = [];
window.__mutations = 0;
const seen = (what) => window.__seen.push(what);
new MutationObserver((records) => { window.__mutations += records.length; })
  .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'keydown', 'change', 'input', 'submit']) {
  window.addEventListener(type, (e) => {
    const t = e.composedPath?.()[0];
    if (t && t !== document && t !== window && t !== document.documentElement && t !== document.body) seen(type + ' on ' + (t.localName || t.nodeName));
    e.preventDefault();
    e.stopImmediatePropagation();
  }, true);
}
const createObjectURL = URL.createObjectURL;
URL.createObjectURL = function (blob) { seen('createObjectURL'); return createObjectURL.call(URL, blob); };
const anchorClick = HTMLAnchorElement.prototype.click;
HTMLAnchorElement.prototype.click = function () { seen('anchor click ' + this.download); return anchorClick.call(this); };
// Every element, through every open shadow root: anything that is not the page's own.
const own = new Set(document.querySelectorAll('*'));
const all = (root, out = []) => {
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) all(el.shadowRoot, out);
  }
  return out;
};
const hunt = () => {
  for (const el of all(document)) {
    if (!own.has(el)) seen('new element ' + el.localName);
    if (el.shadowRoot && el.localName !== 'news-story') seen('shadow root on ' + el.localName);
  }
  for (const el of all(document).filter((e) => e.matches('whosaid-panel, [data-export], [data-import], input[type=file], button'))) {
    seen('control ' + el.localName);
    el.click();
    if (el.type === 'file') {
      const data = new DataTransfer();
      data.items.add(new File(['{"schema":"whosaid/1","url":"javascript:alert(1)","quotes":[],"links":[]}'], 'forged.json', { type: 'application/json' }));
      el.files = data.files;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  if (/quotations? from/.test(document.documentElement.innerText)) seen('panel text in the page');
};
window.__hunt = setInterval(hunt, 50);`);
const HUNT = write('hunt.html', page(ARTICLE, '<script src="/hunt.js" defer></script>'));

// Elements named after what a content script might look up on its global or document; and
// an element named as WhoSaid's old panel was, holding article text.
const NAMES = ['__whosaid', 'whosaid', 'browser', 'chrome', 'CSS', 'Highlight', 'scheduler', 'requestAnimationFrame', 'api', 'session', 'stop'];
const NAMED = write('named.html', page(`${NAMES.map((n) => `<div id="${n}"></div>`).join('')}
<form id="runtime"><input name="id" value="x"><input name="sendMessage"></form>
<img name="querySelector"><img name="body"><img name="documentElement"><img name="createTreeWalker"><img name="defaultView">
<embed id="onMessage">${ARTICLE.replace('<p>The council', '<whosaid-panel><p>The council').replace('said.</p>\n</article>', 'said.</p></whosaid-panel>\n</article>')}`));

// Prototypes and globals redefined in the page's world before the click: each records
// any call into window.__calls (and, where the page itself can do without it, fails).
// Prototypes and globals redefined in the page's world before the click: each records
// any call into window.__calls (and, where the page itself can do without it, fails).
// `__restore()` puts them back, once the attack is over, so that the test can read the page.
const REDEFINE_JS = write('redefine.js', `window.__calls = [];
const calls = window.__calls;
const call = (what) => { calls[calls.length] = what; };
const saved = [];
const redefine = (object, name, value) => {
  saved.push([object, name, Object.getOwnPropertyDescriptor(object, name)]);
  Object.defineProperty(object, name, { value, writable: true, configurable: true });
};
redefine(Element.prototype, 'attachShadow', function () { call('attachShadow'); throw new Error('attachShadow'); });
const add = EventTarget.prototype.addEventListener;
redefine(EventTarget.prototype, 'addEventListener', function (type, ...rest) { call('addEventListener ' + type); return add.call(this, type, ...rest); });
redefine(window, 'Range', function () { call('Range'); throw new Error('Range'); });
redefine(Document.prototype, 'createRange', function () { call('createRange'); throw new Error('createRange'); });
redefine(Document.prototype, 'createTreeWalker', function () { call('createTreeWalker'); throw new Error('createTreeWalker'); });
redefine(Node.prototype, 'appendChild', function () { call('appendChild'); throw new Error('appendChild'); });
redefine(JSON, 'parse', function () { call('JSON.parse'); throw new Error('JSON.parse'); });
redefine(JSON, 'stringify', function () { call('JSON.stringify'); return '{"kind":"whosaid:stop"}'; });
redefine(window, 'Highlight', function () { call('Highlight'); throw new Error('Highlight'); });
redefine(CSS.highlights, 'set', function () { call('highlights.set'); throw new Error('highlights.set'); });
redefine(Map.prototype, 'get', function () { call('Map.get'); return undefined; });
redefine(Object.prototype, 'kind', 'whosaid:stop');
redefine(Object.prototype, 'type', 'stop');
redefine(window, 'requestAnimationFrame', function () { call('requestAnimationFrame'); return 0; });
redefine(window, 'setTimeout', function () { call('setTimeout'); return 0; });
redefine(performance, 'now', function () { call('performance.now'); return 0; });
redefine(window, 'getComputedStyle', function () { call('getComputedStyle'); throw new Error('getComputedStyle'); });
window.__restore = () => {
  for (const [object, name, descriptor] of saved.reverse()) {
    if (descriptor) Object.defineProperty(object, name, descriptor);
    else delete object[name];
  }
  return calls.slice();
};`);
const REDEFINE = write('redefine.html', page(ARTICLE, '<script src="/redefine.js"></script>'));

// The page talks to whatever might listen: window messages, events, the extension APIs.
const TALK_JS = write('talk.js', `window.__talk = () => {
  const errors = [];
  for (const message of [{ kind: 'whosaid:stop' }, { type: 'stop' }, { kind: 'analyze', page: {} }, 'stop']) {
    window.postMessage(message, '*');
    document.dispatchEvent(new CustomEvent('whosaid', { detail: message }));
    for (const api of [globalThis.chrome, globalThis.browser]) {
      try { api?.runtime?.sendMessage?.(message); } catch (e) { errors.push(String(e)); }
    }
  }
  window.dispatchEvent(new Event('pagehide'));
  window.dispatchEvent(new Event('beforeunload'));
  document.dispatchEvent(new Event('visibilitychange'));
  return errors;
};`);
const TALK = write('talk.html', page(ARTICLE, '<script src="/talk.js"></script>'));

// An article at the bottom of a DOM built by script 1,000 elements deep. (Deeper, the
// browsers themselves give up: Chromium's renderer crashed at 3,000 here, with no extension,
// and Firefox stops laying out text near 2,000. The collector's own walk is tested 100,000
// deep in tests/unit/collect.test.mjs.)
const DEEP_JS = write('deep.js', `let at = document.body;
for (let i = 0; i < 1000; i++) {
  const div = document.createElement(i % 2 ? 'div' : 'section');
  at.append(div);
  at = div;
}
const article = document.createElement('article');
for (const text of ['“We will rebuild the bridge before the winter comes,” said Jane Doe, the mayor.', 'The council met on Friday. “The money is there,” Paul Grant said.']) {
  const p = document.createElement('p');
  p.textContent = text;
  article.append(p);
}
at.append(article);`);
const DEEP = write('deep.html', page('', '<script src="/deep.js" defer></script>'));

// The page restyles WhoSaid's highlights away, and deletes them from the document's registry.
const UNPAINT_JS = write('unpaint.js', 'window.__unpaint = () => CSS.highlights.clear();');
const UNPAINT = write('unpaint.html', page(ARTICLE, `<style>::highlight(whosaid-quote), ::highlight(whosaid-speaker), ::highlight(whosaid-cue),
  :not(#a):not(#b):not(#c):not(#d):not(#e)::highlight(whosaid-quote) {
  background-color: transparent !important; text-decoration: none !important; color: inherit !important; }</style>
<script src="/unpaint.js"></script>`));

const FILES = {
  '/inert.html': INERT, '/tt.html': TT, '/record.js': RECORD, '/shadow.html': SHADOW, '/shadow.js': SHADOW_JS,
  '/spa.html': SPA, '/spa/harbour': SPA, '/spa.js': SPA_JS, '/hunt.html': HUNT, '/hunt.js': HUNT_JS,
  '/named.html': NAMED, '/redefine.html': REDEFINE, '/redefine.js': REDEFINE_JS, '/talk.html': TALK, '/talk.js': TALK_JS,
  '/deep.html': DEEP, '/deep.js': DEEP_JS, '/unpaint.html': UNPAINT, '/unpaint.js': UNPAINT_JS,
};

const close = turnOff;

// Import files a stranger could hand the reader: crafted to carry their own address and
// title into the exports, to freeze the tab with long contexts, and not to be files at all.
const CRAFTED = write('crafted.json', JSON.stringify({
  schema: 'whosaid/1', offsets: 'utf-16', url: 'javascript:alert(document.domain)', title: '<img src=x onerror=alert(1)>',
  publisher: { name: '<script>alert(1)</script>', url: 'javascript:alert(2)', domain: 'evil.example' },
  quotes: [
    {
      id: 'q1', kind: 'direct', text: 'We will rebuild the bridge before the winter comes,', confidence: 1,
      speaker: { name: 'Jane Doe', mention: 'Jane Doe', kind: 'person', role: '[x](javascript:alert(3))' },
      selectors: [{ type: 'TextQuoteSelector', exact: 'We will rebuild the bridge before the winter comes,', prefix: 'q'.repeat(1000), suffix: 'z'.repeat(1000) }],
      __proto__: { polluted: true },
    },
    // The same words a thousand times over, each with its own long, wrong context.
    ...Array.from({ length: 1000 }, (_, i) => ({
      id: `x${i}`, kind: 'direct', text: 'the', confidence: 1,
      selectors: [{ type: 'TextQuoteSelector', exact: 'the', prefix: `${i}`.repeat(400), suffix: 'w'.repeat(1000) }],
    })),
  ],
  links: [{ id: 'l1', href: 'javascript:alert(4)', text: 'the bridge', relation: 'external', kind: 'news' }],
  unbacked: [], speakers: [],
}));
const NOT_JSON = write('not-json.json', '{"schema": "whosaid/1", "quotes": [');
const NESTED = write('nested.json', `${'['.repeat(100000)}${']'.repeat(100000)}`);

/** WhoSaid painted the article: both quotations, both speakers, listed in the panel. */
async function highlightsArticle(browser) {
  const h = await browser.eval(highlightTexts);
  assert.deepEqual(h['whosaid-quote'], ['We will rebuild the bridge before the winter comes,', 'The money is there,'], JSON.stringify(h));
  assert.deepEqual(h['whosaid-speaker'], SPEAKERS);
  assert.deepEqual((await browser.panel(panelContent)).speakers.map((s) => s.name), SPEAKERS);
}

for (const browserName of Object.keys(BROWSERS)) {
  describe(`hostile pages in ${browserName}`, () => {
    const env = session(browserName, { files: FILES, headers: (p) => (p === '/tt.html' ? { 'content-security-policy': TT_CSP } : {}) }, { downloads: true });

    test('the page hunts for the panel, clicks and feeds what it finds, and watches the export: it finds and sees nothing', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/hunt.html`);
      const before = await browser.eval(fullDom);
      assert.equal(await openPanel(browser), 'ready');
      await highlightsArticle(browser);
      // The reader uses the panel: filters, an item, an export. The page cancels every click it
      // hears of on its window; it hears none, and the export arrives whole.
      await browser.clickPanel('[data-filter="cue"]');
      await waitFor(async () => !(await browser.eval(highlightTexts))['whosaid-cue'], { what: 'cues hidden' });
      await browser.clickPanel('[data-filter="cue"]');
      await browser.clickPanel('[data-quote="q1"]');
      const json = JSON.parse(await browser.downloadFrom('[data-export="json"]'));
      assert.deepEqual(json.quotes.map((q) => q.speaker?.name), SPEAKERS);
      assert.equal(json.url, `${server.url}/hunt.html`);
      await new Promise((resolve) => setTimeout(resolve, 300)); // (a few more rounds of the hunt)
      const seen = await browser.eval(() => ({ seen: window.__seen, mutations: window.__mutations }));
      assert.deepEqual(seen, { seen: [], mutations: 0 }, 'the page found, heard and saw nothing of WhoSaid');
      assert.equal((await browser.panel(panelContent)).state, 'ready', 'the panel shows no forged import');
      await close(browser);
      await browser.eval(() => clearInterval(window.__hunt));
      assert.equal(await browser.eval(fullDom), before);
      assert.deepEqual(await browser.eval(() => window.__seen), []);
      assert.deepEqual(browser.errors, []);
    });

    test('elements named after what a content script looks up do not silence it', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/named.html`);
      const before = await browser.eval(fullDom);
      // (In Chromium an element's id is a property of the page's global, and of the content script's.)
      if (browserName === 'chromium') assert.equal(await browser.eval(() => window.__whosaid?.localName), 'div');
      for (let round = 0; round < 2; round++) {
        assert.equal(await openPanel(browser), 'ready');
        await highlightsArticle(browser);
        await close(browser);
        assert.equal(await browser.eval(fullDom), before);
      }
      assert.deepEqual(browser.errors, []);
    });

    test("prototypes and globals redefined in the page's world change nothing, and WhoSaid calls none of them", async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/redefine.html`);
      // (Read before the attack: the test's own reading runs in the page's world.)
      const before = await browser.eval(fullDom);
      await browser.clickAction();
      await waitFor(async () => (await browser.panelState()) === 'ready', { what: 'the panel' });
      // The reader uses the panel and the page while the page's world is redefined.
      await browser.clickPanel('[data-quote="q2"]');
      await browser.hover(20, 20);
      const json = JSON.parse(await browser.downloadFrom('[data-export="json"]'));
      assert.deepEqual(json.quotes.map((q) => q.speaker?.name), SPEAKERS);
      assert.deepEqual(await browser.eval(() => window.__restore()), [], 'no redefined function was called');
      await highlightsArticle(browser);
      await close(browser);
      assert.equal(await browser.eval(fullDom), before);
    });

    test('messages and events from the page do not turn WhoSaid off', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/talk.html`);
      assert.equal(await openPanel(browser), 'ready');
      await browser.eval(() => window.__talk());
      // Pointer moves the page makes up over a speaker's name: WhoSaid follows the reader's
      // pointer only, so the panel shows no details.
      await browser.eval(() => {
        const range = [...CSS.highlights.get('whosaid-speaker')][0];
        const box = range.getClientRects()[0];
        for (let i = 0; i < 5; i++) {
          document.dispatchEvent(new MouseEvent('mousemove', { clientX: box.left + 2, clientY: box.top + 2, bubbles: true }));
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(await browser.panel(detailsShown), false, 'no details for made-up pointer moves');
      assert.equal(await browser.panelState(), 'ready');
      await highlightsArticle(browser);
      await close(browser);
    });

    test('the page can neither restyle the highlights away nor keep them deleted', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/unpaint.html`);
      assert.equal(await openPanel(browser), 'ready');
      // The page's important rules lose to WhoSaid's, however heavy their selectors (in Firefox a
      // user style sheet's important ones win; in Chromium, important ones in a cascade layer).
      const style = await browser.eval(() => {
        const range = [...CSS.highlights.get('whosaid-quote')][0];
        const s = getComputedStyle(range.startContainer.parentElement, '::highlight(whosaid-quote)');
        return s.backgroundColor;
      });
      assert.equal(style, 'rgba(240, 228, 66, 0.45)');
      // And painted: the default quotation yellow at 0.45 over the white page is (248, 243, 170).
      const painted = async () => {
        const box = await browser.eval(() => {
          const r = [...CSS.highlights.get('whosaid-quote')][0].getBoundingClientRect();
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        });
        return pixelsNear(await browser.tabPicture(), box, [248, 243, 170]);
      };
      assert.ok(await painted() > 200, 'the quotation is painted in its colour');
      // Deleted from the registry by the page, they are back once the reader moves or chooses.
      await browser.eval(() => window.__unpaint());
      assert.deepEqual(await browser.eval(highlightTexts), {});
      await browser.hover(30, 30);
      await browser.hover(60, 60);
      await waitFor(async () => Boolean((await browser.eval(highlightTexts))['whosaid-quote']), { what: 'the highlights back after a pointer move' });
      await browser.eval(() => window.__unpaint());
      await browser.clickPanel('[data-quote="q2"]');
      await waitFor(async () => Boolean((await browser.eval(highlightTexts))['whosaid-quote']), { what: 'the highlights back after a choice' });
      await highlightsArticle(browser);
      await close(browser);
    });

    test('a DOM built by script 1,000 elements deep is read', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/deep.html`);
      await waitFor(() => browser.eval(() => Boolean(document.querySelector('article'))), { what: 'the deep article' });
      const before = await browser.eval(fullDom);
      assert.equal(await openPanel(browser), 'ready');
      await highlightsArticle(browser);
      await close(browser);
      assert.equal(await browser.eval(fullDom), before);
      assert.deepEqual(browser.errors, []);
    });

    test('a crafted import file is data: the page keeps its own address and title, the tab does not freeze, bad files are refused with a reason', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/talk.html`);
      assert.equal(await openPanel(browser), 'ready');
      const t0 = Date.now();
      await browser.upload('[data-import]', CRAFTED);
      const status = await waitFor(async () => {
        const s = await browser.panel(() => document.querySelector('whosaid-panel').shadowRoot.querySelector('[data-status]').textContent);
        return s.startsWith('Imported') ? s : null;
      }, { what: 'the import' });
      const took = Date.now() - t0;
      assert.ok(took < 10_000, `the import took ${took} ms`);
      // (1,001 quotations and the link; the link, to a javascript: address, is left out and said so.)
      assert.match(status, /^Imported crafted\.json \(whosaid\/1\): \d+ of 1002 items anchored on this page\.Left out \(malformed in the file\): “the bridge”/);
      const h = await browser.eval(highlightTexts);
      assert.ok(h['whosaid-quote'].includes('We will rebuild the bridge before the winter comes,'), JSON.stringify(h));
      assert.equal(h['whosaid-link'], undefined, 'a javascript: link is not imported');
      const md = await browser.downloadFrom('[data-export="markdown"]');
      assert.ok(md.startsWith('# WhoSaid: Bridge\n'), md.slice(0, 80));
      assert.ok(md.includes(`${server.url}/talk.html`));
      // Every link goes to an http(s) address; the file's text is there only escaped.
      assert.doesNotMatch(md, /\]\((?!<https?:\/\/)/, 'a link to something other than http(s)');
      assert.doesNotMatch(md, /(^|[^\\])<(?!https?:\/\/)[a-z]/im, 'a raw tag or autolink');
      assert.doesNotMatch(md, /onerror=alert|evil\.example|<script/i);
      const json = JSON.parse(await browser.downloadFrom('[data-export="json"]'));
      assert.deepEqual([json.url, json.title], [`${server.url}/talk.html`, 'Bridge']);
      assert.equal(json.quotes[0].polluted, undefined);
      // Files that are not exports are refused, each with its reason, and the panel goes on.
      for (const [file, reason] of [[NOT_JSON, 'the file is not JSON.'], [NESTED, 'the file is not an export']]) {
        await browser.upload('[data-import]', file);
        const said = await waitFor(async () => {
          const s = await browser.panel(() => document.querySelector('whosaid-panel').shadowRoot.querySelector('[data-status]').textContent);
          return s.startsWith(`Could not import ${path.basename(file)}`) ? s : null;
        }, { what: `the refusal of ${path.basename(file)}` });
        assert.ok(said.includes(reason), said);
      }
      assert.equal(await browser.panelState(), 'ready');
      await close(browser);
    });

    test('page text that is markup or a formula is shown and exported as text, never run', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/inert.html`);
      const before = await browser.eval(fullDom);
      // (The browser's own request for /favicon.ico may come at any moment: it is not the page's.)
      const fetched = () => server.log.filter((r) => !r.endsWith(' /favicon.ico'));
      const served = fetched().length;
      assert.equal(await openPanel(browser), 'ready');
      const panel = await browser.panel(panelContent);
      const quotes = panel.speakers.flatMap((s) => s.quotes);
      assert.ok(quotes.some((q) => q.includes(IMG)), JSON.stringify(quotes));
      assert.ok(quotes.some((q) => q.startsWith(FORMULA)), JSON.stringify(quotes));
      const shown = await browser.panel(() => {
        const root = document.querySelector('whosaid-panel').shadowRoot;
        return { imgs: root.querySelectorAll('img').length, text: root.textContent };
      });
      assert.equal(shown.imgs, 0, 'no element made of page text');
      assert.ok(shown.text.includes(IMG), 'the markup is shown as text');
      assert.equal(await browser.eval(() => window.__owned ?? null), null);
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
      assert.deepEqual((await browser.panel(panelContent)).speakers.map((s) => s.name), ['Jane Doe', 'Paul Grant']);
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
      assert.ok((await browser.panel(panelContent)).speakers.some((s) => s.name === 'Jane Doe'));
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
      assert.deepEqual((await browser.panel(panelContent)).speakers.map((s) => s.name), ['Jane Doe']);
      await browser.eval(() => window.nextStory());
      await browser.clickPanel('[data-tool="reanalyse"]');
      await waitFor(async () => {
        const p = await browser.panel(panelContent);
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
      assert.deepEqual((await browser.panel(panelContent)).speakers.map((s) => s.name), ['Mei Lin']);
      await close(browser);
    });
  });
}

process.on('exit', () => fs.rmSync(TMP, { recursive: true, force: true }));
