// The seed article, end to end, in headless Chromium and Firefox with the built
// extension: served on loopback plainly and under a strict CSP, the toolbar
// action is clicked, and what the page then shows is checked against
// ../shared/seed/gold (expected texts are read from there, never copied here).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  BROWSERS, ROOT, SHARED, focusInView, fullDom, highlightTexts, openPanel, panelContent, pixelsNear, session, turnOff,
  settle, waitFor, whosaidHosts,
} from './harness.mjs';

const SEED = path.join(SHARED, 'seed/article.html');
const GOLD_FILE = path.join(SHARED, 'seed/gold/article.json');
const EXPECTED_FILE = path.join(SHARED, 'seed/EXPECTED.md');
const missing = !fs.existsSync(SEED) || !fs.existsSync(GOLD_FILE);
const SKIP = missing && `skipped: ${SEED} and its gold are absent (they live in ../shared beside the clone)`;
const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'";
const SHOTS = path.join(ROOT, 'build/screenshots');
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

for (const browserName of Object.keys(BROWSERS)) {
  describe(`seed article in ${browserName}`, { skip: SKIP }, () => {
    const gold = missing ? null : JSON.parse(fs.readFileSync(GOLD_FILE, 'utf8'));
    // The cues of the reported speech a reader should see, from EXPECTED.md's
    // "Reported speech" section (its named attributions: "(cue: advocated)" and the like).
    const reportedCues = missing || !fs.existsSync(EXPECTED_FILE)
      ? []
      : [...(fs.readFileSync(EXPECTED_FILE, 'utf8').split(/\*\*Reported speech/)[1] ?? '')
        .split(/\n\*\*/)[0]
        .matchAll(/cue: (\w+)/g)].map((m) => m[1]);
    const env = session(
      browserName,
      {
        files: { '/plain/article.html': SEED, '/strict/article.html': SEED },
        headers: (p) => (p.startsWith('/strict/') ? { 'content-security-policy': STRICT_CSP } : {}),
      },
      { downloads: true },
    );

    for (const mode of ['plain', 'strict']) {
      test(`${mode === 'strict' ? 'under a strict CSP: ' : ''}one quotation, its speaker, both source links; DOM untouched; no request; second click clears`, async () => {
        const { browser, server } = env;
        fs.mkdirSync(SHOTS, { recursive: true });
        await browser.goto(`${server.url}/${mode}/article.html`);
        await settle(browser); // the page's own (blocked) requests and their retries
        const domBefore = await browser.eval(fullDom);
        const requestsBefore = (await browser.requests()).length;
        const servedBefore = server.log.length;

        const state = await openPanel(browser);
        const panel = await browser.panel(panelContent);
        assert.equal(state, 'ready', `panel error: ${panel?.error}`);

        // The toolbar badge counts the quotations.
        assert.equal(await waitFor(() => browser.badge(), { what: 'the badge' }), String(gold.quotes.length));

        // Exactly one quotation, highlighted with the expected text.
        const highlights = await browser.eval(highlightTexts);
        const quotes = panel.speakers.flatMap((s) => s.quotes);
        assert.equal(quotes.length, gold.quotes.length, `panel lists ${JSON.stringify(quotes)}`);
        assert.equal(gold.quotes.length, 1);
        assert.deepEqual(highlights['whosaid-quote'].map(norm), [norm(gold.quotes[0].text)]);
        // And painted, as the reader sees it: the default quotation yellow at 0.45 over the
        // white page, (248, 243, 170), over most of the quotation's first line.
        const line = await browser.eval(() => {
          const r = [...CSS.highlights.get('whosaid-quote')][0].getClientRects()[0];
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, area: r.width * r.height };
        });
        const yellow = pixelsNear(await browser.tabPicture(), line, [248, 243, 170]);
        assert.ok(yellow > line.area / 4, `${yellow} yellow pixels in the quotation's first line (${Math.round(line.area)} in all)`);
        assert.equal(norm(quotes[0]), norm(gold.quotes[0].text));

        // Its speaker, by the name the article introduced.
        assert.equal(panel.speakers.length, 1);
        assert.equal(panel.speakers[0].name, gold.quotes[0].speaker);
        assert.ok(highlights['whosaid-speaker'].includes(gold.quotes[0].speaker_in_text), JSON.stringify(highlights['whosaid-speaker']));

        // The reported speech, listed apart from the quotation and painted in its own style.
        assert.ok(reportedCues.length >= 2, `EXPECTED.md names reported speech: ${reportedCues}`);
        const reported = panel.reported.flatMap((g) => g.items);
        for (const cue of reportedCues) {
          assert.ok(reported.some((r) => r.meta.split(' · ').includes(cue)), `reported speech with cue "${cue}": ${JSON.stringify(reported)}`);
        }
        assert.equal(highlights['whosaid-reported'].length, reported.length);
        assert.ok(panel.reported.some((g) => g.name === gold.quotes[0].speaker), JSON.stringify(panel.reported));

        // Both body links are source links (one internal, one external); no navigation,
        // related or footer link is.
        const expected = gold.source_links.map((l) => [l.href, l.kind]).sort();
        assert.deepEqual(panel.links.map((l) => [l.href, l.relation]).sort(), expected);
        assert.deepEqual(
          highlights['whosaid-link'].map(norm).sort(),
          gold.source_links.map((l) => l.anchor_text).sort(),
        );

        // The Sources section: each link's kind (the publisher's own page; TASS, a news
        // agency), counted by kind and by relation; the link on the cue "alleged" is the
        // source of that reported speech.
        const kinds = Object.fromEntries(panel.links.map((l) => [l.relation, l.kind]));
        assert.deepEqual(kinds, { internal: 'publisher', external: 'wire' });
        assert.deepEqual(panel.kindCounts.split(' · ').sort(), ['1 news agency', "1 publisher's own page"]);
        assert.equal(panel.relationCounts, '1 internal · 1 external');
        const cued = gold.source_links.find((l) => reportedCues.includes(l.anchor_text));
        assert.ok(cued, `a gold link on a reported-speech cue: ${JSON.stringify(gold.source_links)}`);
        const cuedLink = panel.links.find((l) => l.href === cued.href);
        assert.match(cuedLink.meta, /source of reported speech/, JSON.stringify(cuedLink));
        // Unbacked claims are off by default: listed on request, painted only then.
        assert.ok(panel.claims.length >= 1, 'the seed has hedged claims without a source');
        assert.equal(highlights['whosaid-claim'], undefined);
        await browser.clickPanel('[data-claims-toggle]');
        const claimed = await waitFor(async () => (await browser.eval(highlightTexts))['whosaid-claim'], { what: 'claims painted' });
        assert.deepEqual(claimed.map(norm), panel.claims.map(norm));
        await browser.clickPanel('[data-claims-toggle]');
        await waitFor(async () => !(await browser.eval(highlightTexts))['whosaid-claim'], { what: 'claims cleared' });

        // The page's DOM is unchanged: WhoSaid adds nothing to it (its panel is the browser's
        // side panel, out of the page's reach).
        assert.equal(await browser.eval(fullDom), domBefore);
        assert.deepEqual(await browser.eval(whosaidHosts), []);
        assert.equal(await browser.panelOpen(), true);

        // Nothing was requested from the moment of the click (the page has no scripts of
        // its own, so any request now would be the extension's).
        await sleep(500);
        assert.deepEqual((await browser.requests()).slice(requestsBefore), []);
        assert.equal(server.log.length, servedBefore);
        assert.deepEqual(browser.errors, []);
        // (A screenshot repaints the page, which may retry its broken image: take it after.)
        await browser.screenshot(path.join(SHOTS, `seed-${browserName}-${mode}.png`));

        // Clicking an item scrolls its text into view and flashes it.
        await browser.clickPanel('[data-link="l2"]');
        const focus = await waitFor(async () => {
          const f = await browser.eval(focusInView);
          return f?.inView ? f : null;
        }, { what: 'the second link to scroll into view' });
        assert.equal(norm(focus.text), gold.source_links[1].anchor_text);

        // Both exports download, and say what the page shows.
        const json = JSON.parse(await browser.downloadFrom('[data-export="json"]'));
        assert.equal(json.schema, 'whosaid/1');
        assert.equal(json.offsets, 'utf-16');
        const jsonQuotes = json.quotes.filter((q) => q.kind !== 'indirect');
        assert.deepEqual(jsonQuotes.map((q) => [norm(q.text), q.speaker?.name]), [[norm(gold.quotes[0].text), gold.quotes[0].speaker]]);
        assert.equal(json.quotes.length - jsonQuotes.length, reported.length);
        // The quotation given to TASS stands on the link to TASS.
        const tass = json.links.find((l) => l.href === cued.href);
        assert.ok(jsonQuotes[0].sources?.includes(tass.id), JSON.stringify(jsonQuotes[0]));
        assert.equal(json.quotes.find((q) => q.id === tass.backs)?.cue, cued.anchor_text);
        assert.deepEqual(json.speakers.filter((s) => s.quotes).map((s) => [s.name, s.quotes]), [[gold.quotes[0].speaker, 1]]);
        const ld = JSON.parse(await browser.downloadFrom('[data-export="webannotation"]'));
        assert.equal([].concat(ld['@context'])[0], 'http://www.w3.org/ns/anno.jsonld');
        assert.equal(ld.type, 'AnnotationCollection');
        assert.equal(ld.total, json.quotes.length + gold.source_links.length);
        const quote = ld.first.items.find((a) => a.body.some((b) => b.value === 'quotation'));
        assert.equal(quote.type, 'Annotation');
        assert.deepEqual(quote.target.selector.map((x) => x.type), ['TextQuoteSelector', 'TextPositionSelector']);
        assert.equal(norm(quote.target.selector[0].exact), norm(gold.quotes[0].text));
        assert.equal(await browser.eval(fullDom), domBefore, 'exports leave no trace in the page');

        // A second click removes everything (the side panel then says WhoSaid is off here).
        await turnOff(browser);
        assert.equal(await browser.eval(fullDom), domBefore);
        assert.equal(await waitFor(async () => ((await browser.badge()) === '' ? 'cleared' : null), { what: 'the badge to clear' }), 'cleared');

        // The badge also clears when the tab goes to another page.
        assert.equal(await openPanel(browser), 'ready');
        assert.equal(await waitFor(() => browser.badge(), { what: 'the badge again' }), String(gold.quotes.length));
        await browser.goto(`${server.url}/${mode}/article.html?again`);
        assert.equal(await waitFor(async () => ((await browser.badge()) === '' ? 'cleared' : null), { what: 'the badge to clear on navigation' }), 'cleared');
      });
    }
  });
}
