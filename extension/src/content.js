// Injected into the active tab when the reader clicks the toolbar button.
// Reads the article's text, has the background run the analysis (the wasm
// cannot run here under a strict page CSP in Chromium), paints the result with
// the CSS Custom Highlight API and shows the panel (lib/reader.js). The
// background injects it again only after `stop()`; a second click calls
// `stop()`, which removes every trace: highlights, panel and listeners (the
// background removes the stylesheet).

import { api } from './lib/browser.js';
import { extensionTranslator } from './lib/i18n.js';
import { Reader } from './lib/reader.js';
import { fromLean, fromWire } from './lib/report.js';
import { loadSettings, normalize } from './lib/settings.js';

/** Firefox (moz-extension:) clones extension messages; Chromium writes them as JSON. */
const CLONES_MESSAGES = api.runtime.getURL('').startsWith('moz-extension:');

async function start() {
  let reader = null;
  // Settings changed on the options page while WhoSaid is on: the panel and the
  // categories shown follow (the background re-inserts the page's stylesheet).
  const onSettings = (changes, area) => {
    if (area === 'sync' && changes.settings) reader?.applySettings(normalize(changes.settings.newValue));
  };
  const stop = () => {
    api.storage.onChanged.removeListener(onSettings);
    reader?.stop();
    delete globalThis.__whosaid;
  };
  globalThis.__whosaid = { stop };
  const settings = await loadSettings(api);
  if (!globalThis.__whosaid) return; // stopped while the settings were read
  reader = new Reader({
    realm: globalThis,
    doc: document,
    panelDoc: document,
    panelParent: document.documentElement,
    floating: true,
    t: extensionTranslator(api),
    settings,
    // In Firefox the page and the report travel as JSON text, in Chromium as objects (see
    // background.js).
    analyze: async (page) => {
      const answer = await api.runtime.sendMessage({ kind: 'analyze', page: CLONES_MESSAGES ? JSON.stringify(page) : page });
      // Turned off while the analysis ran: the background inserted the stylesheet with it,
      // after the toggle had removed what there was. It goes too.
      if (!globalThis.__whosaid) api.runtime.sendMessage({ kind: 'closed' }).catch(() => {});
      if (!answer?.ok) throw new Error(answer?.error ?? 'The analysis did not answer.');
      // (Sent lean, without what only repeats the page's text: written back here, and the
      // selectors when the reader exports the report.)
      const report = fromLean(fromWire(typeof answer.report === 'string' ? JSON.parse(answer.report) : answer.report), page.text);
      if (globalThis.__whosaid) api.runtime.sendMessage({ kind: 'count', quotes: report.quotes.filter((q) => q.kind !== 'indirect').length }).catch(() => {});
      return { report, ms: answer.ms, init: answer.init };
    },
    onClose: () => {
      stop();
      api.runtime.sendMessage({ kind: 'closed' }).catch(() => {});
    },
  });
  api.storage.onChanged.addListener(onSettings);
  await reader.analyse();
}

if (!globalThis.__whosaid) start();
