// The panel's side of a WhoSaid session: lists what the page side (lib/session.js)
// painted, and turns the reader's choices into its messages (choose an item, filter,
// re-analyse, stop). Exports, copies and imports happen here, in the panel's own
// document: for the extension that is the browser's side panel, an extension page that
// the article's scripts cannot reach, so they can neither read what is listed nor see,
// cancel or forge a download or an import. An import is re-anchored here too, off the
// page's thread, and only its positions go to the page.

import { reanchor } from './anchor.js';
import { citation, download, toMarkdown } from './exporters.js';
import { importErrorText, importFailures, pageIdentity, readImportFile } from './importcheck.js';
import { Panel } from './panel.js';
import { KIND_KEYS, fromLean, fromWire, isReported, withSelectors } from './report.js';

/** What an import says about itself in the panel: at most this many of the items it could not place. */
const FAILED_LISTED = 50;

export class PanelView {
  /**
   * @param {object} o
   * @param {Document} o.doc the panel's document; `o.parent` where the panel goes
   * @param {Function} o.t translator; `o.settings` the reader's settings
   * @param {(message: object) => void} o.send to the page side
   * @param {'light'|'dark'} [o.scheme] the panel's colours (else the page's)
   * @param {Function} [o.onTiming] the phases of an analysis, once its highlights are shown
   */
  constructor(o) {
    this.o = o;
    this.t = o.t;
    this.report = null;
    this.text = '';
    this.placed = null;
    this.pinned = null;
    this.panel = new Panel(o.doc, o.parent, {
      t: o.t, settings: o.settings, scheme: o.scheme ?? 'light',
      onClose: () => o.send({ type: 'stop' }),
      onSelect: (kind, id) => this.select(kind, id),
      onFilter: (category, on) => o.send({ type: 'filter', category, on }),
      onClaims: (on) => o.send({ type: 'filter', category: 'claim', on }),
      onExport: (format) => this.report && download(o.doc, this.panel.root, this.exported(), format, this.context()),
      onCopyAll: () => this.report && this.copy(toMarkdown(this.exported(), this.context()), this.t('copiedAll', this.report.quotes.length)),
      onCite: (id) => {
        const q = this.report?.quotes.find((x) => x.id === id);
        if (q) this.copy(citation(this.exported(), q, this.context()));
      },
      onImport: (file) => this.import(file),
      onReanalyse: () => o.send({ type: 'reanalyse', scope: this.panel.scope === 'page' ? 'page' : 'article' }),
      // (The selection is read in the page, by the page's side: the panel cannot see it.)
      onScope: (scope) => o.send({ type: 'reanalyse', scope }),
    });
  }

  /** A message from the page side. */
  handle(message) {
    const t = this.t;
    switch (message?.type) {
      case 'working':
        this.panel.setState('working');
        this.panel.showDetails(null);
        break;
      case 'error':
        this.report = null;
        this.panel.showError(t('failed', message.message === 'noPaint' ? t('noPaint') : message.message));
        break;
      case 'report':
        this.showReport(message);
        break;
      case 'hover':
        this.hover(message.kind, message.id);
        break;
      case 'notice':
        if (message.key === 'noSelection') this.panel.say(t('noSelection'));
        break;
      case 'frame':
        if (this.timing) this.o.onTiming?.({ ...this.timing, frame: message.at });
        break;
      default:
    }
  }

  showReport(message) {
    const t = this.t;
    const t0 = performance.now();
    const wire = typeof message.wire === 'string' ? JSON.parse(message.wire) : message.wire;
    this.text = message.text;
    this.report = message.report ?? fromLean(fromWire(wire), message.text);
    this.page = message.page ?? {};
    this.placed = {
      quotes: new Set(message.placed.quotes), links: new Set(message.placed.links), claims: new Set(message.placed.claims),
      dropped: message.dropped,
    };
    this.pinned = null;
    this.panel.setDir(this.page.dir ?? 'ltr');
    if (!this.o.scheme) this.panel.setScheme(this.page.scheme ?? 'light');
    const imported = message.imported && typeof message.imported === 'object' ? message.imported : null;
    let note = '';
    if (imported) note = t('importedNote', imported.name);
    else if (message.timing) {
      const m = message.timing;
      note = t('timing', Math.round(m.collect), Math.round(m.analysis ?? m.answer), Math.round(m.paint));
    }
    if (this.placed.dropped) note = `${note} ${t('dropped', this.placed.dropped)}`;
    this.panel.showReport(this.report, this.placed, note, message.shown, imported ? null : message.scope ?? 'article');
    // (What the panel took to list it, for `npm run bench`: the page's side timed the rest.)
    this.timing = imported || !message.timing ? null : { ...message.timing, panel: performance.now() - t0 };
    if (imported) {
      this.panel.say(t('imported', imported.name, imported.format, imported.anchored, imported.total), imported.failed);
      this.panel.host.dataset.imported = `${imported.anchored}/${imported.total}`;
    } else delete this.panel.host.dataset.imported;
  }

  /** No session on the page shown: `message` says why (WhoSaid is off, or cannot read it). */
  off(message) {
    this.report = null;
    this.placed = null;
    this.panel.showOff(message);
  }

  /**
   * The report as the exports give it: with its selectors, which the extension's background
   * leaves out (they only repeat the page's text) and which are written back on the first export.
   */
  exported() {
    return withSelectors(this.report, this.text);
  }

