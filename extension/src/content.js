// Injected into the active tab when the reader clicks the toolbar button.
// Reads the article's text, has the background run the analysis (the wasm
// cannot run here under a strict page CSP in Chromium), paints the result with
// the CSS Custom Highlight API and shows the panel. The background injects it
// again only after `stop()`; a second click calls `stop()`, which removes every
// trace: highlights and panel (the background removes the stylesheet).

import { api } from './lib/browser.js';
import { collectPage } from './lib/collect.js';
import { download } from './lib/exporters.js';
import { Panel } from './lib/panel.js';
import { canPaint, clear, focusItem, paint, showClaims } from './lib/paint.js';

const realm = globalThis;

function start() {
  let panel = null;
  const stop = () => {
    clear(realm);
    panel?.destroy();
    delete globalThis.__whosaid;
  };
  globalThis.__whosaid = { stop };

  const run = async () => {
    const t0 = performance.now();
    let report = null;
    let painted = null;
    panel = new Panel(document, document.documentElement, {
      floating: true,
      onClose: () => {
        stop();
        api.runtime.sendMessage({ kind: 'closed' }).catch(() => {});
      },
      onExport: (format) => report && download(document, panel.root, report, format),
      onSelect: (kind, id) => focusItem(realm, painted, kind, id),
      onClaims: (on) => showClaims(realm, painted, on),
    });
    try {
      if (!canPaint(realm)) throw new Error('This browser cannot paint highlights (no CSS Custom Highlight API).');
      const { page, nodes } = collectPage(document);
      const t1 = performance.now();
      const answer = await api.runtime.sendMessage({ kind: 'analyze', page });
      if (!answer?.ok) throw new Error(answer?.error ?? 'The analysis did not answer.');
      if (!globalThis.__whosaid) return; // closed while the analysis ran
      report = answer.report;
      const t2 = performance.now();
      painted = paint(realm, nodes, page.text, report);
      const t3 = performance.now();
      const ms = (a, b) => Math.round(b - a);
      const note = `Read in ${ms(t0, t1)} ms, analysed in ${Math.round(answer.ms)} ms, painted in ${ms(t2, t3)} ms.`;
      panel.showReport(report, painted, painted.dropped ? `${note} ${painted.dropped} item(s) could not be placed.` : note);
    } catch (error) {
      console.error('[whosaid]', error);
      clear(realm);
      panel.showError(`WhoSaid could not analyse this page: ${error.message ?? error}`);
    }
  };
  run();
}

if (!globalThis.__whosaid) start();
