// UTF-16 offsets from the core land on exactly the right DOM text in both
// browsers: emoji (surrogate pairs) before a quote, accents, CJK, a soft hyphen,
// &nbsp;, right-to-left text, and a quotation that crosses <em> and <a>.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BROWSERS, highlightTexts, openPanel, panelContent, pageDom, session } from './harness.mjs';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/unicode.html');

for (const browserName of Object.keys(BROWSERS)) {
  describe(`unicode spans in ${browserName}`, () => {
    const env = session(browserName, { files: { '/unicode.html': FIXTURE } });

    test('every highlight covers exactly its text', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/unicode.html`);
      const before = await browser.eval(pageDom);
      assert.equal(await openPanel(browser), 'ready');
      const h = await browser.eval(highlightTexts);
      assert.deepEqual(h['whosaid-quote'], [
        'Nous sommes prêts 🎉 pour l’hiver,',
        'We will build a shel\u00adter for every family here before the snow,',
        'سنعيد بناء الجسر قبل الشتاء القادم',
      ]);
      assert.deepEqual(h['whosaid-speaker'], ['Émile Zola', 'Ruiz']);
      assert.deepEqual(h['whosaid-cue'], ['said', 'said']);
      assert.deepEqual(h['whosaid-link'], ['family']);
      const panel = await browser.panel(panelContent);
      // "Ruiz" is resolved to the name the article introduced, written with a no-break space.
      assert.deepEqual(panel.speakers.map((s) => s.name), ['Émile Zola', 'Ana Ruiz', '']);
      assert.equal(await browser.eval(pageDom), before);
    });
  });
}
