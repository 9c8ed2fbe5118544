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
    // Each listed item's details line ("believed · belief, not words said").
    metas: [...root.querySelectorAll('[data-quote] .meta')].map((m) => m.textContent),
  };
}

/** A point (in the demo page) on the first speaker highlight in the article frame. */
function speakerPoint() {
  const frame = document.getElementById('article');
  const range = [...frame.contentWindow.CSS.highlights.get('whosaid-speaker')][0];
  range.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const r = range.getClientRects()[0];
  const f = frame.getBoundingClientRect();
  return { x: f.left + r.left + Math.min(r.width / 2, 10), y: f.top + r.top + r.height / 2 };
}

/** The text of the details the demo's panel shows, or null. */
function demoDetails() {
  const details = document.querySelector('whosaid-panel')?.shadowRoot.querySelector('.details');
  return details && !details.hidden ? details.textContent : null;
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
      // What the official believed is said to be a belief; what he argued and stated is not.
      const tagged = (cue) => panel.metas.filter((m) => m.split(' · ')[0] === cue || m.split(' · ').includes(cue));
      assert.ok(tagged('believed').length && tagged('believed').every((m) => m.includes('belief, not words said')), JSON.stringify(panel.metas));
      for (const cue of ['argued', 'stated']) {
        assert.ok(tagged(cue).length && tagged(cue).every((m) => !m.includes('belief')), `${cue}: ${JSON.stringify(panel.metas)}`);
      }
    });

    test('hovering a highlight in the demo shows its details (by the caret position where highlightsFromPoint is missing)', async () => {
      const { browser, server } = env;
      await browser.goto(`${server.url}/`);
      await waitFor(() => browser.eval(demoPanel), { what: 'the demo panel' });
      for (const withApi of [true, false]) {
        // The demo runs in the page's own world: without highlightsFromPoint, the caret position is used.
        if (!withApi) await browser.eval(() => delete document.getElementById('article').contentWindow.HighlightRegistry.prototype.highlightsFromPoint);
        const at = await browser.eval(speakerPoint);
        await browser.hover(at.x, at.y);
        const details = await waitFor(() => browser.eval(demoDetails), { what: `details (${withApi ? 'highlightsFromPoint' : 'caret'})` });
        assert.ok(details.includes('Speaker') && details.includes('Tomas Arlen Vey'), details);
        await browser.hover(5, 5);
        await waitFor(async () => (await browser.eval(demoDetails)) === null, { what: 'the details to hide' });
      }
      assert.equal(await browser.eval(() => typeof document.getElementById('article').contentWindow.CSS.highlights.highlightsFromPoint), 'undefined');
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
