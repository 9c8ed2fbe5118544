// The background: a service worker in Chrome, an event page in Firefox. It
// owns the WebAssembly core (which cannot run in content scripts under a
// strict page CSP in Chromium), toggles WhoSaid on the active tab when the
// toolbar button (or its shortcut) is used, opens the browser's side panel (where
// the panel lives, out of the page's reach: sidepanel.js), and answers `analyze`
// messages. Whether WhoSaid is on in a tab is asked of the tab's content script by
// the extension's own messaging (`whosaid:ping`), never read from anything the page
// could name or define.
// The page's highlight stylesheet is generated from the reader's settings
// (storage.sync) and inserted with scripting.insertCSS, which the page's CSP
// does not govern; the exact text inserted is kept per tab in storage.session
// so that it can be removed again even after the worker was stopped, or replaced
// when the settings change while WhoSaid is on. The
// toolbar badge shows how many quotations the tab's article holds while WhoSaid
// is on there; it clears when WhoSaid is toggled off or the tab navigates.

import init, { analyzeJson, timings } from 'whosaid-wasm';
import { api } from './lib/browser.js';
import { highlightCss, loadSettings } from './lib/settings.js';

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
      const results = await api.scripting.executeScript(details);
      // (Chromium throws for a page it may not script; Firefox answers with an `error` in the
      // frame's result, or, for its own about: pages, with no result at all.)
      const [first] = results ?? [];
      if (!first) throw new Error('The page cannot be scripted.');
      if (first.error) throw first.error instanceof Error ? first.error : new Error(String(first.error?.message ?? first.error));
      return results;
    } catch (error) {
      if (attempt >= 30 || !/cannot access contents|permission/i.test(String(error?.message))) throw error;
      await sleep(100);
    }
  }
}

/** Shows `count` quotations on the tab's toolbar button; `null` clears it. */
function badge(tabId, count) {
  const text = count === null ? '' : String(count);
  api.action.setBadgeText({ tabId, text }).catch(() => {});
  if (count !== null) api.action.setBadgeBackgroundColor({ tabId, color: '#0072b2' }).catch(() => {});
}

/**
 * Where the highlight stylesheet goes in the cascade (settings.js, highlightCss): a user sheet in
 * Firefox, whose important rules win over the page's; an author sheet in Chromium, which paints
 * no highlight from a user sheet.
 */
const FIREFOX = api.runtime.getURL('').startsWith('moz-extension:');
const SHEET_ORIGIN = FIREFOX ? 'USER' : 'AUTHOR';

const cssKey = (tabId) => `css:${tabId}`;
/** Set when the last click could not put WhoSaid into the tab's page (read by the side panel). */
const unreadableKey = (tabId) => `unreadable:${tabId}`;

/**
 * Inserts the stylesheet for the reader's settings into the tab, and remembers its text.
 * `sent()` is called once the sheet is on its way to the tab (before the tab has taken it).
 */
async function insertStyles(tabId, sent = () => {}) {
  const css = highlightCss(await loadSettings(api), { layered: !FIREFOX });
  await api.storage.session.set({ [cssKey(tabId)]: css });
  const inserted = api.scripting.insertCSS({ target: { tabId }, css, origin: SHEET_ORIGIN });
  sent();
  await inserted;
}

/** Inserts the stylesheet into the tab unless it is there already (the tab's record says so). */
async function ensureStyles(tabId, sent) {
  const key = cssKey(tabId);
  const { [key]: css } = await api.storage.session.get(key);
  if (!css) await insertStyles(tabId, sent);
}

/** Removes the stylesheet `insertStyles` put into the tab. */
async function removeStyles(tabId) {
  const key = cssKey(tabId);
  const { [key]: css } = await api.storage.session.get(key);
  if (!css) return;
  await api.storage.session.remove(key);
  await api.scripting.removeCSS({ target: { tabId }, css, origin: SHEET_ORIGIN }).catch(() => {});
}

/**
 * Runs `fn`'s stylesheet changes alone, never interleaved with another's: two settings
 * changes close together (two storage events) would otherwise each insert a sheet while
 * the tab's record keeps only one, and a sheet would be left behind when WhoSaid is
 * turned off. (A Web Lock: the background keeps no queue of its own.)
 */
const styling = (fn) => navigator.locks.request('whosaid-styles', fn);

/**
 * Opens the browser's side panel on the tab's window, where the panel is. It must be
 * called at once in the click's handler: both browsers open it only in answer to the
 * reader's gesture, which an `await` before it would lose.
 */
function openPanel(tab) {
  const opened = api.sidePanel ? api.sidePanel.open({ windowId: tab.windowId }) : api.sidebarAction?.open();
  Promise.resolve(opened).catch((error) => console.error('[whosaid] side panel:', error));
}

/** Whether WhoSaid is on in the tab: its content script answers (the page cannot). */
async function isOn(tabId) {
  try {
    const answer = await api.tabs.sendMessage(tabId, { kind: 'whosaid:ping' }, { frameId: 0 });
    return answer?.on === true;
  } catch {
    return false; // no content script of ours: off
  }
}

