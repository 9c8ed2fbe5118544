// The demo that `npm start` serves (build/www), in both browsers: the sample
// article is analysed at load, and a given page (?page=…, as `npm start -- FILE`
// opens it) is too. The same wasm and libraries as the extension, in a page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { BROWSERS, ROOT, SHARED, session, waitFor } from './harness.mjs';

/** What the demo's panel lists (it sits in the demo page, not in the article frame). */
function demoPanel() {
  const host = document.querySelector('whosaid-panel');
  if (!host || host.dataset.state === 'working') return null;
  const root = host.shadowRoot;
  const frame = document.getElementById('article').contentWindow;
  return {
    state: host.dataset.state,
    speakers: [...root.querySelectorAll('[data-speaker]')].map((g) => [g.dataset.speaker, g.querySelectorAll('[data-quote]').length]),
    links: [...root.querySelectorAll('[data-link]')].map((b) => b.dataset.relation),
    quoteHighlights: [...(frame.CSS.highlights.get('whosaid-quote') ?? [])].length,
  };
}

const seed = path.join(SHARED, 'seed/article.html');

for (const browserName of Object.keys(BROWSERS)) {
  describe(`demo in ${browserName}`, () => {
    const env = session(browserName, { root: path.join(ROOT, 'build/www'), files: { '/page/article.html': seed } });

    test('the built-in sample article is analysed at load', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/`);
      const panel = await waitFor(() => browser.eval(demoPanel), { what: 'the demo panel' });
      assert.equal(panel.state, 'ready');
      assert.deepEqual(panel.speakers, [['Tomas Arlen Vey', 1]]);
      assert.deepEqual(panel.links, ['internal', 'external']);
      assert.equal(panel.quoteHighlights, 1);
    });

    test('a given page opens instead (npm start -- FILE.html)', { skip: !fs.existsSync(seed) && 'needs ../shared/seed' }, async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/?page=${encodeURIComponent('/page/article.html')}`);
      const panel = await waitFor(() => browser.eval(demoPanel), { what: 'the demo panel' });
      assert.equal(panel.state, 'ready');
      assert.deepEqual(panel.speakers, [['Sayed Abdul Basir Saberi', 1]]);
      assert.deepEqual(panel.links, ['internal', 'external']);
    });
  });
}
