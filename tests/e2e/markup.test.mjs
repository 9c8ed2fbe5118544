// Quotations that the markup sets, not marks in the text: a <q> (its marks are
// drawn by the browser) and <blockquote>s introduced by a colon or signed by a
// dash line, found and attributed in both browsers.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BROWSERS, highlightTexts, openPanel, panelContent, pageDom, session } from './harness.mjs';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/markup-quotes.html');

for (const browserName of Object.keys(BROWSERS)) {
  describe(`quotations set by markup in ${browserName}`, () => {
    const env = session(browserName, { files: { '/markup.html': FIXTURE } });

    test('<q> and <blockquote> are quotations with their speakers', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/markup.html`);
      const before = await browser.eval(pageDom);
      assert.equal(await openPanel(browser), 'ready');
      const h = await browser.eval(highlightTexts);
      assert.deepEqual(h['whosaid-quote'], [
        'We will rebuild the bridge before the winter comes to the valley.',
        'The river is higher than it has been for years',
        'The evidence speaks for itself and the whole region will see it soon.',
      ]);
      const panel = await browser.panel(panelContent);
      assert.deepEqual(
        panel.speakers.map((s) => [s.name, s.quotes.length]),
        [['Jane Doe', 1], ['Paul Grant', 1], ['Sofia Kowalski', 1]],
      );
      assert.equal(await browser.eval(pageDom), before);
    });
  });
}
