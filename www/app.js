// The demo: the same wasm core and the same collector, painter and panel as
// the extension, on an article shown in a sandboxed frame (its scripts never
// run). Loads the built-in sample, a page given to `npm start -- FILE.html`
// (?page=…), pasted text, or a dropped .html file.

import init, { analyzeJson, timings } from 'whosaid-wasm';
import { translator } from '../extension/src/lib/i18n.js';
import { PageSession } from '../extension/src/lib/session.js';
import { DEFAULTS, highlightCss, normalize } from '../extension/src/lib/settings.js';
import { PanelView } from '../extension/src/lib/view.js';

const frame = document.getElementById('article');
const slot = document.getElementById('panel');
const wasm = init({ module_or_path: new URL('./pkg/whosaid_bg.wasm', import.meta.url) });
const settings = normalize(DEFAULTS);
const t = translator({ lang: navigator.language });
let session = null;
let view = null;

/**
 * Loads `html` into the frame, then analyses and paints it: the page's side of the session
 * (lib/session.js) and the panel's (lib/view.js) talk as in the extension, here in one page.
 */
async function show(html, { url }) {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  await loaded;
  const doc = frame.contentDocument;
  const win = frame.contentWindow;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(highlightCss(settings));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];

  session?.stop();
  view?.destroy();
  // (Messages go on in a task of their own, as they would between processes.)
  const current = {};
  view = new PanelView({
    doc: document,
    parent: slot,
    t,
    settings,
    scheme: matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
    send: (message) => queueMicrotask(() => current.session?.handle(message)),
  });
  const panel = view;
  session = current.session = new PageSession({
    realm: win,
    doc,
    shown: settings.show,
    collect: { url, base: url },
    send: (message) => queueMicrotask(() => panel.handle(message)),
    analyze: async (page, { wholePage = false } = {}) => {
      await wasm;
      const t0 = performance.now();
      const report = JSON.parse(analyzeJson(JSON.stringify(page), { full: true, timings: true, wholePage }));
      return { report, ms: performance.now() - t0, phases: timings() };
    },
    // The panel's "turn off" in the demo: the highlights go, the panel says so.
    onStop: () => {
      current.session.stop();
      panel.off('Highlights removed. Open a page or the sample to analyse again.');
    },
    onReport: (report) => {
      document.title = `WhoSaid: ${report.title || 'demo'}`;
    },
  });
  await session.analyse();
}

/** A plain document for pasted text: one paragraph per line, set as text (never as markup). */
function htmlFromText(text) {
  const doc = document.implementation.createHTMLDocument('Pasted text');
  const article = doc.createElement('article');
  for (const para of text.split(/\r?\n/)) {
    if (!para.trim()) continue;
    const p = doc.createElement('p');
    p.textContent = para;
    article.append(p);
  }
  doc.body.append(article);
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
}

async function showUrl(path) {
  const url = new URL(path, location.href);
  if (url.origin !== location.origin) throw new Error('Only pages served by this demo can be opened.');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: ${response.status}`);
  await show(await response.text(), { url: url.href });
}

async function showFile(file) {
  if (!file) return;
  await show(await file.text(), { url: new URL(`/local/${encodeURIComponent(file.name)}`, location.href).href });
}

document.getElementById('sample').addEventListener('click', () => showUrl('sample-article.html'));
document.getElementById('file').addEventListener('change', (e) => showFile(e.target.files[0]));
const pasteDialog = document.getElementById('paste');
document.getElementById('paste-open').addEventListener('click', () => pasteDialog.showModal());
pasteDialog.addEventListener('close', () => {
  const text = document.getElementById('paste-text').value;
  if (pasteDialog.returnValue === 'ok' && text.trim()) {
    show(htmlFromText(text), { url: new URL('/pasted', location.href).href });
  }
});
window.addEventListener('dragover', (e) => {
  e.preventDefault();
  document.body.classList.add('dragging');
});
window.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
window.addEventListener('drop', (e) => {
  e.preventDefault();
  document.body.classList.remove('dragging');
  showFile(e.dataTransfer.files[0]);
});

const requested = new URLSearchParams(location.search).get('page');
showUrl(requested || 'sample-article.html').catch((error) => {
  console.error('[whosaid]', error);
  slot.textContent = `Could not open the page: ${error.message}`;
});