async function toggle(tab) {
  const target = { tabId: tab.id };
  if (await isOn(tab.id)) {
    await api.tabs.sendMessage(tab.id, { kind: 'whosaid:stop' }, { frameId: 0 }).catch(() => {});
    await styling(() => removeStyles(tab.id));
    badge(tab.id, null);
    return;
  }
  // The script goes in now; the stylesheet when the page's text comes to be analysed
  // (`analyze` below). A new sheet restyles the whole document (~100 ms on a 2 MB page):
  // inserted now, that would fall in the middle of the script reading the page; inserted
  // then, it is done while the page waits for the analysis (measured: npm run bench).
  await Promise.all([
    // WhoSaid is off in this document, so a sheet the tab's record names went with a page the
    // tab has since left (every way of turning WhoSaid off removes its sheet): the record is
    // dropped, with no removeCSS, which would restyle the page while the script reads it.
    styling(() => api.storage.session.remove(cssKey(tab.id))),
    firstScript({ target, files: ['content.js'] }).then(
      () => api.storage.session.remove(unreadableKey(tab.id)),
      // A page no extension may script (the browser's own pages, the add-on stores): the side
      // panel says so, rather than only that WhoSaid is off.
      async (error) => {
        await api.storage.session.set({ [unreadableKey(tab.id)]: true });
        throw error;
      },
    ),
  ]);
}

/** The settings changed: every tab where WhoSaid is on gets the new stylesheet. */
function restyle() {
  return styling(async () => {
    const all = await api.storage.session.get(null);
    for (const key of Object.keys(all).filter((k) => k.startsWith('css:'))) {
      const tabId = Number(key.slice(4));
      await removeStyles(tabId);
      // (Fails when the tab has since gone to another page, where WhoSaid is off anyway.)
      await insertStyles(tabId).catch(() => api.storage.session.remove(key));
    }
  });
}

api.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && changes.settings) restyle().catch((error) => console.error('[whosaid]', error));
});

api.action.onClicked.addListener((tab) => {
  openPanel(tab);
  // One toggle at a time per tab (two quick clicks would each find WhoSaid off and inject it twice).
  navigator.locks.request(`toggle:${tab.id}`, () => toggle(tab)).catch((error) => console.error('[whosaid]', error));
});

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // The wasm takes the page object and gives the report as JSON text. Firefox clones
  // messages: there, the page comes and the report goes as that text (one string, not tens
  // of thousands of objects). Chromium writes every message as JSON anyway: there the page
  // comes as an object and the report goes as one, made into and from text here, off the
  // page's thread (docs/performance.md, "The click on a big page").
  if (message?.kind === 'analyze') {
    const asked = performance.now();
    const text = typeof message.page === 'string';
    const tabId = sender.tab?.id;
    // The tab's stylesheet goes in first (see `toggle`): sent before the analysis, which
    // holds this thread, the page restyles meanwhile. The analysis waits until the sheet is
    // sent, not until the page has taken it. (A tab that cannot take it is analysed all the
    // same: its highlights show without their colours.)
    const styled = tabId === undefined ? null : new Promise((resolve) => {
      styling(() => ensureStyles(tabId, resolve)).catch(() => {}).finally(resolve);
    });
    Promise.all([wasm(), styled])
      .then(() => {
        const waited = performance.now();
        const page = text ? message.page : JSON.stringify(message.page);
        const t0 = performance.now();
        // (The lean report, its quotations and links as arrays: the content script makes
        // it whole from the page's text; src/core/report.rs, wire_json.)
        // (`wholePage`: the reader asked for the whole page or the selection as the article.)
        const json = analyzeJson(page, { full: false, timings: true, wholePage: message.wholePage === true });
        const ms = performance.now() - t0;
        // (`init`: how long this answer waited for the wasm to load, ~0 once it has, and
        // for the stylesheet to be sent. `phases`: the wasm's own split of `ms`, for npm run bench.)
        sendResponse({ ok: true, report: text ? json : JSON.parse(json), ms, init: waited - asked, phases: timings() });
      })
      .catch((error) => sendResponse({ ok: false, error: String(error?.message ?? error) }));
    return true; // the answer comes asynchronously
  }
  // The content script counts the report's quotations for the badge.
  if (message?.kind === 'count' && sender.tab?.id !== undefined && Number.isInteger(message.quotes)) {
    badge(sender.tab.id, message.quotes);
  }
  if (message?.kind === 'closed' && sender.tab?.id !== undefined) {
    styling(() => removeStyles(sender.tab.id)).catch(() => {});
    badge(sender.tab.id, null);
  }
  return false;
});

// A new page in the tab: its count no longer holds. (Its stylesheet went with the old page;
// the next toggle removes the remembered text before inserting anew.)
api.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'loading') return;
  badge(tabId, null);
  api.storage.session.remove(unreadableKey(tabId)).catch(() => {});
});
api.tabs.onRemoved.addListener((tabId) => {
  api.storage.session.remove([cssKey(tabId), unreadableKey(tabId)]).catch(() => {});
});
