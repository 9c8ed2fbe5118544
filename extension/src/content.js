// Injected into the active tab when the reader clicks the toolbar button: the page's
// side of a WhoSaid session (lib/session.js). It reads the article's text, has the
// background run the analysis (the wasm cannot run here under a strict page CSP in
// Chromium), and paints the result with the CSS Custom Highlight API. It adds nothing
// to the page's DOM: the panel is the browser's side panel (sidepanel.js), which
// connects to this script by a port of the extension's own messaging.
//
// Nothing the page names or defines decides what happens here. The script's state lives
// in this bundle's closure, not on the global object (in Chromium, an element's id is a
// property of the content script's global too: `<div id="x">` makes `globalThis.x`
// that element). Only the extension's own contexts can message it: the background asks
// whether it is on (`whosaid:ping`) and turns it off (`whosaid:stop`); the side panel
// connects with a port. It stops, leaving no trace (the background removes the
// stylesheet), when the toolbar button is clicked again, when the panel asks, and when
// every panel that connected to it has closed.

import { api } from './lib/browser.js';
import { fromWire } from './lib/report.js';
import { PageSession } from './lib/session.js';
import { loadSettings, normalize } from './lib/settings.js';

/** Firefox (moz-extension:) clones extension messages; Chromium writes them as JSON. */
const CLONES_MESSAGES = api.runtime.getURL('').startsWith('moz-extension:');

const ports = new Set();
let session = null;
let everConnected = false;
let stopped = false;

/** From this extension's own pages (the side panel), never from a content script. */
const fromPanel = (sender) => sender?.id === api.runtime.id && !sender.tab && typeof sender.url === 'string'
  && sender.url.startsWith(api.runtime.getURL(''));

const send = (message) => {
  for (const port of ports) {
    try {
      port.postMessage(message);
    } catch {
      ports.delete(port);
    }
  }
};

function stop() {
  if (stopped) return;
  stopped = true;
  api.runtime.onMessage.removeListener(onMessage);
  api.runtime.onConnect.removeListener(onConnect);
  api.storage.onChanged.removeListener(onSettings);
  session?.stop();
  for (const port of ports) port.disconnect();
  ports.clear();
  api.runtime.sendMessage({ kind: 'closed' }).catch(() => {});
}

/** The background's questions: is WhoSaid on here, and turn it off. */
function onMessage(message, sender, sendResponse) {
  if (sender?.id !== api.runtime.id || sender.tab) return false;
  if (message?.kind === 'whosaid:ping') sendResponse({ on: true });
  else if (message?.kind === 'whosaid:stop') {
    stop();
    sendResponse({ on: false });
  }
  return false;
}

/** A side panel connects: it is told what is shown, and its choices come back. */
function onConnect(port) {
  if (port.name !== 'whosaid-panel' || !fromPanel(port.sender)) return;
  ports.add(port);
  everConnected = true;
  port.onMessage.addListener((message) => session?.handle(message));
  port.postMessage({ type: 'hi' });
  port.onDisconnect.addListener(() => {
    ports.delete(port);
    // The last panel closed: WhoSaid goes with it.
    if (!ports.size && everConnected) stop();
  });
}

/** Settings changed on the options page: the categories shown follow (the panel its colours). */
function onSettings(changes, area) {
  if (area !== 'sync' || !changes.settings || !session) return;
  const next = normalize(changes.settings.newValue);
  for (const [category, on] of Object.entries(next.show)) {
    if (category !== 'claim' && session.shown[category] !== on) session.handle({ type: 'filter', category, on });
  }
}

async function analyze(page, { wholePage = false } = {}) {
  // In Firefox the page and the report travel as JSON text, in Chromium as objects (see
  // background.js). `wholePage`: every block of the page object is the body (the reader
  // chose the whole page, or the selection, which the page object then holds alone).
  const answer = await api.runtime.sendMessage({ kind: 'analyze', page: CLONES_MESSAGES ? JSON.stringify(page) : page, wholePage });
  if (!answer?.ok) throw new Error(answer?.error ?? 'The analysis did not answer.');
  // The lean report as arrays: positions and ids are all painting needs. The panel gets it as it
  // came, with the page's text, and writes back the rest there (report.js, fromLean).
  const wire = answer.report;
  const report = fromWire(typeof wire === 'string' ? JSON.parse(wire) : wire);
  if (!stopped) api.runtime.sendMessage({ kind: 'count', quotes: report.quotes.filter((q) => q.kind !== 'indirect').length }).catch(() => {});
  return { report, wire, ms: answer.ms, init: answer.init, phases: answer.phases };
}

async function start() {
  api.runtime.onMessage.addListener(onMessage);
  api.runtime.onConnect.addListener(onConnect);
  api.storage.onChanged.addListener(onSettings);
  // Tell the side panels of this window that there is a session to show.
  api.runtime.sendMessage({ kind: 'started' }).catch(() => {});
  const settings = await loadSettings(api);
  if (stopped) return;
  session = new PageSession({
    realm: globalThis,
    doc: document,
    shown: settings.show,
    analyze,
    send,
    onStop: stop,
  });
  await session.analyse();
  // Turned off while the analysis ran: the background inserted the stylesheet with it, after
  // the toggle had removed what there was. It goes too.
  if (stopped) api.runtime.sendMessage({ kind: 'closed' }).catch(() => {});
}

start();