  /** What the exports need besides the report. */
  context() {
    return { text: this.text, settings: this.panel.settings, shown: this.panel.shown, published: this.page?.published ?? null };
  }

  /** The reader chose an item: the page scrolls to it, the panel shows its details. */
  select(kind, id) {
    this.o.send({ type: 'select', kind, id });
    this.pinned = { kind, id };
    this.panel.showDetails(this.details(kind, id));
  }

  /** The pointer is over an item on the page (or none: `kind` null). */
  hover(kind, id) {
    if (!this.report) return;
    if (!kind) {
      this.panel.markHovered(null);
      this.panel.showDetails(this.pinned ? this.details(this.pinned.kind, this.pinned.id) : null);
      return;
    }
    this.panel.markHovered(kind, id);
    this.panel.showDetails(this.details(kind, id));
  }

  /** The details of a quote, link or claim, as [label, value] rows. */
  details(kind, id) {
    const t = this.t;
    const r = this.report;
    if (!r) return null;
    if (kind === 'quote') {
      const q = r.quotes.find((x) => x.id === id);
      if (!q) return null;
      const rows = [];
      if (q.speaker) {
        rows.push([t('detailSpeaker'), q.speaker.mention && q.speaker.mention !== q.speaker.name ? `${q.speaker.name} (“${q.speaker.mention}”)` : q.speaker.name]);
        if (q.speaker.role || q.speaker.title) rows.push([t('detailRole'), q.speaker.role ?? q.speaker.title]);
      } else rows.push([t('detailSpeaker'), t('noSpeaker')]);
      if (q.cue) rows.push([t('detailCue'), q.cue]);
      if (q.medium) rows.push([t('detailMedium'), q.medium]);
      if (q.act) rows.push([t('detailAct'), t(q.act === 'belief' ? 'actBelief' : 'actSpeech')]);
      rows.push([t('detailKind'), [t(`kind_${q.kind}`), q.speaker?.kind ? t(`speakerKind_${q.speaker.kind}`) : null].filter(Boolean).join(' · ')]);
      if (typeof q.confidence === 'number') rows.push([t('detailConfidence'), `${Math.round(q.confidence * 100)}%`]);
      return rows;
    }
    if (kind === 'link') {
      const l = r.links.find((x) => x.id === id);
      if (!l) return null;
      const rows = [[t('detailLink'), l.href], [t('detailSourceKind'), KIND_KEYS.includes(l.kind) ? t(`kind_${l.kind}`) : l.kind], [t('detailRelation'), t(`relation_${l.relation}`)]];
      const backed = l.backs && r.quotes.find((q) => q.id === l.backs);
      if (backed) rows.push([t('detailBacks'), `${backed.speaker?.name ?? t('noSpeaker')} · ${t(isReported(backed) ? 'kind_indirect' : `kind_${backed.kind}`)}`]);
      return rows;
    }
    const c = (r.unbacked ?? [])[Number(String(id).slice(1)) - 1];
    return c ? [[t('detailClaim'), t('claimMeta', c.cue)]] : null;
  }

  /** New settings while the panel is open: its colours and filters follow. */
  applySettings(settings) {
    const before = this.panel.settings;
    this.panel.settings = settings;
    this.panel.applyColors();
    if (!this.report || !this.placed) return;
    const shown = { ...this.panel.shown };
    for (const [category, on] of Object.entries(settings.show)) {
      if (before.show[category] !== on && category !== 'claim') {
        shown[category] = on;
        this.o.send({ type: 'filter', category, on });
      }
    }
    this.panel.showReport(this.report, this.placed, '', shown, this.panel.scope);
  }

  /** Copies `text`, and says so (with the text) in the panel's status line. */
  async copy(text, message = this.t('copied', text)) {
    const doc = this.o.doc;
    try {
      await doc.defaultView.navigator.clipboard.writeText(text);
    } catch {
      // No clipboard access (no focus): a selected textarea inside the panel's shadow root.
      const area = doc.createElement('textarea');
      area.value = text;
      area.setAttribute('aria-hidden', 'true');
      area.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
      this.panel.root.append(area);
      area.select();
      const ok = doc.execCommand?.('copy');
      area.remove();
      if (!ok) {
        this.panel.say(this.t('copyFailed', text));
        return;
      }
    }
    this.panel.say(message);
  }

  /**
   * Loads an export of this page (the file is read, checked and re-anchored here, on the
   * text the page side sent) and has the page paint its items where they are now.
   */
  async import(file) {
    const t = this.t;
    if (!this.report) return;
    try {
      // The file is untrusted data: its size, shape and every field are checked
      // (importcheck.js), and re-anchoring is bounded (anchor.js). The page's own address,
      // title and publisher are used, never the file's.
      const imported = await readImportFile(file);
      const result = reanchor(imported, this.text, pageIdentity(undefined, this.report));
      const failed = importFailures(result.failed, t);
      const more = failed.length - FAILED_LISTED;
      this.o.send({
        type: 'show',
        report: result.report,
        imported: {
          name: file.name.slice(0, 200), format: result.format, anchored: result.anchored, total: result.total,
          failed: more > 0 ? [...failed.slice(0, FAILED_LISTED), t('importMore', more)] : failed,
        },
      });
    } catch (error) {
      if (!error?.key) console.error('[whosaid]', error);
      this.panel.say(t('importError', file.name.slice(0, 200), importErrorText(error, t)));
    }
  }

  destroy() {
    this.panel.destroy();
  }
}
