// When the part of the page read as the article is in doubt (the report's `body_doubt`), in
// Chromium and Firefox, on an invented page (tests/e2e/fixtures/doubt-teaser.html) whose
// only <article> is a teaser card while the story, with its quotations, is beside it: the
// panel says what was read and offers the whole page or the reader's selection; "Analyse
// the whole page" lists the story's quotations; "Analyse my selection" reads only what the
// reader selected in the page (and, with nothing selected, says so and keeps what is shown).
// Screenshots of the notice in build/screenshots/ (and WHOSAID_SHOTS, when set).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BROWSERS, ROOT, highlightTexts, openPanel, pageDom, panelContent, session, waitFor } from './harness.mjs';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/doubt-teaser.html');
const SHOTS = [path.join(ROOT, 'build/screenshots'), process.env.WHOSAID_SHOTS].filter(Boolean);

/** In the panel: the notice about what was read as the article, or null. */
function scopeNotice() {
  const root = document.querySelector('whosaid-panel')?.shadowRoot;
  const notice = root?.querySelector('[data-scope]');
  return notice ? {
    scope: notice.dataset.scope,
    doubt: notice.dataset.doubt ?? null,
    text: notice.querySelector('p').textContent,
    choices: [...notice.querySelectorAll('[data-scope-choice]')].map((b) => [b.dataset.scopeChoice, b.textContent]),
    status: root.querySelector('[data-status]').textContent,
  } : null;
}

/** In the page: selects the story's first `n` paragraphs. */
function selectParagraphs(n) {
  const ps = document.querySelectorAll('#story p');
  const range = document.createRange();
  range.setStartBefore(ps[0]);
  range.setEndAfter(ps[n - 1]);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  return getSelection().toString().length;
}

const screenshot = async (browser, name) => {
  for (const dir of SHOTS) {
    fs.mkdirSync(dir, { recursive: true });
    await browser.screenshot(path.join(dir, name));
  }
};

const quoted = (panel) => panel.speakers.flatMap((s) => s.quotes.map((q) => [s.name, q]));

for (const browserName of Object.keys(BROWSERS)) {
  describe(`a body in doubt in ${browserName}`, () => {
    const env = session(browserName, { files: { '/doubt.html': FIXTURE } });

    test('the notice says what was read; the whole page, then a selection, then nothing selected', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/doubt.html`);
      const before = await browser.eval(pageDom);
      assert.equal(await openPanel(browser), 'ready');

      // The teaser card was taken for the article: no quotation, and the notice with its numbers.
      const notice = await browser.panel(scopeNotice);
      assert.equal(notice.scope, 'article');
      assert.equal(notice.doubt, 'small');
      assert.match(notice.text, /^Read \d+ words as the article out of \d+ on the page\.$/);
      const [read, all] = notice.text.match(/\d+/g).map(Number);
      assert.ok(read > 100 && read * 100 < all * 30, notice.text);
      assert.deepEqual(notice.choices, [['page', 'Analyse the whole page'], ['selection', 'Analyse my selection']]);
      assert.deepEqual(quoted(await browser.panel(panelContent)), []);
      await screenshot(browser, `doubt-${browserName}-notice.png`);

      // The whole page: the story's ten quotations, listed and painted; the notice says what was read.
      await browser.clickPanel('[data-scope-choice="page"]');
      const whole = await waitFor(async () => {
        const p = await browser.panel(panelContent);
        return p?.state === 'ready' && quoted(p).length ? p : null;
      }, { what: 'the whole page analysed' });
      const names = quoted(whole).map(([name]) => name);
      assert.equal(names.filter((n) => n === 'Ingrid Holm').length, 5, names.join());
      assert.equal(names.filter((n) => n === 'Tomas Berg').length, 5, names.join());
      assert.ok(quoted(whole).some(([, q]) => q.startsWith('Every night without the lamp')));
      const painted = await browser.eval(highlightTexts);
      assert.equal(painted['whosaid-quote'].length, 10);
      const after = await browser.panel(scopeNotice);
      assert.equal(after.scope, 'page');
      assert.equal(after.text, 'The whole page was read as the article.');
      assert.deepEqual(after.choices.map(([c]) => c), ['article', 'selection']);
      await screenshot(browser, `doubt-${browserName}-whole-page.png`);

      // The reader's selection: the story's first two paragraphs, so Ingrid Holm's first words only.
      assert.ok((await browser.eval(selectParagraphs, 2)) > 100);
      await browser.clickPanel('[data-scope-choice="selection"]');
      const selected = await waitFor(async () => {
        const p = await browser.panel(panelContent);
        return p?.state === 'ready' && (await browser.panel(scopeNotice))?.scope === 'selection' ? p : null;
      }, { what: 'the selection analysed' });
      assert.deepEqual(quoted(selected).map(([name]) => name), ['Ingrid Holm']);
      assert.equal((await browser.eval(highlightTexts))['whosaid-quote'].length, 1);
      assert.equal((await browser.panel(scopeNotice)).text, 'Only your selection was read as the article.');

      // Nothing selected: the panel says so, and what is shown stays.
      await browser.eval(() => getSelection().removeAllRanges());
      await browser.clickPanel('[data-scope-choice="selection"]');
      const told = await waitFor(async () => {
        const n = await browser.panel(scopeNotice);
        return n?.status.startsWith('Nothing is selected on the page') ? n : null;
      }, { what: 'the panel to say nothing is selected' });
      assert.equal(told.scope, 'selection');
      assert.deepEqual(quoted(await browser.panel(panelContent)).map(([name]) => name), ['Ingrid Holm']);

      // Back to the article as found: the notice again.
      await browser.clickPanel('[data-scope-choice="article"]');
      await waitFor(async () => (await browser.panel(scopeNotice))?.doubt === 'small', { what: 'the article read again' });
      assert.deepEqual(quoted(await browser.panel(panelContent)), []);
      // Nothing of it in the page's DOM.
      assert.equal(await browser.eval(pageDom), before);
    });
  });
}
