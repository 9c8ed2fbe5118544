// The background: a service worker in Chrome, an event page in Firefox. It
// owns the WebAssembly core (which cannot run in content scripts under a
// strict page CSP in Chromium), toggles WhoSaid on the active tab when the
// toolbar button (or its shortcut) is used, and answers `analyze` messages.
// It keeps no analysis state between clicks: only the compiled module.

import init, { analyze } from 'whosaid-wasm';
import { api } from './lib/browser.js';

const STYLES = ['highlight.css'];
let ready = null;
const wasm = () => (ready ??= init({ module_or_path: api.runtime.getURL('pkg/whosaid_bg.wasm') }));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The first script of a click. Right after a page loads, Chromium can deliver the
 * toolbar click a moment before the activeTab grant it carries reaches the tab, and
 * the script is refused ("Cannot access contents of the page"); 100 ms later it
 * usually runs, and within 3 s always has. (Measured in tests/e2e: about 1 click in 5
 * sent within milliseconds of `load`.)
 */
async function firstScript(details) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await api.scripting.executeScript(details);
    } catch (error) {
      if (attempt >= 30 || !/cannot access|permission/i.test(String(error?.message))) throw error;
      await sleep(100);
    }
  }
}

async function toggle(tab) {
  const target = { tabId: tab.id };
  const [probe] = await firstScript({ target, func: () => Boolean(globalThis.__whosaid) });
  if (probe?.result) {
    await api.scripting.executeScript({ target, func: () => globalThis.__whosaid?.stop() });
    await api.scripting.removeCSS({ target, files: STYLES });
    return;
  }
  await api.scripting.insertCSS({ target, files: STYLES });
  await api.scripting.executeScript({ target, files: ['content.js'] });
}

api.action.onClicked.addListener((tab) => {
  toggle(tab).catch((error) => console.error('[whosaid]', error));
});

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message?.kind === 'analyze') {
    wasm()
      .then(() => {
        const t0 = performance.now();
        const report = analyze(message.page);
        sendResponse({ ok: true, report, ms: performance.now() - t0 });
      })
      .catch((error) => sendResponse({ ok: false, error: String(error?.message ?? error) }));
    return true; // the answer comes asynchronously
  }
  if (message?.kind === 'closed' && sender.tab?.id !== undefined) {
    api.scripting.removeCSS({ target: { tabId: sender.tab.id }, files: STYLES }).catch(() => {});
  }
  return false;
});
