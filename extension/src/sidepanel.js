// The side panel (Chromium's sidePanel, Firefox's sidebar_action): WhoSaid's panel, in an
// extension page of its own. The article's scripts cannot reach it: they cannot read what
// it lists, click it, feed its import, or see, cancel or forge its downloads, and it never
// covers the article.
//
// One panel per window, showing the session of the window's active tab: it connects by a
// port to each tab's content script (lib/session.js on the other side) and shows the
// active one's; switching tabs switches what it shows. A tab where WhoSaid is off shows how
// to turn it on. When the panel closes, its ports close, and WhoSaid goes off in every tab
// it was showing (content.js).

import { api } from './lib/browser.js';
import { extensionTranslator } from './lib/i18n.js';
import { loadSettings, normalize } from './lib/settings.js';
import { PanelView } from './lib/view.js';

const t = extensionTranslator(api);
const ports = new Map(); // tab id -> port to its content script
let windowId = null;
let activeTab = null;
let view = null;

/** The port to the active tab's session, if it has one. */
const activePort = () => ports.get(activeTab) ?? null;

/**
 * No session in the active tab: how to start one, or that the last click could not (the
 * background notes a page no extension may script in storage.session).
 */
async function showOff() {
  const tabId = activeTab;
  const key = `unreadable:${tabId}`;
  const { [key]: unreadable } = await api.storage.session.get(key).catch(() => ({}));
  if (tabId === activeTab && !activePort()?.confirmed) view.off(t(unreadable ? 'cannotRead' : 'offHere'));
}

/**
 * Connects to the tab's content script; a tab without one closes the port at once. A port is
 * `confirmed` once the script has answered (it says `hi` on every connection).
 */
function connect(tabId) {
  const port = api.tabs.connect(tabId, { name: 'whosaid-panel', frameId: 0 });
  ports.set(tabId, port);
  port.onMessage.addListener((message) => {
    if (ports.get(tabId) !== port) return;
    port.confirmed = true;
    if (tabId === activeTab && message?.type !== 'hi') view.handle(message);
  });
  port.onDisconnect.addListener(() => {
    // (Read, so that Chromium does not log "Receiving end does not exist" for a tab without WhoSaid.)
    void api.runtime.lastError;
    if (ports.get(tabId) !== port) return;
    ports.delete(tabId);
    if (tabId === activeTab) showOff();
  });
  if (tabId === activeTab) port.postMessage({ type: 'hello' });
}

/** Shows the session of tab `tabId` (or how to turn WhoSaid on there). */
function show(tabId) {
  activeTab = tabId;
  const port = activePort();
  if (port) {
    view.handle({ type: 'working' });
    port.postMessage({ type: 'hello' });
  } else {
    showOff();
    connect(tabId);
  }
}

async function main() {
  const settings = await loadSettings(api);
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const send = (message) => activePort()?.postMessage(message);
  view = new PanelView({
    doc: document,
    parent: document.body,
    t,
    settings,
    send,
    // (The side panel is the browser's: it follows the browser's colours, not the page's.)
    scheme: dark.matches ? 'dark' : 'light',
    // The phases of the last analysis, in this page's own timeline (for `npm run bench`).
    onTiming: (timing) => {
      performance.clearMarks('whosaid:timing');
      performance.mark('whosaid:timing', { detail: timing });
    },
  });
  dark.addEventListener('change', () => view.panel.setScheme(dark.matches ? 'dark' : 'light'));
  view.off(t('offHere'));
  ({ id: windowId } = await api.windows.getCurrent());
  const tabs = await api.tabs.query({ windowId });
  activeTab = tabs.find((tab) => tab.active)?.id ?? null;
  for (const tab of tabs) connect(tab.id);
  if (activeTab !== null && !ports.has(activeTab)) showOff();

  api.tabs.onActivated.addListener((info) => {
    if (info.windowId === windowId) show(info.tabId);
  });
  // A tab's content script started WhoSaid (a toolbar click): connect to it.
  api.runtime.onMessage.addListener((message, sender) => {
    if (message?.kind !== 'started' || sender.id !== api.runtime.id || sender.tab?.windowId !== windowId) return false;
    // (A port that has not been answered yet may have gone to the page before: one more. A
    // port is never closed from here while it may be the session's: that would end it.)
    if (!ports.get(sender.tab.id)?.confirmed) connect(sender.tab.id);
    if (sender.tab.id === activeTab) view.handle({ type: 'working' });
    return false;
  });
  api.tabs.onRemoved.addListener((tabId) => ports.delete(tabId));
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && changes.settings) view.applySettings(normalize(changes.settings.newValue));
    if (area === 'session' && changes[`unreadable:${activeTab}`]) showOff();
  });
}

main().catch((error) => console.error('[whosaid]', error));
